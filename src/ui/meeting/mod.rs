//! Meetings: planning one, the list, and the live screen a facilitator keeps open.

mod agenda_list;
mod clock_bar;
mod clock_controls;
mod clock_panel;
mod deliverables_panel;
mod error;
mod finished_panel;
mod go_round_panel;
mod live_meeting_page;
mod meetings_page;
mod new_meeting_form;
mod review_panel;
mod segment_tools;
mod shortcuts;
mod started_late_banner;
mod warning_cue;

pub use clock_panel::ProgressBar;
pub use live_meeting_page::{LiveMeeting, LiveMeetingPage, MeetingNotFound};
pub use meetings_page::MeetingsPage;
pub use segment_tools::{SegmentTools, ToolsLoadError, prefetch_segment_tools};
