//! Stable record ids. They are random UUIDs made by the caller, never by the domain, so
//! tests can use fixed ids and files from other browsers never collide with ours.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random id (UUID v4).
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }

            /// A fixed id for tests and fixtures.
            pub const fn from_u128(value: u128) -> Self {
                Self(Uuid::from_u128(value))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

record_id!(
    /// Identifies a person on the roster.
    PersonId
);
record_id!(
    /// Identifies an agenda template.
    TemplateId
);
record_id!(
    /// Identifies one meeting, planned, running or past.
    MeetingId
);
record_id!(
    /// Identifies one tally event (a tap, an undo, a change of speaker).
    TallyEventId
);
record_id!(
    /// Identifies a problem in the problem log.
    ProblemId
);
record_id!(
    /// Identifies an action item.
    ActionItemId
);
record_id!(
    /// Identifies one entry of the playbook (a definition, an SLA commitment, a KPI).
    PlaybookEntryId
);
record_id!(
    /// Identifies a decision in the decision log.
    DecisionId
);
record_id!(
    /// Identifies one recorded value of a KPI or SLA measure.
    ReadingId
);
record_id!(
    /// Identifies a statement of the alignment check.
    StatementId
);
record_id!(
    /// Identifies one attendee's score for one alignment statement.
    AlignmentScoreId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_display_and_parse() {
        let id = PersonId::from_u128(42);
        assert_eq!(id.to_string().parse::<PersonId>().unwrap(), id);
    }

    #[test]
    fn serializes_as_a_plain_string() {
        let json = serde_json::to_string(&PersonId::from_u128(1)).unwrap();
        assert_eq!(json, "\"00000000-0000-0000-0000-000000000001\"");
    }
}
