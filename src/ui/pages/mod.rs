//! Pages that are not built yet. Each says what it will do, so nobody meets a blank screen.

mod planned_page;

pub use planned_page::PlannedPage;
