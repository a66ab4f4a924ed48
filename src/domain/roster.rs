//! The roster's rules: what makes a valid person, and how the list is ordered.

use super::ids::PersonId;
use super::person::{Person, Team};
use super::time::Timestamp;
use crate::domain::sort::SortByKey;
use thiserror::Error;

/// The longest name the roster accepts, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// What the facilitator typed for a person, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonDraft {
    pub name: String,
    pub team: Team,
    pub executive: bool,
    pub core: bool,
    pub email: Option<String>,
}

/// Why a draft cannot be saved. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RosterError {
    #[error("Enter a name.")]
    EmptyName,
    #[error("Names can be at most {MAX_NAME_CHARS} characters; this one has {0}.")]
    NameTooLong(usize),
    #[error("“{0}” does not look like an email address.")]
    InvalidEmail(String),
}

/// Something worth telling the user that does not stop the save on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RosterWarning {
    /// Someone with exactly this name is already in this team.
    DuplicateName { name: String, team: Team },
}

impl std::fmt::Display for RosterWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RosterWarning::DuplicateName { name, team } => {
                write!(f, "{team} already has someone called “{name}”.")
            }
        }
    }
}

/// A draft that passed [`check_draft`]: the name is trimmed and within limits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedDraft {
    draft: PersonDraft,
    pub warning: Option<RosterWarning>,
}

/// A name as duplicates are compared: case and runs of spaces do not matter, so
/// "alice  sales" is "Alice Sales".
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Checks a draft against the rules and the current roster. `editing` is the person being
/// edited, so that they do not count as their own duplicate.
pub fn check_draft(
    draft: &PersonDraft,
    roster: &[Person],
    editing: Option<PersonId>,
) -> Result<CheckedDraft, RosterError> {
    let name = draft.name.trim();
    if name.is_empty() {
        return Err(RosterError::EmptyName);
    }
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(RosterError::NameTooLong(chars));
    }
    let email = match draft.email.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(address) if looks_like_email(address) => Some(address.to_string()),
        Some(address) => return Err(RosterError::InvalidEmail(address.to_string())),
    };
    let team = match &draft.team {
        Team::Other { label } => Team::Other {
            label: label.trim().to_string(),
        },
        team => team.clone(),
    };
    let key = name_key(name);
    let duplicate = roster
        .iter()
        .any(|p| Some(p.id) != editing && p.team == team && name_key(&p.name) == key);
    let warning = duplicate.then(|| RosterWarning::DuplicateName {
        name: name.to_string(),
        team: team.clone(),
    });
    Ok(CheckedDraft {
        draft: PersonDraft {
            name: name.to_string(),
            team,
            email,
            ..draft.clone()
        },
        warning,
    })
}

/// One `@` with something on both sides and a dot in the domain: enough to catch typos
/// without rejecting real addresses.
fn looks_like_email(address: &str) -> bool {
    match address.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !address.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

impl CheckedDraft {
    /// A new active person made from the draft.
    pub fn into_new_person(self, id: PersonId, now: Timestamp) -> Person {
        let draft = self.draft;
        Person {
            id,
            name: draft.name,
            team: draft.team,
            executive: draft.executive,
            core: draft.core,
            active: true,
            executive_opt_in: false,
            email: draft.email,
            group: None,
            created_at: now,
            updated_at: now,
        }
    }

    /// `person` with the draft's fields applied; everything else is kept.
    pub fn apply_to(self, person: &Person, now: Timestamp) -> Person {
        let draft = self.draft;
        Person {
            name: draft.name,
            team: draft.team,
            executive: draft.executive,
            core: draft.core,
            email: draft.email,
            updated_at: now,
            ..person.clone()
        }
    }
}

impl PersonDraft {
    /// The draft that describes `person` as it is now, to edit one field of it.
    pub fn of(person: &Person) -> PersonDraft {
        PersonDraft {
            name: person.name.clone(),
            team: person.team.clone(),
            executive: person.executive,
            core: person.core,
            email: person.email.clone(),
        }
    }
}

/// The roster as the user sees it: active people first, then by team, then in the order they
/// were added. Not by name: a row must not jump away while its name is being typed.
pub fn sort_for_display(people: &mut [Person]) {
    people.sort_by_key_dyn(|p| (!p.active, p.team.kind(), p.created_at, p.id));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, team: Team) -> PersonDraft {
        PersonDraft {
            name: name.into(),
            team,
            executive: false,
            core: false,
            email: None,
        }
    }

    fn person(n: u128, name: &str, team: Team) -> Person {
        check_draft(&draft(name, team), &[], None)
            .unwrap()
            .into_new_person(PersonId::from_u128(n), Timestamp(0))
    }

    #[test]
    fn empty_or_blank_name_is_refused() {
        for name in ["", "   ", "\t\n"] {
            assert_eq!(
                check_draft(&draft(name, Team::Sales), &[], None),
                Err(RosterError::EmptyName)
            );
        }
    }

    #[test]
    fn name_of_exactly_the_limit_is_accepted_and_one_more_is_refused() {
        let limit = "é".repeat(MAX_NAME_CHARS);
        assert!(check_draft(&draft(&limit, Team::Sales), &[], None).is_ok());
        let over = "é".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            check_draft(&draft(&over, Team::Sales), &[], None),
            Err(RosterError::NameTooLong(101))
        );
    }

    #[test]
    fn name_is_trimmed() {
        let p = person(1, "  Ada  ", Team::Sales);
        assert_eq!(p.name, "Ada");
        assert!(p.active);
    }

    #[test]
    fn same_name_in_same_team_warns_but_is_allowed() {
        let roster = vec![person(1, "Ada", Team::Sales)];
        let checked = check_draft(&draft("Ada", Team::Sales), &roster, None).unwrap();
        assert_eq!(
            checked.warning,
            Some(RosterWarning::DuplicateName {
                name: "Ada".into(),
                team: Team::Sales
            })
        );
        assert_eq!(
            checked.warning.unwrap().to_string(),
            "Sales already has someone called “Ada”."
        );
    }

    #[test]
    fn same_name_in_another_team_does_not_warn() {
        let roster = vec![person(1, "Ada", Team::Sales)];
        let other_team = check_draft(&draft("Ada", Team::Marketing), &roster, None).unwrap();
        assert_eq!(other_team.warning, None);
    }

    /// The case: "alice sales" was not found as a duplicate of "Alice Sales".
    #[test]
    fn duplicates_are_found_whatever_the_case_and_spacing() {
        let roster = vec![person(1, "Alice Sales", Team::Sales)];
        for typed in ["alice sales", "  ALICE   Sales ", "Alice\tsales"] {
            let checked = check_draft(&draft(typed, Team::Sales), &roster, None).unwrap();
            assert!(checked.warning.is_some(), "{typed:?} was not a duplicate");
        }
        let other = check_draft(&draft("Alice Salesman", Team::Sales), &roster, None).unwrap();
        assert_eq!(other.warning, None);
    }

    #[test]
    fn editing_a_person_is_not_their_own_duplicate() {
        let ada = person(1, "Ada", Team::Sales);
        let roster = vec![ada.clone()];
        let checked = check_draft(&PersonDraft::of(&ada), &roster, Some(ada.id)).unwrap();
        assert_eq!(checked.warning, None);
    }

    #[test]
    fn other_team_label_is_trimmed_before_duplicate_check() {
        let roster = vec![person(
            1,
            "Sam",
            Team::Other {
                label: "Support".into(),
            },
        )];
        let checked = check_draft(
            &draft(
                "Sam",
                Team::Other {
                    label: " Support ".into(),
                },
            ),
            &roster,
            None,
        )
        .unwrap();
        assert!(checked.warning.is_some());
    }

    #[test]
    fn email_is_optional_but_checked_when_given() {
        let mut d = draft("Ada", Team::Sales);
        d.email = Some("  ".into());
        assert!(check_draft(&d, &[], None).is_ok());
        for bad in ["ada", "ada@", "@x.com", "ada@x", "a b@x.com", "a@b@c.com"] {
            d.email = Some(bad.into());
            assert_eq!(
                check_draft(&d, &[], None),
                Err(RosterError::InvalidEmail(bad.into()))
            );
        }
        d.email = Some(" ada@example.com ".into());
        let p = check_draft(&d, &[], None)
            .unwrap()
            .into_new_person(PersonId::from_u128(1), Timestamp(0));
        assert_eq!(p.email.as_deref(), Some("ada@example.com"));
    }

    #[test]
    fn apply_keeps_identity_and_flags_and_bumps_updated_at() {
        let mut ada = person(1, "Ada", Team::Sales);
        ada.active = false;
        let mut d = PersonDraft::of(&ada);
        d.name = "Ada L.".into();
        let edited = check_draft(&d, &[], None)
            .unwrap()
            .apply_to(&ada, Timestamp(99));
        assert_eq!(edited.id, ada.id);
        assert_eq!(edited.name, "Ada L.");
        assert!(!edited.active);
        assert_eq!(edited.created_at, Timestamp(0));
        assert_eq!(edited.updated_at, Timestamp(99));
    }

    #[test]
    fn display_order_is_active_then_team_then_added() {
        let added_at = |mut p: Person, t: i64| {
            p.created_at = Timestamp(t);
            p
        };
        let mut inactive = added_at(person(1, "Aaron", Team::Sales), 0);
        inactive.active = false;
        let mut people = vec![
            inactive,
            added_at(person(2, "Zoe", Team::Marketing), 1),
            added_at(person(3, "Bea", Team::Sales), 3),
            added_at(person(4, "Cy", Team::Sales), 2),
        ];
        sort_for_display(&mut people);
        let names: Vec<_> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Cy", "Bea", "Zoe", "Aaron"]);
    }
}
