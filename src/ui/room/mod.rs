//! The room display: a read-only window for a projector or TV, kept in step with the
//! facilitator's live meeting tab over a BroadcastChannel. It never opens the database, so it
//! never takes the saving turn from the facilitator's tab (see `storage::tab_turns`).

mod channel;
pub mod chime;
mod display;
mod options;
mod publisher;

pub use chime::chime;
pub use display::RoomDisplay;
pub use publisher::OpenRoomDisplay;

use crate::domain::ids::MeetingId;

/// The room display's address for `meeting`, relative to the app's page.
fn room_hash(meeting: MeetingId) -> String {
    format!("#/room/{meeting}")
}

/// The meeting whose room display this window is (`#/room/<id>`), if it is one.
pub fn room_in_address() -> Option<MeetingId> {
    let hash = leptos::prelude::window().location().hash().ok()?;
    hash.strip_prefix("#/room/")?.parse().ok()
}
