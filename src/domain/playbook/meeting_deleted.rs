//! What deleting a meeting changes in the playbook, which outlives meetings.

use super::{AlignmentScore, Decision, Reading};
use crate::domain::ids::{AlignmentScoreId, MeetingId, ReadingId};
use crate::domain::time::Timestamp;

/// The playbook's changes once `meeting` is deleted: the values measured and the alignment
/// scores given in it go with it (they are dated by it and mean nothing without it), and a
/// decision taken in it keeps its words without the link. An export repairs a file by the
/// same rule (`exchange::file`), so storage and files agree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeetingDeleted {
    pub readings: Vec<ReadingId>,
    pub scores: Vec<AlignmentScoreId>,
    /// The decisions taken in it, unlinked, and stamped `at` or just after their last change
    /// when that is later (a clock behind must not make the older copy win a merge).
    pub decisions: Vec<Decision>,
}

impl MeetingDeleted {
    pub fn of(
        meeting: MeetingId,
        readings: &[Reading],
        scores: &[AlignmentScore],
        decisions: &[Decision],
        at: Timestamp,
    ) -> Self {
        MeetingDeleted {
            readings: readings
                .iter()
                .filter(|reading| reading.meeting == meeting)
                .map(|reading| reading.id)
                .collect(),
            scores: scores
                .iter()
                .filter(|score| score.meeting == meeting)
                .map(|score| score.id)
                .collect(),
            decisions: decisions
                .iter()
                .filter(|decision| decision.meeting == Some(meeting))
                .map(|decision| Decision {
                    meeting: None,
                    updated_at: at.max(decision.updated_at.plus_millis(1)),
                    ..decision.clone()
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{DecisionId, PersonId, PlaybookEntryId, StatementId};
    use crate::domain::person::TeamKind;
    use crate::domain::playbook::NewDecision;
    use chrono::NaiveDate;

    const T0: Timestamp = Timestamp(1_900_000_000_000);
    const GONE: u128 = 1;
    const KEPT: u128 = 2;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2030, 1, 31).unwrap()
    }

    fn reading(n: u128, meeting: u128) -> Reading {
        Reading {
            id: ReadingId::from_u128(n),
            entry: PlaybookEntryId::from_u128(5),
            meeting: MeetingId::from_u128(meeting),
            period_end: day(),
            actual: "12".parse().unwrap(),
            created_at: T0,
            updated_at: T0,
        }
    }

    fn score(n: u128, meeting: u128) -> AlignmentScore {
        AlignmentScore {
            id: AlignmentScoreId::from_u128(n),
            meeting: MeetingId::from_u128(meeting),
            on: day(),
            statement: StatementId::from_u128(1),
            person: PersonId::from_u128(1),
            team: TeamKind::Sales,
            score: 4,
            updated_at: T0,
        }
    }

    fn decision(n: u128, meeting: Option<u128>, updated_at: Timestamp) -> Decision {
        let new = NewDecision {
            what: format!("Decision {n}"),
            meeting: meeting.map(MeetingId::from_u128),
            ..NewDecision::default()
        };
        Decision {
            updated_at,
            ..Decision::new(DecisionId::from_u128(n), new, day(), T0).unwrap()
        }
    }

    #[test]
    fn what_was_measured_or_scored_in_the_meeting_goes_and_its_decisions_lose_the_link() {
        let at = T0.plus_millis(60_000);
        let changes = MeetingDeleted::of(
            MeetingId::from_u128(GONE),
            &[reading(1, GONE), reading(2, KEPT), reading(3, GONE)],
            &[score(1, KEPT), score(2, GONE)],
            &[
                decision(1, Some(GONE), T0),
                decision(2, Some(KEPT), T0),
                decision(3, None, T0),
            ],
            at,
        );
        assert_eq!(
            changes.readings,
            [ReadingId::from_u128(1), ReadingId::from_u128(3)]
        );
        assert_eq!(changes.scores, [AlignmentScoreId::from_u128(2)]);
        let unlinked = decision(1, None, at);
        assert_eq!(changes.decisions, [unlinked]);
    }

    #[test]
    fn an_unlinked_decision_is_newer_than_before_even_with_a_clock_behind() {
        let later = T0.plus_millis(5_000);
        let changes = MeetingDeleted::of(
            MeetingId::from_u128(GONE),
            &[],
            &[],
            &[decision(1, Some(GONE), later)],
            T0,
        );
        assert_eq!(changes.decisions[0].updated_at, later.plus_millis(1));
        assert_eq!(changes.decisions[0].meeting, None);
    }

    #[test]
    fn a_meeting_the_playbook_never_names_changes_nothing() {
        let changes = MeetingDeleted::of(
            MeetingId::from_u128(GONE),
            &[reading(1, KEPT)],
            &[score(1, KEPT)],
            &[decision(1, Some(KEPT), T0), decision(2, None, T0)],
            T0,
        );
        assert_eq!(changes, MeetingDeleted::default());
    }
}
