//! Properties that hold for any agenda and any actions at non-decreasing times.

use super::*;
use crate::domain::agenda::{Segment, SegmentKind};
use proptest::prelude::*;

const T0: Timestamp = Timestamp(1_764_000_000_000);

/// 1 to 5 segments of 1 s to 20 min, under a cap with up to 10 min to spare.
fn agendas() -> impl Strategy<Value = Agenda> {
    (prop::collection::vec(1u32..=1200, 1..=5), 0u32..=600).prop_map(|(lengths, spare)| {
        let segments: Vec<Segment> = lengths
            .iter()
            .enumerate()
            .map(|(i, &secs)| Segment::new(&format!("Segment {i}"), secs, SegmentKind::Other, ""))
            .collect();
        let cap_secs = lengths.iter().sum::<u32>() + spare;
        Agenda { segments, cap_secs }
    })
}

fn actions() -> impl Strategy<Value = ClockAction> {
    prop_oneof![
        3 => Just(ClockAction::Start),
        2 => Just(ClockAction::Pause),
        2 => Just(ClockAction::Resume),
        3 => Just(ClockAction::Next),
        2 => Just(ClockAction::Previous),
        2 => (0u32..=900).prop_map(|secs| ClockAction::Extend { secs }),
        1 => Just(ClockAction::Finish),
        1 => Just(ClockAction::Reopen),
    ]
}

/// Waits before each action: often none or a few milliseconds, to hit exact boundaries.
fn waits() -> impl Strategy<Value = i64> {
    prop_oneof![Just(0i64), 1i64..=10, 0i64..=400_000]
}

fn steps() -> impl Strategy<Value = Vec<(ClockAction, i64)>> {
    prop::collection::vec((actions(), waits()), 0..40)
}

/// Runs `steps` from `T0` and returns the clock and the time of the last step.
fn run(agenda: &Agenda, steps: &[(ClockAction, i64)]) -> (MeetingClock, Timestamp) {
    let mut clock = MeetingClock::new(agenda).unwrap();
    let mut now = T0;
    for &(action, wait) in steps {
        now = now.plus_millis(wait);
        let _ = clock.handle(action, now);
    }
    (clock, now)
}

/// Relations between the view's numbers that must hold at every instant.
fn check_consistent(view: &ClockView, clock: &MeetingClock) -> Result<(), TestCaseError> {
    let cap = clock.cap_ms();
    prop_assert_eq!(view.meeting_elapsed_ms + view.meeting_remaining_ms, cap);
    prop_assert!(view.meeting_elapsed_ms <= cap);
    prop_assert!(view.segment_elapsed_ms <= view.meeting_elapsed_ms);
    prop_assert_eq!(
        view.segment_remaining_ms,
        view.segment_planned_ms
            .saturating_sub(view.segment_elapsed_ms)
    );
    prop_assert_eq!(
        view.segment_overrun_ms,
        view.segment_elapsed_ms
            .saturating_sub(view.segment_planned_ms)
    );
    prop_assert!(view.segment_remaining_ms == 0 || view.segment_overrun_ms == 0);
    prop_assert!((0.0..=1.0).contains(&view.segment_progress));
    prop_assert!((0.0..=1.0).contains(&view.meeting_progress));
    prop_assert_eq!(
        view.buffer_ms,
        u64::try_from(view.ahead_of_plan_ms.max(0)).unwrap()
    );
    prop_assert!(view.left_for_later_ms <= view.meeting_remaining_ms);
    prop_assert!(view.segment_index < view.segment_count);
    prop_assert_eq!(view.segment_count, clock.planned_ms().len());
    if let Some(next) = view.next_segment_index {
        prop_assert_eq!(next, view.segment_index + 1);
    }
    prop_assert_eq!(
        view.later_planned_ms,
        clock.planned_ms()[view.segment_index + 1..]
            .iter()
            .sum::<u64>()
    );
    let at_cap = view.meeting_elapsed_ms == cap;
    if view.state == ClockState::TimeUp {
        prop_assert!(at_cap);
    }
    if at_cap {
        prop_assert!(view.is_over());
    }
    prop_assert_eq!(
        view.stage == WarningStage::CapReached,
        view.state == ClockState::TimeUp
    );
    // An extension never promises time past the cap unless it came from later segments.
    if view.extendable_ms > view.later_planned_ms {
        prop_assert!(
            view.meeting_elapsed_ms - view.segment_elapsed_ms
                + view.segment_planned_ms
                + view.extendable_ms
                <= cap
        );
    }
    prop_assert_eq!(view.extendable_ms > 0 && view.is_over(), false);
    match view.state {
        ClockState::NotStarted => {
            prop_assert_eq!(view.meeting_elapsed_ms, 0);
            prop_assert_eq!(view.stage, WarningStage::None);
        }
        ClockState::Running | ClockState::Paused => prop_assert_eq!(
            view.stage,
            WarningStage::of_segment(view.segment_elapsed_ms, view.segment_planned_ms)
        ),
        ClockState::Finished => prop_assert_eq!(view.stage, WarningStage::None),
        ClockState::TimeUp => {}
    }
    Ok(())
}

proptest! {
    #[test]
    fn recorded_time_never_passes_the_cap_nor_runs_backwards(
        agenda in agendas(),
        steps in steps(),
    ) {
        let mut clock = MeetingClock::new(&agenda).unwrap();
        let planned_total: u64 = clock.planned_ms().iter().sum();
        let mut now = T0;
        let mut previous = clock.view(now);
        for (action, wait) in steps {
            now = now.plus_millis(wait);
            let before = clock.view(now);
            prop_assert!(before.meeting_elapsed_ms >= previous.meeting_elapsed_ms);
            prop_assert!(before.paused_ms >= previous.paused_ms);

            let _ = clock.handle(action, now);
            let after = clock.view(now);
            // Actions take no time.
            prop_assert_eq!(after.meeting_elapsed_ms, before.meeting_elapsed_ms);
            let actual = clock.actual_ms(now);
            prop_assert_eq!(actual.iter().sum::<u64>(), after.meeting_elapsed_ms);
            prop_assert!(actual.iter().sum::<u64>() <= clock.cap_ms());
            // Extend moves planned time; it creates some only from a part of the cap the
            // agenda left unplanned.
            let planned_now = clock.planned_ms().iter().sum::<u64>();
            prop_assert!(planned_now >= planned_total && planned_now <= clock.cap_ms());
            check_consistent(&after, &clock)?;

            let json = serde_json::to_string(&clock).unwrap();
            let reloaded: MeetingClock = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&reloaded, &clock);
            previous = after;
        }
    }

    #[test]
    fn views_without_actions_only_move_forward(
        agenda in agendas(),
        steps in steps(),
        first_wait in 0i64..=3_600_000,
        second_wait in 0i64..=3_600_000,
    ) {
        let (clock, now) = run(&agenda, &steps);
        let earlier = clock.view(now.plus_millis(first_wait));
        let later = clock.view(now.plus_millis(first_wait + second_wait));
        prop_assert!(later.meeting_elapsed_ms >= earlier.meeting_elapsed_ms);
        prop_assert!(later.segment_elapsed_ms >= earlier.segment_elapsed_ms);
        prop_assert!(later.paused_ms >= earlier.paused_ms);
        prop_assert!(later.stage >= earlier.stage);
        prop_assert_eq!(later.segment_index, earlier.segment_index);
        check_consistent(&earlier, &clock)?;
        check_consistent(&later, &clock)?;
    }

    #[test]
    fn settling_never_changes_the_view(
        agenda in agendas(),
        steps in steps(),
        wait in 0i64..=3_600_000,
    ) {
        let (mut clock, now) = run(&agenda, &steps);
        let later = now.plus_millis(wait);
        let before = clock.view(later);
        clock.settle(later);
        prop_assert_eq!(clock.view(later), before);
    }

    #[test]
    fn the_view_refuses_what_the_clock_refuses(
        agenda in agendas(),
        steps in steps(),
        wait in 0i64..=3_600_000,
        secs in prop_oneof![Just(60u32), 0u32..=900],
    ) {
        let (clock, now) = run(&agenda, &steps);
        let later = now.plus_millis(wait);
        let view = clock.view(later);
        let refused = |action| clock.clone().handle(action, later).err();
        prop_assert_eq!(view.extend_refusal(secs), refused(ClockAction::Extend { secs }));
        prop_assert_eq!(view.next_refusal(), refused(ClockAction::Next));
    }
}
