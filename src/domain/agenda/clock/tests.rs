//! Meetings driven action by action and checked to the millisecond.

use super::*;
use crate::domain::agenda::builtin::{WEEKLY_ID, builtin_template};

const T0: Timestamp = Timestamp(1_764_000_000_000);
const SEC: u64 = 1_000;
const MIN: u64 = 60_000;

/// Wall-clock time `minutes:seconds` after `T0`.
fn at(minutes: i64, seconds: i64) -> Timestamp {
    T0.plus_millis((minutes * 60 + seconds) * 1000)
}

/// The weekly meeting's clock: 5, 10, 10 and 5 minutes under a 30:00 cap.
fn weekly_clock() -> MeetingClock {
    let weekly = builtin_template(WEEKLY_ID).unwrap();
    MeetingClock::new(&weekly.agenda()).unwrap()
}

/// An agenda of "Other" segments, each a title and its planned seconds, under `cap_secs`.
fn agenda(segments: &[(&str, u32)], cap_secs: u32) -> Agenda {
    Agenda {
        segments: segments
            .iter()
            .map(|&(title, secs)| {
                crate::domain::agenda::Segment::new(
                    title,
                    secs,
                    crate::domain::agenda::SegmentKind::Other,
                    "",
                )
            })
            .collect(),
        cap_secs,
    }
}

fn started_weekly() -> MeetingClock {
    let mut clock = weekly_clock();
    clock.handle(ClockAction::Start, at(0, 0)).unwrap();
    clock
}

#[test]
fn not_started_shows_the_plan() {
    let clock = weekly_clock();
    let view = clock.view(at(10, 0));
    assert_eq!(view.state, ClockState::NotStarted);
    assert_eq!((view.segment_index, view.segment_count), (0, 4));
    assert_eq!(view.next_segment_index, Some(1));
    assert_eq!(view.segment_planned_ms, 5 * MIN);
    assert_eq!(view.segment_elapsed_ms, 0);
    assert_eq!(view.segment_remaining_ms, 5 * MIN);
    assert_eq!(view.meeting_elapsed_ms, 0);
    assert_eq!(view.meeting_remaining_ms, 30 * MIN);
    assert_eq!(view.left_for_later_ms, 25 * MIN);
    assert_eq!(view.later_planned_ms, 25 * MIN);
    assert_eq!((view.ahead_of_plan_ms, view.buffer_ms), (0, 0));
    assert_eq!(view.stage, WarningStage::None);
    assert!(!clock.has_started());
}

/// The issue's acceptance test: a whole weekly meeting with an early finish, a pause, an
/// overrun rescued by an extension, a trip back to the previous segment, and a last segment
/// that runs into the 30:00 cap.
#[test]
fn weekly_meeting_runs_to_the_cap_exactly_to_the_millisecond() {
    let mut clock = started_weekly();
    assert_eq!(clock.started_at(), Some(at(0, 0)));

    // Review: 5:00 planned. 70 % is 3:30; the last minute starts at 4:00.
    let view = clock.view(at(3, 30).plus_millis(-1));
    assert_eq!(view.stage, WarningStage::None);
    assert_eq!(view.segment_elapsed_ms, 3 * MIN + 29_999);
    let view = clock.view(at(3, 30));
    assert_eq!(view.stage, WarningStage::Gentle70);
    assert_eq!(view.segment_progress, 0.7);
    assert_eq!(view.segment_remaining_ms, 90 * SEC);
    assert_eq!(clock.view(at(4, 0)).stage, WarningStage::OneMinute);

    // Review finishes a minute early: that minute is buffer.
    clock.handle(ClockAction::Next, at(4, 0)).unwrap();
    let view = clock.view(at(4, 0));
    assert_eq!(view.state, ClockState::Running);
    assert_eq!(view.segment_index, 1);
    assert_eq!(view.next_segment_index, Some(2));
    assert_eq!(view.segment_elapsed_ms, 0);
    assert_eq!(view.meeting_elapsed_ms, 4 * MIN);
    assert_eq!(view.ahead_of_plan_ms, MIN as i64);
    assert_eq!(view.buffer_ms, MIN);
    assert_eq!(view.later_planned_ms, 15 * MIN);
    assert_eq!(view.left_for_later_ms, 16 * MIN);
    assert_eq!(view.stage, WarningStage::None);

    // Progress: 2:00 in, a three-minute pause that the clock does not count.
    clock.handle(ClockAction::Pause, at(6, 0)).unwrap();
    let view = clock.view(at(7, 30));
    assert_eq!(view.state, ClockState::Paused);
    assert_eq!(view.segment_elapsed_ms, 2 * MIN);
    assert_eq!(view.meeting_elapsed_ms, 6 * MIN);
    assert_eq!(view.paused_ms, 90 * SEC);
    clock.handle(ClockAction::Resume, at(9, 0)).unwrap();
    assert_eq!(clock.view(at(9, 0)).paused_ms, 3 * MIN);

    // Progress reaches its 10:00 at 17:00 on the wall and runs over.
    let view = clock.view(at(17, 0).plus_millis(-1));
    assert_eq!(view.segment_remaining_ms, 1);
    assert_eq!(view.stage, WarningStage::OneMinute);
    let view = clock.view(at(17, 0));
    assert_eq!(view.segment_elapsed_ms, 10 * MIN);
    assert_eq!((view.segment_remaining_ms, view.segment_overrun_ms), (0, 0));
    assert_eq!(view.segment_progress, 1.0);
    assert_eq!(view.stage, WarningStage::Overrun);
    let view = clock.view(at(18, 0));
    assert_eq!(view.segment_overrun_ms, MIN);
    assert_eq!(view.meeting_elapsed_ms, 15 * MIN);
    assert_eq!((view.ahead_of_plan_ms, view.buffer_ms), (0, 0));
    assert_eq!(view.left_for_later_ms, 15 * MIN);
    assert_eq!(clock.view(at(18, 30)).ahead_of_plan_ms, -30_000);

    // Extend Progress by 2:00 at 18:00, taken from "Discuss new problems".
    clock
        .handle(ClockAction::Extend { secs: 120 }, at(18, 0))
        .unwrap();
    assert_eq!(clock.planned_ms(), [5 * MIN, 12 * MIN, 8 * MIN, 5 * MIN]);
    let view = clock.view(at(18, 0));
    assert_eq!(view.segment_planned_ms, 12 * MIN);
    assert_eq!(view.segment_remaining_ms, MIN);
    assert_eq!(view.segment_overrun_ms, 0);
    assert_eq!(view.stage, WarningStage::OneMinute);
    assert_eq!(view.ahead_of_plan_ms, MIN as i64);
    assert_eq!(view.later_planned_ms, 13 * MIN);
    assert_eq!(view.left_for_later_ms, 14 * MIN);

    // Progress ends on its extended time; new problems cannot take 10 more minutes.
    clock.handle(ClockAction::Next, at(19, 0)).unwrap();
    assert_eq!(clock.view(at(19, 0)).meeting_elapsed_ms, 16 * MIN);
    let refused = clock.handle(ClockAction::Extend { secs: 600 }, at(19, 0));
    assert_eq!(
        refused,
        Err(ClockError::NotEnoughTime {
            requested_ms: 10 * MIN,
            available_ms: 6 * MIN
        })
    );
    // 5:00 from the later segment, and 1:00 of buffer that the cap still has room for.
    assert_eq!(
        refused.unwrap_err().to_string(),
        "Only 6:00 can be added to this segment (later segments and buffer, under the cap), not 10:00."
    );

    // Back to Progress for 30 s: it carries on from 12:00, in overrun at once.
    clock.handle(ClockAction::Previous, at(20, 0)).unwrap();
    let view = clock.view(at(20, 0));
    assert_eq!(view.segment_index, 1);
    assert_eq!(view.segment_elapsed_ms, 12 * MIN);
    assert_eq!(view.stage, WarningStage::Overrun);
    assert_eq!(view.meeting_elapsed_ms, 17 * MIN);
    clock.handle(ClockAction::Next, at(20, 30)).unwrap();
    assert_eq!(
        clock.actual_ms(at(20, 30)),
        [4 * MIN, 12 * MIN + 30 * SEC, MIN, 0]
    );
    // New problems resumes from the minute it already had.
    let view = clock.view(at(27, 30));
    assert_eq!(view.segment_index, 2);
    assert_eq!(view.segment_elapsed_ms, 8 * MIN);
    assert_eq!(view.stage, WarningStage::Overrun);

    clock.handle(ClockAction::Next, at(27, 30)).unwrap();
    let view = clock.view(at(27, 30));
    assert_eq!(view.segment_index, 3);
    assert_eq!(view.next_segment_index, None);
    assert_eq!(view.meeting_elapsed_ms, 24 * MIN + 30 * SEC);
    assert_eq!(view.ahead_of_plan_ms, 30_000);

    // Action items overrun and meet the cap at 33:00 on the wall (30:00 of meeting).
    let view = clock.view(at(32, 30));
    assert_eq!(view.stage, WarningStage::Overrun);
    assert_eq!(view.meeting_remaining_ms, 30 * SEC);
    let view = clock.view(at(33, 0).plus_millis(-1));
    assert_eq!(view.state, ClockState::Running);
    assert_eq!(view.segment_overrun_ms, 29_999);
    assert_eq!(view.meeting_remaining_ms, 1);

    let time_up = clock.view(at(33, 0));
    assert_eq!(time_up.state, ClockState::TimeUp);
    assert_eq!(time_up.stage, WarningStage::CapReached);
    assert_eq!(time_up.meeting_elapsed_ms, 30 * MIN);
    assert_eq!(
        (time_up.meeting_remaining_ms, time_up.meeting_progress),
        (0, 1.0)
    );
    assert_eq!(time_up.segment_elapsed_ms, 5 * MIN + 30 * SEC);
    assert_eq!(time_up.next_segment_index, None);
    assert_eq!(
        clock.actual_ms(at(33, 0)),
        [4 * MIN, 12 * MIN + 30 * SEC, 8 * MIN, 5 * MIN + 30 * SEC]
    );
    assert_eq!(clock.ended_at(), None, "not stored until settled");

    // The clock refuses every action but closing from now on; the refusal stores TimeUp at
    // the cap's instant.
    for action in [
        ClockAction::Pause,
        ClockAction::Next,
        ClockAction::Previous,
        ClockAction::Extend { secs: 60 },
        ClockAction::Start,
        ClockAction::Resume,
        ClockAction::Reopen,
    ] {
        assert_eq!(clock.handle(action, at(34, 0)), Err(ClockError::TimeUp));
    }
    assert_eq!(clock.ended_at(), Some(at(33, 0)));
    assert_eq!(clock.view(at(40, 0)), time_up);
    assert_eq!(clock.actual_ms(at(40, 0)).iter().sum::<u64>(), 30 * MIN);
}

#[test]
fn pauses_are_excluded_from_all_elapsed_times() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Pause, at(1, 0)).unwrap();
    let view = clock.view(at(61, 0));
    assert_eq!(view.segment_elapsed_ms, MIN);
    assert_eq!(view.meeting_elapsed_ms, MIN);
    assert_eq!(view.paused_ms, 60 * MIN);
    assert_eq!(view.state, ClockState::Paused);
    clock.handle(ClockAction::Resume, at(61, 0)).unwrap();
    clock.handle(ClockAction::Pause, at(62, 0)).unwrap();
    clock.handle(ClockAction::Resume, at(62, 10)).unwrap();
    let view = clock.view(at(63, 0));
    assert_eq!(view.meeting_elapsed_ms, 3 * MIN - 10 * SEC);
    assert_eq!(view.paused_ms, 60 * MIN + 10 * SEC);
}

#[test]
fn a_pause_just_before_the_cap_holds_the_last_second() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Pause, at(29, 59)).unwrap();
    let view = clock.view(at(45, 0));
    assert_eq!(view.state, ClockState::Paused);
    assert_eq!(view.meeting_remaining_ms, SEC);
    clock.handle(ClockAction::Resume, at(45, 0)).unwrap();
    assert_eq!(clock.view(at(45, 1)).state, ClockState::TimeUp);
    assert!(clock.settle(at(46, 0)));
    assert!(!clock.settle(at(47, 0)), "settling twice changes nothing");
    assert_eq!(clock.ended_at(), Some(at(45, 1)));
}

#[test]
fn an_action_exactly_at_the_cap_finds_the_meeting_over() {
    let mut clock = started_weekly();
    assert_eq!(
        clock.handle(ClockAction::Pause, at(30, 0)),
        Err(ClockError::TimeUp)
    );
    assert_eq!(clock.ended_at(), Some(at(30, 0)));
    assert_eq!(clock.actual_ms(at(30, 0)), [30 * MIN, 0, 0, 0]);
}

#[test]
fn a_tab_that_slept_through_the_cap_records_the_cap_not_the_wake_up() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Next, at(5, 0)).unwrap();
    // The browser froze the tab; the next thing it does is two hours later.
    assert_eq!(
        clock.handle(ClockAction::Next, at(125, 0)),
        Err(ClockError::TimeUp)
    );
    assert_eq!(clock.ended_at(), Some(at(30, 0)));
    assert_eq!(clock.actual_ms(at(125, 0)), [5 * MIN, 25 * MIN, 0, 0]);
}

#[test]
fn reload_mid_meeting_gives_the_same_view_later() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Next, at(4, 0)).unwrap();
    clock.handle(ClockAction::Pause, at(6, 0)).unwrap();

    // Reloaded while paused: the pause keeps counting as a pause.
    let json = serde_json::to_string(&clock).unwrap();
    let mut reloaded: MeetingClock = serde_json::from_str(&json).unwrap();
    assert_eq!(reloaded, clock);
    assert_eq!(reloaded.view(at(8, 0)), clock.view(at(8, 0)));
    assert_eq!(reloaded.view(at(8, 0)).paused_ms, 2 * MIN);

    // Reloaded while running: the run keeps counting from its stored start.
    reloaded.handle(ClockAction::Resume, at(9, 0)).unwrap();
    let json = serde_json::to_string(&reloaded).unwrap();
    let again: MeetingClock = serde_json::from_str(&json).unwrap();
    let view = again.view(at(12, 0));
    assert_eq!(view, reloaded.view(at(12, 0)));
    assert_eq!(view.state, ClockState::Running);
    assert_eq!(view.segment_index, 1);
    assert_eq!(view.segment_elapsed_ms, 5 * MIN);
    assert_eq!(view.meeting_elapsed_ms, 9 * MIN);
    assert_eq!(view.paused_ms, 3 * MIN);
    // And after a reload that comes only after the cap, the cap still holds.
    let view = again.view(at(40, 0));
    assert_eq!(view.state, ClockState::TimeUp);
    assert_eq!(view.meeting_elapsed_ms, 30 * MIN);
}

#[test]
fn damaged_stored_clocks_are_refused() {
    let clock = started_weekly();
    let good = serde_json::to_value(&clock).unwrap();
    let damage: [(&str, serde_json::Value); 4] = [
        ("current", 4.into()),
        ("recorded_ms", serde_json::json!([0, 0])),
        ("cap_ms", 0.into()),
        ("recorded_ms", serde_json::json!([0, 0, 0, 31 * MIN])),
    ];
    for (field, value) in damage {
        let mut bad = good.clone();
        bad[field] = value;
        assert!(
            serde_json::from_value::<MeetingClock>(bad).is_err(),
            "{field}"
        );
    }
}

#[test]
fn every_phase_reads_back_as_written() {
    let mut clock = started_weekly();
    let mut written = vec![serde_json::to_string(&clock).unwrap()];
    for action in [ClockAction::Pause, ClockAction::Finish] {
        clock.handle(action, at(2, 0)).unwrap();
        written.push(serde_json::to_string(&clock).unwrap());
    }
    let mut unstarted = started_weekly();
    unstarted.phase = Phase::NotStarted;
    let mut time_up = started_weekly();
    time_up.phase = Phase::TimeUp { at: at(30, 0) };
    for other in [unstarted, time_up] {
        written.push(serde_json::to_string(&other).unwrap());
    }
    for json in &written {
        let read: MeetingClock = serde_json::from_str(json).unwrap();
        assert_eq!(&serde_json::to_string(&read).unwrap(), json);
    }
    assert!(
        written[0].contains(r#""phase":{"state":"running","since":"#),
        "{}",
        written[0]
    );
    let without_since = written[0].replace(r#""since":"#, r#""then":"#);
    let error = serde_json::from_str::<MeetingClock>(&without_since).unwrap_err();
    assert!(
        error.to_string().contains("missing field `since`"),
        "{error}"
    );
}

#[test]
fn actions_serialize_with_a_tag() {
    let json = serde_json::to_string(&ClockAction::Extend { secs: 120 }).unwrap();
    assert_eq!(json, r#"{"action":"extend","secs":120}"#);
    assert_eq!(
        serde_json::to_string(&ClockAction::Next).unwrap(),
        r#"{"action":"next"}"#
    );
}

#[test]
fn extend_takes_from_the_next_segment_first_then_the_ones_after() {
    let mut clock = started_weekly();
    clock
        .handle(ClockAction::Extend { secs: 12 * 60 }, at(1, 0))
        .unwrap();
    assert_eq!(clock.planned_ms(), [17 * MIN, 0, 8 * MIN, 5 * MIN]);
    assert_eq!(
        clock.handle(ClockAction::Extend { secs: 14 * 60 }, at(1, 0)),
        Err(ClockError::NotEnoughTime {
            requested_ms: 14 * MIN,
            available_ms: 13 * MIN
        })
    );
    assert_eq!(clock.planned_ms(), [17 * MIN, 0, 8 * MIN, 5 * MIN]);

    // The emptied segment is in overrun as soon as it starts.
    clock.handle(ClockAction::Next, at(2, 0)).unwrap();
    let view = clock.view(at(2, 0));
    assert_eq!(view.segment_planned_ms, 0);
    assert_eq!(view.segment_progress, 1.0);
    assert_eq!(view.stage, WarningStage::Overrun);
}

#[test]
fn extend_refusals_say_why() {
    let mut clock = weekly_clock();
    assert_eq!(
        clock.handle(ClockAction::Extend { secs: 60 }, at(0, 0)),
        Err(ClockError::NotStarted)
    );
    clock.handle(ClockAction::Start, at(0, 0)).unwrap();
    assert_eq!(
        clock.handle(ClockAction::Extend { secs: 0 }, at(0, 0)),
        Err(ClockError::NothingToExtend)
    );
    for _ in 0..3 {
        clock.handle(ClockAction::Next, at(1, 0)).unwrap();
    }
    // The last segment: a minute spent under a 30:00 cap leaves 24:00 beyond its 5:00.
    assert_eq!(clock.view(at(1, 0)).extendable_ms, 24 * MIN);
    assert_eq!(
        clock.handle(ClockAction::Extend { secs: 25 * 60 }, at(1, 0)),
        Err(ClockError::NotEnoughTime {
            requested_ms: 25 * MIN,
            available_ms: 24 * MIN
        })
    );
    assert_eq!(
        ClockError::NotEnoughTime {
            requested_ms: 25 * MIN,
            available_ms: 24 * MIN
        }
        .to_string(),
        "Only 24:00 can be added to this segment (later segments and buffer, under the cap), not 25:00."
    );
    // Extending while paused is fine.
    clock.handle(ClockAction::Previous, at(1, 0)).unwrap();
    clock.handle(ClockAction::Pause, at(1, 0)).unwrap();
    clock
        .handle(ClockAction::Extend { secs: 5 * 60 }, at(1, 0))
        .unwrap();
    assert_eq!(clock.planned_ms(), [5 * MIN, 10 * MIN, 15 * MIN, 0]);
}

/// The issue's case: "+1 min" was refused in the last segment although earlier segments had
/// banked 12 minutes.
#[test]
fn banked_buffer_extends_the_last_segment_up_to_the_cap() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Next, at(2, 0)).unwrap(); // 3:00 early
    clock.handle(ClockAction::Next, at(6, 0)).unwrap(); // 6:00 early
    clock.handle(ClockAction::Next, at(13, 0)).unwrap(); // 3:00 early
    let view = clock.view(at(17, 0));
    assert_eq!(view.buffer_ms, 12 * MIN);
    assert_eq!(view.extendable_ms, 12 * MIN);
    clock
        .handle(ClockAction::Extend { secs: 60 }, at(17, 0))
        .unwrap();
    // The minute came out of the buffer: the segment nearest the last gave it back.
    assert_eq!(clock.planned_ms(), [5 * MIN, 10 * MIN, 9 * MIN, 6 * MIN]);
    let view = clock.view(at(17, 0));
    assert_eq!(view.buffer_ms, 11 * MIN);
    assert_eq!(view.extendable_ms, 11 * MIN);
    assert_eq!(view.segment_remaining_ms, 2 * MIN);
    clock
        .handle(ClockAction::Extend { secs: 11 * 60 }, at(17, 0))
        .unwrap();
    assert_eq!(clock.planned_ms(), [2 * MIN, 4 * MIN, 7 * MIN, 17 * MIN]);
    let view = clock.view(at(17, 0));
    assert_eq!((view.buffer_ms, view.extendable_ms), (0, 0));
    // Running to its new planned end is running to the cap, exactly.
    assert_eq!(view.segment_remaining_ms, view.meeting_remaining_ms);
    assert_eq!(
        clock.handle(ClockAction::Extend { secs: 1 }, at(17, 0)),
        Err(ClockError::NoTimeToAdd)
    );
}

#[test]
fn overruns_shrink_what_the_buffer_can_give() {
    // Review 2:00 early, Work 1:00 over: 1:00 of buffer left, and that is all Extend gives
    // the last segment.
    let mut clock = started_weekly();
    clock.handle(ClockAction::Next, at(3, 0)).unwrap();
    clock.handle(ClockAction::Next, at(14, 0)).unwrap();
    clock.handle(ClockAction::Next, at(24, 0)).unwrap();
    let view = clock.view(at(26, 0));
    assert_eq!(view.buffer_ms, MIN);
    assert_eq!(view.extendable_ms, MIN);
    clock
        .handle(ClockAction::Extend { secs: 60 }, at(26, 0))
        .unwrap();
    assert_eq!(clock.view(at(24, 0)).buffer_ms, 0);
    assert_eq!(clock.planned_ms(), [4 * MIN, 10 * MIN, 10 * MIN, 6 * MIN]);
}

#[test]
fn an_agenda_shorter_than_its_cap_lets_the_last_segment_grow_to_the_cap() {
    let agenda = agenda(&[("One", 600), ("Two", 600)], 1_500);
    let mut clock = MeetingClock::new(&agenda).unwrap();
    clock.handle(ClockAction::Start, at(0, 0)).unwrap();
    clock.handle(ClockAction::Next, at(10, 0)).unwrap();
    assert_eq!(clock.view(at(10, 0)).extendable_ms, 5 * MIN);
    clock
        .handle(ClockAction::Extend { secs: 5 * 60 }, at(10, 0))
        .unwrap();
    assert_eq!(clock.planned_ms(), [10 * MIN, 15 * MIN]);
}

#[test]
fn previous_and_next_stop_at_the_ends_of_the_agenda() {
    let mut clock = started_weekly();
    assert_eq!(
        clock.handle(ClockAction::Previous, at(1, 0)),
        Err(ClockError::NoPreviousSegment)
    );
    for _ in 0..3 {
        clock.handle(ClockAction::Next, at(1, 0)).unwrap();
    }
    assert_eq!(
        clock.handle(ClockAction::Next, at(1, 0)),
        Err(ClockError::NoNextSegment)
    );
    assert_eq!(clock.view(at(1, 0)).segment_index, 3);
}

#[test]
fn previous_keeps_the_time_recorded_on_both_segments() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Next, at(3, 0)).unwrap();
    clock.handle(ClockAction::Previous, at(5, 0)).unwrap();
    let view = clock.view(at(6, 0));
    assert_eq!(view.segment_index, 0);
    assert_eq!(view.segment_elapsed_ms, 4 * MIN);
    assert_eq!(view.meeting_elapsed_ms, 6 * MIN);
    // Plan position: 4:00 into Review, but 6:00 spent.
    assert_eq!(view.ahead_of_plan_ms, -2 * MIN as i64);
    assert_eq!(clock.actual_ms(at(6, 0)), [4 * MIN, 2 * MIN, 0, 0]);
    clock.handle(ClockAction::Next, at(6, 0)).unwrap();
    assert_eq!(clock.view(at(7, 0)).segment_elapsed_ms, 3 * MIN);
}

#[test]
fn next_and_previous_while_paused_stay_paused() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Pause, at(2, 0)).unwrap();
    clock.handle(ClockAction::Next, at(3, 0)).unwrap();
    let view = clock.view(at(4, 0));
    assert_eq!(view.state, ClockState::Paused);
    assert_eq!(view.segment_index, 1);
    assert_eq!(view.segment_elapsed_ms, 0);
    assert_eq!(view.meeting_elapsed_ms, 2 * MIN);
    clock.handle(ClockAction::Resume, at(4, 0)).unwrap();
    assert_eq!(clock.view(at(5, 0)).segment_elapsed_ms, MIN);
}

#[test]
fn lifecycle_refusals() {
    let mut clock = weekly_clock();
    for action in [
        ClockAction::Pause,
        ClockAction::Resume,
        ClockAction::Next,
        ClockAction::Previous,
        ClockAction::Finish,
    ] {
        assert_eq!(clock.handle(action, at(0, 0)), Err(ClockError::NotStarted));
    }
    clock.handle(ClockAction::Start, at(0, 0)).unwrap();
    assert_eq!(
        clock.handle(ClockAction::Start, at(0, 1)),
        Err(ClockError::AlreadyStarted)
    );
    assert_eq!(
        clock.handle(ClockAction::Resume, at(0, 1)),
        Err(ClockError::NotPaused)
    );
    clock.handle(ClockAction::Pause, at(0, 1)).unwrap();
    assert_eq!(
        clock.handle(ClockAction::Pause, at(0, 2)),
        Err(ClockError::AlreadyPaused)
    );
    assert_eq!(
        clock.handle(ClockAction::Start, at(0, 2)),
        Err(ClockError::AlreadyStarted)
    );
}

#[test]
fn finishing_early_counts_the_unused_time_as_buffer() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Next, at(4, 0)).unwrap();
    clock.handle(ClockAction::Next, at(12, 0)).unwrap();
    clock.handle(ClockAction::Next, at(20, 0)).unwrap();
    clock.handle(ClockAction::Pause, at(22, 0)).unwrap();
    clock.handle(ClockAction::Finish, at(23, 0)).unwrap();
    let view = clock.view(at(50, 0));
    assert_eq!(view.state, ClockState::Finished);
    assert!(view.is_over());
    assert_eq!(view.meeting_elapsed_ms, 22 * MIN);
    assert_eq!(view.ahead_of_plan_ms, 8 * MIN as i64);
    assert_eq!(view.buffer_ms, 8 * MIN);
    assert_eq!(view.paused_ms, MIN);
    assert_eq!(view.stage, WarningStage::None);
    assert_eq!(view.next_segment_index, None);
    assert_eq!(clock.ended_at(), Some(at(23, 0)));
    assert_eq!(
        clock.actual_ms(at(50, 0)),
        [4 * MIN, 8 * MIN, 8 * MIN, 2 * MIN]
    );
    for action in [
        ClockAction::Resume,
        ClockAction::Previous,
        ClockAction::Finish,
    ] {
        assert_eq!(clock.handle(action, at(51, 0)), Err(ClockError::Finished));
    }
    assert_eq!(
        clock.view(at(51, 0)).plan_status().to_string(),
        "Finished with 8:00 of the cap unused"
    );
}

#[test]
fn finishing_early_names_the_segments_not_started() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Next, at(4, 0)).unwrap();
    clock.handle(ClockAction::Next, at(12, 0)).unwrap();
    assert_eq!(clock.not_started_segments(at(12, 0)), [2, 3]);
    assert_eq!(clock.not_started_segments(at(12, 1)), [3]);
    assert_eq!(weekly_clock().not_started_segments(at(0, 0)), [0, 1, 2, 3]);
}

#[test]
fn a_finished_meeting_reopens_paused_where_it_ended_while_the_cap_has_time() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Next, at(4, 0)).unwrap();
    clock.handle(ClockAction::Next, at(12, 0)).unwrap();
    assert_eq!(
        clock.handle(ClockAction::Reopen, at(13, 0)),
        Err(ClockError::NotFinished)
    );
    clock.handle(ClockAction::Finish, at(13, 0)).unwrap();
    assert_eq!(clock.ended_at(), Some(at(13, 0)));
    // Ten minutes later someone says "we never did the action items".
    clock.handle(ClockAction::Reopen, at(23, 0)).unwrap();
    let view = clock.view(at(24, 0));
    assert_eq!(view.state, ClockState::Paused);
    assert_eq!(view.segment_index, 2);
    assert_eq!(view.meeting_elapsed_ms, 13 * MIN);
    assert_eq!(view.next_segment_index, Some(3));
    assert_eq!(clock.ended_at(), None);
    clock.handle(ClockAction::Resume, at(24, 0)).unwrap();
    clock.handle(ClockAction::Next, at(25, 0)).unwrap();
    let view = clock.view(at(26, 0));
    assert_eq!(view.meeting_elapsed_ms, 15 * MIN);
    assert_eq!(clock.actual_ms(at(26, 0)), [4 * MIN, 8 * MIN, 2 * MIN, MIN]);
}

/// The issue's case: at 30:00 the red "Time's up" panel also said "On plan", and the tools
/// for the record vanished.
#[test]
fn after_time_up_the_record_stays_open_until_closed_and_cannot_reopen() {
    let mut clock = started_weekly();
    for minute in [5, 15, 25] {
        clock.handle(ClockAction::Next, at(minute, 0)).unwrap();
    }
    let view = clock.view(at(30, 0));
    assert_eq!(view.state, ClockState::TimeUp);
    assert_eq!(view.ahead_of_plan_ms, 0, "exactly on plan, and yet");
    assert_eq!(view.plan_status(), PlanStatus::TimeUp);
    assert!(!view.plan_status().to_string().contains("On plan"));
    assert!(view.is_over() && !view.is_closed());
    assert_eq!(view.extendable_ms, 0);

    clock.handle(ClockAction::Finish, at(42, 0)).unwrap();
    let closed = clock.view(at(42, 0));
    assert!(closed.is_closed());
    assert_eq!(
        clock.ended_at(),
        Some(at(30, 0)),
        "ended at the cap, not the close"
    );
    assert_eq!(
        closed.plan_status().to_string(),
        "Closed after using the whole cap"
    );
    assert_eq!(
        clock.handle(ClockAction::Reopen, at(43, 0)),
        Err(ClockError::NoTimeToReopen)
    );
    assert_eq!(
        clock.handle(ClockAction::Finish, at(43, 0)),
        Err(ClockError::Finished)
    );
}

#[test]
fn what_is_left_when_finished_rounds_like_the_countdown() {
    // 14:59.9 left shows as 15:00, as the countdown showed it a moment before.
    let status = PlanStatus::Finished {
        left_ms: 15 * MIN - 100,
    };
    assert_eq!(status.to_string(), "Finished with 15:00 of the cap unused");
}

#[test]
fn the_plan_status_is_one_thing_at_a_time() {
    let mut clock = weekly_clock();
    assert_eq!(clock.view(at(0, 0)).plan_status(), PlanStatus::NotStarted);
    clock.handle(ClockAction::Start, at(0, 0)).unwrap();
    assert_eq!(clock.view(at(0, 0)).plan_status(), PlanStatus::OnPlan);
    clock.handle(ClockAction::Next, at(3, 0)).unwrap();
    assert_eq!(
        clock.view(at(3, 0)).plan_status().to_string(),
        "2:00 ahead of plan · buffer 2:00"
    );
    assert_eq!(
        clock.view(at(16, 0)).plan_status().to_string(),
        "1:00 behind plan"
    );
}

#[test]
fn a_now_from_before_the_last_transition_counts_as_that_transition() {
    let mut clock = started_weekly();
    clock.handle(ClockAction::Pause, at(2, 0)).unwrap();
    // The device clock stepped back a minute.
    clock.handle(ClockAction::Resume, at(1, 0)).unwrap();
    assert_eq!(clock.view(at(1, 30)).meeting_elapsed_ms, 2 * MIN);
    assert_eq!(clock.view(at(3, 0)).meeting_elapsed_ms, 3 * MIN);
    assert_eq!(clock.view(at(3, 0)).paused_ms, 0);
}

#[test]
fn stages_are_entered_once_each_and_reset_with_the_segment() {
    let mut clock = started_weekly();
    let mut previous = clock.view(at(0, 0));
    let mut entered = Vec::new();
    for second in 1..=(6 * 60) {
        let now = at(0, second);
        if second == 5 * 60 + 30 {
            clock.handle(ClockAction::Next, now).unwrap();
        }
        let view = clock.view(now);
        if let Some(stage) = view.entered_stage(&previous) {
            entered.push((second, stage));
        }
        previous = view;
    }
    assert_eq!(
        entered,
        [
            (210, WarningStage::Gentle70),
            (240, WarningStage::OneMinute),
            (300, WarningStage::Overrun)
        ]
    );
}

#[test]
fn a_throttled_tab_hears_only_the_latest_stage() {
    let clock = started_weekly();
    let before = clock.view(at(0, 0));
    let after = clock.view(at(5, 30));
    assert_eq!(after.entered_stage(&before), Some(WarningStage::Overrun));
    assert_eq!(after.entered_stage(&after), None);
    let time_up = clock.view(at(31, 0));
    assert_eq!(
        time_up.entered_stage(&after),
        Some(WarningStage::CapReached)
    );
}

#[test]
fn extending_out_of_overrun_does_not_sound_a_lower_stage() {
    let mut clock = started_weekly();
    let overrun = clock.view(at(5, 10));
    assert_eq!(overrun.stage, WarningStage::Overrun);
    clock
        .handle(ClockAction::Extend { secs: 120 }, at(5, 10))
        .unwrap();
    let extended = clock.view(at(5, 10));
    assert_eq!(extended.stage, WarningStage::Gentle70);
    assert_eq!(extended.entered_stage(&overrun), None);
    assert_eq!(
        clock.view(at(6, 0)).entered_stage(&extended),
        Some(WarningStage::OneMinute)
    );
}

#[test]
fn short_segments_skip_the_stages_hidden_behind_the_last_minute() {
    let agenda = agenda(&[("Quick check", 90), ("Wrap-up", 60)], 600);
    let mut clock = MeetingClock::new(&agenda).unwrap();
    clock.handle(ClockAction::Start, at(0, 0)).unwrap();
    // 70 % of 1:30 is 1:03, but the last minute starts at 0:30.
    assert_eq!(
        clock.view(at(0, 30).plus_millis(-1)).stage,
        WarningStage::None
    );
    assert_eq!(clock.view(at(0, 30)).stage, WarningStage::OneMinute);
    assert_eq!(clock.view(at(1, 3)).stage, WarningStage::OneMinute);
    clock.handle(ClockAction::Next, at(1, 30)).unwrap();
    assert_eq!(clock.view(at(1, 30)).stage, WarningStage::OneMinute);
    assert_eq!(clock.view(at(2, 30)).stage, WarningStage::Overrun);
}

#[test]
fn a_clock_needs_a_valid_agenda() {
    let empty = agenda(&[], 1800);
    assert_eq!(MeetingClock::new(&empty), Err(TemplateError::NoSegments));
}

#[test]
fn error_messages_read_as_sentences() {
    assert_eq!(
        ClockError::TimeUp.to_string(),
        "Time is up: the meeting has used its whole cap."
    );
    assert_eq!(
        ClockError::NoNextSegment.to_string(),
        "This is the last segment. Finish the meeting when you are done."
    );
}
