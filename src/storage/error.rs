//! What can go wrong between the app and the browser's storage, in words a user can act on.

use crate::domain::exchange::UnreadableRecords;
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
    #[error(
        "The browser has no room left for this workspace, so your last change was not saved. \
         Free some space on this device, or export your data and clear old meetings, then \
         reload the page."
    )]
    QuotaExceeded,
    /// The browser aborted a commit without a reason. On a full disk Chromium does this while
    /// its storage estimate still shows room (measured on a full 64 MB filesystem: "quota"
    /// 1 GB, "usage" 8 KB), so the likely cause is named.
    #[error(
        "The browser did not save your last change: it cancelled the save, as it does when the \
         device has no room left. Free some space, or export your data and clear old meetings, \
         then reload the page."
    )]
    Cancelled,
    /// The browser closed the connection (it does after a full disk) and it could not be
    /// opened again.
    #[error(
        "The browser lost its connection to your saved data (it does when the device runs out \
         of space), so changes are not being saved. Export your data to keep what is on \
         screen, free some space, then reload the page."
    )]
    Closed,
    /// This tab holds the turn to save, but the stored turn is gone with everything else: the
    /// browser emptied the database under the app (Chromium does when a full disk damaged it).
    /// Saving on would leave a workspace holding only the changes made since, so nothing is.
    #[error(
        "The browser has emptied the database that held your saved data (it can when the \
         device runs out of space), so nothing is being saved. Export your data now to keep \
         what this page still holds, then import that file once there is room again."
    )]
    Emptied,
    #[error("Could not save your change ({0}).")]
    Write(String),
    /// `what` is what the user calls the records (see [`stored_things`]), not a store's name.
    #[error("Could not read your saved {what} ({detail}). Reload the page to try again.")]
    Read { what: &'static str, detail: String },
    /// An export asked for while some stored records do not read: the file would leave them
    /// out, or hold something else in their place.
    #[error(
        "{0}, so an export now would not be a whole copy and none was made. They are kept in \
         this browser as they are; your earlier exports still hold them."
    )]
    ExportIncomplete(UnreadableRecords),
}

impl StorageError {
    /// Storage itself failed: what is on screen is the only copy of the latest changes, so the
    /// export is offered with the message.
    pub fn leaves_only_the_screen(&self) -> bool {
        matches!(
            self,
            StorageError::QuotaExceeded
                | StorageError::Cancelled
                | StorageError::Closed
                | StorageError::Emptied
                | StorageError::Write(_)
        )
    }

    /// A reload may save again: not after the browser emptied the database, which a reload
    /// would show empty.
    pub fn reload_helps(&self) -> bool {
        self.leaves_only_the_screen() && *self != StorageError::Emptied
    }

    pub(crate) fn write(error: indexed_db_futures::error::Error) -> Self {
        if is_quota_error(&error) {
            StorageError::QuotaExceeded
        } else if is_closed_error(&error) {
            StorageError::Closed
        } else {
            StorageError::Write(browser_words(&error))
        }
    }

    pub(crate) fn read(store: &str, error: indexed_db_futures::error::Error) -> Self {
        if is_closed_error(&error) {
            return StorageError::Closed;
        }
        Self::unreadable(store, browser_words(&error))
    }

    pub(crate) fn unreadable(store: &str, error: impl ToString) -> Self {
        StorageError::Read {
            what: stored_things(store),
            detail: error.to_string(),
        }
    }
}

/// The browser's own words for what went wrong. A DOM exception's message is taken alone: the
/// crate's text repeats it after the exception's name ("SecurityError: The user denied
/// permission to access the database.: The user denied permission…"). The final full stop goes,
/// since the words are shown in brackets inside a sentence.
pub(crate) fn browser_words(error: &indexed_db_futures::error::Error) -> String {
    let words = match error {
        indexed_db_futures::error::Error::DomException(exception) => exception.message(),
        other => other.to_string(),
    };
    words.trim_end_matches('.').to_string()
}

/// What a store holds, in the words the app's pages use for it.
fn stored_things(store: &str) -> &'static str {
    use super::database::stores;
    match store {
        stores::PEOPLE => "roster",
        stores::SETTINGS => "settings",
        stores::TEMPLATES => "agenda templates",
        stores::MEETINGS => "meetings",
        stores::TALLY_EVENTS | stores::TALLY_ARCHIVES => "talk tallies",
        stores::PROBLEMS => "problems",
        stores::ACTION_ITEMS => "action items",
        stores::MINUTES => "minutes",
        _ => "data",
    }
}

fn is_quota_error(error: &indexed_db_futures::error::Error) -> bool {
    dom_exception_name(error).as_deref() == Some("QuotaExceededError")
}

/// Asking a closed connection for a transaction throws `InvalidStateError`.
fn is_closed_error(error: &indexed_db_futures::error::Error) -> bool {
    dom_exception_name(error).as_deref() == Some("InvalidStateError")
}

fn dom_exception_name(error: &indexed_db_futures::error::Error) -> Option<String> {
    use indexed_db_futures::error::{DomException, Error};
    match error {
        Error::DomException(DomException::Other(e)) => Some(e.name()),
        Error::DomException(DomException::InvalidStateError(_)) => Some("InvalidStateError".into()),
        _ => None,
    }
}

/// Commits `tx`, telling a full disk apart from other failures. When the browser cannot write a
/// committed transaction it aborts it without saying why ("Expected the Transaction to be
/// committed, but it was aborted"); the storage estimate then shows whether the site has room.
pub(crate) async fn commit(
    tx: indexed_db_futures::transaction::Transaction<'_>,
) -> Result<(), StorageError> {
    use indexed_db_futures::error::{Error, UnexpectedDataError};
    match tx.commit().await {
        Ok(()) => Ok(()),
        Err(Error::MissingData(UnexpectedDataError::TransactionAborted)) => {
            if out_of_room().await {
                Err(StorageError::QuotaExceeded)
            } else {
                Err(StorageError::Cancelled)
            }
        }
        Err(error) => Err(StorageError::write(error)),
    }
}

/// Whether this site has (almost) no room left, by `navigator.storage.estimate()`: less than
/// a megabyte, or under 2% of its quota.
async fn out_of_room() -> bool {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let field = |on: &JsValue, name: &str| Reflect::get(on, &name.into()).ok();
    let Some(storage) = web_sys::window()
        .map(|w| JsValue::from(w.navigator()))
        .and_then(|navigator| field(&navigator, "storage"))
        .filter(|storage| !storage.is_undefined())
    else {
        return false;
    };
    let Some(estimate) = field(&storage, "estimate").and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    let Some(promise) = estimate
        .call0(&storage)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return false;
    };
    let Ok(estimate) = wasm_bindgen_futures::JsFuture::from(promise).await else {
        return false;
    };
    let number = |name: &str| field(&estimate, name).and_then(|v| v.as_f64());
    match (number("usage"), number("quota")) {
        (Some(usage), Some(quota)) => {
            let room = quota - usage;
            room < 1_000_000.0 || room < quota * 0.02
        }
        _ => false,
    }
}
