//! The room display: a read-only second window (a projector or TV) that shows the live
//! meeting's clock to everyone in the room.
//!
//! Sans-IO, like the clock itself: the facilitator's tab sends a [`RoomSnapshot`] (the clock's
//! stored instants and the agenda, never a rendered time) inside a [`RoomMessage`]; the room
//! window computes everything it shows from the snapshot and the `now` it passes in
//! ([`RoomSnapshot::view`]). So a message that arrives late, or a room window that was reloaded
//! and asked again, shows the same second as the facilitator's screen. Whether the facilitator
//! is still there is decided from wall-clock instants too ([`Link`]).

#[cfg(test)]
mod tests;

use crate::domain::agenda::{
    Agenda, ClockState, ClockView, MeetingClock, WarningStage, format_countdown, format_elapsed,
};
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};

/// How often the facilitator's tab says it is still there.
pub const HEARTBEAT_MS: i64 = 2_000;
/// Silence after which the room display stops trusting its copy: a few heartbeats missed
/// (a background tab's timers may be throttled to one a second, never to this).
pub const SILENCE_MS: i64 = 3 * HEARTBEAT_MS;

/// What the room window needs to know about the meeting: the same stored state the
/// facilitator's tab keeps, so both compute the same view from the same `now`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoomSnapshot {
    pub title: String,
    pub scheduled_at: Timestamp,
    pub agenda: Agenda,
    pub clock: MeetingClock,
}

/// The messages on the room channel. Sent as JSON text: the channel is shared with any tab of
/// the app, so what arrives is parsed, never trusted blindly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RoomMessage {
    /// The room window opened (or reloaded) and asks for the meeting's state.
    Ask { meeting: String },
    /// The meeting as it is now; sent on every change and in answer to `Ask`.
    State {
        meeting: String,
        snapshot: RoomSnapshot,
    },
    /// The facilitator's tab is still open.
    Heartbeat { meeting: String },
    /// The facilitator's tab is going away (closed, reloaded or navigated off the meeting).
    Gone { meeting: String },
}

impl RoomMessage {
    /// The meeting the message is about: a room window ignores the others.
    pub fn meeting(&self) -> &str {
        match self {
            RoomMessage::Ask { meeting }
            | RoomMessage::State { meeting, .. }
            | RoomMessage::Heartbeat { meeting }
            | RoomMessage::Gone { meeting } => meeting,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("room messages always serialize")
    }

    /// `None` for anything that is not a well-formed room message (the clock's own checks run
    /// when it is deserialized).
    pub fn from_json(text: &str) -> Option<RoomMessage> {
        serde_json::from_str(text).ok()
    }
}

/// Whether the room display can show the meeting, from what it last heard and when.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Link {
    /// When the last message from the facilitator's tab arrived.
    last_heard: Option<Timestamp>,
    /// The facilitator's tab said it was going.
    gone: bool,
}

impl Link {
    /// Any message from the facilitator's tab (state or heartbeat) at `now`.
    pub fn heard(&mut self, now: Timestamp) {
        self.last_heard = Some(now);
        self.gone = false;
    }

    pub fn gone(&mut self) {
        self.gone = true;
    }

    /// The facilitator's tab is there: it spoke within [`SILENCE_MS`] and has not said goodbye.
    /// A `now` before the last message (a clock stepped back) counts as just heard.
    pub fn is_live(&self, now: Timestamp) -> bool {
        !self.gone
            && self
                .last_heard
                .is_some_and(|heard| now.millis_since(heard) <= SILENCE_MS)
    }
}

/// What the room display shows at one instant.
#[derive(Clone, Debug, PartialEq)]
pub enum RoomView {
    /// Before the start: a countdown to the scheduled time (0 once it has passed) and the
    /// agenda as (title, planned length).
    BeforeStart {
        title: String,
        until_start_ms: u64,
        agenda: Vec<(String, String)>,
        cap: String,
    },
    /// Running or paused.
    Live(LiveRoom),
    /// The cap is reached.
    TimeUp { title: String },
    /// The facilitator closed the meeting.
    Finished { title: String },
}

/// The live meeting as the room sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveRoom {
    pub meeting_title: String,
    /// "Segment 2 of 5".
    pub position: String,
    pub segment_title: String,
    pub hint: String,
    /// `4:59`, or `+0:12` once over time (counting up).
    pub countdown: String,
    pub stage: WarningStage,
    pub paused: bool,
    pub next_title: Option<String>,
    /// What is left of the cap, rounded up like the countdown.
    pub meeting_left: String,
    pub cap: String,
    pub segment_progress: f64,
    pub meeting_progress: f64,
}

impl LiveRoom {
    /// The words that go with the colour, so the stage is not told by colour alone.
    pub fn stage_words(&self) -> &'static str {
        match (self.paused, self.stage) {
            (true, _) => "Paused",
            (false, WarningStage::Overrun | WarningStage::CapReached) => "Over time",
            (false, WarningStage::OneMinute) => "Last minute",
            (false, WarningStage::Gentle70) => "Most of the time is used",
            (false, WarningStage::None) => "",
        }
    }
}

/// The segment's big number: what is left, or how far over it is, counting up.
pub fn countdown_text(view: &ClockView) -> String {
    if view.segment_overrun_ms > 0 {
        format!("+{}", format_elapsed(view.segment_overrun_ms))
    } else {
        format_countdown(view.segment_remaining_ms)
    }
}

/// The CSS class of a warning stage, shared by every screen that colours by stage.
pub fn stage_class(stage: WarningStage) -> &'static str {
    match stage {
        WarningStage::None => "stage-calm",
        WarningStage::Gentle70 => "stage-gentle",
        WarningStage::OneMinute => "stage-one-minute",
        WarningStage::Overrun => "stage-overrun",
        WarningStage::CapReached => "stage-cap",
    }
}

impl RoomSnapshot {
    /// The room display at `now`: the clock's own view, so the stages and the cap are the
    /// facilitator's to the millisecond.
    pub fn view(&self, now: Timestamp) -> RoomView {
        let view = self.clock.view(now);
        let title = self.title.clone();
        let cap = crate::domain::agenda::format_duration(self.agenda.cap_secs);
        match view.state {
            ClockState::NotStarted => RoomView::BeforeStart {
                title,
                until_start_ms: u64::try_from(self.scheduled_at.millis_since(now)).unwrap_or(0),
                agenda: self
                    .agenda
                    .segments
                    .iter()
                    .map(|s| {
                        (
                            s.title.clone(),
                            crate::domain::agenda::format_duration(s.planned_secs),
                        )
                    })
                    .collect(),
                cap,
            },
            ClockState::TimeUp => RoomView::TimeUp { title },
            ClockState::Finished => RoomView::Finished { title },
            ClockState::Running | ClockState::Paused => {
                let segment = self.agenda.segments.get(view.segment_index);
                RoomView::Live(LiveRoom {
                    meeting_title: title,
                    position: format!(
                        "Segment {} of {}",
                        view.segment_index + 1,
                        view.segment_count
                    ),
                    segment_title: segment.map(|s| s.title.clone()).unwrap_or_default(),
                    hint: segment.map(|s| s.hint.clone()).unwrap_or_default(),
                    countdown: countdown_text(&view),
                    stage: view.stage,
                    paused: view.state == ClockState::Paused,
                    next_title: view
                        .next_segment_index
                        .and_then(|i| self.agenda.segments.get(i))
                        .map(|s| s.title.clone()),
                    meeting_left: format_countdown(view.meeting_remaining_ms),
                    cap,
                    segment_progress: view.segment_progress,
                    meeting_progress: view.meeting_progress,
                })
            }
        }
    }
}
