//! Small choices the user expects the app to remember, such as muting the meeting chimes and
//! what the room display shows.

use super::persistence::Persistence;
use crate::domain::room::RoomOptions;
use leptos::prelude::*;

/// The settings key of the mute switch.
pub const MUTED_KEY: &str = "muted";
/// The settings key of the room display's options (participation strip, where chimes sound).
pub const ROOM_OPTIONS_KEY: &str = "room_display";

#[derive(Clone, Copy)]
pub struct PreferencesState {
    muted: RwSignal<bool>,
    room_options: RwSignal<RoomOptions>,
    persistence: Persistence,
}

impl PreferencesState {
    pub fn new(muted: bool, room_options: RoomOptions, persistence: Persistence) -> Self {
        PreferencesState {
            muted: RwSignal::new(muted),
            room_options: RwSignal::new(room_options),
            persistence,
        }
    }

    pub fn room_options(&self) -> RoomOptions {
        self.room_options.get()
    }

    pub fn set_room_options(&self, options: RoomOptions) {
        self.room_options.set(options);
        self.persistence.put_setting(ROOM_OPTIONS_KEY, options);
    }

    pub fn muted(&self) -> bool {
        self.muted.get()
    }

    pub fn set_muted(&self, muted: bool) {
        self.muted.set(muted);
        self.persistence.put_setting(MUTED_KEY, muted);
    }
}
