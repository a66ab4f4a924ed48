//! What the schedule's components share: the plan, the history it continues from, and the one
//! way to make a change by hand.

use super::held_meetings::Held;
use crate::domain::ids::PersonId;
use crate::domain::person::Person;
use crate::domain::scheduler::{
    OpenItem, Plan, ScheduleError, ScheduleSettings, plan, upcoming_meetings,
};
use crate::ui::state::{RosterState, ScheduleState};
use chrono::NaiveDate;
use leptos::prelude::*;

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
    pub fn try_change(&self, change: impl FnOnce(&mut ScheduleSettings)) -> Result<(), String> {
        if self.schedule.is_unreadable() {
            return Err(
                "Your saved schedule could not be read, so it cannot be changed here.".into(),
            );
        }
        let Some(mut settings) = self.schedule.settings_untracked() else {
            return Err("Set the cadence first.".into());
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
            if let Err(reason) = checked {
                return Err(reason.to_string());
            }
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
    people.iter().find(|p| p.id == id).map_or_else(
        || "Someone no longer on the roster".into(),
        |p| p.name.clone(),
    )
}
