//! The rotation's settings: cadence, cap, seed and every hand change, stored as one value so
//! the same schedule can be planned again on another machine.

use super::persistence::Persistence;
use crate::domain::scheduler::ScheduleSettings;
use leptos::prelude::*;

/// The settings key the schedule is stored under.
pub const SCHEDULE_KEY: &str = crate::storage::SCHEDULE_SETTING;

#[derive(Clone, Copy)]
pub struct ScheduleState {
    settings: RwSignal<Option<ScheduleSettings>>,
    /// The stored settings did not read: they are kept as stored, and nothing is saved over
    /// them (a fresh cadence would silently replace every hand change).
    unreadable: bool,
    persistence: Persistence,
}

impl ScheduleState {
    pub fn new(
        settings: Option<ScheduleSettings>,
        unreadable: bool,
        persistence: Persistence,
    ) -> Self {
        ScheduleState {
            settings: RwSignal::new(settings),
            unreadable,
            persistence,
        }
    }

    /// Whether the saved settings could not be read (and so cannot be changed here).
    pub fn is_unreadable(&self) -> bool {
        self.unreadable
    }

    /// `None` until the facilitator has set a cadence. Tracks changes.
    pub fn settings(&self) -> Option<ScheduleSettings> {
        self.settings.get()
    }

    pub fn settings_untracked(&self) -> Option<ScheduleSettings> {
        self.settings.get_untracked()
    }

    /// Saves `settings`, unless the stored ones could not be read: those are never overwritten
    /// from here (importing a backup replaces them).
    pub fn save(&self, settings: ScheduleSettings) {
        if self.unreadable {
            return;
        }
        self.settings.set(Some(settings.clone()));
        self.persistence.put_setting(SCHEDULE_KEY, settings);
    }

    /// Changes the stored settings, if there are any, and saves them.
    pub fn update(&self, change: impl FnOnce(&mut ScheduleSettings)) {
        if let Some(mut settings) = self.settings_untracked() {
            change(&mut settings);
            self.save(settings);
        }
    }
}
