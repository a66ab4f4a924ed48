//! Small choices the user expects the app to remember, such as muting the meeting chimes.

use super::persistence::Persistence;
use leptos::prelude::*;

/// The settings key of the mute switch.
pub const MUTED_KEY: &str = "muted";

#[derive(Clone, Copy)]
pub struct PreferencesState {
    muted: RwSignal<bool>,
    persistence: Persistence,
}

impl PreferencesState {
    pub fn new(muted: bool, persistence: Persistence) -> Self {
        PreferencesState {
            muted: RwSignal::new(muted),
            persistence,
        }
    }

    pub fn muted(&self) -> bool {
        self.muted.get()
    }

    pub fn set_muted(&self, muted: bool) {
        self.muted.set(muted);
        self.persistence.put_setting(MUTED_KEY, muted);
    }
}
