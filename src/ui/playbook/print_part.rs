//! The playbook as one document: the print view and the Markdown export. Only a visitor who
//! prints or downloads the playbook needs their code, which weighs more than the rest of the
//! page's tools (measured: 12.5 KB gzip of the Playbook's first visit), so it is an area of its
//! own (`playbook_print`, nested in the Playbook's: see `scripts/merge-chunks.mjs`),
//! downloaded when one of them is first asked for and fetched with the other areas when idle.

use super::names::PlaybookNames;
use super::playbook_document::PlaybookDocument;
use crate::domain::date_text::iso_date;
use crate::domain::playbook::document::playbook_markdown;
use crate::ui::download::{BrowserRefused, download_text};
use crate::ui::state::PlaybookState;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// Why the playbook was not printed, shown or downloaded as one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    /// Its code could not be downloaded; the browser console has the details.
    #[error(
        "The playbook could not be made into one document: part of the app could not be downloaded. Check the connection, then try again."
    )]
    NotDownloaded,
    #[error(transparent)]
    Refused(#[from] BrowserRefused),
}

impl From<SplitLoaderError> for PrintError {
    fn from(_: SplitLoaderError) -> Self {
        PrintError::NotDownloaded
    }
}

/// The print view, once its code is here. Called through `OtherAreas`, not by the page.
#[wasm_split(playbook_print, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_print))]
pub fn print_view() -> Result<AnyView, PrintError> {
    Ok(untrack(|| view! { <PlaybookDocument /> }.into_any()))
}

/// Offers the playbook as of `today` as a Markdown file, once its code is here. Called through
/// `OtherAreas`, not by the page.
#[wasm_split(playbook_print, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn download_markdown(
    playbook: PlaybookState,
    names: PlaybookNames,
    today: NaiveDate,
) -> Result<(), PrintError> {
    let markdown = playbook.with_untracked_records(|r| {
        playbook_markdown(
            &r.entries,
            &r.decisions,
            &|p| names.person(p),
            &|m| names.meeting(m),
            today,
        )
    });
    let name = format!("smarketing-playbook-{}.md", iso_date(today));
    Ok(download_text(&name, "text/markdown", &markdown)?)
}

/// Downloads the print view's code if it is not here yet.
pub async fn print_code() -> Result<(), PrintError> {
    Ok(preload_print().await?)
}

/// [`print_code`] in the background: a failure waits for a visitor who asks for it.
pub async fn prefetch_print() {
    let _ = print_code().await;
}
