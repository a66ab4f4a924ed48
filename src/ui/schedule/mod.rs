mod schedule_page;
pub use schedule_page::SchedulePage;
