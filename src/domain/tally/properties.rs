//! Property tests of the tally: the score's range and symmetry, and that folding events one by
//! one gives the same summary as replaying them all.

use super::*;
use crate::domain::ids::{MeetingId, PersonId, TallyEventId};
use crate::domain::time::Timestamp;
use proptest::prelude::*;
use std::collections::HashSet;

/// People 0..PEOPLE; the rosters below pick subsets, so some events are by unlisted people.
const PEOPLE: usize = 6;

fn person(index: usize) -> PersonId {
    PersonId::from_u128(index as u128 + 1)
}

fn roster(mask: &[bool]) -> Vec<PersonId> {
    (0..PEOPLE).filter(|&i| mask[i]).map(person).collect()
}

fn counts() -> impl Strategy<Value = Vec<u64>> {
    prop::collection::vec(0u64..1_000, 1..12)
        .prop_filter("some turns", |c| c.iter().any(|&x| x > 0))
}

/// What the facilitator (or a glitch) does next.
#[derive(Clone, Debug)]
enum Op {
    Say(usize),
    /// The undo the summary offers, if any.
    Undo,
    /// An undo naming an arbitrary earlier event: stale, repeated or not a contribution.
    UndoEarlier(prop::sample::Index),
    SpeakerTap(usize),
    Stop,
    /// The UI's clock ticks; only the incremental side sees it.
    Tick(i64),
    NextSegment,
    /// Someone joins or leaves: only the incremental side sees the intermediate roster.
    Roster(Vec<bool>),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..PEOPLE).prop_map(Op::Say),
        2 => Just(Op::Undo),
        1 => any::<prop::sample::Index>().prop_map(Op::UndoEarlier),
        2 => (0..PEOPLE).prop_map(Op::SpeakerTap),
        1 => Just(Op::Stop),
        1 => (0i64..10_000).prop_map(Op::Tick),
        1 => Just(Op::NextSegment),
        1 => prop::collection::vec(any::<bool>(), PEOPLE).prop_map(Op::Roster),
    ]
}

/// Runs `ops` against a live summary, as the UI would, returning it and the appended events.
fn run_live(
    first_roster: &[PersonId],
    ops: &[Op],
    gaps: &[i64],
) -> (TallySummary, Vec<TallyEvent>, Timestamp) {
    let mut live = TallySummary::new(first_roster);
    let mut events: Vec<TallyEvent> = Vec::new();
    let mut clock = Timestamp(1_700_000_000_000);
    let mut segment = 0;
    for (op, &gap) in ops.iter().zip(gaps.iter().cycle()) {
        clock = clock.plus_millis(gap);
        let kind = match op {
            Op::Say(i) => Some(TallyEventKind::Contribution { person: person(*i) }),
            Op::Undo => live.undo().ok(),
            Op::UndoEarlier(index) if !events.is_empty() => Some(TallyEventKind::Undo {
                cancels: events[index.index(events.len())].id,
            }),
            Op::UndoEarlier(_) => None,
            Op::SpeakerTap(i) => Some(live.speaker_tap(person(*i))),
            Op::Stop => Some(TallyEventKind::SpeakerStopped),
            Op::Tick(ms) => {
                clock = clock.plus_millis(*ms);
                live.advance_to(clock);
                None
            }
            Op::NextSegment => {
                segment += 1;
                None
            }
            Op::Roster(mask) => {
                live.set_attendees(&roster(mask));
                None
            }
        };
        if let Some(kind) = kind {
            let id = TallyEventId::from_u128(events.len() as u128 + 1);
            let event = TallyEvent::new(id, MeetingId::from_u128(1), clock, segment, kind);
            live.apply(&event);
            events.push(event);
        }
    }
    (live, events, clock)
}

proptest! {
    #[test]
    fn score_is_within_0_and_100(counts in counts()) {
        let score = balance_score(&counts).unwrap();
        prop_assert!((0.0..=100.0).contains(&score), "{score}");
        let effective = effective_speakers(&counts).unwrap();
        prop_assert!(effective >= 1.0 && effective <= counts.len() as f64 + 1e-9);
    }

    #[test]
    fn score_is_100_exactly_when_all_counts_are_equal(counts in counts()) {
        let all_equal = counts.iter().all(|&c| c == counts[0]);
        prop_assert_eq!(balance_score(&counts) == Some(100.0), all_equal);
    }

    #[test]
    fn equal_counts_score_100(n in 1usize..12, count in 1u64..1_000) {
        prop_assert_eq!(balance_score(&vec![count; n]), Some(100.0));
    }

    #[test]
    fn shuffling_counts_does_not_change_the_score(
        (counts, shuffled) in counts().prop_flat_map(|c| (Just(c.clone()), Just(c).prop_shuffle()))
    ) {
        prop_assert_eq!(balance_score(&counts), balance_score(&shuffled));
        prop_assert_eq!(effective_speakers(&counts), effective_speakers(&shuffled));
    }

    #[test]
    fn shuffling_attendees_keeps_the_score_and_each_persons_mark(
        (amounts, shuffled) in counts()
            .prop_map(|c| c.into_iter().enumerate().map(|(i, x)| (person(i), x)).collect::<Vec<_>>())
            .prop_flat_map(|a| (Just(a.clone()), Just(a).prop_shuffle())),
        turns in 0u64..50,
    ) {
        let balance = Balance::from_amounts(&amounts, turns);
        let reordered = Balance::from_amounts(&shuffled, turns);
        prop_assert_eq!(balance.score, reordered.score);
        prop_assert_eq!(balance.judged, reordered.judged);
        for row in &balance.rows {
            let same = reordered.rows.iter().find(|r| r.person == row.person).unwrap();
            prop_assert_eq!(row.mark, same.mark);
        }
    }

    #[test]
    fn quietest_has_the_fewest(amounts in counts()
        .prop_map(|c| c.into_iter().enumerate().map(|(i, x)| (person(i), x)).collect::<Vec<_>>()))
    {
        let balance = Balance::from_amounts(&amounts, 0);
        if let Some(quietest) = balance.quietest {
            let least = amounts.iter().map(|&(_, x)| x).min().unwrap();
            let first = amounts.iter().find(|&&(_, x)| x == least).unwrap().0;
            prop_assert_eq!(quietest, first);
        }
    }

    #[test]
    fn incremental_apply_equals_batch_replay(
        first in prop::collection::vec(any::<bool>(), PEOPLE),
        last in prop::collection::vec(any::<bool>(), PEOPLE),
        ops in prop::collection::vec(op(), 0..120),
        gaps in prop::collection::vec(0i64..5_000, 1..8),
        extra in 0i64..60_000,
    ) {
        let (mut live, events, clock) = run_live(&roster(&first), &ops, &gaps);
        let now = clock.plus_millis(extra);
        live.set_attendees(&roster(&last));
        live.advance_to(now);
        let batch = TallySummary::from_events(&roster(&last), &events, now);
        prop_assert_eq!(&live, &batch);

        // And both agree with the plain definition: contributions that no undo names.
        let undone: HashSet<TallyEventId> = events.iter().filter_map(|e| match e.kind {
            TallyEventKind::Undo { cancels } => Some(cancels),
            _ => None,
        }).collect();
        for &attendee in batch.attendees() {
            let expected = events.iter().filter(|e| {
                e.kind == TallyEventKind::Contribution { person: attendee } && !undone.contains(&e.id)
            }).count() as u64;
            prop_assert_eq!(batch.turns_of(attendee), expected);
        }
    }

    #[test]
    fn turns_do_not_depend_on_replay_order(
        ops in prop::collection::vec(prop_oneof![
            3 => (0..PEOPLE).prop_map(Op::Say),
            1 => Just(Op::Undo),
            1 => any::<prop::sample::Index>().prop_map(Op::UndoEarlier),
        ], 0..80),
        order in Just((0..80usize).collect::<Vec<_>>()).prop_shuffle(),
    ) {
        let everyone = roster(&[true; PEOPLE]);
        let (live, mut events, _) = run_live(&everyone, &ops, &[1_000]);
        // Any order at all, e.g. storage returning events by random id.
        let position = |e: &TallyEvent| order[e.id.0.as_u128() as usize - 1];
        events.sort_by_key(position);
        let replayed = TallySummary::from_events(&everyone, &events, Timestamp(0));
        for &attendee in &everyone {
            prop_assert_eq!(live.turns_of(attendee), replayed.turns_of(attendee));
        }
        prop_assert_eq!(live.segments(1), replayed.segments(1));
    }
}
