//! The Playbook page's decision log: the list and the form that logs a decision. The page
//! shows it below the definitions, the SLA and the goals, and its code (the form, its checks
//! and the writer of decisions: 10 KB gzip of the Playbook's first visit) is not needed to
//! edit those, so it is an area of its own (`playbook_decisions`, nested in the Playbook's: see
//! `scripts/merge-chunks.mjs`), downloaded as the page opens and fetched with the other areas
//! when the browser is idle. The live screen's decisions carry the same code in their own area.

use super::decision_log::DecisionLog;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// Why the decision log is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecisionLogLoadError {
    /// Its code could not be downloaded; the browser console has the details.
    #[error(
        "The decision log could not be downloaded. The playbook is saved; check the connection, then try again."
    )]
    Download,
}

impl From<SplitLoaderError> for DecisionLogLoadError {
    fn from(_: SplitLoaderError) -> Self {
        DecisionLogLoadError::Download
    }
}

/// The decision log, once its code is here. Called through `OtherAreas`, not by the page.
#[wasm_split(playbook_decisions, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_decisions))]
pub fn decision_log() -> Result<AnyView, DecisionLogLoadError> {
    Ok(untrack(|| view! { <DecisionLog /> }.into_any()))
}

/// Downloads the decision log's code if it is not here yet; a failure waits for the page.
pub async fn prefetch_decisions() {
    let _ = preload_decisions().await;
}
