//! The parts of an entry's card that compare its versions: the changes a draft makes to the
//! agreed version, and the version history. Their diff code (Myers' algorithm and the line
//! diff of entries) weighs more than the rest of a card, and most visits to the Playbook
//! show neither, so it is an area of its own (`playbook_diff`, nested in the Playbook's: see
//! `scripts/merge-chunks.mjs`), downloaded when a card first shows one of them.

use super::changes_since_agreed::ChangesSinceAgreed;
use super::version_history::VersionList;
use crate::domain::playbook::PlaybookEntry;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// Which comparison a card shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionsPart {
    ChangesSinceAgreed,
    History,
}

impl VersionsPart {
    /// Its view of `entry`, once the diff code is here. Called through `OtherAreas`, not by
    /// the card.
    pub async fn view(self, entry: Memo<Option<PlaybookEntry>>) -> VersionsResult {
        match self {
            VersionsPart::ChangesSinceAgreed => changes_since_agreed(entry).await,
            VersionsPart::History => version_list(entry).await,
        }
    }

    /// What the card says while the code downloads.
    pub fn waiting(self) -> &'static str {
        match self {
            VersionsPart::ChangesSinceAgreed => "Downloading the changes since the agreed version…",
            VersionsPart::History => "Downloading the version history…",
        }
    }
}

/// Why a comparison is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VersionsLoadError {
    /// Its code could not be downloaded; the browser console has the details.
    #[error(
        "The comparison of this entry's versions could not be downloaded. The entry itself is saved; check the connection, then try again."
    )]
    Download,
}

impl From<SplitLoaderError> for VersionsLoadError {
    fn from(_: SplitLoaderError) -> Self {
        VersionsLoadError::Download
    }
}

pub type VersionsResult = Result<AnyView, VersionsLoadError>;

#[wasm_split(playbook_diff, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_versions))]
fn changes_since_agreed(entry: Memo<Option<PlaybookEntry>>) -> VersionsResult {
    Ok(untrack(|| {
        view! { <ChangesSinceAgreed entry /> }.into_any()
    }))
}

#[wasm_split(playbook_diff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn version_list(entry: Memo<Option<PlaybookEntry>>) -> VersionsResult {
    Ok(untrack(|| view! { <VersionList entry /> }.into_any()))
}

/// Downloads the diff code if it is not here yet; a failure waits for a card that needs it.
pub async fn prefetch_versions() {
    let _ = preload_versions().await;
}
