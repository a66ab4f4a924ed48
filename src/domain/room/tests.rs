//! The room display computed from a snapshot and `now`, checked to the second.

use super::*;
use crate::domain::agenda::ClockAction;
use crate::domain::agenda::builtin::{WEEKLY_ID, builtin_template};

const T0: Timestamp = Timestamp(1_764_000_000_000);

fn at(minutes: i64, seconds: i64) -> Timestamp {
    T0.plus_millis((minutes * 60 + seconds) * 1000)
}

/// The weekly meeting (5, 10, 10 and 5 minutes under a 30:00 cap), scheduled at `T0`.
fn weekly() -> RoomSnapshot {
    let agenda = builtin_template(WEEKLY_ID).unwrap().agenda();
    RoomSnapshot {
        title: "Weekly".into(),
        scheduled_at: T0,
        clock: MeetingClock::new(&agenda).unwrap(),
        agenda,
        go_round: Vec::new(),
        options: RoomOptions::default(),
        participation: None,
    }
}

fn started() -> RoomSnapshot {
    let mut room = weekly();
    room.clock.handle(ClockAction::Start, at(0, 0)).unwrap();
    room
}

fn live(view: RoomView) -> LiveRoom {
    match view {
        RoomView::Live(live) => *live,
        other => panic!("expected a live view, got {other:?}"),
    }
}

#[test]
fn before_the_start_counts_down_to_the_scheduled_time_with_the_agenda() {
    let room = weekly();
    let RoomView::BeforeStart {
        until_start_ms,
        agenda,
        cap,
        ..
    } = room.view(at(-2, -30))
    else {
        panic!("not started");
    };
    assert_eq!(until_start_ms, 150_000);
    assert_eq!(agenda.len(), 4);
    assert_eq!(agenda[0].1, "5:00");
    assert_eq!(cap, "30:00");
    // Late: the countdown stays at zero rather than going negative.
    let RoomView::BeforeStart { until_start_ms, .. } = room.view(at(3, 0)) else {
        panic!("not started");
    };
    assert_eq!(until_start_ms, 0);
}

#[test]
fn a_running_segment_shows_its_countdown_title_next_and_the_cap() {
    let room = live(started().view(at(1, 0)));
    assert_eq!(room.position, "Segment 1 of 4");
    assert_eq!(room.countdown, "4:00");
    assert_eq!(room.meeting_left, "29:00");
    assert_eq!(room.cap, "30:00");
    assert_eq!(room.stage, WarningStage::None);
    assert!(room.next_title.is_some());
    assert!((room.segment_progress - 0.2).abs() < 1e-9);
    assert!((room.meeting_progress - 1.0 / 30.0).abs() < 1e-9);
    assert_eq!(room.stage_words(), "");
}

#[test]
fn stages_follow_the_facilitators_clock() {
    let room = started();
    assert_eq!(live(room.view(at(3, 30))).stage, WarningStage::Gentle70);
    let last = live(room.view(at(4, 30)));
    assert_eq!(
        (last.stage, last.stage_words()),
        (WarningStage::OneMinute, "Last minute")
    );
    let over = live(room.view(at(5, 12)));
    assert_eq!(over.stage, WarningStage::Overrun);
    assert_eq!(over.countdown, "+0:12");
    assert_eq!(over.stage_words(), "Over time");
    assert_eq!(stage_class(over.stage), "stage-overrun");
}

#[test]
fn a_pause_freezes_the_countdown_for_any_later_now() {
    let mut room = started();
    room.clock.handle(ClockAction::Pause, at(2, 0)).unwrap();
    for later in [at(2, 0), at(7, 0), at(40, 0)] {
        let view = live(room.view(later));
        assert_eq!(view.countdown, "3:00");
        assert!(view.paused);
        assert_eq!(view.stage_words(), "Paused");
    }
}

#[test]
fn a_late_message_shows_the_right_second() {
    // The snapshot was sent at 1:00 but read at 2:41: the view is of 2:41.
    let mut room = started();
    room.clock.handle(ClockAction::Next, at(1, 0)).unwrap();
    let view = live(room.view(at(2, 41)));
    assert_eq!(view.position, "Segment 2 of 4");
    assert_eq!(view.countdown, "8:19");
    assert_eq!(view.meeting_left, "27:19");
}

#[test]
fn at_the_cap_it_is_times_up_and_finished_says_so() {
    let room = started();
    assert!(matches!(room.view(at(30, 0)), RoomView::TimeUp { .. }));
    let mut finished = started();
    finished
        .clock
        .handle(ClockAction::Finish, at(12, 0))
        .unwrap();
    assert!(matches!(
        finished.view(at(13, 0)),
        RoomView::Finished { .. }
    ));
}

#[test]
fn messages_round_trip_and_junk_is_refused() {
    let message = RoomMessage::State {
        meeting: "m1".into(),
        snapshot: Box::new(started()),
    };
    let parsed = RoomMessage::from_json(&message.to_json()).unwrap();
    assert_eq!(parsed, message);
    assert_eq!(parsed.meeting(), "m1");
    assert_eq!(RoomMessage::from_json("{\"kind\":\"state\"}"), None);
    assert_eq!(
        RoomMessage::from_json("{\"kind\":\"state\",\"meeting\":\"m1\"}"),
        None,
        "a state without its snapshot"
    );
    for short in [
        RoomMessage::Ask {
            meeting: "m1".into(),
        },
        RoomMessage::Heartbeat {
            meeting: "m1".into(),
        },
        RoomMessage::Gone {
            meeting: "m1".into(),
        },
    ] {
        assert_eq!(RoomMessage::from_json(&short.to_json()), Some(short));
    }
    assert_eq!(RoomMessage::from_json("not json"), None);
    // A clock whose invariants fail is refused like any other damaged input.
    let broken = message.to_json().replace("\"current\":0", "\"current\":9");
    assert_eq!(RoomMessage::from_json(&broken), None);
}

#[test]
fn the_link_is_live_until_silence_or_goodbye() {
    let mut link = Link::default();
    assert!(!link.is_live(at(0, 0)), "nothing heard yet");
    link.heard(at(0, 0));
    assert!(link.is_live(at(0, 6)));
    assert!(!link.is_live(at(0, 7)), "three heartbeats missed");
    link.heard(at(0, 7));
    assert!(link.is_live(at(0, 7)));
    link.gone();
    assert!(!link.is_live(at(0, 7)));
    link.heard(at(0, 8));
    assert!(
        link.is_live(at(0, 8)),
        "a reloaded facilitator's tab comes back"
    );
}

fn seat(name: &str, asked: bool) -> GoRoundSeat {
    GoRoundSeat {
        name: name.into(),
        asked,
    }
}

/// Started, then moved on to the new-problems segment (the third) at 2:00.
fn in_new_problems() -> RoomSnapshot {
    let mut room = started();
    room.clock.handle(ClockAction::Next, at(1, 0)).unwrap();
    room.clock.handle(ClockAction::Next, at(2, 0)).unwrap();
    room.go_round = vec![seat("Ada", true), seat("Ben", false), seat("Cy", false)];
    room
}

#[test]
fn the_new_problems_segment_shows_who_is_asked_now_and_next() {
    let room = in_new_problems();
    let shown = live(room.view(at(2, 30)));
    assert_eq!(
        shown.asking,
        Some(Asking {
            now: Some("Ben".into()),
            next: Some("Cy".into())
        })
    );
    let mut last = room.clone();
    last.go_round[1].asked = true;
    let shown = live(last.view(at(2, 30)));
    assert_eq!(
        shown.asking,
        Some(Asking {
            now: Some("Cy".into()),
            next: None
        })
    );
    last.go_round[2].asked = true;
    let shown = live(last.view(at(2, 30)));
    assert_eq!(
        shown.asking,
        Some(Asking {
            now: None,
            next: None
        })
    );
}

#[test]
fn other_segments_show_no_go_round() {
    let mut room = started();
    room.go_round = vec![seat("Ada", false)];
    assert_eq!(live(room.view(at(0, 30))).asking, None);
}

#[test]
fn the_participation_strip_is_off_by_default_and_shows_what_was_chosen() {
    let mut room = in_new_problems();
    room.participation = Some(Participation {
        score: Some(82),
        bars: vec![("Ada".into(), 100), ("Ben".into(), 25), ("Cy".into(), 255)],
    });
    assert_eq!(RoomOptions::default().strip, ParticipationStrip::Off);
    assert!(!RoomOptions::default().shares_tally());
    assert_eq!(live(room.view(at(2, 30))).strip, None);
    room.options.strip = ParticipationStrip::Balance;
    assert_eq!(
        live(room.view(at(2, 30))).strip,
        Some(Strip::Score(Some(82)))
    );
    // Cy's 255 (a message out of range) is drawn full, never past the end.
    room.options.strip = ParticipationStrip::NamedBars;
    assert_eq!(
        live(room.view(at(2, 30))).strip,
        Some(Strip::Bars(vec![
            (Some("Ada".into()), 100),
            (Some("Ben".into()), 25),
            (Some("Cy".into()), 100)
        ]))
    );
    room.options.strip = ParticipationStrip::AnonymousBars;
    assert_eq!(
        live(room.view(at(2, 30))).strip,
        Some(Strip::Bars(vec![(None, 100), (None, 25), (None, 100)]))
    );
    // Chosen, but no tally sent: nothing to draw.
    room.participation = None;
    assert_eq!(live(room.view(at(2, 30))).strip, None);
}

#[test]
fn the_choices_round_trip_through_their_keys_and_older_snapshots_read() {
    for strip in ParticipationStrip::ALL {
        assert_eq!(strip.to_string().parse(), Ok(strip));
    }
    for place in ChimesPlace::ALL {
        assert_eq!(place.to_string().parse(), Ok(place));
    }
    assert_eq!(ParticipationStrip::NamedBars.to_string(), "named-bars");
    assert_eq!(
        ParticipationStrip::AnonymousBars.to_string(),
        "anonymous-bars"
    );
    assert_eq!(ChimesPlace::RoomDisplay.to_string(), "room-display");
    assert!("loud".parse::<ChimesPlace>().is_err());
    assert!("named_bars".parse::<ParticipationStrip>().is_err());
    assert!(RoomOptions::default().laptop_chimes());
    // A snapshot from before these fields (a room window of the previous version) still reads.
    let mut old = serde_json::to_value(weekly()).unwrap();
    for field in ["go_round", "options", "participation"] {
        old.as_object_mut().unwrap().remove(field);
    }
    let read: RoomSnapshot = serde_json::from_value(old).unwrap();
    assert_eq!(read, weekly());
}
