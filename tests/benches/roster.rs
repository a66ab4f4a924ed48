use criterion::Criterion;
use smarketing::domain::ids::PersonId;
use smarketing::domain::person::{Person, Team};
use smarketing::domain::roster::sort_for_display;
use smarketing::domain::roster_search::{ROWS_PER_PAGE, RosterSearch};
use std::hint::black_box;

fn thousand_people() -> Vec<Person> {
    (0..1_000u128)
        .map(|n| {
            let name = format!("Person {}", (n * 7919) % 1_000);
            let team = if n % 2 == 0 {
                Team::Sales
            } else {
                Team::Marketing
            };
            Person {
                active: n % 10 != 0,
                ..Person::member(PersonId::from_u128(n), &name, team)
            }
        })
        .collect()
}

/// The roster is sorted on every roster change in the UI.
pub fn sort_roster(c: &mut Criterion) {
    let people = thousand_people();
    c.bench_function("roster/sort 1000 people", |b| {
        b.iter(|| {
            let mut copy = people.clone();
            sort_for_display(black_box(&mut copy));
            copy
        })
    });
}

/// Every keystroke in a "Find people" box takes a new search and picks the rows to show.
pub fn search_roster(c: &mut Criterion) {
    let people = thousand_people();
    let ids: Vec<PersonId> = people.iter().map(|p| p.id).collect();
    c.bench_function("roster/search 1000 people", |b| {
        b.iter(|| {
            RosterSearch::new(black_box("person 12"), &people)
                .visible(&ids, ROWS_PER_PAGE, |_| false)
        })
    });
}
