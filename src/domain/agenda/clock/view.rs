//! What the meeting screen shows: a pure function of the clock and `now`.

use super::{ClockError, MeetingClock, Phase, extension_ms};
use crate::domain::time::Timestamp;

/// Warnings start when this little of the segment is left.
pub const ONE_MINUTE_MS: u64 = 60_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClockState {
    NotStarted,
    Running,
    Paused,
    /// Ended with Finish.
    Finished,
    /// Ended because the meeting used its whole cap.
    TimeUp,
}

/// How urgent the current segment is. Stages only rise while a segment runs (Extend can lower
/// them), so they are ordered: compare them to spot a new one, see
/// [`ClockView::entered_stage`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningStage {
    None,
    /// At least 70 % of the segment's planned time is used.
    Gentle70,
    /// One minute or less is left.
    OneMinute,
    /// The segment's planned time is used up; it is counting up into overrun.
    Overrun,
    /// The meeting has used its whole cap.
    CapReached,
}

impl WarningStage {
    /// The stage of a running or paused segment that has used `elapsed_ms` of `planned_ms`.
    /// The most urgent stage that applies wins: a 1-minute segment starts at `OneMinute`.
    pub fn of_segment(elapsed_ms: u64, planned_ms: u64) -> WarningStage {
        if elapsed_ms >= planned_ms {
            WarningStage::Overrun
        } else if planned_ms - elapsed_ms <= ONE_MINUTE_MS {
            WarningStage::OneMinute
        } else if elapsed_ms * 10 >= planned_ms * 7 {
            WarningStage::Gentle70
        } else {
            WarningStage::None
        }
    }
}

/// The clock at one instant. All durations are milliseconds; round them only for display
/// ([`format_countdown`](crate::domain::agenda::format_countdown) for what is left,
/// [`format_elapsed`](crate::domain::agenda::format_elapsed) for what is spent).
#[derive(Clone, Debug, PartialEq)]
pub struct ClockView {
    pub state: ClockState,
    /// The segment on screen: the first before the start, the last one shown after the end.
    pub segment_index: usize,
    pub segment_count: usize,
    /// The segment after the current one, while the meeting is not over.
    pub next_segment_index: Option<usize>,
    /// The current segment's planned time, including extensions.
    pub segment_planned_ms: u64,
    /// Time spent on the current segment over all its visits, pauses excluded.
    pub segment_elapsed_ms: u64,
    /// Planned time left; 0 once the segment overruns.
    pub segment_remaining_ms: u64,
    /// How far past its planned time the segment is (the "negative remaining"); 0 before.
    pub segment_overrun_ms: u64,
    /// `segment_elapsed / segment_planned`, from 0 to 1.
    pub segment_progress: f64,
    /// Time spent on the meeting, pauses excluded; never more than the cap.
    pub meeting_elapsed_ms: u64,
    /// Until the cap.
    pub meeting_remaining_ms: u64,
    /// `meeting_elapsed / cap`, from 0 to 1.
    pub meeting_progress: f64,
    /// Positive when ahead of plan, negative when behind: where the plan says the meeting
    /// should be (the planned ends of the segments before this one, plus this segment's
    /// elapsed time up to its planned length) minus the time actually spent. Early finishes
    /// raise it; overruns, including the current segment's, lower it. Once finished, the
    /// current segment counts as complete.
    pub ahead_of_plan_ms: i64,
    /// Time saved by early finishes that overruns have not used up: the positive part of
    /// `ahead_of_plan_ms`.
    pub buffer_ms: u64,
    /// What the cap leaves for the later segments if the current one runs to its planned
    /// end: cap − meeting elapsed − segment remaining. Compare with `later_planned_ms`.
    pub left_for_later_ms: u64,
    /// The planned time of the segments after the current one.
    pub later_planned_ms: u64,
    /// Time spent paused, including a pause in progress.
    pub paused_ms: u64,
    /// How much Extend can give the current segment now (see
    /// [`MeetingClock::extendable_ms`]); 0 unless the meeting is in progress.
    pub extendable_ms: u64,
    pub stage: WarningStage,
}

/// The one line that says how the meeting stands against its plan. One value at a time, so
/// the screen cannot say "Time's up" and "On plan" together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanStatus {
    NotStarted,
    /// Running or paused, at least a second ahead: the buffer.
    Ahead {
        ms: u64,
    },
    /// Running or paused, at least a second behind.
    Behind {
        ms: u64,
    },
    /// Running or paused, within a second of the plan.
    OnPlan,
    /// The cap is reached; the record is still open.
    TimeUp,
    /// Closed, with `left_ms` of the cap unused.
    Finished {
        left_ms: u64,
    },
}

impl std::fmt::Display for PlanStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::domain::agenda::format_elapsed;
        match *self {
            PlanStatus::NotStarted => f.write_str("Not started"),
            PlanStatus::Ahead { ms } => {
                write!(f, "{} ahead of plan · buffer {0}", format_elapsed(ms))
            }
            PlanStatus::Behind { ms } => write!(f, "{} behind plan", format_elapsed(ms)),
            PlanStatus::OnPlan => f.write_str("On plan"),
            PlanStatus::TimeUp => f.write_str(
                "The clock has stopped at the cap. Finish the record, then close the meeting.",
            ),
            PlanStatus::Finished { left_ms: 0 } => f.write_str("Closed after using the whole cap"),
            PlanStatus::Finished { left_ms } => {
                write!(
                    f,
                    "Finished with {} of the cap unused",
                    // Rounded as the countdown rounds what is left.
                    crate::domain::agenda::format_countdown(left_ms)
                )
            }
        }
    }
}

impl ClockView {
    /// The stage just entered between `previous` (the last view the UI acted on) and this
    /// one, to chime or flash once. A higher stage in the same segment counts, and so does
    /// any warning on arriving at another segment. If a throttled tab skipped stages, only the
    /// latest is reported. After a reload, take a first view as `previous` without acting on
    /// it, so the warning already on screen does not sound again.
    pub fn entered_stage(&self, previous: &ClockView) -> Option<WarningStage> {
        let entered = if self.segment_index == previous.segment_index {
            self.stage > previous.stage
        } else {
            self.stage != WarningStage::None
        };
        entered.then_some(self.stage)
    }

    /// The clock has stopped for good (finished or time's up); the record may still be open.
    pub fn is_over(&self) -> bool {
        matches!(self.state, ClockState::Finished | ClockState::TimeUp)
    }

    /// The facilitator closed the meeting: its tally and outcomes are a record now. Until then
    /// (also after time's up) taps, problems, action items and minutes can still be added.
    pub fn is_closed(&self) -> bool {
        self.state == ClockState::Finished
    }

    /// Why the clock would refuse to extend the current segment by `secs` now, in its own
    /// words; `None` when it would not. The screen says it beside the control it disables.
    pub fn extend_refusal(&self, secs: u32) -> Option<ClockError> {
        self.in_progress()
            .and_then(|()| extension_ms(secs, self.extendable_ms))
            .err()
    }

    /// Why the clock would refuse to move to the next segment now; `None` when it would not.
    pub fn next_refusal(&self) -> Option<ClockError> {
        match self.in_progress() {
            Err(refused) => Some(refused),
            Ok(()) => self
                .next_segment_index
                .is_none()
                .then_some(ClockError::NoNextSegment),
        }
    }

    fn in_progress(&self) -> Result<(), ClockError> {
        match self.state {
            ClockState::NotStarted => Err(ClockError::NotStarted),
            ClockState::Finished => Err(ClockError::Finished),
            ClockState::TimeUp => Err(ClockError::TimeUp),
            ClockState::Running | ClockState::Paused => Ok(()),
        }
    }

    /// Where the meeting stands; see [`PlanStatus`].
    pub fn plan_status(&self) -> PlanStatus {
        match self.state {
            ClockState::NotStarted => PlanStatus::NotStarted,
            ClockState::TimeUp => PlanStatus::TimeUp,
            ClockState::Finished => PlanStatus::Finished {
                left_ms: self.meeting_remaining_ms,
            },
            ClockState::Running | ClockState::Paused => match self.ahead_of_plan_ms {
                ahead if ahead >= 1_000 => PlanStatus::Ahead {
                    ms: ahead.unsigned_abs(),
                },
                ahead if ahead <= -1_000 => PlanStatus::Behind {
                    ms: ahead.unsigned_abs(),
                },
                _ => PlanStatus::OnPlan,
            },
        }
    }
}

impl MeetingClock {
    /// The clock as it is at `now`. Pure: the stored state is not changed, even when the cap
    /// was reached (the view then already says TimeUp; see [`MeetingClock::settle`]).
    pub fn view(&self, now: Timestamp) -> ClockView {
        let clock = self.settled(now);
        let now = clock.not_before_last_event(now);
        let live_ms = clock.live_run_ms(now);
        let state = clock.state();
        let current = clock.current;
        let planned_ms = clock.planned_ms[current];
        let segment_elapsed_ms = clock.recorded_ms[current] + live_ms;
        let meeting_elapsed_ms = clock.recorded_total_ms() + live_ms;
        let segment_remaining_ms = planned_ms.saturating_sub(segment_elapsed_ms);

        let planned_before_ms: u64 = clock.planned_ms[..current].iter().sum();
        let done_of_current_ms = match state {
            ClockState::Finished => planned_ms,
            _ => segment_elapsed_ms.min(planned_ms),
        };
        let ahead_of_plan_ms =
            signed(planned_before_ms + done_of_current_ms) - signed(meeting_elapsed_ms);

        let paused_ms = clock.paused_ms
            + match clock.phase {
                Phase::Paused { since } => super::millis_between(since, now),
                _ => 0,
            };
        let stage = match state {
            ClockState::TimeUp => WarningStage::CapReached,
            ClockState::NotStarted | ClockState::Finished => WarningStage::None,
            ClockState::Running | ClockState::Paused => {
                WarningStage::of_segment(segment_elapsed_ms, planned_ms)
            }
        };
        let is_over = matches!(state, ClockState::Finished | ClockState::TimeUp);
        let segment_count = clock.planned_ms.len();
        ClockView {
            state,
            segment_index: current,
            segment_count,
            next_segment_index: Some(current + 1).filter(|&next| next < segment_count && !is_over),
            segment_planned_ms: planned_ms,
            segment_elapsed_ms,
            segment_remaining_ms,
            segment_overrun_ms: segment_elapsed_ms.saturating_sub(planned_ms),
            segment_progress: fraction(segment_elapsed_ms, planned_ms),
            meeting_elapsed_ms,
            meeting_remaining_ms: clock.cap_ms.saturating_sub(meeting_elapsed_ms),
            meeting_progress: fraction(meeting_elapsed_ms, clock.cap_ms),
            ahead_of_plan_ms,
            buffer_ms: u64::try_from(ahead_of_plan_ms).unwrap_or(0),
            left_for_later_ms: clock
                .cap_ms
                .saturating_sub(meeting_elapsed_ms + segment_remaining_ms),
            later_planned_ms: clock.planned_ms[current + 1..].iter().sum(),
            paused_ms,
            extendable_ms: clock.extendable_ms(),
            stage,
        }
    }

    fn state(&self) -> ClockState {
        match self.phase {
            Phase::NotStarted => ClockState::NotStarted,
            Phase::Running { .. } => ClockState::Running,
            Phase::Paused { .. } => ClockState::Paused,
            Phase::Finished { .. } => ClockState::Finished,
            Phase::TimeUp { .. } => ClockState::TimeUp,
        }
    }
}

/// `part / whole`, clamped to 0..=1. A segment with no planned time left to it (Extend can
/// take all of it) is complete from its first moment.
fn fraction(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        1.0
    } else {
        (part as f64 / whole as f64).min(1.0)
    }
}

/// Durations here are at most a day's milliseconds, far inside `i64`.
fn signed(millis: u64) -> i64 {
    i64::try_from(millis).unwrap_or(i64::MAX)
}
