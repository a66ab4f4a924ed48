//! Import/Export: meeting files people share, and moving a workspace between browsers.

mod exchange_page;
mod export_panel;
mod import_panel;
mod import_preview;
mod snapshot;

pub use exchange_page::ExchangePage;
pub use export_panel::export_whole_workspace;
pub use import_preview::{IMPORT_OUTCOME_KEY, ImportOutcome, outcome_sentence};
pub use snapshot::Workspace;
