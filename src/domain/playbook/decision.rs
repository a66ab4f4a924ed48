//! The decision log: what was decided, in which meeting, why, and who owns it. Agreeing or
//! changing a playbook entry is itself a decision.

use super::content::{PlaybookError, plain, text};
use super::entry::{Agreement, PlaybookEntry};
use crate::domain::ids::{DecisionId, MeetingId, PersonId, PlaybookEntryId, ProblemId};
use crate::domain::sort::SortByKey;
use crate::domain::time::Timestamp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;

/// Longest decision or reason, in characters.
pub const MAX_DECISION_CHARS: usize = 1_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: DecisionId,
    pub what: String,
    #[serde(default)]
    pub why: String,
    /// The meeting it was taken in; `None` for one recorded outside a meeting.
    pub meeting: Option<MeetingId>,
    #[serde(deserialize_with = "crate::domain::date_text::read::date")]
    pub decided_on: NaiveDate,
    pub owner: Option<PersonId>,
    pub problem: Option<ProblemId>,
    /// The playbook entry and version it agreed, when it is an agreement.
    pub entry: Option<(PlaybookEntryId, u32)>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// What a person types to log a decision.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewDecision {
    pub what: String,
    pub why: String,
    pub meeting: Option<MeetingId>,
    pub decided_on: Option<NaiveDate>,
    pub owner: Option<PersonId>,
    pub problem: Option<ProblemId>,
}

impl Decision {
    pub fn new(
        id: DecisionId,
        new: NewDecision,
        today: NaiveDate,
        now: Timestamp,
    ) -> Result<Decision, PlaybookError> {
        let decision = Decision {
            id,
            what: new.what.trim().to_string(),
            why: new.why.trim().to_string(),
            meeting: new.meeting,
            decided_on: new.decided_on.unwrap_or(today),
            owner: new.owner,
            problem: new.problem,
            entry: None,
            created_at: now,
            updated_at: now,
        };
        decision.check()?;
        Ok(decision)
    }

    /// The rules a stored or imported decision keeps: words, within the limits, no markup.
    pub fn check(&self) -> Result<(), PlaybookError> {
        text(&self.what, "the decision", MAX_DECISION_CHARS)?;
        plain(&self.why, "the reason", MAX_DECISION_CHARS)
    }

    /// Changes what was decided and why (the log is kept as typed).
    pub fn edit(&mut self, what: &str, why: &str, now: Timestamp) -> Result<(), PlaybookError> {
        let mut edited = self.clone();
        edited.what = what.trim().to_string();
        edited.why = why.trim().to_string();
        edited.check()?;
        if edited.what != self.what || edited.why != self.why {
            edited.updated_at = now;
            *self = edited;
        }
        Ok(())
    }

    /// The decision an agreement records: "Agreed: <title> (version n)".
    pub fn agreed(
        id: DecisionId,
        entry: &PlaybookEntry,
        version: u32,
        meeting: MeetingId,
        on: NaiveDate,
        now: Timestamp,
    ) -> Decision {
        let verb = if version == 1 { "Agreed" } else { "Changed" };
        Decision {
            id,
            what: format!("{verb}: {} (version {version})", entry.title()),
            why: String::new(),
            meeting: Some(meeting),
            decided_on: on,
            owner: None,
            problem: None,
            entry: Some((entry.id, version)),
            created_at: now,
            updated_at: now,
        }
    }
}

/// Agrees the entry's draft in a meeting and returns the decision that logs it: agreeing or
/// changing a playbook entry is itself a decision.
pub fn agree_in_meeting(
    entry: &mut PlaybookEntry,
    agreement: Agreement,
    decision: DecisionId,
    now: Timestamp,
) -> Result<Decision, PlaybookError> {
    let (meeting, on) = (agreement.meeting, agreement.on);
    let version = entry.agree(agreement, now)?;
    Ok(Decision::agreed(decision, entry, version, meeting, on, now))
}

/// Keeps the agreed version at a review, and logs that as a decision.
pub fn reaffirm_in_meeting(
    entry: &mut PlaybookEntry,
    agreement: Agreement,
    decision: DecisionId,
    now: Timestamp,
) -> Result<Decision, PlaybookError> {
    let (meeting, on) = (agreement.meeting, agreement.on);
    let version = entry.reaffirm(agreement, now)?;
    let mut logged = Decision::agreed(decision, entry, version, meeting, on, now);
    logged.what = format!("Reviewed and kept: {} (version {version})", entry.title());
    Ok(logged)
}

/// Newest first, then by id: the log as it is read.
pub fn sort_decisions(decisions: &mut [Decision]) {
    decisions.sort_by_key_dyn(|d| (Reverse(d.decided_on), Reverse(d.created_at), d.id));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::playbook::content::{EntryContent, Topic};

    const T0: Timestamp = Timestamp(1_900_000_000_000);

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2030, 1, d).unwrap()
    }

    #[test]
    fn a_decision_needs_words_and_defaults_to_today() {
        let id = DecisionId::from_u128(1);
        assert_eq!(
            Decision::new(id, NewDecision::default(), day(8), T0),
            Err(PlaybookError::Empty("the decision"))
        );
        let made = Decision::new(
            id,
            NewDecision {
                what: " Run one funnel ".into(),
                ..NewDecision::default()
            },
            day(8),
            T0,
        )
        .unwrap();
        assert_eq!(made.what, "Run one funnel");
        assert_eq!(made.decided_on, day(8));
        let tagged = NewDecision {
            what: "Run <script>x</script>".into(),
            ..NewDecision::default()
        };
        assert_eq!(
            Decision::new(id, tagged, day(8), T0),
            Err(PlaybookError::Markup("the decision"))
        );
    }

    #[test]
    fn agreeing_an_entry_is_logged_with_its_version() {
        let entry = PlaybookEntry::new(
            PlaybookEntryId::from_u128(3),
            Topic::TargetMarket,
            &EntryContent::Text {
                body: "EU mid-market".into(),
            },
            T0,
        )
        .unwrap();
        // Version `version` agreed in meeting 9 on day `on`, logged as decision `id`.
        let agreed = |id: u128, version: u32, on: u32| {
            Decision::agreed(
                DecisionId::from_u128(id),
                &entry,
                version,
                MeetingId::from_u128(9),
                day(on),
                T0,
            )
        };
        let first = agreed(1, 1, 8);
        assert_eq!(first.what, "Agreed: Target market (version 1)");
        let second = agreed(2, 2, 15);
        assert_eq!(second.what, "Changed: Target market (version 2)");
        let mut entry = entry;
        let agreement = Agreement {
            meeting: MeetingId::from_u128(9),
            on: day(8),
            attendees: vec![PersonId::from_u128(1)],
            recorded_at: T0,
        };
        let logged =
            agree_in_meeting(&mut entry, agreement.clone(), DecisionId::from_u128(3), T0).unwrap();
        assert_eq!(logged.entry, Some((entry.id, 1)));
        assert_eq!(entry.status(), crate::domain::playbook::EntryStatus::Agreed);
        let kept =
            reaffirm_in_meeting(&mut entry, agreement, DecisionId::from_u128(4), T0).unwrap();
        assert_eq!(kept.what, "Reviewed and kept: Target market (version 1)");
        let mut log = vec![first, second];
        sort_decisions(&mut log);
        assert_eq!(log[0].decided_on, day(15));
    }
}
