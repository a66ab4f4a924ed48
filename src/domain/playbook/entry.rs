//! One playbook entry and its versions: a draft until a meeting agrees it, frozen once agreed,
//! and reviewed on a schedule.
//!
//! The life of an entry, as a small state machine over its versions (oldest first, never
//! empty):
//!
//! - **Draft**: the newest version has no agreement. Editing replaces its text.
//! - **Agreed**: the newest version was agreed in a meeting, with the date and who was in the
//!   room. It is frozen: editing adds a new draft version after it, and the agreed one stays
//!   what the teams work from until the new one is agreed.
//! - **Due for review**: agreed, and its review interval has passed since it was last agreed
//!   or reaffirmed. A review either reaffirms the agreed version (recorded like an agreement) or
//!   edits it (a new draft).
//!
//! Time enters as values (`now` for records, `on` for meeting dates); nothing reads a clock.

use super::content::{EntryContent, PlaybookError, Topic};
use crate::domain::ids::{MeetingId, PersonId, PlaybookEntryId};
use crate::domain::sort::SortByKey;
use crate::domain::time::Timestamp;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How often the teams look at an entry again. The documents: "agree on how and when we will
/// continuously review what we decided".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// One name for serde and form values: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum ReviewInterval {
    Monthly,
    #[default]
    Quarterly,
    HalfYearly,
    Yearly,
}

impl ReviewInterval {
    pub const ALL: [ReviewInterval; 4] = [
        ReviewInterval::Monthly,
        ReviewInterval::Quarterly,
        ReviewInterval::HalfYearly,
        ReviewInterval::Yearly,
    ];

    pub fn months(self) -> u32 {
        match self {
            ReviewInterval::Monthly => 1,
            ReviewInterval::Quarterly => 3,
            ReviewInterval::HalfYearly => 6,
            ReviewInterval::Yearly => 12,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ReviewInterval::Monthly => "Every month",
            ReviewInterval::Quarterly => "Every quarter",
            ReviewInterval::HalfYearly => "Every six months",
            ReviewInterval::Yearly => "Every year",
        }
    }
}

/// A meeting agreeing (or, at a review, reaffirming) a version.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Agreement {
    pub meeting: MeetingId,
    /// The meeting's date.
    #[serde(deserialize_with = "crate::domain::date_text::read::date")]
    pub on: NaiveDate,
    /// Who was in the room.
    pub attendees: Vec<PersonId>,
    pub recorded_at: Timestamp,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryVersion {
    /// 1, 2, 3…: the order of versions.
    pub number: u32,
    pub content: EntryContent,
    pub edited_at: Timestamp,
    /// The first agreement, then every review that reaffirmed it. Empty: a draft.
    #[serde(default)]
    pub agreements: Vec<Agreement>,
}

impl EntryVersion {
    pub fn is_agreed(&self) -> bool {
        !self.agreements.is_empty()
    }
}

/// Where an entry stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryStatus {
    /// Never agreed.
    Draft,
    /// The newest version is agreed.
    Agreed,
    /// An agreed version is in force and a newer draft waits for agreement.
    ChangedSinceAgreed,
}

impl fmt::Display for EntryStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EntryStatus::Draft => "draft, not agreed yet",
            EntryStatus::Agreed => "agreed",
            EntryStatus::ChangedSinceAgreed => "agreed, with a changed draft to agree",
        })
    }
}

/// A playbook entry. Invariants, kept by the methods: at least one version; numbers count up
/// from 1; only the newest version can be a draft; every version's content fits `topic`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaybookEntry {
    pub id: PlaybookEntryId,
    pub topic: Topic,
    versions: Vec<EntryVersion>,
    #[serde(default)]
    pub review_every: ReviewInterval,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl PlaybookEntry {
    /// A new entry, a draft of `content` (trimmed and checked).
    pub fn new(
        id: PlaybookEntryId,
        topic: Topic,
        content: &EntryContent,
        now: Timestamp,
    ) -> Result<Self, PlaybookError> {
        let content = content.trimmed();
        content.check(topic)?;
        Ok(Self {
            id,
            topic,
            versions: vec![EntryVersion {
                number: 1,
                content,
                edited_at: now,
                agreements: Vec::new(),
            }],
            review_every: ReviewInterval::default(),
            created_at: now,
            updated_at: now,
        })
    }

    /// Oldest first; never empty.
    pub fn versions(&self) -> &[EntryVersion] {
        &self.versions
    }

    pub fn newest(&self) -> &EntryVersion {
        self.versions.last().expect("an entry has a version")
    }

    /// The version the teams work from: the newest agreed one.
    pub fn in_force(&self) -> Option<&EntryVersion> {
        self.versions.iter().rev().find(|v| v.is_agreed())
    }

    /// The draft waiting for agreement, if any.
    pub fn draft(&self) -> Option<&EntryVersion> {
        Some(self.newest()).filter(|v| !v.is_agreed())
    }

    pub fn status(&self) -> EntryStatus {
        match (self.in_force(), self.draft()) {
            (None, _) => EntryStatus::Draft,
            (Some(_), None) => EntryStatus::Agreed,
            (Some(_), Some(_)) => EntryStatus::ChangedSinceAgreed,
        }
    }

    /// A short name: the goal's name, the SLA promise, or the topic.
    pub fn title(&self) -> String {
        match &self.newest().content {
            EntryContent::Goal { name, .. } => name.clone(),
            EntryContent::Commitment { side, promise, .. } => {
                format!("{}: {promise}", side.label())
            }
            _ => self.topic.label().to_string(),
        }
    }

    /// Changes the text. A draft is rewritten in place; an agreed version stays frozen and a
    /// new draft follows it. The same text again changes nothing.
    pub fn edit(&mut self, content: &EntryContent, now: Timestamp) -> Result<(), PlaybookError> {
        let content = content.trimmed();
        content.check(self.topic)?;
        if content == self.newest().content {
            return Ok(());
        }
        let newest = self.versions.last_mut().expect("an entry has a version");
        if newest.is_agreed() {
            let number = newest.number + 1;
            self.versions.push(EntryVersion {
                number,
                content,
                edited_at: now,
                agreements: Vec::new(),
            });
        } else {
            newest.content = content;
            newest.edited_at = now;
        }
        self.updated_at = now;
        Ok(())
    }

    /// Drops the draft that follows an agreed version, going back to what was agreed.
    pub fn discard_draft(&mut self, now: Timestamp) -> bool {
        if self.in_force().is_some() && self.draft().is_some() {
            self.versions.pop();
            self.updated_at = now;
            return true;
        }
        false
    }

    /// Agrees the draft in a meeting; returns the version number agreed.
    pub fn agree(&mut self, agreement: Agreement, now: Timestamp) -> Result<u32, PlaybookError> {
        if agreement.attendees.is_empty() {
            return Err(PlaybookError::NobodyAgreed);
        }
        let newest = self.versions.last_mut().expect("an entry has a version");
        if newest.is_agreed() {
            return Err(PlaybookError::AlreadyAgreed);
        }
        newest.agreements.push(agreement);
        self.updated_at = now;
        Ok(newest.number)
    }

    /// A review that keeps the agreed version as it is: recorded on it, and the next review
    /// counts from this one.
    pub fn reaffirm(&mut self, agreement: Agreement, now: Timestamp) -> Result<u32, PlaybookError> {
        if agreement.attendees.is_empty() {
            return Err(PlaybookError::NobodyAgreed);
        }
        let version = self
            .versions
            .iter_mut()
            .rev()
            .find(|v| v.is_agreed())
            .ok_or(PlaybookError::NeverAgreed)?;
        version.agreements.push(agreement);
        self.updated_at = now;
        Ok(version.number)
    }

    /// The last time a meeting agreed or reaffirmed the version in force.
    pub fn last_agreed_on(&self) -> Option<NaiveDate> {
        self.in_force()?.agreements.iter().map(|a| a.on).max()
    }

    /// When the next review is due: one interval after the last agreement. `None` while the
    /// entry was never agreed (it is on the agenda as a draft instead).
    pub fn review_due_on(&self) -> Option<NaiveDate> {
        let last = self.last_agreed_on()?;
        last.checked_add_months(Months::new(self.review_every.months()))
    }

    /// Due for review on `today`: agreed, and the interval has passed.
    pub fn is_due_for_review(&self, today: NaiveDate) -> bool {
        self.review_due_on().is_some_and(|due| due <= today)
    }

    pub fn set_review_every(&mut self, interval: ReviewInterval, now: Timestamp) {
        if self.review_every != interval {
            self.review_every = interval;
            self.updated_at = now;
        }
    }

    /// Re-checks a stored or imported entry: the invariants in the type's documentation.
    pub fn validate(&self) -> Result<(), PlaybookError> {
        let numbered = self
            .versions
            .iter()
            .enumerate()
            .all(|(i, v)| v.number as usize == i + 1);
        let drafts_last = self
            .versions
            .iter()
            .rev()
            .skip(1)
            .all(EntryVersion::is_agreed);
        if self.versions.is_empty() || !numbered || !drafts_last {
            return Err(PlaybookError::WrongShape {
                topic: self.topic.label(),
                expected: "numbered versions with only the newest a draft",
            });
        }
        self.versions
            .iter()
            .try_for_each(|v| v.content.check(self.topic))
    }
}

/// Entries due for review on `today`, the longest overdue first, then drafts never agreed
/// (oldest first): what the next meeting's review and the quarterly evaluation list.
pub fn to_review(entries: &[PlaybookEntry], today: NaiveDate) -> Vec<&PlaybookEntry> {
    let mut due: Vec<&PlaybookEntry> = entries
        .iter()
        .filter(|e| e.is_due_for_review(today))
        .collect();
    due.sort_by_key_dyn(|e| (e.review_due_on(), e.created_at, e.id));
    let mut drafts: Vec<&PlaybookEntry> = entries
        .iter()
        .filter(|e| e.status() == EntryStatus::Draft)
        .collect();
    drafts.sort_by_key_dyn(|e| (e.created_at, e.id));
    due.extend(drafts);
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::playbook::content::{Direction, Side, Target};
    use crate::domain::playbook::quantity::Quantity;

    const T0: Timestamp = Timestamp(1_900_000_000_000);

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn text(body: &str) -> EntryContent {
        EntryContent::Text { body: body.into() }
    }

    fn agreement(n: u128, on: NaiveDate) -> Agreement {
        Agreement {
            meeting: MeetingId::from_u128(n),
            on,
            attendees: vec![PersonId::from_u128(1), PersonId::from_u128(2)],
            recorded_at: T0,
        }
    }

    fn icp() -> PlaybookEntry {
        PlaybookEntry::new(
            PlaybookEntryId::from_u128(7),
            Topic::IdealCustomer,
            &text(" Mid-size software firms "),
            T0,
        )
        .unwrap()
    }

    #[test]
    fn a_new_entry_is_a_trimmed_draft() {
        let entry = icp();
        assert_eq!(entry.status(), EntryStatus::Draft);
        assert_eq!(entry.newest().content, text("Mid-size software firms"));
        assert!(entry.in_force().is_none());
        assert_eq!(entry.review_due_on(), None);
    }

    #[test]
    fn editing_a_draft_rewrites_it_and_editing_an_agreed_version_adds_a_draft() {
        let mut entry = icp();
        entry
            .edit(&text("Mid-size SaaS firms"), Timestamp(T0.0 + 1))
            .unwrap();
        assert_eq!(entry.versions().len(), 1);

        assert_eq!(entry.agree(agreement(1, day(2030, 1, 8)), T0), Ok(1));
        assert_eq!(entry.status(), EntryStatus::Agreed);
        assert_eq!(
            entry.agree(agreement(1, day(2030, 1, 8)), T0),
            Err(PlaybookError::AlreadyAgreed)
        );

        entry.edit(&text("SaaS firms, 50–500 staff"), T0).unwrap();
        assert_eq!(entry.versions().len(), 2);
        assert_eq!(entry.status(), EntryStatus::ChangedSinceAgreed);
        // The agreed version is frozen and still in force.
        assert_eq!(
            entry.in_force().unwrap().content,
            text("Mid-size SaaS firms")
        );
        assert_eq!(entry.draft().unwrap().number, 2);

        // The same text again changes nothing.
        let before = entry.clone();
        entry
            .edit(&text(" SaaS firms, 50–500 staff "), Timestamp(T0.0 + 9))
            .unwrap();
        assert_eq!(entry, before);

        assert_eq!(entry.agree(agreement(2, day(2030, 2, 5)), T0), Ok(2));
        assert_eq!(entry.in_force().unwrap().number, 2);
        assert!(entry.validate().is_ok());
    }

    #[test]
    fn a_draft_after_an_agreed_version_can_be_discarded() {
        let mut entry = icp();
        assert!(
            !entry.discard_draft(T0),
            "a first draft is the entry itself"
        );
        entry.agree(agreement(1, day(2030, 1, 8)), T0).unwrap();
        entry.edit(&text("Changed"), T0).unwrap();
        assert!(entry.discard_draft(T0));
        assert_eq!(entry.status(), EntryStatus::Agreed);
    }

    #[test]
    fn agreeing_needs_people_in_the_room() {
        let mut entry = icp();
        let mut empty = agreement(1, day(2030, 1, 8));
        empty.attendees.clear();
        assert_eq!(entry.agree(empty, T0), Err(PlaybookError::NobodyAgreed));
    }

    #[test]
    fn an_entry_is_due_for_review_one_interval_after_it_was_last_agreed() {
        let mut entry = icp();
        entry.agree(agreement(1, day(2030, 1, 8)), T0).unwrap();
        assert_eq!(entry.review_due_on(), Some(day(2030, 4, 8)));
        assert!(!entry.is_due_for_review(day(2030, 4, 7)));
        assert!(entry.is_due_for_review(day(2030, 4, 8)));

        // Reaffirming at the review starts the next quarter from then.
        assert_eq!(entry.reaffirm(agreement(2, day(2030, 4, 9)), T0), Ok(1));
        assert_eq!(entry.review_due_on(), Some(day(2030, 7, 9)));

        entry.set_review_every(ReviewInterval::Monthly, T0);
        assert_eq!(entry.review_due_on(), Some(day(2030, 5, 9)));
        // A changed draft does not move the review of the version in force.
        entry.edit(&text("New"), T0).unwrap();
        assert!(entry.is_due_for_review(day(2030, 5, 9)));
    }

    #[test]
    fn a_never_agreed_entry_cannot_be_reaffirmed() {
        let mut entry = icp();
        assert_eq!(
            entry.reaffirm(agreement(1, day(2030, 1, 8)), T0),
            Err(PlaybookError::NeverAgreed)
        );
    }

    #[test]
    fn the_review_lists_overdue_entries_first_then_drafts() {
        let mut old = icp();
        old.agree(agreement(1, day(2029, 1, 1)), T0).unwrap();
        let mut recent = icp();
        recent.id = PlaybookEntryId::from_u128(8);
        recent.agree(agreement(1, day(2029, 12, 1)), T0).unwrap();
        let mut fresh = icp();
        fresh.id = PlaybookEntryId::from_u128(9);
        fresh.agree(agreement(1, day(2030, 3, 1)), T0).unwrap();
        let draft = PlaybookEntry::new(
            PlaybookEntryId::from_u128(10),
            Topic::Sla,
            &EntryContent::Commitment {
                side: Side::Sales,
                promise: "Follow up every MQL".into(),
                measure: "Hours to first call".into(),
                target: Target {
                    direction: Direction::AtMost,
                    value: Quantity::whole(24).unwrap(),
                    unit: "business hours".into(),
                },
                period: "per lead".into(),
            },
            T0,
        )
        .unwrap();
        let entries = [fresh, draft, recent, old];
        let ids: Vec<u128> = to_review(&entries, day(2030, 3, 15))
            .iter()
            .map(|e| e.id.0.as_u128())
            .collect();
        assert_eq!(ids, [7, 8, 10]);
    }

    #[test]
    fn intervals_round_trip_through_their_keys() {
        crate::domain::test_support::assert_names_round_trip(&ReviewInterval::ALL);
        assert_eq!(ReviewInterval::HalfYearly.to_string(), "half_yearly");
        assert!("weekly".parse::<ReviewInterval>().is_err());
    }

    #[test]
    fn damaged_versions_are_caught() {
        let mut entry = icp();
        entry.edit(&text("two"), T0).unwrap();
        entry.versions[0].number = 3;
        assert!(entry.validate().is_err());
    }
}
