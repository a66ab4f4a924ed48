//! The Storage panel: whether the browser keeps this workspace for good, and how much it uses.

use crate::domain::backup::size_text;
use leptos::prelude::*;
use std::fmt;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the browser says about this site's storage.
#[derive(Clone, Copy, Debug, PartialEq)]
struct StorageReport {
    persistent: bool,
    used_bytes: u64,
    quota_bytes: u64,
}

/// Why the browser could not say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StorageReportError {
    /// No storage manager (an old or locked-down browser).
    Unsupported,
    /// It refused to answer.
    Refused,
}

impl fmt::Display for StorageReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StorageReportError::Unsupported => "This browser does not report its storage.",
            StorageReportError::Refused => "The browser did not say how it keeps this workspace.",
        })
    }
}

async fn storage_report() -> Result<StorageReport, StorageReportError> {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
        return Err(StorageReportError::Unsupported);
    }
    let storage = navigator.storage();
    let refused = |_| StorageReportError::Refused;
    let persistent = JsFuture::from(storage.persisted().map_err(refused)?)
        .await
        .map_err(refused)?
        .as_bool()
        .unwrap_or(false);
    let estimate: web_sys::StorageEstimate = JsFuture::from(storage.estimate().map_err(refused)?)
        .await
        .map_err(refused)?
        .unchecked_into();
    // Whole bytes, as the browser counts them.
    let bytes = |value: Option<f64>| value.unwrap_or(0.0).max(0.0) as u64;
    Ok(StorageReport {
        persistent,
        used_bytes: bytes(estimate.get_usage()),
        quota_bytes: bytes(estimate.get_quota()),
    })
}

#[component]
pub fn StoragePanel() -> impl IntoView {
    let answer = LocalResource::new(storage_report);
    view! {
        <section class="segment-panel storage-panel" aria-labelledby="storage-title">
            <h2 id="storage-title">"Storage"</h2>
            {move || match answer.get() {
                None => view! { <p>"Asking the browser…"</p> }.into_any(),
                Some(Err(error)) => view! { <p>{error.to_string()}</p> }.into_any(),
                Some(Ok(report)) => view! {
                    <dl class="storage-facts">
                        <dt>"Kept for good"</dt>
                        <dd class="storage-persistence">
                            {if report.persistent {
                                "Yes: the browser will not clear this workspace to free space."
                            } else {
                                "Not yet: the browser may clear it when space runs low. Export a backup now and then."
                            }}
                        </dd>
                        <dt>"Used"</dt>
                        <dd class="storage-usage">
                            {format!("{} of {} this browser allows", size_text(report.used_bytes), size_text(report.quota_bytes))}
                        </dd>
                    </dl>
                    <button type="button" on:click=move |_| answer.refetch()>"Check again"</button>
                }
                .into_any(),
            }}
        </section>
    }
}
