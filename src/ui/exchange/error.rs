//! What can go wrong moving data in or out of the workspace, each in words the user can act on.
//! Exports and imports are two boundaries with their own enums: the export is offered from the
//! app's shell on every page, so its errors stay free of the file checks' messages.

use crate::domain::exchange::ImportError;
use crate::storage::StorageError;
use crate::ui::download::BrowserRefused;
use thiserror::Error;

/// Why an export made no file.
#[derive(Clone, Debug, Error)]
pub enum ExportError {
    /// The workspace could not be read, or some records in it do not read.
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Browser(#[from] BrowserRefused),
    #[error("That meeting is no longer here: it was deleted, perhaps in another tab.")]
    MeetingGone,
    /// The export's code comes with the Import/Export page's and could not be downloaded.
    #[error(
        "The export could not be started: part of the app could not be downloaded. Check the connection, then try again."
    )]
    NotDownloaded,
}

/// Why a file, pasted text or link was not imported. Nothing was written in any case.
#[derive(Clone, Debug, Error)]
pub enum ImportFailure {
    /// The file itself: its size, its text, its format or a record in it, with the place.
    #[error(transparent)]
    File(#[from] ImportError),
    #[error("The browser could not read the file ({0}). Choose it again, or paste its text.")]
    UnreadableFile(String),
    /// The workspace could not be read to compare with the file.
    #[error(transparent)]
    Workspace(#[from] StorageError),
    /// The import could not be written: nothing of it was kept (it is one transaction).
    #[error("Nothing was imported: {0}")]
    NotWritten(StorageError),
    /// The import's code (the checks and the preview) could not be downloaded.
    #[error(
        "The import's checks could not be downloaded, so the file was not read. Check the connection, then offer the file again."
    )]
    NotDownloaded,
}
