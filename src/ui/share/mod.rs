//! Links that carry a meeting's minutes in the address's fragment (see `domain::share`):
//! "Copy link to these minutes" where minutes are shown, and the read-only page a link opens,
//! with "Save to my workspace" and "Download".

mod codec;
mod copy_minutes_link;
mod link;
mod shared_minutes_page;

pub use copy_minutes_link::{CopyMinutesLink, email_line, use_minutes_link};
pub use shared_minutes_page::{SaveMinutesError, Saved, SharedMinutesPage, save_shared_minutes};
