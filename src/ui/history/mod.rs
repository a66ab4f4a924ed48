//! Across meetings: every past meeting, participation per person, the balance trend, and who
//! keeps having nothing to contribute.

mod history_page;
mod non_contributors;
mod participation_table;
mod past_meetings;
mod trend_chart;

pub use history_page::HistoryPage;
