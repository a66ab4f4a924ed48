//! Balance across meetings: who keeps going unheard, and is the room getting more balanced?
//!
//! A meeting in which nobody's turns were tallied (the facilitator did not use the tally) says
//! nothing about who spoke, so it counts as attended but is left out of the turn figures and
//! of the non-contributor rule; otherwise one untallied meeting would flag the whole room.
//! Quiet and silent marks are counted only for meetings with enough turns to judge (see
//! [`super::TURNS_PER_ATTENDEE_TO_JUDGE`]), as the tally screen showed them at the end.

use super::balance::{Balance, Mark, Measure};
use super::event::TallyEvent;
use super::summary::TallySummary;
use crate::domain::ids::{MeetingId, PersonId};
use crate::domain::sort::SortByKey;
use crate::domain::time::Timestamp;
use std::collections::HashMap;

/// How many tallied meetings in a row without a single turn make a persistent non-contributor.
pub const NON_CONTRIBUTOR_STREAK: usize = 3;

/// One past meeting as stored: its final attendee list and all its events.
#[derive(Clone, Copy, Debug)]
pub struct PastMeeting<'a> {
    pub meeting_id: MeetingId,
    pub held_at: Timestamp,
    pub attendees: &'a [PersonId],
    pub events: &'a [TallyEvent],
}

/// One point of the balance trend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MeetingBalance {
    pub meeting_id: MeetingId,
    pub held_at: Timestamp,
    pub attendees: usize,
    pub total_turns: u64,
    /// `None` when the meeting had too few turns to judge: a gap in the line chart.
    pub score: Option<f64>,
    pub effective_speakers: Option<f64>,
}

impl MeetingBalance {
    /// The score as shown on every screen; see [`super::balance::score_percent`].
    pub fn score_percent(&self) -> Option<u8> {
        self.score.map(super::balance::score_percent)
    }
}

/// One person's turns in one meeting they attended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeetingTurns {
    pub meeting_id: MeetingId,
    pub held_at: Timestamp,
    /// `None` when the meeting was not tallied at all.
    pub turns: Option<u64>,
}

/// One person across meetings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonHistory {
    pub person: PersonId,
    /// Every meeting they attended, oldest first.
    pub meetings: Vec<MeetingTurns>,
    pub times_quiet: usize,
    pub times_silent: usize,
}

impl PersonHistory {
    pub fn meetings_attended(&self) -> usize {
        self.meetings.len()
    }

    /// Turns in tallied meetings.
    pub fn total_turns(&self) -> u64 {
        self.tallied_turns().sum()
    }

    /// Average turns per tallied meeting; `None` before the first.
    pub fn turns_per_meeting(&self) -> Option<f64> {
        let tallied = self.tallied_turns().count();
        (tallied > 0).then(|| self.total_turns() as f64 / tallied as f64)
    }

    fn tallied_turns(&self) -> impl DoubleEndedIterator<Item = u64> + '_ {
        self.meetings.iter().filter_map(|meeting| meeting.turns)
    }

    /// No turns in each of their last three tallied meetings (fewer than three: never).
    pub fn is_persistent_non_contributor(&self) -> bool {
        let recent: Vec<u64> = self
            .tallied_turns()
            .rev()
            .take(NON_CONTRIBUTOR_STREAK)
            .collect();
        recent.len() == NON_CONTRIBUTOR_STREAK && recent.iter().all(|&turns| turns == 0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct History {
    /// One point per meeting, in time order.
    pub trend: Vec<MeetingBalance>,
    /// Everyone who attended, in order of first attendance.
    pub people: Vec<PersonHistory>,
    /// See [`PersonHistory::is_persistent_non_contributor`]; in the order of `people`.
    pub persistent_non_contributors: Vec<PersonId>,
}

/// Folds past meetings, in any order, into per-person records and the balance trend. Meetings
/// held at the same instant are ordered by id, so the result does not depend on input order.
pub fn history(meetings: &[PastMeeting<'_>]) -> History {
    let mut in_order: Vec<&PastMeeting<'_>> = meetings.iter().collect();
    in_order.sort_by_key_dyn(|meeting| (meeting.held_at, meeting.meeting_id));

    let mut trend = Vec::with_capacity(in_order.len());
    let mut people: Vec<PersonHistory> = Vec::new();
    let mut index: HashMap<PersonId, usize> = HashMap::new();
    for meeting in in_order {
        let summary = TallySummary::from_events(meeting.attendees, meeting.events, meeting.held_at);
        let balance = Balance::of(&summary, Measure::Turns);
        let tallied = balance.total > 0;
        trend.push(MeetingBalance {
            meeting_id: meeting.meeting_id,
            held_at: meeting.held_at,
            attendees: balance.rows.len(),
            total_turns: balance.total,
            score: balance.score,
            effective_speakers: balance.effective_speakers,
        });
        for row in &balance.rows {
            let slot = *index.entry(row.person).or_insert_with(|| {
                people.push(PersonHistory {
                    person: row.person,
                    meetings: Vec::new(),
                    times_quiet: 0,
                    times_silent: 0,
                });
                people.len() - 1
            });
            let record = &mut people[slot];
            record.meetings.push(MeetingTurns {
                meeting_id: meeting.meeting_id,
                held_at: meeting.held_at,
                turns: tallied.then_some(row.amount),
            });
            if balance.judged {
                match row.mark {
                    Mark::Quiet => record.times_quiet += 1,
                    Mark::Silent => record.times_silent += 1,
                    Mark::Fine | Mark::Dominating => {}
                }
            }
        }
    }
    let persistent_non_contributors = people
        .iter()
        .filter(|person| person.is_persistent_non_contributor())
        .map(|person| person.person)
        .collect();
    History {
        trend,
        people,
        persistent_non_contributors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::TallyEventId;
    use crate::domain::tally::TallyEventKind;

    const ADA: PersonId = PersonId::from_u128(1);
    const BOB: PersonId = PersonId::from_u128(2);
    const CY: PersonId = PersonId::from_u128(3);

    /// A stored meeting: its id is `n`, held on day `n`, with `turns[i]` checkmarks for
    /// `attendees[i]`.
    struct Stored {
        id: MeetingId,
        held_at: Timestamp,
        attendees: Vec<PersonId>,
        events: Vec<TallyEvent>,
    }

    fn stored(n: u128, attendees: &[PersonId], turns: &[u64]) -> Stored {
        let id = MeetingId::from_u128(n);
        let mut events = Vec::new();
        for (&person, &count) in attendees.iter().zip(turns) {
            for _ in 0..count {
                let seq = n * 1_000 + events.len() as u128;
                events.push(TallyEvent::new(
                    TallyEventId::from_u128(seq),
                    id,
                    Timestamp(seq as i64),
                    0,
                    TallyEventKind::Contribution { person },
                ));
            }
        }
        Stored {
            id,
            held_at: Timestamp(n as i64 * 86_400_000),
            attendees: attendees.to_vec(),
            events,
        }
    }

    fn fold(meetings: &[Stored]) -> History {
        let past: Vec<PastMeeting<'_>> = meetings
            .iter()
            .map(|m| PastMeeting {
                meeting_id: m.id,
                held_at: m.held_at,
                attendees: &m.attendees,
                events: &m.events,
            })
            .collect();
        history(&past)
    }

    fn person(history: &History, id: PersonId) -> &PersonHistory {
        history.people.iter().find(|p| p.person == id).unwrap()
    }

    #[test]
    fn trend_is_in_time_order_whatever_the_input_order() {
        let meetings = [
            stored(2, &[ADA, BOB], &[2, 2]),
            stored(1, &[ADA, BOB], &[4, 0]),
            stored(3, &[ADA, BOB], &[1, 0]),
        ];
        let trend = fold(&meetings).trend;
        let points: Vec<_> = trend.iter().map(|p| (p.meeting_id, p.score)).collect();
        assert_eq!(
            points,
            [
                (MeetingId::from_u128(1), Some(0.0)),
                (MeetingId::from_u128(2), Some(100.0)),
                (MeetingId::from_u128(3), None),
            ],
            "one turn among two people is too few to judge"
        );
    }

    #[test]
    fn per_person_attendance_turns_and_marks() {
        let meetings = [
            stored(1, &[ADA, BOB, CY], &[4, 2, 0]),
            stored(2, &[ADA, BOB], &[9, 1]),
            stored(3, &[ADA, CY], &[0, 0]),
        ];
        let history = fold(&meetings);
        let order: Vec<_> = history.people.iter().map(|p| p.person).collect();
        assert_eq!(order, [ADA, BOB, CY]);

        let ada = person(&history, ADA);
        assert_eq!(ada.meetings_attended(), 3);
        assert_eq!(ada.total_turns(), 13);
        assert_eq!(
            ada.turns_per_meeting(),
            Some(6.5),
            "meeting 3 was not tallied"
        );

        let bob = person(&history, BOB);
        assert_eq!((bob.times_quiet, bob.times_silent), (1, 0), "1 of 10 < 1/4");

        let cy = person(&history, CY);
        assert_eq!((cy.times_quiet, cy.times_silent), (0, 1));
        assert_eq!(cy.meetings[1].turns, None);
    }

    #[test]
    fn three_silent_tallied_meetings_in_a_row_make_a_persistent_non_contributor() {
        let meetings = [
            stored(1, &[ADA, BOB, CY], &[2, 2, 2]),
            stored(2, &[ADA, BOB, CY], &[3, 0, 3]),
            stored(3, &[ADA, BOB, CY], &[3, 0, 3]),
            stored(4, &[ADA, BOB], &[0, 0]), // not tallied: skipped
            stored(5, &[ADA, BOB, CY], &[3, 0, 1]),
        ];
        let history = fold(&meetings);
        assert_eq!(history.persistent_non_contributors, [BOB]);
    }

    #[test]
    fn fewer_than_three_meetings_are_never_persistent() {
        let meetings = [
            stored(1, &[ADA, BOB], &[3, 0]),
            stored(2, &[ADA, BOB], &[3, 0]),
        ];
        assert!(fold(&meetings).persistent_non_contributors.is_empty());
    }

    #[test]
    fn a_turn_in_the_latest_meeting_breaks_the_streak() {
        let meetings = [
            stored(1, &[ADA, BOB], &[3, 0]),
            stored(2, &[ADA, BOB], &[3, 0]),
            stored(3, &[ADA, BOB], &[3, 0]),
            stored(4, &[ADA, BOB], &[3, 1]),
        ];
        assert!(fold(&meetings).persistent_non_contributors.is_empty());
    }

    #[test]
    fn no_meetings_no_history() {
        let history = history(&[]);
        assert!(history.trend.is_empty() && history.people.is_empty());
    }
}
