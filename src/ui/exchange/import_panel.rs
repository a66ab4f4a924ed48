use super::import_preview::ImportPreview;
use super::snapshot::Workspace;
use crate::domain::exchange::{
    ExistingIds, ImportError, ImportFile, MAX_FILE_BYTES, WorkspaceSnapshot, read_import_bytes,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// A file that passed every check, with the workspace it was checked against. Shared, not
/// copied: both can hold years of records.
#[derive(Clone)]
pub struct CheckedImport {
    pub file: Arc<ImportFile>,
    pub existing: Arc<WorkspaceSnapshot>,
    pub source: String,
}

/// Reads and checks the bytes of a file, or says precisely what is wrong with it.
async fn check(
    workspace: Workspace,
    bytes: Vec<u8>,
    source: String,
) -> Result<CheckedImport, ImportError> {
    let existing = workspace
        .snapshot()
        .await
        .map_err(|e| ImportError::NotOurFormat {
            reason: format!("the current workspace could not be read to compare ({e})"),
        })?;
    let file = read_import_bytes(&bytes, &ExistingIds::of(&existing))?;
    Ok(CheckedImport {
        file: Arc::new(file),
        existing: Arc::new(existing),
        source,
    })
}

/// Import from a file picker, by dropping a file on the page area, or by pasting the text.
/// Nothing is written here: a checked file goes to the preview.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let checked = RwSignal::new(None::<CheckedImport>);
    let error = RwSignal::new(None::<(String, ImportError)>);
    let busy = RwSignal::new(false);
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);

    let run_check = move |bytes: Vec<u8>, source: String| {
        busy.set(true);
        checked.set(None);
        error.set(None);
        spawn_local(async move {
            match check(workspace, bytes, source.clone()).await {
                Ok(ok) => checked.set(Some(ok)),
                Err(reason) => error.set(Some((source, reason))),
            }
            busy.set(false);
        });
    };
    // The size is checked before the file is read: a 50 MB file never reaches memory.
    let take_file = move |file: web_sys::File| {
        let name = file.name();
        let size = file.size() as usize;
        if size > MAX_FILE_BYTES {
            checked.set(None);
            error.set(Some((name, ImportError::TooLarge { bytes: size })));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let blob = gloo_file::File::from(file);
            match gloo_file::futures::read_as_bytes(&blob).await {
                Ok(bytes) => run_check(bytes, name),
                Err(reason) => {
                    busy.set(false);
                    error.set(Some((
                        name,
                        ImportError::NotOurFormat {
                            reason: format!("the browser could not read it ({reason})"),
                        },
                    )));
                }
            }
        });
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|files| files.get(0))
        {
            take_file(file);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take_file(file);
        }
    };
    let on_paste_check = move |_| {
        let text = pasted.get_untracked();
        run_check(text.into_bytes(), "the pasted text".to_string());
    };

    view! {
        <section class="segment-panel" aria-labelledby="import-title">
            <h2 id="import-title">"Import"</h2>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label class="field">
                    <span class="field-label">"Choose a meeting file"</span>
                    <input id="import-file" type="file" accept=".json,application/json" on:change=on_pick />
                </label>
                <p class="muted">"…or drop a file here."</p>
            </div>
            <label class="field">
                <span class="field-label">"Or paste the file's text"</span>
                <textarea
                    id="import-text"
                    rows="4"
                    prop:value=pasted
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
            </label>
            <button type="button" on:click=on_paste_check disabled=move || pasted.get().trim().is_empty()>
                "Check pasted text"
            </button>
            <Show when=move || busy.get()>
                <p role="status">"Checking the file…"</p>
            </Show>
            {move || {
                error
                    .get()
                    .map(|(source, reason)| {
                        view! {
                            <div class="notice notice-error import-error" role="alert">
                                <p>
                                    <strong>{format!("Nothing was imported from {source}. ")}</strong>
                                    // The message names the place once (a path, or a line and column).
                                    {reason.to_string()}
                                </p>
                            </div>
                        }
                    })
            }}
            {move || checked.get().map(|checked_import| view! { <ImportPreview checked=checked_import /> })}
        </section>
    }
}
