//! What can go wrong between the app and the browser's storage, in words a user can act on.

use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error(
        "This browser will not let the app keep data ({0}). Private windows and blocked site \
         storage do this."
    )]
    Unavailable(String),
    #[error(
        "Your saved data was written by a newer version of Smarketing Meetings. Reload the page \
         to get the newest version."
    )]
    NewerVersion,
    #[error(
        "A newer version of Smarketing Meetings is open in another tab, so this page can no \
         longer save. Reload it to keep working; your last change was not saved."
    )]
    Superseded,
    #[error(
        "Smarketing Meetings is open in another tab, so this tab has stopped saving to keep the \
         two from undoing each other's changes. Press “Use here” to go on in this tab; your last \
         change was not saved."
    )]
    OtherTab,
    #[error("The browser's storage for this site is full. Export your data and free some space.")]
    QuotaExceeded,
    #[error("Could not save your change: {0}")]
    Write(String),
    #[error("Could not read your saved {what}: {detail}")]
    Read { what: &'static str, detail: String },
}

impl StorageError {
    pub(crate) fn write(error: indexed_db_futures::error::Error) -> Self {
        if is_quota_error(&error) {
            StorageError::QuotaExceeded
        } else {
            StorageError::Write(error.to_string())
        }
    }

    pub(crate) fn read(what: &'static str, error: impl ToString) -> Self {
        StorageError::Read {
            what,
            detail: error.to_string(),
        }
    }
}

fn is_quota_error(error: &indexed_db_futures::error::Error) -> bool {
    use indexed_db_futures::error::{DomException, Error};
    matches!(error, Error::DomException(DomException::Other(e)) if e.name() == "QuotaExceededError")
}
