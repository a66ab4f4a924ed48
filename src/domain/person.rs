//! A person on the sales and marketing roster.

use super::ids::PersonId;
use super::tagged::{MissingField, Object, required};
use super::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How every page, file and message names someone who has left the roster but is still named
/// by a meeting, an action item or a plan.
pub const REMOVED_PERSON: &str = "Removed person";

/// Which side of "smarketing" a person sits on. Seat shares in the rotation follow it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    try_from = "Object<StoredTeam>"
)]
pub enum Team {
    Sales,
    Marketing,
    /// Support, product, customer success…: invited for their view of the buyer.
    Other {
        /// What the team is called, e.g. "Support". May be empty.
        label: String,
    },
}

/// A team as written, read in one pass (see [`super::tagged`]).
#[derive(Deserialize)]
struct StoredTeam {
    kind: TeamKind,
    label: Option<String>,
}

impl TryFrom<Object<StoredTeam>> for Team {
    type Error = MissingField;

    fn try_from(Object(stored): Object<StoredTeam>) -> Result<Team, MissingField> {
        Ok(match stored.kind {
            TeamKind::Sales => Team::Sales,
            TeamKind::Marketing => Team::Marketing,
            TeamKind::Other => Team::Other {
                label: required(stored.label, "label")?,
            },
        })
    }
}

/// The three team kinds without the free-text label, for selects, filters and seat counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// One name for serde, form values, storage keys and URLs: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum TeamKind {
    Sales,
    Marketing,
    Other,
}

impl Team {
    pub fn kind(&self) -> TeamKind {
        match self {
            Team::Sales => TeamKind::Sales,
            Team::Marketing => TeamKind::Marketing,
            Team::Other { .. } => TeamKind::Other,
        }
    }
}

impl fmt::Display for Team {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Team::Sales => f.write_str("Sales"),
            Team::Marketing => f.write_str("Marketing"),
            Team::Other { label } if label.trim().is_empty() => f.write_str("Other"),
            Team::Other { label } => f.write_str(label.trim()),
        }
    }
}

impl TeamKind {
    pub const ALL: [TeamKind; 3] = [TeamKind::Sales, TeamKind::Marketing, TeamKind::Other];

    pub fn label(self) -> &'static str {
        match self {
            TeamKind::Sales => "Sales",
            TeamKind::Marketing => "Marketing",
            TeamKind::Other => "Other",
        }
    }

    /// The team of this kind; `other_label` is used only for [`TeamKind::Other`].
    pub fn with_label(self, other_label: &str) -> Team {
        match self {
            TeamKind::Sales => Team::Sales,
            TeamKind::Marketing => Team::Marketing,
            TeamKind::Other => Team::Other {
                label: other_label.trim().to_string(),
            },
        }
    }
}

/// A roster entry. Records are never rewritten as a whole workspace: each person is stored and
/// exported on their own, matched by `id`, and `updated_at` decides which copy wins in a merge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub team: Team,
    /// Left out of the rotation unless `executive_opt_in`: "cut from the top".
    pub executive: bool,
    /// Always attends (the facilitator, say) and takes a seat.
    pub core: bool,
    /// Inactive people stay on past records but are never scheduled.
    pub active: bool,
    /// An executive the facilitator chose to invite anyway.
    #[serde(default)]
    pub executive_opt_in: bool,
    /// Optional address for sending minutes to those who did not attend.
    #[serde(default)]
    pub email: Option<String>,
    /// Optional region or product line; each group rotates on its own.
    #[serde(default)]
    pub group: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Person {
    /// Whether the rotation may pick this person at all, before dates and requests.
    pub fn is_rotation_eligible(&self) -> bool {
        self.active && (!self.executive || self.executive_opt_in)
    }

    /// An active member of `team` with nothing else set, created at time zero: the base of a
    /// person made up rather than entered (a removed person in an export, test people).
    pub fn member(id: PersonId, name: &str, team: Team) -> Person {
        Person {
            id,
            name: name.into(),
            team,
            executive: false,
            core: false,
            active: true,
            executive_opt_in: false,
            email: None,
            group: None,
            created_at: Timestamp(0),
            updated_at: Timestamp(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_serializes_with_a_kind_tag() {
        let json = serde_json::to_string(&Team::Other {
            label: "Support".into(),
        })
        .unwrap();
        assert_eq!(json, r#"{"kind":"other","label":"Support"}"#);
        assert_eq!(
            serde_json::to_string(&Team::Sales).unwrap(),
            r#"{"kind":"sales"}"#
        );
    }

    #[test]
    fn team_reads_back_what_it_writes_and_needs_the_label_of_other() {
        for team in [
            Team::Sales,
            Team::Marketing,
            Team::Other {
                label: "Support".into(),
            },
        ] {
            let json = serde_json::to_string(&team).unwrap();
            assert_eq!(serde_json::from_str::<Team>(&json).unwrap(), team);
        }
        // Fields of other variants are ignored, as serde's tagged enums ignore them.
        let sales: Team = serde_json::from_str(r#"{"label":"x","kind":"sales"}"#).unwrap();
        assert_eq!(sales, Team::Sales);
        let error = serde_json::from_str::<Team>(r#"{"kind":"other"}"#).unwrap_err();
        assert!(
            error.to_string().contains("missing field `label`"),
            "{error}"
        );
        let error = serde_json::from_str::<Team>(r#"{"kind":"finance"}"#).unwrap_err();
        assert!(
            error.to_string().contains("unknown variant `finance`"),
            "{error}"
        );
        let error = serde_json::from_str::<Team>(r#"{"label":"x"}"#).unwrap_err();
        assert!(
            error.to_string().contains("missing field `kind`"),
            "{error}"
        );
    }

    #[test]
    fn other_team_without_label_reads_other() {
        assert_eq!(TeamKind::Other.with_label("  ").to_string(), "Other");
        assert_eq!(
            TeamKind::Other.with_label(" Support ").to_string(),
            "Support"
        );
    }

    #[test]
    fn team_kind_keys_round_trip_and_match_serde() {
        crate::domain::test_support::assert_names_round_trip(&TeamKind::ALL);
        assert!("finance".parse::<TeamKind>().is_err());
    }
}
