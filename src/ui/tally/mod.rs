//! The talk tally on the live screen, and the participation summary after a meeting.

mod balance_panel;
mod bar_chart;
mod meeting_summary;
mod tally_board;
mod tally_session;

pub use balance_panel::BalancePanel;
pub use meeting_summary::MeetingSummary;
pub use tally_board::TallyBoard;
pub use tally_session::TallySession;
