//! The roster, in memory and in storage at once.

use super::persistence::Persistence;
use super::upsert;
use crate::domain::ids::PersonId;
use crate::domain::person::Person;
use crate::domain::roster::sort_for_display;
use crate::storage::stores;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct RosterState {
    people: RwSignal<Vec<Person>>,
    persistence: Persistence,
}

impl RosterState {
    pub fn new(mut people: Vec<Person>, persistence: Persistence) -> Self {
        sort_for_display(&mut people);
        RosterState {
            people: RwSignal::new(people),
            persistence,
        }
    }

    /// Everyone, in display order. Tracks changes.
    pub fn people(&self) -> Vec<Person> {
        self.people.get()
    }

    pub fn ids(&self) -> Vec<PersonId> {
        self.people
            .with(|people| people.iter().map(|p| p.id).collect())
    }

    /// How many people there are, active or not. Tracks changes.
    pub fn count(&self) -> usize {
        self.people.with(Vec::len)
    }

    pub fn person(&self, id: PersonId) -> Option<Person> {
        self.people
            .with(|people| people.iter().find(|p| p.id == id).cloned())
    }

    /// Reads the roster in place. Tracks changes.
    pub fn with<R>(&self, f: impl FnOnce(&[Person]) -> R) -> R {
        self.people.with(|people| f(people))
    }

    /// Reads the roster without tracking, for checks made inside event handlers.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&[Person]) -> R) -> R {
        self.people.with_untracked(|people| f(people))
    }

    pub fn add(&self, person: Person) {
        self.save(person);
    }

    /// Adds several people, saved together.
    pub fn add_all(&self, added: Vec<Person>) {
        self.people.update(|people| {
            people.extend(added.iter().cloned());
            sort_for_display(people);
        });
        self.persistence.put_all(stores::PEOPLE, added);
    }

    /// Replaces the person with the same id, or adds them.
    pub fn save(&self, person: Person) {
        self.people.update(|people| {
            upsert(people, person.clone(), |p| p.id);
            sort_for_display(people);
        });
        self.persistence.put(stores::PEOPLE, person);
    }

    pub fn delete(&self, id: PersonId) {
        self.people.update(|people| people.retain(|p| p.id != id));
        self.persistence.delete(stores::PEOPLE, id.to_string());
    }
}
