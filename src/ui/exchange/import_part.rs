//! The import's own code: checking a file against the workspace, the preview of what it would
//! change and the merge plan behind it. A visit to Import/Export needs none of it until a file
//! is chosen, dropped or pasted, and it weighs more than the rest of the page, so it is an area
//! of its own (`exchange_import`, nested in Import/Export's: see `scripts/merge-chunks.mjs`),
//! downloaded when the first file is offered. A minutes link's "Save to my workspace", an
//! import too, comes with it.

use super::error::ImportFailure;
use super::import_panel::{CheckedImport, Offered, check};
use super::import_preview::ImportPreview;
use super::snapshot::Workspace;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// Checks `offered` against the workspace, once the import's code is here. Called through
/// `OtherAreas`, not by the panel.
pub async fn check_import(
    workspace: Workspace,
    offered: Offered,
) -> Result<CheckedImport, ImportFailure> {
    match import_checker(workspace, offered).await {
        Ok(checking) => checking.await,
        Err(_) => Err(ImportFailure::NotDownloaded),
    }
}

type Checking = std::pin::Pin<Box<dyn Future<Output = Result<CheckedImport, ImportFailure>>>>;

#[wasm_split(exchange_import, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_import))]
fn import_checker(workspace: Workspace, offered: Offered) -> Result<Checking, SplitLoaderError> {
    Ok(Box::pin(async move { check(workspace, &offered).await }))
}

/// The preview of a checked file (its code is here once the check has run).
pub async fn import_preview(checked: CheckedImport) -> Result<AnyView, ImportFailure> {
    preview(checked)
        .await
        .map_err(|_| ImportFailure::NotDownloaded)
}

#[wasm_split(exchange_import, wasm_split_path = ::leptos::wasm_split, fallible)]
fn preview(checked: CheckedImport) -> Result<AnyView, SplitLoaderError> {
    Ok(untrack(|| view! { <ImportPreview checked /> }.into_any()))
}

/// Downloads the import's code if it is not here yet; a failure waits for a file that needs it.
pub async fn prefetch_import() {
    let _ = preload_import().await;
}
