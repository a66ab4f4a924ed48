//! What the schedule's components share: the plan, the history it continues from, and the one
//! way to make a change by hand.

use super::held_meetings::Held;
use crate::domain::ids::PersonId;
use crate::domain::meeting::MeetingError;
use crate::domain::person::{Person, REMOVED_PERSON};
use crate::domain::scheduler::{
    OpenItem, Plan, ScheduleError, ScheduleSettings, plan, upcoming_meetings,
};
use crate::ui::state::{RosterState, ScheduleState};
use chrono::NaiveDate;
use leptos::prelude::*;
use thiserror::Error;

/// Why a change on the Schedule page was not made, next to the form that asked for it.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ScheduleFormError {
    #[error("Your saved schedule could not be read, so it cannot be changed here.")]
    Unreadable,
    #[error("Set the cadence first.")]
    NoCadence,
    /// The change would break a plan that works now, or a typed number is out of range.
    #[error(transparent)]
    Plan(#[from] ScheduleError),
    #[error("Enter the time the meeting starts, such as 09:30.")]
    Time,
    #[error("Enter the date of the first meeting.")]
    Date,
    #[error("Choose who should attend.")]
    NoOneRequested,
    #[error("Choose the person and the date.")]
    NoAbsence,
    #[error("Choose who gives up the seat and who takes it.")]
    NoSwap,
    #[error("There is no agenda template to run the meeting with.")]
    NoTemplate,
    #[error("The browser cannot place this date and time.")]
    UnplaceableTime,
    #[error(transparent)]
    Meeting(#[from] MeetingError),
}

/// The plan, or why there is none; `None` until the cadence is set.
pub type PlanOutcome = Option<Result<Plan, ScheduleError>>;

#[derive(Clone, Copy)]
pub struct ScheduleContext {
    pub schedule: ScheduleState,
    pub roster: RosterState,
    pub held: Memo<Held>,
    /// Open action items: their owners present at the meeting that reviews them.
    pub open_items: Memo<Vec<OpenItem>>,
    pub plan: Memo<PlanOutcome>,
}

impl ScheduleContext {
    /// The first day the plan covers.
    pub fn from(&self) -> NaiveDate {
        self.held.with(|held| held.from)
    }

    /// Saves `change`, unless it would break a plan that works now: then nothing is saved and
    /// the scheduler's reason comes back, to show next to the form.
    pub fn try_change(
        &self,
        change: impl FnOnce(&mut ScheduleSettings),
    ) -> Result<(), ScheduleFormError> {
        if self.schedule.is_unreadable() {
            return Err(ScheduleFormError::Unreadable);
        }
        let Some(mut settings) = self.schedule.settings_untracked() else {
            return Err(ScheduleFormError::NoCadence);
        };
        let before = settings.clone();
        change(&mut settings);
        if settings == before {
            return Ok(());
        }
        let works_now = self.plan.with_untracked(|p| matches!(p, Some(Ok(_))));
        if works_now {
            let checked = self.held.with_untracked(|held| {
                self.open_items.with_untracked(|items| {
                    self.roster.with_untracked(|people| {
                        plan(&settings, people, &held.history, items, held.from)
                    })
                })
            });
            checked?;
        }
        self.schedule.save(settings);
        Ok(())
    }

    /// The dates the plan will hold meetings on (skipped dates left out). Tracks changes.
    pub fn dates(&self) -> Vec<NaiveDate> {
        let Some(settings) = self.schedule.settings() else {
            return Vec::new();
        };
        let mut dates: Vec<NaiveDate> = upcoming_meetings(
            &settings.cadence,
            self.from(),
            &settings.hand_changes.skipped_dates,
            usize::from(settings.horizon.get()),
        )
        .iter()
        .map(|time| time.date())
        .collect();
        dates.dedup();
        dates
    }

    /// A person's name, or a plain note when they have left the roster.
    pub fn name(&self, id: PersonId) -> String {
        self.roster.with_untracked(|people| name_in(people, id))
    }
}

pub fn name_in(people: &[Person], id: PersonId) -> String {
    people
        .iter()
        .find(|p| p.id == id)
        .map_or_else(|| REMOVED_PERSON.into(), |p| p.name.clone())
}
