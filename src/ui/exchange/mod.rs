//! Import/Export: meeting files people share, and moving a workspace between browsers.

mod exchange_page;
mod export_panel;
mod import_panel;
mod import_preview;
mod snapshot;

pub use exchange_page::ExchangePage;
pub use export_panel::{export_whole_workspace, write_workspace_file};
pub use snapshot::Workspace;
