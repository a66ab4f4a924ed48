//! The loop from one meeting to the next: everyone leaves with something to do, and the next
//! meeting starts by reviewing it.
//!
//! # The rule checked live
//!
//! Every attendee should leave with an action item, as its owner or as a collaborator.
//! [`who_lacks_action`] lists those who do not yet; [`pairing_suggestions`] proposes an item
//! for each of them to join. Every item of the meeting counts except dropped ones (a dropped
//! item gives nobody anything to do).
//!
//! # What carries over
//!
//! [`carry_over`] builds the next meeting's [`Review`]:
//!
//! - **Open actions** are items still open or blocked. Those made in the previous meeting come
//!   first; then those still open from any earlier meeting, because an item stays on the review
//!   until someone marks it done or dropped: an unfinished assignment must not vanish just
//!   because one more meeting went by. Items made in the current meeting are not reviewed.
//! - **Closed since** are the previous meeting's items now done or dropped, so the review can
//!   confirm what was completed.
//! - **Problems in progress** are problems still open or being solved that were raised in the
//!   previous meeting, are being solved, or have a carried open action. Untouched problems from
//!   long ago stay in the problem log.
//!
//! The progress segment then gives each deliverable a slot of
//! [`DELIVERABLE_SLOT_SECS`] (see [`progress_deliverables`]): the carried open actions first,
//! then the deliverables typed into the meeting.

use super::action_item::{ActionItem, ActionStatus, action_order};
use super::problem::{Problem, ProblemFilter, ProblemStatus, filtered_problems};
use crate::domain::ids::{ActionItemId, MeetingId, PersonId, ProblemId};
use crate::domain::meeting::{
    DELIVERABLE_SLOT_SECS, Deliverable, DeliverableSlots, deliverable_slots,
};
use crate::domain::sort::SortByKey;
use std::collections::{BTreeMap, HashSet};

/// Attendees, in attendee order, who neither own nor collaborate on any of `actions` that is
/// not dropped. Pass the items made in this meeting.
pub fn who_lacks_action(attendees: &[PersonId], actions: &[ActionItem]) -> Vec<PersonId> {
    let covered: HashSet<PersonId> = actions
        .iter()
        .filter(|a| counts_for_the_rule(a))
        .flat_map(ActionItem::people)
        .collect();
    attendees
        .iter()
        .copied()
        .filter(|person| !covered.contains(person))
        .collect()
}

/// For someone without an action item: an item they could join as a collaborator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairingSuggestion {
    pub person: PersonId,
    /// `None` when the meeting has no open item to join yet: give them one of their own.
    pub join: Option<ActionItemId>,
}

/// One suggestion per attendee in [`who_lacks_action`], in attendee order. Each joins the open
/// or blocked item with the fewest people helping, counting the suggestions already made, so
/// that several people spread over several items; ties go to the item made first. The same
/// inputs always give the same suggestions.
pub fn pairing_suggestions(
    attendees: &[PersonId],
    actions: &[ActionItem],
) -> Vec<PairingSuggestion> {
    let mut load: Vec<(&ActionItem, usize)> = actions
        .iter()
        .filter(|a| a.is_open())
        .map(|a| (a, a.collaborators.len()))
        .collect();
    who_lacks_action(attendees, actions)
        .into_iter()
        .map(|person| {
            let pick = load
                .iter_mut()
                .min_by_key(|(action, helpers)| (*helpers, action.created_at, action.id));
            let join = pick.map(|(action, helpers)| {
                *helpers += 1;
                action.id
            });
            PairingSuggestion { person, join }
        })
        .collect()
}

fn counts_for_the_rule(action: &ActionItem) -> bool {
    action.status != ActionStatus::Dropped
}

/// What the next meeting reviews; see the module documentation for the rules.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    /// Open or blocked items made in the previous meeting, soonest due first.
    pub open_from_previous: Vec<ActionItem>,
    /// Open or blocked items made in earlier meetings, soonest due first.
    pub open_from_earlier: Vec<ActionItem>,
    /// The previous meeting's items now done or dropped, soonest due first.
    pub closed_from_previous: Vec<ActionItem>,
    /// Biggest impact first, then the newest.
    pub problems_in_progress: Vec<Problem>,
}

impl Review {
    /// Every carried open action: the previous meeting's, then the earlier ones.
    pub fn open_actions(&self) -> impl Iterator<Item = &ActionItem> + '_ {
        self.open_from_previous
            .iter()
            .chain(self.open_from_earlier.iter())
    }

    pub fn is_empty(&self) -> bool {
        self.open_from_previous.is_empty()
            && self.open_from_earlier.is_empty()
            && self.closed_from_previous.is_empty()
            && self.problems_in_progress.is_empty()
    }

    /// The carried open actions grouped by owner, owners in the order they first appear.
    pub fn open_actions_by_owner(&self) -> Vec<(PersonId, Vec<&ActionItem>)> {
        let mut groups: Vec<(PersonId, Vec<&ActionItem>)> = Vec::new();
        for action in self.open_actions() {
            match groups.iter_mut().find(|(owner, _)| *owner == action.owner) {
                Some((_, items)) => items.push(action),
                None => groups.push((action.owner, vec![action])),
            }
        }
        groups
    }
}

/// What a reviewed item says when its owner is not in the room.
pub const ABSENT_OWNER: &str = "absent: ask for a written update";

/// An open item reviewed at a meeting its owner does not attend: nobody can say where it
/// stands, so the facilitator asks the owner for a written update instead.
pub fn owner_is_absent(action: &ActionItem, attendees: &[PersonId]) -> bool {
    action.is_open() && !attendees.contains(&action.owner)
}

/// The review for meeting `current`, which follows `previous` (`None` for the first meeting or
/// when the previous one was deleted). `problems` and `actions` are the whole workspace's.
pub fn carry_over(
    previous: Option<MeetingId>,
    current: MeetingId,
    problems: &[Problem],
    actions: &[ActionItem],
) -> Review {
    let mut review = Review::default();
    for action in actions.iter().filter(|a| a.made_in != current) {
        let from_previous = Some(action.made_in) == previous;
        let list = match (from_previous, action.is_open()) {
            (true, true) => &mut review.open_from_previous,
            (false, true) => &mut review.open_from_earlier,
            (true, false) => &mut review.closed_from_previous,
            (false, false) => continue,
        };
        list.push(action.clone());
    }
    for list in [
        &mut review.open_from_previous,
        &mut review.open_from_earlier,
        &mut review.closed_from_previous,
    ] {
        list.sort_by_key_dyn(action_order);
    }
    let worked_on: HashSet<ProblemId> = review.open_actions().filter_map(|a| a.problem).collect();
    review.problems_in_progress = filtered_problems(problems, ProblemFilter::Active)
        .into_iter()
        .filter(|p| {
            p.status == ProblemStatus::BeingSolved
                || (previous.is_some() && p.raised_in == previous)
                || worked_on.contains(&p.id)
        })
        .cloned()
        .collect();
    review
}

/// Where a deliverable in the progress segment comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeliverableSource {
    /// A carried open action item.
    Action(ActionItemId),
    /// A deliverable typed into the meeting (its [`Deliverable::id`]).
    Typed(u32),
}

/// One slot of the progress segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressDeliverable {
    pub source: DeliverableSource,
    pub text: String,
    /// Who presents it: the action's owner; `None` for a typed deliverable.
    pub owner: Option<PersonId>,
    /// Seconds from the start of the segment at which this slot begins.
    pub starts_at_secs: u32,
    pub slot_secs: u32,
}

impl ProgressDeliverable {
    /// Whether this slot ends within a progress segment of `segment_secs`: the slots after it
    /// would run past the segment, into the next one, unless the segment is extended.
    pub fn fits_in(&self, segment_secs: u32) -> bool {
        self.starts_at_secs.saturating_add(self.slot_secs) <= segment_secs
    }
}

/// The progress segment's running order: the review's open actions (the previous meeting's,
/// then earlier ones), then `typed` deliverables, each with a
/// [`DELIVERABLE_SLOT_SECS`] slot back to back from the segment's start.
pub fn progress_deliverables(review: &Review, typed: &[Deliverable]) -> Vec<ProgressDeliverable> {
    let carried = review.open_actions().map(|action| {
        (
            DeliverableSource::Action(action.id),
            action.what.clone(),
            Some(action.owner),
        )
    });
    let typed = typed
        .iter()
        .map(|d| (DeliverableSource::Typed(d.id), d.text.clone(), None));
    carried
        .chain(typed)
        .enumerate()
        .map(|(index, (source, text, owner))| ProgressDeliverable {
            source,
            text,
            owner,
            starts_at_secs: u32::try_from(index)
                .unwrap_or(u32::MAX)
                .saturating_mul(DELIVERABLE_SLOT_SECS),
            slot_secs: DELIVERABLE_SLOT_SECS,
        })
        .collect()
}

/// How a progress segment of `segment_secs` splits between these deliverables and questions.
pub fn progress_slots(segment_secs: u32, deliverables: &[ProgressDeliverable]) -> DeliverableSlots {
    deliverable_slots(segment_secs, deliverables.len())
}

/// How many open actions each person holds (as owner or collaborator), for spotting anyone
/// overloaded before adding more. People with none are absent.
pub fn open_load(actions: &[ActionItem]) -> BTreeMap<PersonId, usize> {
    let mut load = BTreeMap::new();
    for person in actions
        .iter()
        .filter(|a| a.is_open())
        .flat_map(ActionItem::people)
    {
        *load.entry(person).or_insert(0) += 1;
    }
    load
}

/// The action items that go when meeting `deleted` is deleted: those made in it. Its tally and
/// minutes go too (they are kept per meeting); the problems raised in it stay in the log, since a
/// problem outlives the meeting that raised it.
pub fn action_items_deleted_with(deleted: MeetingId, actions: &[ActionItem]) -> Vec<ActionItemId> {
    actions
        .iter()
        .filter(|a| a.made_in == deleted)
        .map(|a| a.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::outcomes::problem::NewProblem;
    use crate::domain::test_support::person;
    use crate::domain::time::Timestamp;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    const T0: Timestamp = Timestamp(1_764_000_000_000);

    const OLDER: MeetingId = MeetingId::from_u128(100);
    const PREVIOUS: MeetingId = MeetingId::from_u128(101);
    const CURRENT: MeetingId = MeetingId::from_u128(102);

    /// An item built directly, as it would be read back from storage.
    fn action(n: u128, made_in: MeetingId, owner: u128, collaborators: &[u128]) -> ActionItem {
        ActionItem {
            id: ActionItemId::from_u128(n),
            what: format!("Item {n}"),
            owner: person(owner),
            collaborators: collaborators.iter().map(|&c| person(c)).collect(),
            due: None,
            problem: None,
            made_in,
            status: ActionStatus::Open,
            progress_note: String::new(),
            created_at: Timestamp(T0.0 + n as i64),
            updated_at: Timestamp(T0.0 + n as i64),
        }
    }

    #[test]
    fn deleting_a_meeting_takes_only_the_items_made_in_it() {
        let actions = [
            action(1, PREVIOUS, 1, &[]),
            action(2, CURRENT, 2, &[]),
            action(3, PREVIOUS, 3, &[1]),
        ];
        assert_eq!(
            action_items_deleted_with(PREVIOUS, &actions),
            [ActionItemId::from_u128(1), ActionItemId::from_u128(3)]
        );
        assert!(action_items_deleted_with(OLDER, &actions).is_empty());
    }

    fn with_status(mut a: ActionItem, status: ActionStatus) -> ActionItem {
        a.status = status;
        a
    }

    fn problem(
        n: u128,
        raised_in: Option<MeetingId>,
        impact: u8,
        status: ProblemStatus,
    ) -> Problem {
        let new = NewProblem {
            impact,
            ..NewProblem::titled(&format!("Problem {n}"), None, raised_in)
        };
        let mut p = Problem::new(ProblemId::from_u128(n), new, Timestamp(T0.0 + n as i64)).unwrap();
        p.set_status(status, T0);
        p
    }

    fn ids(actions: &[ActionItem]) -> Vec<u128> {
        actions.iter().map(|a| a.id.0.as_u128()).collect()
    }

    #[test]
    fn lists_attendees_without_any_item_in_attendee_order() {
        let attendees = [person(4), person(1), person(2), person(3), person(5)];
        let actions = [
            action(1, CURRENT, 1, &[2]),
            with_status(action(2, CURRENT, 3, &[]), ActionStatus::Dropped),
            with_status(action(3, CURRENT, 5, &[]), ActionStatus::Done),
        ];
        assert_eq!(
            who_lacks_action(&attendees, &actions),
            [person(4), person(3)],
            "a dropped item does not count; a done one does"
        );
        assert_eq!(who_lacks_action(&attendees, &[]), attendees);
        assert!(who_lacks_action(&[], &actions).is_empty());
    }

    #[test]
    fn pairing_spreads_people_over_the_least_crowded_items() {
        let attendees = [1, 2, 3, 4, 5, 6].map(person);
        let actions = [
            action(1, CURRENT, 1, &[2]),
            action(2, CURRENT, 3, &[]),
            with_status(action(3, CURRENT, 7, &[]), ActionStatus::Done),
            with_status(action(4, CURRENT, 8, &[]), ActionStatus::Blocked),
        ];
        let suggestions = pairing_suggestions(&attendees, &actions);
        let join = |n: u128| Some(ActionItemId::from_u128(n));
        assert_eq!(
            suggestions,
            [
                // Items 2 and 4 have no helpers: the earlier one first.
                PairingSuggestion {
                    person: person(4),
                    join: join(2)
                },
                PairingSuggestion {
                    person: person(5),
                    join: join(4)
                },
                // Now all three open items have one helper each.
                PairingSuggestion {
                    person: person(6),
                    join: join(1)
                },
            ]
        );
        assert_eq!(pairing_suggestions(&attendees, &actions), suggestions);
    }

    #[test]
    fn pairing_without_open_items_suggests_nothing_to_join() {
        let done = with_status(action(1, CURRENT, 1, &[]), ActionStatus::Done);
        assert_eq!(
            pairing_suggestions(&[person(1), person(2)], &[done]),
            [PairingSuggestion {
                person: person(2),
                join: None
            }]
        );
        assert!(pairing_suggestions(&[person(1)], &[action(1, CURRENT, 1, &[])]).is_empty());
    }

    #[test]
    fn carries_open_items_of_the_previous_and_earlier_meetings_only() {
        let actions = [
            action(1, PREVIOUS, 1, &[]),
            with_status(action(2, PREVIOUS, 1, &[]), ActionStatus::Blocked),
            with_status(action(3, PREVIOUS, 2, &[]), ActionStatus::Done),
            with_status(action(4, PREVIOUS, 2, &[]), ActionStatus::Dropped),
            action(5, OLDER, 3, &[]),
            with_status(action(6, OLDER, 3, &[]), ActionStatus::Done),
            action(7, CURRENT, 1, &[]),
        ];
        let review = carry_over(Some(PREVIOUS), CURRENT, &[], &actions);
        assert_eq!(ids(&review.open_from_previous), [1, 2]);
        assert_eq!(ids(&review.open_from_earlier), [5]);
        assert_eq!(ids(&review.closed_from_previous), [3, 4]);
        assert_eq!(
            review
                .open_actions()
                .map(|a| a.id.0.as_u128())
                .collect::<Vec<_>>(),
            [1, 2, 5]
        );

        let first = carry_over(None, CURRENT, &[], &actions);
        assert!(first.open_from_previous.is_empty() && first.closed_from_previous.is_empty());
        assert_eq!(ids(&first.open_from_earlier), [1, 2, 5]);
    }

    #[test]
    fn carried_items_are_sorted_by_due_date() {
        let date = |d| NaiveDate::from_ymd_opt(2025, 12, d);
        let mut a = action(1, PREVIOUS, 1, &[]);
        let mut b = action(2, PREVIOUS, 1, &[]);
        let c = action(3, PREVIOUS, 1, &[]);
        a.due = date(9);
        b.due = date(3);
        let review = carry_over(Some(PREVIOUS), CURRENT, &[], &[a, b, c]);
        assert_eq!(ids(&review.open_from_previous), [2, 1, 3]);
    }

    #[test]
    fn problems_in_progress_are_recent_worked_on_or_being_solved() {
        let mut linked = action(1, OLDER, 1, &[]);
        linked.problem = Some(ProblemId::from_u128(14));
        let mut linked_done = with_status(action(2, OLDER, 1, &[]), ActionStatus::Done);
        linked_done.problem = Some(ProblemId::from_u128(15));
        let problems = [
            problem(10, Some(PREVIOUS), 2, ProblemStatus::Open),
            problem(11, Some(PREVIOUS), 5, ProblemStatus::Solved),
            problem(12, Some(OLDER), 3, ProblemStatus::BeingSolved),
            problem(13, Some(OLDER), 5, ProblemStatus::Open),
            problem(14, None, 4, ProblemStatus::Open),
            problem(15, None, 4, ProblemStatus::Open),
            problem(16, Some(CURRENT), 4, ProblemStatus::Open),
        ];
        let review = carry_over(Some(PREVIOUS), CURRENT, &problems, &[linked, linked_done]);
        let titles: Vec<&str> = review
            .problems_in_progress
            .iter()
            .map(|p| p.title.as_str())
            .collect();
        assert_eq!(titles, ["Problem 14", "Problem 12", "Problem 10"]);

        let first = carry_over(None, CURRENT, &problems, &[]);
        assert_eq!(
            first.problems_in_progress.len(),
            1,
            "only the one being solved"
        );
    }

    #[test]
    fn progress_lists_carried_actions_then_typed_deliverables_two_minutes_apart() {
        let actions = [action(1, PREVIOUS, 1, &[]), action(2, OLDER, 2, &[])];
        let review = carry_over(Some(PREVIOUS), CURRENT, &[], &actions);
        let typed = [Deliverable {
            id: 7,
            text: "Pricing page".into(),
        }];
        let list = progress_deliverables(&review, &typed);
        let summary: Vec<(DeliverableSource, &str, Option<PersonId>, u32)> = list
            .iter()
            .map(|d| (d.source, d.text.as_str(), d.owner, d.starts_at_secs))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    DeliverableSource::Action(ActionItemId::from_u128(1)),
                    "Item 1",
                    Some(person(1)),
                    0
                ),
                (
                    DeliverableSource::Action(ActionItemId::from_u128(2)),
                    "Item 2",
                    Some(person(2)),
                    120
                ),
                (DeliverableSource::Typed(7), "Pricing page", None, 240),
            ]
        );
        assert!(list.iter().all(|d| d.slot_secs == 120));
        let slots = progress_slots(600, &list);
        assert_eq!((slots.question_secs, slots.overbooked), (240, false));
    }

    #[test]
    fn a_slot_fits_when_it_ends_within_the_segment() {
        let actions: Vec<_> = (1..=6).map(|n| action(n, PREVIOUS, 1, &[])).collect();
        let review = carry_over(Some(PREVIOUS), CURRENT, &[], &actions);
        let list = progress_deliverables(&review, &[]);
        // A 10-minute segment holds five 2-minute slots: the sixth (10:00–12:00) does not fit.
        let fitting: Vec<bool> = list.iter().map(|d| d.fits_in(600)).collect();
        assert_eq!(fitting, [true, true, true, true, true, false]);
        assert!(
            list.iter().all(|d| d.fits_in(720)),
            "an extended segment holds them all"
        );
        assert!(!list[0].fits_in(0));
    }

    #[test]
    fn groups_open_actions_by_owner_and_counts_load() {
        let actions = [
            action(1, PREVIOUS, 1, &[2]),
            action(2, PREVIOUS, 2, &[]),
            action(3, OLDER, 1, &[]),
            with_status(action(4, OLDER, 2, &[1]), ActionStatus::Dropped),
        ];
        let review = carry_over(Some(PREVIOUS), CURRENT, &[], &actions);
        let groups: Vec<(PersonId, Vec<u128>)> = review
            .open_actions_by_owner()
            .into_iter()
            .map(|(owner, items)| (owner, items.iter().map(|a| a.id.0.as_u128()).collect()))
            .collect();
        assert_eq!(groups, [(person(1), vec![1, 3]), (person(2), vec![2])]);
        assert_eq!(
            open_load(&actions),
            BTreeMap::from([(person(1), 2), (person(2), 2)])
        );
        assert!(!review.is_empty());
        assert!(carry_over(None, CURRENT, &[], &[]).is_empty());
    }

    fn statuses() -> impl Strategy<Value = ActionStatus> {
        prop::sample::select(ActionStatus::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn everyone_is_covered_or_lacking_and_pairing_covers_the_lacking(
            specs in prop::collection::vec(
                (0u128..6, prop::collection::vec(0u128..6, 0..3), statuses()),
                0..6,
            ),
        ) {
            let attendees: Vec<PersonId> = (0..6).map(person).collect();
            let actions: Vec<ActionItem> = specs
                .iter()
                .enumerate()
                .map(|(i, (owner, helpers, status))| {
                    let mut helpers: Vec<u128> = helpers.clone();
                    helpers.retain(|h| h != owner);
                    helpers.sort_dyn();
                    helpers.dedup();
                    with_status(action(i as u128, CURRENT, *owner, &helpers), *status)
                })
                .collect();
            let lacking = who_lacks_action(&attendees, &actions);
            for person in &attendees {
                let covered = actions
                    .iter()
                    .any(|a| a.status != ActionStatus::Dropped && a.involves(*person));
                prop_assert_eq!(covered, !lacking.contains(person));
            }

            let suggestions = pairing_suggestions(&attendees, &actions);
            prop_assert_eq!(suggestions.len(), lacking.len());
            let mut paired = actions.clone();
            for s in &suggestions {
                prop_assert_eq!(s.join.is_some(), actions.iter().any(ActionItem::is_open));
                if let Some(id) = s.join {
                    let item = paired.iter_mut().find(|a| a.id == id).unwrap();
                    prop_assert!(item.add_collaborator(s.person, T0).is_ok());
                }
            }
            if actions.iter().any(ActionItem::is_open) {
                prop_assert!(who_lacks_action(&attendees, &paired).is_empty());
            }
        }

        #[test]
        fn carry_over_never_reviews_the_current_meeting_or_loses_an_open_item(
            specs in prop::collection::vec((0u8..3, statuses()), 0..12),
        ) {
            let meetings = [OLDER, PREVIOUS, CURRENT];
            let actions: Vec<ActionItem> = specs
                .iter()
                .enumerate()
                .map(|(i, &(m, status))| with_status(action(i as u128, meetings[m as usize], 1, &[]), status))
                .collect();
            let review = carry_over(Some(PREVIOUS), CURRENT, &[], &actions);
            let open: Vec<&ActionItem> = review.open_actions().collect();
            prop_assert!(open.iter().all(|a| a.made_in != CURRENT && a.is_open()));
            let expected = actions.iter().filter(|a| a.made_in != CURRENT && a.is_open()).count();
            prop_assert_eq!(open.len(), expected);
            prop_assert!(review.closed_from_previous.iter().all(|a| a.made_in == PREVIOUS && !a.is_open()));
        }
    }
}
