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
    Agenda, ClockState, ClockView, MeetingClock, SegmentKind, WarningStage, format_countdown,
    format_elapsed,
};
use crate::domain::exchange::path::read_json;
use crate::domain::tagged::{MissingField, Object, required};
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
    /// The attendees in the go-round's order, and whether each has been asked.
    #[serde(default)]
    pub go_round: Vec<GoRoundSeat>,
    /// The facilitator's choices for the room display.
    #[serde(default)]
    pub options: RoomOptions,
    /// The talk tally, sent only while the strip is on ([`RoomOptions::shares_tally`]): the
    /// documents advise keeping the tally quiet, so an idle room window never holds it.
    #[serde(default)]
    pub participation: Option<Participation>,
}

/// One attendee in the go-round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoRoundSeat {
    pub name: String,
    /// Marked already (raised a problem, or nothing new).
    pub asked: bool,
}

/// The talk tally as the facilitator's tab reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participation {
    /// The balance score, 0..=100; `None` while too little was tallied to judge.
    pub score: Option<u8>,
    /// Each attendee's name and bar length in percent of the most turns (0..=100), in
    /// attendee order. Whole percents: reading floats would cost the room window's code size.
    pub bars: Vec<(String, u8)>,
}

/// What the participation strip on the room display shows. Off unless the facilitator
/// chooses: the documents advise keeping the tally quiet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// Form values are kebab-case: Display writes them, FromStr reads them.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "kebab-case")]
pub enum ParticipationStrip {
    #[default]
    Off,
    /// The balance score only.
    Balance,
    /// A bar per attendee, named.
    NamedBars,
    /// A bar per attendee without names: the spread, not who.
    AnonymousBars,
}

impl ParticipationStrip {
    pub const ALL: [ParticipationStrip; 4] = [
        ParticipationStrip::Off,
        ParticipationStrip::Balance,
        ParticipationStrip::NamedBars,
        ParticipationStrip::AnonymousBars,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ParticipationStrip::Off => "Off",
            ParticipationStrip::Balance => "Balance score",
            ParticipationStrip::NamedBars => "Bars with names",
            ParticipationStrip::AnonymousBars => "Bars without names",
        }
    }
}

/// Where the warning chimes sound.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// Form values are kebab-case: Display writes them, FromStr reads them.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "kebab-case")]
pub enum ChimesPlace {
    /// The facilitator's laptop (the room display is silent).
    #[default]
    Laptop,
    /// The room display (the laptop is silent), for a room with speakers on the screen.
    RoomDisplay,
}

impl ChimesPlace {
    pub const ALL: [ChimesPlace; 2] = [ChimesPlace::Laptop, ChimesPlace::RoomDisplay];

    pub fn label(self) -> &'static str {
        match self {
            ChimesPlace::Laptop => "This laptop",
            ChimesPlace::RoomDisplay => "The room display",
        }
    }
}

/// The facilitator's choices for the room display, kept in the settings and sent with every
/// snapshot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomOptions {
    #[serde(default)]
    pub strip: ParticipationStrip,
    #[serde(default)]
    pub chimes: ChimesPlace,
}

impl RoomOptions {
    /// Whether the tally goes to the room window at all.
    pub fn shares_tally(&self) -> bool {
        self.strip != ParticipationStrip::Off
    }

    /// Whether the laptop plays the chimes itself.
    pub fn laptop_chimes(&self) -> bool {
        self.chimes == ChimesPlace::Laptop
    }
}

/// Who the go-round asks now and next, as the new-problems segment shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asking {
    /// `None` once everyone has been asked.
    pub now: Option<String>,
    pub next: Option<String>,
}

/// The participation strip as the room draws it.
#[derive(Clone, Debug, PartialEq)]
pub enum Strip {
    /// "Balance 82 of 100", or not judged yet.
    Score(Option<u8>),
    /// Bars in attendee order, in percent of the most turns; names only when chosen.
    Bars(Vec<(Option<String>, u8)>),
}

/// The messages on the room channel. Sent as JSON text: the channel is shared with any tab of
/// the app, so what arrives is parsed, never trusted blindly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    try_from = "Object<StoredRoomMessage>"
)]
pub enum RoomMessage {
    /// The room window opened (or reloaded) and asks for the meeting's state.
    Ask { meeting: String },
    /// The meeting as it is now; sent on every change and in answer to `Ask`.
    State {
        meeting: String,
        snapshot: Box<RoomSnapshot>,
    },
    /// The facilitator's tab is still open.
    Heartbeat { meeting: String },
    /// The facilitator's tab is going away (closed, reloaded or navigated off the meeting).
    Gone { meeting: String },
}

/// A room message as sent, read in one pass (see [`crate::domain::tagged`]): the snapshot is
/// the largest thing the app reads this way.
#[derive(Deserialize)]
struct StoredRoomMessage {
    kind: RoomMessageKind,
    meeting: String,
    snapshot: Option<Box<RoomSnapshot>>,
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RoomMessageKind {
    Ask,
    State,
    Heartbeat,
    Gone,
}

impl TryFrom<Object<StoredRoomMessage>> for RoomMessage {
    type Error = MissingField;

    fn try_from(Object(stored): Object<StoredRoomMessage>) -> Result<RoomMessage, MissingField> {
        let meeting = stored.meeting;
        Ok(match stored.kind {
            RoomMessageKind::Ask => RoomMessage::Ask { meeting },
            RoomMessageKind::State => RoomMessage::State {
                meeting,
                snapshot: required(stored.snapshot, "snapshot")?,
            },
            RoomMessageKind::Heartbeat => RoomMessage::Heartbeat { meeting },
            RoomMessageKind::Gone => RoomMessage::Gone { meeting },
        })
    }
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
        read_json(text).ok()
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
    Live(Box<LiveRoom>),
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
    /// In the new-problems segment: who is asked now and next.
    pub asking: Option<Asking>,
    /// The participation strip, when the facilitator turned it on.
    pub strip: Option<Strip>,
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
                RoomView::Live(Box::new(LiveRoom {
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
                    asking: segment
                        .filter(|s| s.kind == SegmentKind::NewProblems)
                        .map(|_| self.asking()),
                    strip: self.strip(),
                }))
            }
        }
    }

    /// The clock's own view at `now`, for noticing when a warning stage begins (chimes).
    pub fn clock_view(&self, now: Timestamp) -> ClockView {
        self.clock.view(now)
    }

    /// The first two attendees not asked yet, in the go-round's order.
    fn asking(&self) -> Asking {
        let mut waiting = self
            .go_round
            .iter()
            .filter(|seat| !seat.asked)
            .map(|seat| seat.name.clone());
        Asking {
            now: waiting.next(),
            next: waiting.next(),
        }
    }

    fn strip(&self) -> Option<Strip> {
        let participation = self.participation.as_ref()?;
        let bars = |named: bool| {
            participation
                .bars
                .iter()
                .map(|(name, bar)| (named.then(|| name.clone()), (*bar).min(100)))
                .collect()
        };
        match self.options.strip {
            ParticipationStrip::Off => None,
            ParticipationStrip::Balance => Some(Strip::Score(participation.score)),
            ParticipationStrip::NamedBars => Some(Strip::Bars(bars(true))),
            ParticipationStrip::AnonymousBars => Some(Strip::Bars(bars(false))),
        }
    }
}
