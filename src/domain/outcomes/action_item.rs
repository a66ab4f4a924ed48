//! Action items: who follows through on what, with whom, and by when. Each is made in a meeting
//! and reviewed at the start of the next one (see [`super::review_loop`]).

use crate::domain::ids::{ActionItemId, MeetingId, PersonId, ProblemId};
use crate::domain::meeting::Meeting;
use crate::domain::sort::SortByKey;
use crate::domain::time::Timestamp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The longest description of an action item, in characters.
pub const MAX_WHAT_CHARS: usize = 300;
/// The longest progress note, in characters: a short status line, as in a chat message.
pub const MAX_PROGRESS_NOTE_CHARS: usize = 280;

/// Why an action item or a change to it is refused. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ActionError {
    #[error("Say what will be done.")]
    EmptyWhat,
    #[error("Action items can be at most {MAX_WHAT_CHARS} characters; this one has {0}.")]
    WhatTooLong(usize),
    #[error("The owner must be one of this meeting's attendees.")]
    OwnerNotAttending(PersonId),
    #[error("The owner is already on this item; choose someone else as a collaborator.")]
    OwnerAsCollaborator(PersonId),
    #[error("That person is already a collaborator on this item.")]
    DuplicateCollaborator(PersonId),
    #[error("That person is not a collaborator on this item.")]
    NotACollaborator(PersonId),
    #[error(
        "Progress notes can be at most {MAX_PROGRESS_NOTE_CHARS} characters; this one has {0}."
    )]
    ProgressNoteTooLong(usize),
}

/// Where an action item stands. The serde names are stored and exported: never rename them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
// One name for serde, form values, storage keys and URLs: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    Done,
    /// Stuck on something; still to be done, and worth raising at the next meeting.
    Blocked,
    /// Not going to be done.
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::Done,
        ActionStatus::Blocked,
        ActionStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => "Open",
            ActionStatus::Done => "Done",
            ActionStatus::Blocked => "Blocked",
            ActionStatus::Dropped => "Dropped",
        }
    }

    /// Still to be done: open or blocked. These carry over to the next meeting.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::Blocked)
    }
}

/// What the facilitator typed for a new action item, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewActionItem {
    pub what: String,
    pub owner: PersonId,
    pub collaborators: Vec<PersonId>,
    pub due: Option<NaiveDate>,
    pub problem: Option<ProblemId>,
}

impl NewActionItem {
    /// An item for `owner`, due on `next_meeting` (the default the form offers: assignments
    /// are completed before the next meeting), with no collaborators or problem yet.
    pub fn new(what: &str, owner: PersonId, next_meeting: Option<NaiveDate>) -> NewActionItem {
        NewActionItem {
            what: what.to_string(),
            owner,
            collaborators: Vec::new(),
            due: next_meeting,
            problem: None,
        }
    }
}

/// An action item record. Stored and exported on its own, matched by `id`; `updated_at`
/// decides which copy wins in a merge.
///
/// Invariants, kept by [`ActionItem::new`] and the methods below (and checked on import by
/// [`ActionItem::validate`]): `what` of 1 to [`MAX_WHAT_CHARS`] characters; collaborators
/// without the owner and without duplicates; a progress note of at most
/// [`MAX_PROGRESS_NOTE_CHARS`]. Texts are stored trimmed. The owner attended `made_in` when
/// the item was made or last given to them in that meeting; [`reassign_open_actions`] may
/// later hand it to someone else (when the owner leaves the roster).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: ActionItemId,
    pub what: String,
    pub owner: PersonId,
    /// In the order they joined.
    #[serde(default)]
    pub collaborators: Vec<PersonId>,
    #[serde(
        default,
        deserialize_with = "crate::domain::date_text::read::option_date"
    )]
    pub due: Option<NaiveDate>,
    /// The problem this helps solve, if any.
    #[serde(default)]
    pub problem: Option<ProblemId>,
    pub made_in: MeetingId,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default)]
    pub progress_note: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl ActionItem {
    /// An open action item made in `meeting`, whose attendee list the owner must be on.
    pub fn new(
        id: ActionItemId,
        meeting: &Meeting,
        new: NewActionItem,
        now: Timestamp,
    ) -> Result<ActionItem, ActionError> {
        let what = checked_what(&new.what)?;
        check_owner(new.owner, &meeting.attendees)?;
        check_collaborators(new.owner, &new.collaborators)?;
        Ok(ActionItem {
            id,
            what,
            owner: new.owner,
            collaborators: new.collaborators,
            due: new.due,
            problem: new.problem,
            made_in: meeting.id,
            status: ActionStatus::Open,
            progress_note: String::new(),
            created_at: now,
            updated_at: now,
        })
    }

    /// Checks the invariants that a record read from storage or a file can break on its own
    /// (whether the owner attended needs the meeting, which may be gone).
    pub fn validate(&self) -> Result<(), ActionError> {
        checked_what(&self.what)?;
        check_collaborators(self.owner, &self.collaborators)?;
        checked_note(&self.progress_note)?;
        Ok(())
    }

    pub fn is_open(&self) -> bool {
        self.status.is_open()
    }

    /// Who is on it: the owner, then the collaborators.
    pub fn people(&self) -> impl Iterator<Item = PersonId> + '_ {
        std::iter::once(self.owner).chain(self.collaborators.iter().copied())
    }

    pub fn involves(&self, person: PersonId) -> bool {
        self.owner == person || self.collaborators.contains(&person)
    }

    pub fn set_what(&mut self, what: &str, now: Timestamp) -> Result<(), ActionError> {
        self.what = checked_what(what)?;
        self.updated_at = now;
        Ok(())
    }

    /// Gives the item to `owner`, who must be on `attendees` (those of the meeting it was made
    /// in). A collaborator who becomes the owner stops being listed as a collaborator.
    pub fn set_owner(
        &mut self,
        owner: PersonId,
        attendees: &[PersonId],
        now: Timestamp,
    ) -> Result<(), ActionError> {
        check_owner(owner, attendees)?;
        self.collaborators.retain(|&p| p != owner);
        self.owner = owner;
        self.updated_at = now;
        Ok(())
    }

    pub fn add_collaborator(
        &mut self,
        person: PersonId,
        now: Timestamp,
    ) -> Result<(), ActionError> {
        if person == self.owner {
            return Err(ActionError::OwnerAsCollaborator(person));
        }
        if self.collaborators.contains(&person) {
            return Err(ActionError::DuplicateCollaborator(person));
        }
        self.collaborators.push(person);
        self.updated_at = now;
        Ok(())
    }

    pub fn remove_collaborator(
        &mut self,
        person: PersonId,
        now: Timestamp,
    ) -> Result<(), ActionError> {
        let index = self
            .collaborators
            .iter()
            .position(|&p| p == person)
            .ok_or(ActionError::NotACollaborator(person))?;
        self.collaborators.remove(index);
        self.updated_at = now;
        Ok(())
    }

    pub fn set_due(&mut self, due: Option<NaiveDate>, now: Timestamp) {
        self.due = due;
        self.updated_at = now;
    }

    pub fn set_problem(&mut self, problem: Option<ProblemId>, now: Timestamp) {
        self.problem = problem;
        self.updated_at = now;
    }

    /// Past its due date on `today` and still to be done (open or blocked). An item due today
    /// is not overdue yet; done, dropped and undated items never are. The caller passes the
    /// local date, so the rule stays free of clocks and time zones.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due.is_some_and(|due| due < today)
    }

    /// Any status can follow any other: a done item may turn out not to be.
    pub fn set_status(&mut self, status: ActionStatus, now: Timestamp) {
        self.status = status;
        self.updated_at = now;
    }

    pub fn set_progress_note(&mut self, note: &str, now: Timestamp) -> Result<(), ActionError> {
        self.progress_note = checked_note(note)?;
        self.updated_at = now;
        Ok(())
    }
}

/// Soonest due first (undated last), then in the order they were made.
pub fn sort_actions(actions: &mut [ActionItem]) {
    actions.sort_by_key_dyn(action_order);
}

pub(super) fn action_order(
    action: &ActionItem,
) -> (bool, Option<NaiveDate>, Timestamp, ActionItemId) {
    (
        action.due.is_none(),
        action.due,
        action.created_at,
        action.id,
    )
}

/// Hands the open items of `from` (someone leaving the roster, say) to `to`, and returns only
/// the items that changed, with `updated_at` set to `now`, for the caller to store.
///
/// - Open and blocked items `from` owns get `to` as owner; if `to` was a collaborator on one,
///   they are now listed only as its owner.
/// - On open and blocked items where `from` is a collaborator, `to` takes their place, unless
///   `to` is already on the item, in which case `from` is just removed.
/// - Done and dropped items are history and keep their people.
///
/// Nothing changes when `from == to`.
pub fn reassign_open_actions(
    actions: &[ActionItem],
    from: PersonId,
    to: PersonId,
    now: Timestamp,
) -> Vec<ActionItem> {
    if from == to {
        return Vec::new();
    }
    actions
        .iter()
        .filter(|a| a.is_open() && a.involves(from))
        .map(|action| {
            let mut changed = action.clone();
            if changed.owner == from {
                changed.owner = to;
                changed.collaborators.retain(|&p| p != to);
            } else if changed.involves(to) {
                changed.collaborators.retain(|&p| p != from);
            } else {
                for person in &mut changed.collaborators {
                    if *person == from {
                        *person = to;
                    }
                }
            }
            changed.updated_at = now;
            changed
        })
        .collect()
}

fn checked_what(what: &str) -> Result<String, ActionError> {
    let what = what.trim();
    match what.chars().count() {
        0 => Err(ActionError::EmptyWhat),
        n if n > MAX_WHAT_CHARS => Err(ActionError::WhatTooLong(n)),
        _ => Ok(what.to_string()),
    }
}

fn checked_note(note: &str) -> Result<String, ActionError> {
    let note = note.trim();
    match note.chars().count() {
        n if n > MAX_PROGRESS_NOTE_CHARS => Err(ActionError::ProgressNoteTooLong(n)),
        _ => Ok(note.to_string()),
    }
}

fn check_owner(owner: PersonId, attendees: &[PersonId]) -> Result<(), ActionError> {
    if attendees.contains(&owner) {
        Ok(())
    } else {
        Err(ActionError::OwnerNotAttending(owner))
    }
}

fn check_collaborators(owner: PersonId, collaborators: &[PersonId]) -> Result<(), ActionError> {
    let mut seen = HashSet::with_capacity(collaborators.len());
    for &person in collaborators {
        if person == owner {
            return Err(ActionError::OwnerAsCollaborator(person));
        }
        if !seen.insert(person) {
            return Err(ActionError::DuplicateCollaborator(person));
        }
    }
    Ok(())
}

/// Which action items a list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ActionFilter {
    /// Still to be done: the default view of the log.
    #[default]
    OpenOrBlocked,
    All,
    Status(ActionStatus),
}

impl ActionFilter {
    /// What a filter select offers, in order.
    pub const CHOICES: [ActionFilter; 6] = [
        ActionFilter::OpenOrBlocked,
        ActionFilter::All,
        ActionFilter::Status(ActionStatus::Open),
        ActionFilter::Status(ActionStatus::Blocked),
        ActionFilter::Status(ActionStatus::Done),
        ActionFilter::Status(ActionStatus::Dropped),
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionFilter::OpenOrBlocked => "Open or blocked",
            ActionFilter::All => "All",
            ActionFilter::Status(status) => status.label(),
        }
    }

    pub fn matches(self, item: &ActionItem) -> bool {
        match self {
            ActionFilter::OpenOrBlocked => item.is_open(),
            ActionFilter::All => true,
            ActionFilter::Status(status) => item.status == status,
        }
    }
}

/// "open_or_blocked", "all", or a status's own name: for form values and URLs.
impl fmt::Display for ActionFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActionFilter::OpenOrBlocked => f.write_str("open_or_blocked"),
            ActionFilter::All => f.write_str("all"),
            ActionFilter::Status(status) => status.fmt(f),
        }
    }
}

impl FromStr for ActionFilter {
    type Err = strum::ParseError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "open_or_blocked" => Ok(ActionFilter::OpenOrBlocked),
            "all" => Ok(ActionFilter::All),
            status => status.parse().map(ActionFilter::Status),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::builtin::{WEEKLY_ID, builtin_template};
    use crate::domain::meeting::NewMeeting;
    use crate::domain::test_support::person;

    const T0: Timestamp = Timestamp(1_764_000_000_000);
    const T1: Timestamp = Timestamp(1_764_000_060_000);

    fn meeting() -> Meeting {
        let weekly = builtin_template(WEEKLY_ID).unwrap();
        let plan =
            NewMeeting::from_template(&weekly, T0, vec![person(1), person(2), person(3)], None);
        Meeting::new(MeetingId::from_u128(9), plan, T0).unwrap()
    }

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 12, day).unwrap()
    }

    fn item(n: u128, owner: u128, collaborators: &[u128]) -> ActionItem {
        let new = NewActionItem {
            collaborators: collaborators.iter().map(|&c| person(c)).collect(),
            ..NewActionItem::new("Draft the case study", person(owner), Some(date(1)))
        };
        ActionItem::new(ActionItemId::from_u128(n), &meeting(), new, T0).unwrap()
    }

    #[test]
    fn a_new_item_is_open_due_on_the_date_given_and_made_in_the_meeting() {
        let new = NewActionItem::new("  Call the top 10 leads ", person(1), Some(date(1)));
        let a = ActionItem::new(ActionItemId::from_u128(1), &meeting(), new, T0).unwrap();
        assert_eq!(a.what, "Call the top 10 leads");
        assert_eq!(a.due, Some(date(1)));
        assert_eq!(a.made_in, MeetingId::from_u128(9));
        assert_eq!(a.status, ActionStatus::Open);
        assert!(a.progress_note.is_empty());
        assert_eq!(a.validate(), Ok(()));
    }

    #[test]
    fn what_is_required_and_limited() {
        let m = meeting();
        let new = |what: &str| {
            ActionItem::new(
                ActionItemId::from_u128(1),
                &m,
                NewActionItem::new(what, person(1), None),
                T0,
            )
        };
        assert_eq!(new("  ").unwrap_err(), ActionError::EmptyWhat);
        assert_eq!(
            new(&"w".repeat(301)).unwrap_err(),
            ActionError::WhatTooLong(301)
        );
        assert!(new(&"w".repeat(300)).is_ok());
        let mut a = item(1, 1, &[]);
        assert_eq!(a.set_what("", T1), Err(ActionError::EmptyWhat));
        assert_eq!(a.updated_at, T0);
        assert_eq!(ActionError::EmptyWhat.to_string(), "Say what will be done.");
    }

    #[test]
    fn the_owner_must_attend_the_meeting() {
        let new = NewActionItem::new("X", person(7), None);
        assert_eq!(
            ActionItem::new(ActionItemId::from_u128(1), &meeting(), new, T0),
            Err(ActionError::OwnerNotAttending(person(7)))
        );
        let mut a = item(1, 1, &[2]);
        let attendees = meeting().attendees;
        assert_eq!(
            a.set_owner(person(7), &attendees, T1),
            Err(ActionError::OwnerNotAttending(person(7)))
        );
        a.set_owner(person(2), &attendees, T1).unwrap();
        assert_eq!((a.owner, a.collaborators.clone()), (person(2), vec![]));
    }

    #[test]
    fn collaborators_exclude_the_owner_and_duplicates() {
        let m = meeting();
        let new = |collaborators: Vec<PersonId>| {
            let new = NewActionItem {
                collaborators,
                ..NewActionItem::new("X", person(1), None)
            };
            ActionItem::new(ActionItemId::from_u128(1), &m, new, T0)
        };
        assert_eq!(
            new(vec![person(2), person(1)]).unwrap_err(),
            ActionError::OwnerAsCollaborator(person(1))
        );
        assert_eq!(
            new(vec![person(2), person(2)]).unwrap_err(),
            ActionError::DuplicateCollaborator(person(2))
        );
        let mut a = new(vec![person(2)]).unwrap();
        assert_eq!(
            a.add_collaborator(person(1), T1),
            Err(ActionError::OwnerAsCollaborator(person(1)))
        );
        assert_eq!(
            a.add_collaborator(person(2), T1),
            Err(ActionError::DuplicateCollaborator(person(2)))
        );
        // Someone outside the meeting may help.
        a.add_collaborator(person(8), T1).unwrap();
        assert_eq!(a.collaborators, [person(2), person(8)]);
        a.remove_collaborator(person(2), T1).unwrap();
        assert_eq!(
            a.remove_collaborator(person(2), T1),
            Err(ActionError::NotACollaborator(person(2)))
        );
        assert_eq!(a.people().collect::<Vec<_>>(), [person(1), person(8)]);
    }

    #[test]
    fn progress_note_is_at_most_280_characters() {
        let mut a = item(1, 1, &[]);
        assert_eq!(
            a.set_progress_note(&"n".repeat(281), T1),
            Err(ActionError::ProgressNoteTooLong(281))
        );
        a.set_progress_note(&format!(" {} ", "n".repeat(280)), T1)
            .unwrap();
        assert_eq!(a.progress_note.chars().count(), 280);
        a.set_status(ActionStatus::Blocked, T1);
        assert!(a.is_open());
        a.set_status(ActionStatus::Done, T1);
        assert!(!a.is_open());
        assert_eq!(a.updated_at, T1);
    }

    #[test]
    fn sorts_by_due_date_with_undated_last() {
        let mut a = item(1, 1, &[]);
        let mut b = item(2, 1, &[]);
        let mut c = item(3, 1, &[]);
        a.set_due(None, T0);
        b.set_due(Some(date(5)), T0);
        c.set_due(Some(date(2)), T0);
        let mut actions = vec![a, b, c];
        sort_actions(&mut actions);
        let ids: Vec<ActionItemId> = actions.iter().map(|a| a.id).collect();
        assert_eq!(ids, [3, 2, 1].map(ActionItemId::from_u128),);
    }

    #[test]
    fn reassigning_moves_open_work_and_leaves_history_alone() {
        let (gone, heir) = (person(1), person(2));
        let owned = item(1, 1, &[3]);
        let owned_with_heir = item(2, 1, &[2, 3]);
        let helping = item(3, 3, &[1]);
        let helping_with_heir = item(4, 3, &[1, 2]);
        let mut done = item(5, 1, &[]);
        done.set_status(ActionStatus::Done, T0);
        let unrelated = item(6, 3, &[]);
        let mut blocked = item(7, 1, &[]);
        blocked.set_status(ActionStatus::Blocked, T0);
        let actions = [
            owned,
            owned_with_heir,
            helping,
            helping_with_heir,
            done,
            unrelated,
            blocked,
        ];
        let changed = reassign_open_actions(&actions, gone, heir, T1);
        let summary: Vec<(u128, PersonId, Vec<PersonId>)> = changed
            .iter()
            .map(|a| (a.id.0.as_u128(), a.owner, a.collaborators.clone()))
            .collect();
        assert_eq!(
            summary,
            [
                (1, heir, vec![person(3)]),
                (2, heir, vec![person(3)]),
                (3, person(3), vec![heir]),
                (4, person(3), vec![heir]),
                (7, heir, vec![]),
            ]
        );
        assert!(
            changed
                .iter()
                .all(|a| a.updated_at == T1 && a.validate().is_ok())
        );
        assert!(reassign_open_actions(&actions, gone, gone, T1).is_empty());
    }

    #[test]
    fn round_trips_and_reads_older_records_with_defaults() {
        let mut a = item(1, 1, &[2]);
        a.set_problem(Some(ProblemId::from_u128(4)), T1);
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains(r#""due":"2025-12-01""#));
        assert_eq!(serde_json::from_str::<ActionItem>(&json).unwrap(), a);
        let old: ActionItem = serde_json::from_str(
            r#"{"id":"00000000-0000-0000-0000-000000000001","what":"X",
                "owner":"00000000-0000-0000-0000-000000000002",
                "made_in":"00000000-0000-0000-0000-000000000003",
                "created_at":1,"updated_at":2}"#,
        )
        .unwrap();
        assert_eq!(old.status, ActionStatus::Open);
        assert!(old.collaborators.is_empty() && old.progress_note.is_empty());
        assert_eq!((old.due, old.problem), (None, None));
    }

    #[test]
    fn filters_round_trip_through_their_names() {
        for filter in ActionFilter::CHOICES {
            assert_eq!(filter.to_string().parse(), Ok(filter));
        }
        assert!("later".parse::<ActionFilter>().is_err());
    }

    #[test]
    fn status_keys_round_trip_and_match_serde() {
        crate::domain::test_support::assert_names_round_trip(&ActionStatus::ALL);
    }

    #[test]
    fn overdue_means_past_due_and_still_to_be_done() {
        let mut a = item(1, 1, &[]);
        a.set_due(Some(date(5)), T0);
        assert!(!a.is_overdue(date(4)));
        assert!(!a.is_overdue(date(5)), "due today is not late yet");
        assert!(a.is_overdue(date(6)));
        a.set_status(ActionStatus::Blocked, T0);
        assert!(a.is_overdue(date(6)), "blocked is still to be done");
        for closed in [ActionStatus::Done, ActionStatus::Dropped] {
            a.set_status(closed, T0);
            assert!(!a.is_overdue(date(6)));
        }
        a.set_status(ActionStatus::Open, T0);
        a.set_due(None, T0);
        assert!(!a.is_overdue(date(30)), "no due date, never overdue");
    }
}
