//! Import/Export: meeting files people share, and moving a workspace between browsers.

mod error;
mod exchange_page;
mod export_panel;
mod import_panel;
mod import_part;
mod import_preview;
mod snapshot;

pub use error::{ExportError, ImportFailure};
pub use exchange_page::ExchangePage;
pub use export_panel::{shell_export_action, write_workspace_file};
pub use import_panel::{CheckedImport, Offered};
pub use import_part::{check_import, import_preview, prefetch_import};
pub use import_preview::{ImportOutcome, outcome_sentence, write_and_reload};
pub use snapshot::Workspace;
