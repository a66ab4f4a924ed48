//! The changes by hand one at a time, as the Schedule page lists them, and whether each can
//! still shape a meeting to plan.
//!
//! Over months the list only grows: every absence, skipped holiday and swap stays stored once
//! its date has passed, and so does every request once the person has attended. Such a change
//! is spent: it no longer moves anyone in the plan. It is kept (the facilitator may want the
//! record, and taking it back stays their choice), but the page lists it apart from the
//! changes still in force.

use super::settings::{AttendanceRequest, HandChanges, PersonHistory, Swap, Unavailability};
use crate::domain::ids::PersonId;
use crate::domain::sort::SortByKey;
use chrono::NaiveDate;

/// One change made by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandChange {
    Request(AttendanceRequest),
    Away(Unavailability),
    Skip(NaiveDate),
    Swap(Swap),
    Replaced(PersonId),
}

impl HandChanges {
    /// Every change: the requests as they were made, then the absences, the skipped dates and
    /// the swaps by date, then the people out of the rotation.
    pub fn each(&self) -> Vec<HandChange> {
        let mut away = self.unavailable.clone();
        away.sort_by_key_dyn(|a| a.date);
        let mut skipped = self.skipped_dates.clone();
        skipped.sort_dyn();
        let mut swaps = self.swaps.clone();
        swaps.sort_by_key_dyn(|s| s.date);
        self.requests
            .iter()
            .cloned()
            .map(HandChange::Request)
            .chain(away.into_iter().map(HandChange::Away))
            .chain(skipped.into_iter().map(HandChange::Skip))
            .chain(swaps.into_iter().map(HandChange::Swap))
            .chain(self.replaced.iter().copied().map(HandChange::Replaced))
            .collect()
    }

    /// Takes `change` back: every stored copy of it goes, nothing else.
    pub fn take_back(&mut self, change: &HandChange) {
        match change {
            HandChange::Request(r) => self.requests.retain(|x| x != r),
            HandChange::Away(a) => self.unavailable.retain(|x| x != a),
            HandChange::Skip(d) => self.skipped_dates.retain(|x| x != d),
            HandChange::Swap(s) => self.swaps.retain(|x| x != s),
            HandChange::Replaced(p) => self.replaced.retain(|x| x != p),
        }
    }
}

impl HandChange {
    /// Whether the change can no longer shape a meeting to plan: its date is before `from`,
    /// the first day the plan covers, or it is a request the person has fulfilled (`history`
    /// shows them attending since it was made). Taking someone out of the rotation is never
    /// spent.
    pub fn is_spent(&self, from: NaiveDate, history: &[PersonHistory]) -> bool {
        match self {
            HandChange::Request(request) => request.is_done(last_attended(history, request.person)),
            HandChange::Away(away) => away.date < from,
            HandChange::Skip(date) => *date < from,
            HandChange::Swap(swap) => swap.date < from,
            HandChange::Replaced(_) => false,
        }
    }
}

impl AttendanceRequest {
    /// Done once the person attended on or after the day it was made.
    pub fn is_done(&self, last_attended: Option<NaiveDate>) -> bool {
        last_attended.is_some_and(|day| day >= self.made_on)
    }
}

/// The last day `person` attended, as far as `history` knows.
pub fn last_attended(history: &[PersonHistory], person: PersonId) -> Option<NaiveDate> {
    history
        .iter()
        .filter(|h| h.person == person)
        .filter_map(|h| h.last_attended)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(n: u128) -> PersonId {
        PersonId::from_u128(n)
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2030, 1, d).unwrap()
    }

    fn attended(who: PersonId, on: Option<NaiveDate>) -> PersonHistory {
        PersonHistory {
            person: who,
            last_attended: on,
            last_took_notes: None,
        }
    }

    fn changes() -> HandChanges {
        HandChanges {
            unavailable: vec![
                Unavailability {
                    person: person(1),
                    date: day(16),
                },
                Unavailability {
                    person: person(2),
                    date: day(2),
                },
            ],
            requests: vec![
                AttendanceRequest::raised_problem(person(3), day(5)),
                AttendanceRequest::raised_problem(person(4), day(1)),
            ],
            skipped_dates: vec![day(23), day(9)],
            swaps: vec![Swap {
                date: day(16),
                swapped_out: person(5),
                swapped_in: person(6),
            }],
            replaced: vec![person(7)],
        }
    }

    #[test]
    fn each_lists_requests_as_made_then_the_dated_changes_by_date_then_the_replaced() {
        let c = changes();
        assert_eq!(
            c.each(),
            vec![
                HandChange::Request(c.requests[0].clone()),
                HandChange::Request(c.requests[1].clone()),
                HandChange::Away(c.unavailable[1].clone()),
                HandChange::Away(c.unavailable[0].clone()),
                HandChange::Skip(day(9)),
                HandChange::Skip(day(23)),
                HandChange::Swap(c.swaps[0].clone()),
                HandChange::Replaced(person(7)),
            ]
        );
    }

    #[test]
    fn taking_each_change_back_removes_that_one_alone() {
        let all = changes();
        for change in all.each() {
            let mut after = all.clone();
            after.take_back(&change);
            let mut left = all.each();
            left.retain(|c| c != &change);
            assert_eq!(after.each(), left, "taking back {change:?}");
        }
    }

    #[test]
    fn a_dated_change_is_spent_from_the_day_after_its_date() {
        for change in [
            HandChange::Away(Unavailability {
                person: person(1),
                date: day(9),
            }),
            HandChange::Skip(day(9)),
            HandChange::Swap(Swap {
                date: day(9),
                swapped_out: person(1),
                swapped_in: person(2),
            }),
        ] {
            assert!(
                !change.is_spent(day(9), &[]),
                "{change:?} on the first day planned"
            );
            assert!(change.is_spent(day(10), &[]), "{change:?} the day after");
        }
    }

    #[test]
    fn a_request_is_spent_once_the_person_attended_since_it_was_made() {
        let request = HandChange::Request(AttendanceRequest::raised_problem(person(3), day(5)));
        let far_ahead = day(31);
        assert!(!request.is_spent(far_ahead, &[]), "never attended");
        assert!(
            !request.is_spent(far_ahead, &[attended(person(3), Some(day(4)))]),
            "before it was made"
        );
        assert!(
            !request.is_spent(far_ahead, &[attended(person(9), Some(day(8)))]),
            "someone else"
        );
        assert!(
            request.is_spent(far_ahead, &[attended(person(3), Some(day(5)))]),
            "on the day"
        );
        assert!(
            request.is_spent(
                far_ahead,
                &[
                    attended(person(3), Some(day(4))),
                    attended(person(3), Some(day(12)))
                ]
            ),
            "the latest of several entries counts"
        );
    }

    #[test]
    fn someone_out_of_the_rotation_stays_out_however_late_it_is() {
        let replaced = HandChange::Replaced(person(7));
        assert!(!replaced.is_spent(day(31), &[attended(person(7), Some(day(30)))]));
    }
}
