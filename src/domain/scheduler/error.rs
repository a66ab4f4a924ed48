//! Why a plan cannot be made. Messages are shown to the facilitator as they are.

use super::settings::{MAX_HORIZON, MAX_SEAT_CAP, MIN_SEAT_CAP};
use crate::domain::ids::PersonId;
use chrono::NaiveDate;
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ScheduleError {
    #[error("A meeting needs between {MIN_SEAT_CAP} and {MAX_SEAT_CAP} seats; {0} is not allowed.")]
    SeatCapOutOfRange(u32),
    #[error("Enter a whole number of seats from {MIN_SEAT_CAP} to {MAX_SEAT_CAP}.")]
    SeatCapNotANumber,
    #[error("Plan between 1 and {MAX_HORIZON} meetings ahead; {0} is not allowed.")]
    HorizonOutOfRange(u32),
    #[error("Enter a whole number of meetings from 1 to {MAX_HORIZON}.")]
    HorizonNotANumber,
    #[error(
        "Nobody can be scheduled: add active people to the roster (executives count only when invited)."
    )]
    EmptyRoster,
    #[error(
        "{group} has {core} core members but only {cap} seats. Make someone not core or raise the seat cap."
    )]
    TooManyCoreMembers { group: String, core: usize, cap: u8 },
    #[error("A hand change names someone who is no longer on the roster ({0}). Remove it.")]
    UnknownPerson(PersonId),
    #[error("{name} is inactive, so they cannot be requested for a meeting.")]
    RequestForInactive { name: String },
    #[error(
        "{name} is an executive who has not opted in, so they cannot be requested for a meeting."
    )]
    RequestForExecutive { name: String },
    #[error(
        "{name} cannot be swapped in: only active people, and executives who opted in, attend."
    )]
    SwapInNotEligible { name: String },
    #[error("{name} is marked unavailable on {date}, so they cannot be swapped in that day.")]
    SwapInUnavailable { name: String, date: NaiveDate },
    #[error(
        "{name} is a core member and always attends, so they cannot be swapped out. Make them not core first."
    )]
    SwapOutCore { name: String },
    #[error("{out} and {into} are in different groups, so one cannot take the other's seat.")]
    SwapAcrossGroups { out: String, into: String },
}
