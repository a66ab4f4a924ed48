use criterion::Criterion;
use smarketing::domain::ids::{MeetingId, PersonId, TallyEventId};
use smarketing::domain::tally::{
    Balance, Measure, PastMeeting, TallyEvent, TallyEventKind, TallySummary, history,
};
use smarketing::domain::time::Timestamp;
use std::hint::black_box;

const ATTENDEES: u128 = 9;

/// A long meeting's worth of taps: mostly checkmarks, some undos and changes of speaker, in
/// six agenda segments. A fixed linear congruential sequence keeps every run identical.
fn meeting(meeting: u128, attendees: &[PersonId], taps: usize) -> Vec<TallyEvent> {
    let meeting_id = MeetingId::from_u128(meeting);
    let mut live = TallySummary::new(attendees);
    let mut events = Vec::with_capacity(taps);
    let mut state: u64 = 0x2545_f491_4f6c_dd1d ^ meeting as u64;
    while events.len() < taps {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let roll = (state >> 33) as usize;
        // Skewed towards the first attendees, as real rooms are.
        let person = attendees[(roll % attendees.len()).min(roll / 7 % attendees.len())];
        let kind = match roll % 100 {
            0..85 => TallyEventKind::Contribution { person },
            85..93 => match live.undo() {
                Ok(undo) => undo,
                Err(_) => continue,
            },
            _ => live.speaker_tap(person),
        };
        let n = events.len();
        let event = TallyEvent::new(
            TallyEventId::from_u128(meeting << 64 | n as u128),
            meeting_id,
            Timestamp(1_700_000_000_000 + n as i64 * 2_000),
            n * 6 / taps,
            kind,
        );
        live.apply(&event);
        events.push(event);
    }
    events
}

pub fn benches(c: &mut Criterion) {
    let attendees: Vec<PersonId> = (1..=ATTENDEES).map(PersonId::from_u128).collect();
    let events = meeting(1, &attendees, 10_000);
    let now = events.last().unwrap().at.plus_millis(30_000);

    // Reloading a meeting replays every event it has.
    c.bench_function("tally/summary 10000 events", |b| {
        b.iter(|| TallySummary::from_events(black_box(&attendees), black_box(&events), now))
    });

    // The balance is recomputed after every tap.
    let summary = TallySummary::from_events(&attendees, &events, now);
    c.bench_function("tally/balance 9 attendees", |b| {
        b.iter(|| Balance::of(black_box(&summary), Measure::Turns))
    });

    // A year of weekly meetings, 200 taps each, folded for the history page.
    let year: Vec<(MeetingId, Vec<TallyEvent>)> = (1..=52u128)
        .map(|n| (MeetingId::from_u128(n), meeting(n, &attendees, 200)))
        .collect();
    let past: Vec<PastMeeting<'_>> = year
        .iter()
        .enumerate()
        .map(|(week, (meeting_id, events))| PastMeeting {
            meeting_id: *meeting_id,
            held_at: Timestamp(week as i64 * 7 * 86_400_000),
            attendees: &attendees,
            events,
        })
        .collect();
    c.bench_function("tally/history 52 meetings", |b| {
        b.iter(|| history(black_box(&past)))
    });
}
