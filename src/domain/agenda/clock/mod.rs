//! The live meeting clock, as a sans-IO state machine (in the style of the str0m crate).
//!
//! The clock never reads the time and never counts ticks. It stores wall-clock instants (when
//! the current run of the current segment began, when a pause began) and milliseconds already
//! recorded per segment; everything else is computed from them and the `now` the caller
//! passes in. So the clock is right after a reload (it is serialized on every transition) and
//! in a background tab whose timers the browser throttles.
//!
//! - [`MeetingClock::handle`] applies an action at `now`: the only way the state changes.
//! - [`MeetingClock::view`] is a pure function of the state and `now`: call it as often as the
//!   screen needs.
//! - [`MeetingClock::settle`] records the cap once it has passed; the screen calls it from its
//!   display tick, since the seconds on screen need that tick anyway.
//!
//! # Time accounting
//!
//! Time only runs while the clock is running: pauses are excluded. The meeting's elapsed
//! time is the sum of the time recorded for each segment, so it never runs backwards and can
//! never pass the cap.
//!
//! - **Next** records the current segment's time and moves on. Finishing early is fine: the
//!   unused time shows up as buffer (see [`ClockView::buffer_ms`]).
//! - **Previous** reopens the previous segment. The time spent on the segment being left stays
//!   recorded on it (it was spent, and the cap counts it); the reopened segment's clock carries
//!   on from the time it already had, and may run into overrun. Coming back with Next resumes
//!   the later segment from its recorded time too. So each segment's record is the total time
//!   spent on it, over every visit.
//! - **Extend** gives the current segment more planned time. It takes the later segments'
//!   planned time first (the next one first); beyond that, the segment may grow as far as the
//!   cap allows once the time recorded on every other segment is counted: the buffer banked by
//!   early finishes (taken back from those segments' unused plan, so the buffer shrinks by what
//!   is used) and any part of the cap the agenda left unplanned. So the last segment can use
//!   the buffer, and no extension ever promises time beyond the cap.
//! - **The cap is hard.** The moment the meeting's elapsed time reaches the cap, the clock is
//!   [`ClockState::TimeUp`]: the running segment is recorded up to that exact millisecond and
//!   the clock stops for good. Because nothing ticks, the switch is made lazily but exactly:
//!   `view` reports TimeUp from that instant on, and the next `handle` (or
//!   [`MeetingClock::settle`]) stores it, dated at the instant the cap was reached, however
//!   late `now` is.
//! - **The cap stops the clock, not the record.** After time's up the meeting is still open:
//!   problems, action items, taps and minutes can be completed. Only **Finish** (shown as
//!   "Close meeting" then) is accepted, and it closes the meeting, dated at the cap.
//! - **Finish** ends the meeting early; **Reopen** takes a finished meeting back, paused on the
//!   segment it ended in, as long as the cap has time left. The time between the two is not
//!   meeting time.
//!
//! `now` may come from a clock that stepped back (an NTP correction, another device); the
//! clock treats any `now` earlier than its last transition as that transition's instant, so
//! recorded time never shrinks.

mod report;
mod view;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

pub use report::{SegmentReport, SegmentVerdict, finish_question};
pub use view::{ClockState, ClockView, ONE_MINUTE_MS, PlanStatus, WarningStage};

use super::duration::{MAX_DURATION_SECS, format_duration};
use super::template::{Agenda, TemplateError};
use crate::domain::tagged::{MissingField, Object, required};
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// What the facilitator can do to the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum ClockAction {
    Start,
    Pause,
    Resume,
    /// Close the current segment (early or late) and start the next one.
    Next,
    /// Reopen the previous segment; see the module docs for how time is recorded.
    Previous,
    /// Give the current segment `secs` more, taken from later segments.
    Extend {
        secs: u32,
    },
    /// End the meeting now, whatever is left on the agenda; after time's up, close it.
    Finish,
    /// Take a finished meeting back, paused, while the cap has time left.
    Reopen,
}

/// Why the clock refused an action. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ClockError {
    #[error("Start the meeting first.")]
    NotStarted,
    #[error("The meeting has already started.")]
    AlreadyStarted,
    #[error("The clock is already paused.")]
    AlreadyPaused,
    #[error("The clock is already running.")]
    NotPaused,
    #[error("This is the last segment. Finish the meeting when you are done.")]
    NoNextSegment,
    #[error("This is the first segment: there is nothing to go back to.")]
    NoPreviousSegment,
    #[error("Choose how much time to add.")]
    NothingToExtend,
    #[error(
        "No time is left to add: the later segments and the buffer are used up, and the cap stays. Let this segment run over or finish."
    )]
    NoTimeToAdd,
    #[error(
        "Only {} can be added to this segment (later segments and buffer, under the cap), not {}.",
        format_duration(secs_of(*.available_ms)),
        format_duration(secs_of(*.requested_ms))
    )]
    NotEnoughTime {
        requested_ms: u64,
        available_ms: u64,
    },
    #[error("The meeting has finished.")]
    Finished,
    #[error("Time is up: the meeting has used its whole cap.")]
    TimeUp,
    #[error("The meeting is still going: there is nothing to reopen.")]
    NotFinished,
    #[error("The meeting used its whole cap, so there is no time left to reopen it.")]
    NoTimeToReopen,
}

/// The milliseconds that extending the current segment by `secs` asks for, when `available_ms`
/// is what the later segments, the buffer and the cap leave it; or why they cannot be given.
fn extension_ms(secs: u32, available_ms: u64) -> Result<u64, ClockError> {
    let requested_ms = u64::from(secs) * 1000;
    if secs == 0 {
        Err(ClockError::NothingToExtend)
    } else if available_ms == 0 {
        Err(ClockError::NoTimeToAdd)
    } else if available_ms < requested_ms {
        Err(ClockError::NotEnoughTime {
            requested_ms,
            available_ms,
        })
    } else {
        Ok(requested_ms)
    }
}

/// Where the clock is. Instants are wall-clock times from the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "state",
    rename_all = "snake_case",
    try_from = "Object<StoredPhase>"
)]
enum Phase {
    NotStarted,
    /// The current segment has been running without a break since `since`.
    Running {
        since: Timestamp,
    },
    /// Paused since `since`; the segment's time up to then is already recorded.
    Paused {
        since: Timestamp,
    },
    Finished {
        at: Timestamp,
    },
    /// The cap was reached at `at` (not when someone noticed).
    TimeUp {
        at: Timestamp,
    },
}

/// A phase as written, read in one pass (see [`crate::domain::tagged`]).
#[derive(Deserialize)]
struct StoredPhase {
    state: PhaseName,
    since: Option<Timestamp>,
    at: Option<Timestamp>,
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum PhaseName {
    NotStarted,
    Running,
    Paused,
    Finished,
    TimeUp,
}

impl TryFrom<Object<StoredPhase>> for Phase {
    type Error = MissingField;

    fn try_from(Object(stored): Object<StoredPhase>) -> Result<Phase, MissingField> {
        let since = || required(stored.since, "since");
        let at = || required(stored.at, "at");
        Ok(match stored.state {
            PhaseName::NotStarted => Phase::NotStarted,
            PhaseName::Running => Phase::Running { since: since()? },
            PhaseName::Paused => Phase::Paused { since: since()? },
            PhaseName::Finished => Phase::Finished { at: at()? },
            PhaseName::TimeUp => Phase::TimeUp { at: at()? },
        })
    }
}

/// The state of one meeting's clock. Persist it after every [`handle`](Self::handle).
///
/// Invariants (checked again when it is deserialized): at least one segment; one planned and
/// one recorded duration per segment; `current` is a segment; the recorded times add up to at
/// most the cap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredClock")]
pub struct MeetingClock {
    phase: Phase,
    /// The segment on screen (the last one shown, once the meeting is over).
    current: usize,
    /// Planned milliseconds per segment: the agenda's, as changed by Extend.
    planned_ms: Vec<u64>,
    /// Milliseconds spent per segment. For the current segment while it runs, the time before
    /// `Phase::Running::since`.
    recorded_ms: Vec<u64>,
    cap_ms: u64,
    started_at: Option<Timestamp>,
    /// Time spent in pauses that have ended.
    paused_ms: u64,
    /// The instant of the last transition; an earlier `now` is read as this one.
    last_event_at: Option<Timestamp>,
}

impl MeetingClock {
    /// A clock that has not started, for a valid agenda.
    pub fn new(agenda: &Agenda) -> Result<MeetingClock, TemplateError> {
        agenda.validate()?;
        let planned_ms: Vec<u64> = agenda
            .segments
            .iter()
            .map(|s| u64::from(s.planned_secs) * 1000)
            .collect();
        Ok(MeetingClock {
            phase: Phase::NotStarted,
            current: 0,
            recorded_ms: vec![0; planned_ms.len()],
            planned_ms,
            cap_ms: u64::from(agenda.cap_secs) * 1000,
            started_at: None,
            paused_ms: 0,
            last_event_at: None,
        })
    }

    /// Applies `action` at `now`. On `Ok` the state changed and should be persisted. On `Err`
    /// nothing changed, except that the clock may have become TimeUp (see [`Self::settle`]),
    /// which `view` already showed; persisting after an error is harmless.
    pub fn handle(&mut self, action: ClockAction, now: Timestamp) -> Result<(), ClockError> {
        let now = self.not_before_last_event(now);
        self.settle(now);
        match action {
            ClockAction::Start => self.start(now)?,
            ClockAction::Pause => self.pause(now)?,
            ClockAction::Resume => self.resume(now)?,
            ClockAction::Next => {
                self.go_to(self.current.checked_add(1), ClockError::NoNextSegment, now)?
            }
            ClockAction::Previous => self.go_to(
                self.current.checked_sub(1),
                ClockError::NoPreviousSegment,
                now,
            )?,
            ClockAction::Extend { secs } => self.extend(secs)?,
            ClockAction::Finish => self.finish(now)?,
            ClockAction::Reopen => self.reopen(now)?,
        }
        self.last_event_at = Some(now);
        Ok(())
    }

    /// Stores the TimeUp transition if the cap was reached by `now`, and says whether it did
    /// (so the caller knows to persist). [`Self::handle`] does this first; the screen calls it
    /// when its tick shows time is up, to record the end of the meeting without an action.
    pub fn settle(&mut self, now: Timestamp) -> bool {
        let Phase::Running { since } = self.phase else {
            return false;
        };
        let now = self.not_before_last_event(now);
        let room = self.cap_ms.saturating_sub(self.recorded_total_ms());
        if millis_between(since, now) < room {
            return false;
        }
        self.recorded_ms[self.current] += room;
        let at = later_by(since, room);
        self.phase = Phase::TimeUp { at };
        self.last_event_at = Some(self.not_before_last_event(at));
        true
    }

    /// Time recorded per segment up to `now`, including the running segment's current run.
    /// Adds up to the view's `meeting_elapsed_ms`, never more than the cap.
    pub fn actual_ms(&self, now: Timestamp) -> Vec<u64> {
        let settled = self.settled(now);
        let mut actual = settled.recorded_ms.clone();
        actual[settled.current] += settled.live_run_ms(now);
        actual
    }

    /// Planned milliseconds per segment, as changed by Extend.
    pub fn planned_ms(&self) -> &[u64] {
        &self.planned_ms
    }

    pub fn cap_ms(&self) -> u64 {
        self.cap_ms
    }

    pub fn started_at(&self) -> Option<Timestamp> {
        self.started_at
    }

    /// When the meeting finished or reached its cap, as far as the stored state knows (a
    /// running clock past its cap says `None` until it is settled; `view` is always right).
    pub fn ended_at(&self) -> Option<Timestamp> {
        match self.phase {
            Phase::Finished { at } | Phase::TimeUp { at } => Some(at),
            _ => None,
        }
    }

    pub fn has_started(&self) -> bool {
        self.started_at.is_some()
    }

    fn start(&mut self, now: Timestamp) -> Result<(), ClockError> {
        match self.phase {
            Phase::NotStarted => {
                self.started_at = Some(now);
                self.phase = Phase::Running { since: now };
                Ok(())
            }
            Phase::Running { .. } | Phase::Paused { .. } => Err(ClockError::AlreadyStarted),
            Phase::Finished { .. } => Err(ClockError::Finished),
            Phase::TimeUp { .. } => Err(ClockError::TimeUp),
        }
    }

    fn pause(&mut self, now: Timestamp) -> Result<(), ClockError> {
        match self.in_progress()? {
            Phase::Paused { .. } => Err(ClockError::AlreadyPaused),
            _ => {
                self.record_run(now);
                self.phase = Phase::Paused { since: now };
                Ok(())
            }
        }
    }

    fn resume(&mut self, now: Timestamp) -> Result<(), ClockError> {
        match self.in_progress()? {
            Phase::Paused { since } => {
                self.paused_ms += millis_between(since, now);
                self.phase = Phase::Running { since: now };
                Ok(())
            }
            _ => Err(ClockError::NotPaused),
        }
    }

    /// Next or Previous: records the current run and shows `target`, running or paused as
    /// before. `at_edge` is the refusal when there is no such segment.
    fn go_to(
        &mut self,
        target: Option<usize>,
        at_edge: ClockError,
        now: Timestamp,
    ) -> Result<(), ClockError> {
        self.in_progress()?;
        let target = target
            .filter(|&t| t < self.planned_ms.len())
            .ok_or(at_edge)?;
        self.record_run(now);
        self.current = target;
        Ok(())
    }

    /// Gives the current segment `secs` more planned time: from later segments, nearest
    /// first, then from what the cap leaves (see the module docs and [`Self::extendable_ms`]).
    fn extend(&mut self, secs: u32) -> Result<(), ClockError> {
        self.in_progress()?;
        let requested_ms = extension_ms(secs, self.extendable_ms())?;
        let current = self.current;
        let mut still_needed = requested_ms;
        for planned in self.planned_ms[current + 1..].iter_mut() {
            let taken = still_needed.min(*planned);
            *planned -= taken;
            still_needed -= taken;
        }
        // The rest is buffer: take it back from the earlier segments' unused plan, nearest
        // first, so the buffer shown afterwards is what is really left. What remains came
        // from a part of the cap the agenda never planned.
        for index in (0..current).rev() {
            let unused = self.planned_ms[index].saturating_sub(self.recorded_ms[index]);
            let taken = still_needed.min(unused);
            self.planned_ms[index] -= taken;
            still_needed -= taken;
        }
        self.planned_ms[current] += requested_ms;
        Ok(())
    }

    /// How much Extend can give the current segment: all of the later segments' planned
    /// time, or, when more, what lets this segment's planned end still fit under the cap
    /// after the time recorded on every other segment. 0 unless the meeting is in progress.
    pub fn extendable_ms(&self) -> u64 {
        if self.in_progress().is_err() {
            return 0;
        }
        let current = self.current;
        let later_ms: u64 = self.planned_ms[current + 1..].iter().sum();
        let recorded_elsewhere_ms = self.recorded_total_ms() - self.recorded_ms[current];
        let under_cap_ms = self
            .cap_ms
            .saturating_sub(recorded_elsewhere_ms)
            .saturating_sub(self.planned_ms[current]);
        later_ms.max(under_cap_ms)
    }

    /// The segments no time has been spent on by `now`, in agenda order: what finishing now
    /// would skip.
    pub fn not_started_segments(&self, now: Timestamp) -> Vec<usize> {
        self.actual_ms(now)
            .iter()
            .enumerate()
            .filter(|(_, ms)| **ms == 0)
            .map(|(index, _)| index)
            .collect()
    }

    fn finish(&mut self, now: Timestamp) -> Result<(), ClockError> {
        // After time's up, Finish closes the record; the meeting ended at the cap.
        if let Phase::TimeUp { at } = self.phase {
            self.phase = Phase::Finished { at };
            return Ok(());
        }
        let phase = self.in_progress()?;
        self.record_run(now);
        if let Phase::Paused { since } = phase {
            self.paused_ms += millis_between(since, now);
        }
        self.phase = Phase::Finished { at: now };
        Ok(())
    }

    fn reopen(&mut self, now: Timestamp) -> Result<(), ClockError> {
        match self.phase {
            Phase::NotStarted => Err(ClockError::NotStarted),
            Phase::Running { .. } | Phase::Paused { .. } => Err(ClockError::NotFinished),
            Phase::TimeUp { .. } => Err(ClockError::TimeUp),
            Phase::Finished { .. } if self.recorded_total_ms() >= self.cap_ms => {
                Err(ClockError::NoTimeToReopen)
            }
            Phase::Finished { .. } => {
                self.phase = Phase::Paused { since: now };
                Ok(())
            }
        }
    }

    /// The phase, if the meeting is running or paused; the reason to refuse otherwise.
    fn in_progress(&self) -> Result<Phase, ClockError> {
        match self.phase {
            Phase::NotStarted => Err(ClockError::NotStarted),
            Phase::Finished { .. } => Err(ClockError::Finished),
            Phase::TimeUp { .. } => Err(ClockError::TimeUp),
            phase @ (Phase::Running { .. } | Phase::Paused { .. }) => Ok(phase),
        }
    }

    /// Moves the running segment's current run into its record and starts a new run at `now`.
    /// Only called after `settle`, so the run is shorter than the room left under the cap.
    fn record_run(&mut self, now: Timestamp) {
        self.recorded_ms[self.current] += self.live_run_ms(now);
        if let Phase::Running { .. } = self.phase {
            self.phase = Phase::Running { since: now };
        }
    }

    /// Time the current segment has run since it was last recorded.
    fn live_run_ms(&self, now: Timestamp) -> u64 {
        match self.phase {
            Phase::Running { since } => millis_between(since, self.not_before_last_event(now)),
            _ => 0,
        }
    }

    fn not_before_last_event(&self, now: Timestamp) -> Timestamp {
        self.last_event_at.map_or(now, |last| now.max(last))
    }

    fn recorded_total_ms(&self) -> u64 {
        self.recorded_ms.iter().sum()
    }

    /// A copy with the TimeUp transition applied if it is due: what `handle` would see.
    fn settled(&self, now: Timestamp) -> MeetingClock {
        let mut settled = self.clone();
        settled.settle(now);
        settled
    }
}

/// Milliseconds from `from` to `to`, or 0 if `to` is earlier.
fn millis_between(from: Timestamp, to: Timestamp) -> u64 {
    u64::try_from(to.millis_since(from)).unwrap_or(0)
}

fn later_by(instant: Timestamp, millis: u64) -> Timestamp {
    instant.plus_millis(i64::try_from(millis).unwrap_or(i64::MAX))
}

/// Whole seconds in `millis`, rounded up, for messages.
fn secs_of(millis: u64) -> u32 {
    u32::try_from(millis.div_ceil(1000)).unwrap_or(u32::MAX)
}

/// The stored form, checked before it becomes a [`MeetingClock`], so that a damaged record is
/// refused when it is read instead of misbehaving during a meeting.
#[derive(Deserialize)]
struct StoredClock {
    phase: Phase,
    current: usize,
    planned_ms: Vec<u64>,
    recorded_ms: Vec<u64>,
    cap_ms: u64,
    #[serde(default)]
    started_at: Option<Timestamp>,
    #[serde(default)]
    paused_ms: u64,
    #[serde(default)]
    last_event_at: Option<Timestamp>,
}

impl TryFrom<StoredClock> for MeetingClock {
    type Error = String;

    fn try_from(stored: StoredClock) -> Result<Self, Self::Error> {
        let segments = stored.planned_ms.len();
        let max_ms = u64::from(MAX_DURATION_SECS) * 1000;
        if segments == 0 || stored.recorded_ms.len() != segments || stored.current >= segments {
            return Err("the meeting clock's segments do not match".into());
        }
        if stored.cap_ms == 0 || stored.cap_ms > max_ms {
            return Err("the meeting clock's cap is out of range".into());
        }
        let recorded: u64 = stored
            .recorded_ms
            .iter()
            .try_fold(0u64, |sum, ms| sum.checked_add(*ms))
            .ok_or("the meeting clock's recorded times overflow")?;
        let planned = stored
            .planned_ms
            .iter()
            .try_fold(0u64, |sum, ms| sum.checked_add(*ms));
        if recorded > stored.cap_ms || planned.is_none_or(|planned| planned > max_ms) {
            return Err("the meeting clock's times are out of range".into());
        }
        Ok(MeetingClock {
            phase: stored.phase,
            current: stored.current,
            planned_ms: stored.planned_ms,
            recorded_ms: stored.recorded_ms,
            cap_ms: stored.cap_ms,
            started_at: stored.started_at,
            paused_ms: stored.paused_ms,
            last_event_at: stored.last_event_at,
        })
    }
}
