//! Agenda templates: the built-ins from the domain plus the user's own, stored one by one.

use super::persistence::Persistence;
use super::upsert;
use crate::domain::agenda::{Template, builtin_templates};
use crate::domain::ids::TemplateId;
use crate::domain::sort::SortByKey;
use crate::storage::stores;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct TemplatesState {
    own: RwSignal<Vec<Template>>,
    persistence: Persistence,
}

impl TemplatesState {
    pub fn new(mut own: Vec<Template>, persistence: Persistence) -> Self {
        own.sort_by_key_dyn(|t| (t.created_at, t.id));
        TemplatesState {
            own: RwSignal::new(own),
            persistence,
        }
    }

    /// Built-ins first, then the user's templates in the order they were made. Tracks changes.
    pub fn all(&self) -> Vec<Template> {
        let mut all = builtin_templates();
        all.extend(self.own.get());
        all
    }

    /// The user's own templates, read without tracking.
    pub fn own_untracked(&self) -> Vec<Template> {
        self.own.get_untracked()
    }

    pub fn get(&self, id: TemplateId) -> Option<Template> {
        builtin_templates()
            .into_iter()
            .find(|t| t.id == id)
            .or_else(|| {
                self.own
                    .with(|own| own.iter().find(|t| t.id == id).cloned())
            })
    }

    /// Stores a user template (new or changed). Built-ins are never stored.
    pub fn save(&self, template: Template) {
        if template.builtin {
            return;
        }
        self.own.update(|own| {
            upsert(own, template.clone(), |t| t.id);
        });
        self.persistence.put(stores::TEMPLATES, template);
    }

    pub fn delete(&self, id: TemplateId) {
        self.own.update(|own| own.retain(|t| t.id != id));
        self.persistence.delete(stores::TEMPLATES, id.to_string());
    }
}
