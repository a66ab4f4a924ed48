//! Finding people on a long roster: which rows the roster page shows for what was typed in its
//! search box, and how many at once.
//!
//! A search is taken when the query changes, not on every edit: a row must not vanish while
//! the facilitator is still typing in it because the new text no longer matches. People added
//! after the search are always shown, so a new entry never disappears from view, and so are
//! the ones the caller pins (the attendees already ticked in a picker).

use super::ids::PersonId;
use super::person::Person;
use std::collections::HashSet;

/// How many matching rows the page shows before it offers to show more. Rendering a
/// thousand editable rows at once takes over a second.
pub const ROWS_PER_PAGE: usize = 100;

/// The people who matched a query, taken against the roster as it was at that moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RosterSearch {
    matched: HashSet<PersonId>,
    known: HashSet<PersonId>,
}

/// What the roster list shows: rows in roster order, and the counts for its status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisibleRows {
    pub ids: Vec<PersonId>,
    /// Rows that matched the search, shown or not.
    pub matching: usize,
    /// Rows that do not match but are listed anyway: added since the search, or pinned.
    pub also_listed: usize,
    /// Matching rows left out because of the page limit.
    pub hidden: usize,
}

impl RosterSearch {
    /// Every word of `query` must start a word, ignoring case, of the person's name, team, group
    /// or email, or of their marks ("executive", "core", "active" or "inactive"). An empty query
    /// matches everyone.
    pub fn new(query: &str, people: &[Person]) -> Self {
        let query = query.to_lowercase();
        let wanted: Vec<&str> = words(&query).collect();
        RosterSearch {
            matched: people
                .iter()
                .filter(|person| {
                    let text = searchable_text(person);
                    wanted
                        .iter()
                        .all(|want| words(&text).any(|word| word.starts_with(want)))
                })
                .map(|person| person.id)
                .collect(),
            known: people.iter().map(|person| person.id).collect(),
        }
    }

    /// The rows to show, in the order of `roster` (the current display order): everyone added
    /// since the search or `pinned`, and at most `limit` other matches. People deleted since
    /// drop out.
    pub fn visible(
        &self,
        roster: &[PersonId],
        limit: usize,
        pinned: impl Fn(&PersonId) -> bool,
    ) -> VisibleRows {
        let mut ids = Vec::new();
        let (mut matching, mut also_listed, mut hidden, mut shown_matches) = (0, 0, 0, 0);
        for id in roster {
            let known = self.known.contains(id);
            let matches = known && self.matched.contains(id);
            let listed_anyway = !known || pinned(id);
            matching += usize::from(matches);
            if listed_anyway {
                also_listed += usize::from(!matches);
                ids.push(*id);
            } else if matches && shown_matches < limit {
                shown_matches += 1;
                ids.push(*id);
            } else if matches {
                hidden += 1;
            }
        }
        VisibleRows {
            ids,
            matching,
            also_listed,
            hidden,
        }
    }
}

/// Words split at anything that is not a letter or digit, so "grace@example.com" is found by
/// "grace", "example" or "com", and "O’Brien" by "brien".
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

fn searchable_text(person: &Person) -> String {
    let mut text = format!("{} {}", person.name, person.team);
    for part in [&person.group, &person.email].into_iter().flatten() {
        text.push(' ');
        text.push_str(part);
    }
    let marks = [
        (person.executive, " executive"),
        (person.core, " core"),
        (person.active, " active"),
        (!person.active, " inactive"),
    ];
    for (_, mark) in marks.iter().filter(|(has, _)| *has) {
        text.push_str(mark);
    }
    text.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::Team;

    fn person(n: u128, name: &str, team: Team) -> Person {
        Person::member(PersonId::from_u128(n), name, team)
    }

    fn roster() -> Vec<Person> {
        let mut grace = person(3, "Grace Ho", Team::Marketing);
        grace.group = Some("EMEA".into());
        grace.email = Some("grace@example.com".into());
        let mut omar = person(4, "Omar Diaz", Team::Sales);
        omar.active = false;
        let mut ines = person(
            5,
            "Inés Müller",
            Team::Other {
                label: "Support".into(),
            },
        );
        ines.executive = true;
        vec![
            person(1, "Ann Lee", Team::Sales),
            person(2, "Ben O’Brien", Team::Sales),
            grace,
            omar,
            ines,
        ]
    }

    fn ids(people: &[Person]) -> Vec<PersonId> {
        people.iter().map(|p| p.id).collect()
    }

    fn numbered(numbers: &[u128]) -> Vec<PersonId> {
        numbers.iter().map(|n| PersonId::from_u128(*n)).collect()
    }

    fn shown(query: &str) -> Vec<PersonId> {
        let people = roster();
        RosterSearch::new(query, &people)
            .visible(&ids(&people), ROWS_PER_PAGE, |_| false)
            .ids
    }

    #[test]
    fn an_empty_query_shows_everyone_in_roster_order() {
        assert_eq!(shown(""), numbered(&[1, 2, 3, 4, 5]));
        assert_eq!(shown("   "), numbered(&[1, 2, 3, 4, 5]));
    }

    #[test]
    fn words_match_name_team_group_and_email_ignoring_case() {
        assert_eq!(shown("ann"), numbered(&[1]));
        assert_eq!(shown("lee"), numbered(&[1]));
        assert!(shown("nn").is_empty(), "words match from their start");
        assert_eq!(shown("SALES"), numbered(&[1, 2, 4]));
        assert_eq!(shown("emea"), numbered(&[3]));
        assert_eq!(shown("grace@example"), numbered(&[3]));
        assert_eq!(shown("example.com"), numbered(&[3]));
        assert_eq!(shown("support"), numbered(&[5]));
        assert_eq!(shown("müller"), numbered(&[5]));
        assert_eq!(shown("MÜLLER"), numbered(&[5]));
        assert_eq!(shown("brien"), numbered(&[2]));
    }

    #[test]
    fn every_word_must_match_somewhere() {
        assert_eq!(shown("sales ben"), numbered(&[2]));
        assert!(shown("marketing ben").is_empty());
    }

    #[test]
    fn marks_are_searchable() {
        assert_eq!(shown("inactive"), numbered(&[4]));
        assert_eq!(shown("executive"), numbered(&[5]));
        assert_eq!(shown("sales active"), numbered(&[1, 2]));
        assert_eq!(shown("act"), numbered(&[1, 2, 3, 5]));
    }

    #[test]
    fn an_edit_after_the_search_keeps_the_row() {
        let mut people = roster();
        let search = RosterSearch::new("ann", &people);
        people[0].name = "Bea".into();
        assert_eq!(
            search.visible(&ids(&people), 10, |_| false).ids,
            numbered(&[1])
        );
    }

    #[test]
    fn people_added_since_the_search_show_and_deleted_ones_go() {
        let mut people = roster();
        let search = RosterSearch::new("ben", &people);
        people.remove(1);
        people.push(person(9, "Zoe Kim", Team::Sales));
        let rows = search.visible(&ids(&people), 10, |_| false);
        assert_eq!(rows.ids, numbered(&[9]));
        assert_eq!((rows.matching, rows.also_listed), (0, 1));
    }

    #[test]
    fn the_limit_caps_matches_but_never_hides_someone_just_added() {
        let mut people = roster();
        let search = RosterSearch::new("", &people);
        people.push(person(9, "Zoe Kim", Team::Sales));
        let rows = search.visible(&ids(&people), 2, |_| false);
        assert_eq!(rows.ids, numbered(&[1, 2, 9]));
        assert_eq!((rows.matching, rows.also_listed, rows.hidden), (5, 1, 3));
    }

    #[test]
    fn pinned_people_show_whatever_the_query_and_limit() {
        let people = roster();
        let search = RosterSearch::new("ann", &people);
        let grace = PersonId::from_u128(3);
        let rows = search.visible(&ids(&people), 10, |id| *id == grace);
        assert_eq!(rows.ids, numbered(&[1, 3]));
        assert_eq!((rows.matching, rows.also_listed), (1, 1));
        let rows = RosterSearch::new("", &people).visible(&ids(&people), 1, |id| *id == grace);
        assert_eq!(rows.ids, numbered(&[1, 3]));
        assert_eq!((rows.matching, rows.also_listed, rows.hidden), (5, 0, 3));
    }
}
