//! The rotation scheduler: who attends which meeting.
//!
//! The source advice: keep the group under ten, invite about a third of each team in turn,
//! leave executives out unless they opt in, let whoever raised a problem come when it is not
//! their turn, rotate the note-taker, and split large organizations into groups. This module
//! turns that into a plan for the next few meetings.
//!
//! Everything is a pure function of its inputs: the stored [`ScheduleSettings`] (cadence, seat
//! cap, seed and every hand change), the roster, the attendance history and the date to plan
//! from. No clock, no OS randomness: ties are broken by a hash of the stored seed, so the
//! same inputs give the same plan on every machine.
//!
//! - [`plan()`] builds the [`Plan`]: meetings with a reason for every attendee, the
//!   note-taker, the team split, a fairness report and a cross-team mixing figure.
//! - [`to_ics`] exports the plan as an iCalendar file.
//!
//! Fairness and mixing pull against each other. With [`RotationStyle::StrictTurns`] (the
//! default) whoever waited longest goes first and counts stay within one over any run of
//! meetings; people are then tied only when they attended exactly the same meetings, so they
//! have met the same people and mixing cannot tell them apart: the plan mixes exactly as well
//! as round-robin. [`RotationStyle::MixEachRound`] keeps counts within one from the start of
//! the plan but lets each round be regrouped, which is what breaks up fixed foursomes.

mod cadence;
mod error;
mod hand_change;
mod ics;
mod inputs;
mod mixing;
mod note_taker;
mod plan;
mod planner;
mod reviews;
mod rotation;
mod seats;
mod settings;
mod tie_break;

#[cfg(test)]
mod tests;

pub use cadence::{Cadence, Frequency, upcoming_meetings};
pub use error::ScheduleError;
pub use hand_change::{HandChange, last_attended};
pub use ics::{IcsOptions, calendar_organizer, to_ics};
pub use mixing::MixingReport;
pub use plan::{
    AttendanceReason, Attendee, NoSeatReason, PersonFairness, Plan, PlanNote, PlannedMeeting,
    TeamSplit, WrittenUpdate, plan,
};
pub use reviews::OpenItem;
pub use settings::{
    AttendanceRequest, DEFAULT_HORIZON, DEFAULT_SEAT_CAP, HandChanges, Horizon, MAX_HORIZON,
    MAX_SEAT_CAP, MIN_SEAT_CAP, PersonHistory, RotationStyle, ScheduleSettings, SeatCap,
    SettingsForm, Swap, Unavailability,
};
