//! The planner's output, and [`plan`], which checks the inputs and runs the rotation.

use super::cadence::upcoming_meetings;
use super::error::ScheduleError;
use super::inputs::Inputs;
use super::mixing::MixingReport;
use super::planner::Planner;
use super::reviews::OpenItem;
use super::settings::{PersonHistory, ScheduleSettings};
use crate::domain::date_text::long_date;
use crate::domain::ids::{ActionItemId, PersonId};
use crate::domain::person::{Person, TeamKind};
use chrono::{NaiveDate, NaiveDateTime};
use std::fmt;

/// Why someone is in a meeting, as one line for the facilitator.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AttendanceReason {
    CoreMember,
    /// They own open action items reviewed at this meeting (their titles, highest impact
    /// first).
    Presents {
        items: Vec<String>,
    },
    /// Their first turn: they have never attended.
    FirstTurn,
    /// Nobody in their team waited longer, and they did not attend the last meeting.
    LongestSinceLastAttended,
    /// They waited as long as others in their team, and the seats ran out among them: mixing
    /// and the seed chose.
    TiedForLongestWait,
    /// They were at the last meeting too: everyone else in their team has had a turn since
    /// they last waited, so no one waited longer.
    AttendedLastMeeting,
    /// Mixing each round: they have not attended yet in the current round.
    DueThisRound,
    /// A request took their seat last time, so they go first now.
    BackAfterBump,
    /// Their turn came while they were away, so they go first now.
    BackAfterAway,
    Requested {
        reason: String,
    },
    SwappedIn,
}

impl fmt::Display for AttendanceReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AttendanceReason::CoreMember => f.write_str("core member"),
            AttendanceReason::Presents { items } => write!(f, "presents: {}", items.join("; ")),
            AttendanceReason::FirstTurn => f.write_str("first turn in the rotation"),
            AttendanceReason::LongestSinceLastAttended => {
                f.write_str("longest since last attended")
            }
            AttendanceReason::TiedForLongestWait => f.write_str("tied for longest wait"),
            AttendanceReason::AttendedLastMeeting => {
                f.write_str("attended the last meeting: no one waited longer")
            }
            AttendanceReason::DueThisRound => f.write_str("not yet attended this round"),
            AttendanceReason::BackAfterBump => f.write_str("back after being bumped"),
            AttendanceReason::BackAfterAway => f.write_str("back after being away"),
            AttendanceReason::Requested { reason } if reason.trim().is_empty() => {
                f.write_str("requested")
            }
            AttendanceReason::Requested { reason } => write!(f, "requested: {}", reason.trim()),
            AttendanceReason::SwappedIn => f.write_str("swapped in by hand"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    pub person: PersonId,
    pub team: TeamKind,
    pub reason: AttendanceReason,
}

/// Seats per team in one meeting, core members and requests included.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TeamSplit {
    pub sales: usize,
    pub marketing: usize,
    pub other: usize,
}

impl TeamSplit {
    pub fn total(&self) -> usize {
        self.sales + self.marketing + self.other
    }

    pub(crate) fn count(&mut self, team: TeamKind) {
        match team {
            TeamKind::Sales => self.sales += 1,
            TeamKind::Marketing => self.marketing += 1,
            TeamKind::Other => self.other += 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedMeeting {
    pub starts_at: NaiveDateTime,
    /// The group meeting here; `None` for everyone (or for people without a group).
    pub group: Option<String>,
    /// Core members first, then requests, then the rotation, then hand swaps.
    pub attendees: Vec<Attendee>,
    /// `None` only when nobody can attend.
    pub note_taker: Option<PersonId>,
    pub split: TeamSplit,
    /// Who lost their seat to a request or a presenting owner; they get the first seat next
    /// time and are never displaced twice in a row.
    pub bumped: Vec<PersonId>,
    /// Owners of items reviewed here who are not in the room, and why: they send a written
    /// update instead.
    pub written_updates: Vec<WrittenUpdate>,
}

/// An item reviewed at a meeting whose owner will not be there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrittenUpdate {
    pub owner: PersonId,
    pub item: ActionItemId,
    pub what: String,
    pub why: NoSeatReason,
}

/// Why an owner has no seat at the meeting that reviews their item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoSeatReason {
    /// Owners of higher-impact items (and people displaced last time) took the seats left.
    CapReached,
    /// Marked unavailable that day.
    Away,
    /// Not in the rotation: an executive who has not opted in, inactive, or in another group.
    NotInRotation,
}

impl fmt::Display for NoSeatReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NoSeatReason::CapReached => "no seat left under the cap",
            NoSeatReason::Away => "away that day",
            NoSeatReason::NotInRotation => "not in the rotation",
        })
    }
}

impl PlannedMeeting {
    pub fn date(&self) -> NaiveDate {
        self.starts_at.date()
    }

    pub fn attends(&self, person: PersonId) -> bool {
        self.attendees.iter().any(|a| a.person == person)
    }

    pub fn reason_for(&self, person: PersonId) -> Option<&AttendanceReason> {
        self.attendees
            .iter()
            .find(|a| a.person == person)
            .map(|a| &a.reason)
    }

    /// Who may give up their seat in a swap by hand: the attendees but the core members (who
    /// attend every meeting), in seat order.
    pub fn may_swap_out<'p>(&self, people: &'p [Person]) -> Vec<&'p Person> {
        self.attendees
            .iter()
            .filter(|a| a.reason != AttendanceReason::CoreMember)
            .filter_map(|a| people.iter().find(|p| p.id == a.person))
            .collect()
    }

    /// Who may take a seat in a swap by hand: everyone the rotation may pick who is not
    /// attending already (core members always are), in roster order.
    pub fn may_swap_in<'p>(&self, people: &'p [Person]) -> Vec<&'p Person> {
        people
            .iter()
            .filter(|p| p.is_rotation_eligible() && !p.core && !self.attends(p.id))
            .collect()
    }
}

/// One person's share of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonFairness {
    pub person: PersonId,
    /// Meetings they are scheduled for within the horizon.
    pub meetings: u32,
    /// Meetings their group holds within the horizon: the rate reads "meetings of of".
    pub of: u32,
    /// Someone in the rotation more than one meeting away from their group's average, so that
    /// the plan breaks "everyone within two of each other". Core members are never outside.
    pub outside_band: bool,
    /// The longest run of their group's planned meetings they are not in, counting from the
    /// start of the plan to its end.
    pub longest_gap: u32,
}

/// Something the facilitator should know that does not stop the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanNote {
    SwapDateNotInPlan {
        date: NaiveDate,
        swapped_out: String,
        swapped_in: String,
    },
    SwapOutNotScheduled {
        date: NaiveDate,
        swapped_out: String,
        swapped_in: String,
    },
    SwapInAlreadyAttending {
        date: NaiveDate,
        swapped_in: String,
    },
    RequestNotPlaced {
        name: String,
    },
    /// More owners present at this meeting than there are seats.
    OwnersOverCap {
        date: NaiveDate,
        written: usize,
    },
}

impl fmt::Display for PlanNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = |date: &NaiveDate| long_date(*date);
        match self {
            PlanNote::SwapDateNotInPlan {
                date,
                swapped_out,
                swapped_in,
            } => write!(
                f,
                "There is no meeting on {}, so {swapped_in} does not replace {swapped_out}.",
                day(date)
            ),
            PlanNote::SwapOutNotScheduled {
                date,
                swapped_out,
                swapped_in,
            } => write!(
                f,
                "{swapped_out} is no longer scheduled on {}, so {swapped_in} was not swapped in.",
                day(date)
            ),
            PlanNote::SwapInAlreadyAttending { date, swapped_in } => write!(
                f,
                "{swapped_in} already attends on {}, so the swap changes nothing.",
                day(date)
            ),
            PlanNote::RequestNotPlaced { name } => write!(
                f,
                "{name} asked to attend, but no planned meeting has a seat they can take."
            ),
            PlanNote::OwnersOverCap { date, written } => write!(
                f,
                "More owners present on {} than there are seats: the highest-impact items \
                 take the seats, and {written} {} send a written update instead.",
                day(date),
                if *written == 1 { "owner" } else { "owners" }
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// In date order; meetings of different groups on one date are in group order.
    pub meetings: Vec<PlannedMeeting>,
    /// Everyone in the rotation or core, and anyone else scheduled, by person id.
    pub fairness: Vec<PersonFairness>,
    pub mixing: MixingReport,
    pub notes: Vec<PlanNote>,
}

impl Plan {
    pub fn fairness_of(&self, person: PersonId) -> Option<&PersonFairness> {
        self.fairness
            .binary_search_by_key(&person, |row| row.person)
            .ok()
            .map(|i| &self.fairness[i])
    }
}

/// Plans the next `settings.horizon` meetings on or after `from` (per group).
///
/// `history` says when people last attended and took notes, so the rotation continues from
/// real meetings; people missing from it have never attended. `open_items` are the action
/// items still open: each owner gets a seat at the meeting that reviews their item (see
/// [`OpenItem`]). The order of `roster`, `history` and `open_items` does not matter.
pub fn plan(
    settings: &ScheduleSettings,
    roster: &[Person],
    history: &[PersonHistory],
    open_items: &[OpenItem],
    from: NaiveDate,
) -> Result<Plan, ScheduleError> {
    let inputs = Inputs::new(settings, roster, history, open_items, from)?;
    let times = upcoming_meetings(
        &settings.cadence,
        from,
        &settings.hand_changes.skipped_dates,
        usize::from(settings.horizon.get()),
    );
    Ok(Planner::new(&inputs, &times).run())
}
