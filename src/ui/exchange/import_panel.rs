use super::error::ImportFailure;
use super::snapshot::Workspace;
use crate::domain::exchange::{
    ExistingIds, ImportError, ImportFile, MAX_FILE_BYTES, WorkspaceSnapshot, read_import_bytes,
};
use crate::ui::field::Field;
use crate::ui::pages::{OnDemand, OtherAreas};
use leptos::prelude::*;
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

/// What the user gave to import: a picked or dropped file, or pasted text. A file is a handle
/// to it, cheap to clone; its bytes are read only once its size has been checked.
#[derive(Clone)]
pub enum Offered {
    File(web_sys::File),
    Text(String),
}

impl Offered {
    fn source(&self) -> String {
        match self {
            Offered::File(file) => file.name(),
            Offered::Text(_) => "the pasted text".to_string(),
        }
    }
}

/// A check that ended: the file that passed, or why it did not, named after where it came from.
#[derive(Clone)]
struct Checked {
    source: String,
    result: Result<CheckedImport, ImportFailure>,
}

/// Reads the offered bytes and checks them against the workspace. The size is checked before a
/// file is read: a 50 MB file never reaches memory.
pub(super) async fn check(
    workspace: Workspace,
    offered: &Offered,
) -> Result<CheckedImport, ImportFailure> {
    let bytes = match offered {
        Offered::Text(text) => text.clone().into_bytes(),
        Offered::File(file) => {
            let size = file.size() as usize;
            if size > MAX_FILE_BYTES {
                return Err(ImportError::TooLarge { bytes: size }.into());
            }
            gloo_file::futures::read_as_bytes(&gloo_file::File::from(file.clone()))
                .await
                .map_err(|reason| ImportFailure::UnreadableFile(reason.to_string()))?
        }
    };
    let existing = workspace.snapshot().await?;
    let file = read_import_bytes(&bytes, &ExistingIds::of(&existing))?;
    Ok(CheckedImport {
        file: Arc::new(file),
        existing: Arc::new(existing),
        source: offered.source(),
    })
}

/// Import from a file picker, by dropping a file on the page area, or by pasting the text.
/// Nothing is written here: a checked file goes to the preview. The checks and the preview
/// are the import's own code, downloaded when the first file is offered (see `import_part`).
#[component]
pub fn ImportPanel() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let areas = expect_context::<OtherAreas>();
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let checking = Action::new_local(move |offered: &Offered| {
        let source = offered.source();
        let offered = offered.clone();
        async move {
            let result = (areas.check_import)(workspace, offered).await;
            Checked { source, result }
        }
    });
    // The last check's outcome, hidden while a newer one runs.
    let last_check = move || {
        (!checking.pending().get())
            .then(|| checking.value().get())
            .flatten()
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
            checking.dispatch_local(Offered::File(file));
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
            checking.dispatch_local(Offered::File(file));
        }
    };
    let on_paste_check = move |_| {
        checking.dispatch_local(Offered::Text(pasted.get_untracked()));
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
                <Field label="Choose a meeting file">
                    <input id="import-file" type="file" accept=".json,application/json" on:change=on_pick />
                </Field>
                <p class="muted">"…or drop a file here."</p>
            </div>
            <Field label="Or paste the file's text">
                <textarea
                    id="import-text"
                    rows="4"
                    prop:value=pasted
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
            </Field>
            <button type="button" on:click=on_paste_check disabled=move || pasted.get().trim().is_empty()>
                "Check pasted text"
            </button>
            <Show when=move || checking.pending().get()>
                <p role="status">"Checking the file…"</p>
            </Show>
            {move || {
                last_check()
                    .map(|Checked { source, result }| match result {
                        Ok(checked) => {
                            view! {
                                <OnDemand
                                    load=move || (areas.import_preview)(checked.clone())
                                    waiting="Preparing the preview…"
                                />
                            }
                                .into_any()
                        }
                        Err(reason) => {
                            view! {
                                <div class="notice notice-error import-error" role="alert">
                                    <p>
                                        <strong>{format!("Nothing was imported from {source}. ")}</strong>
                                        // The message names the place once (a path, or a line and column).
                                        {reason.to_string()}
                                    </p>
                                </div>
                            }
                                .into_any()
                        }
                    })
            }}
        </section>
    }
}
