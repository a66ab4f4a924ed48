use super::snapshot::Workspace;
use crate::domain::exchange::{ExchangeFile, export_meeting, export_workspace};
use crate::domain::ids::MeetingId;
use crate::ui::download::download_text;
use crate::ui::format::date_time;
use crate::ui::now::now;
use crate::ui::offline::remember_export;
use leptos::prelude::*;
use leptos::task::spawn_local;

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Offers `file` as a download named after its date and contents.
pub fn download_file(file: &ExchangeFile) -> Result<(), String> {
    download_text(&file.file_name(), "application/json", &file.to_json())
}

/// Downloads the whole workspace from anywhere in the app (the shell offers it after a failed
/// write). The work is done in the Import/Export page's module (see
/// `pages::export_workspace_file`), so the first visit to any page does not download it.
pub fn export_whole_workspace(
    workspace: Workspace,
    outcome: RwSignal<Option<Result<String, String>>>,
) {
    spawn_local(async move {
        let result = crate::ui::pages::export_workspace_file(workspace).await;
        outcome.set(Some(result));
    });
}

/// [`export_whole_workspace`] from the Import/Export page itself (and the backup offered before
/// a replace), whose code is already here. Calling the split point from inside its own module
/// would also leave its import in builds that are not split (the storage tests).
pub(super) fn export_here(workspace: Workspace, outcome: RwSignal<Option<Result<String, String>>>) {
    spawn_local(async move {
        outcome.set(Some(write_workspace_file(workspace).await));
    });
}

/// Gathers the whole workspace and offers it as a file; what the outcome line says.
pub async fn write_workspace_file(workspace: Workspace) -> Result<String, String> {
    match workspace.snapshot_to_export().await {
        Ok(snapshot) => {
            let exported_at = now();
            let file = export_workspace(&snapshot, APP_VERSION, exported_at);
            download_file(&file).map(|()| {
                remember_export(exported_at);
                format!("Saved {}.", file.file_name())
            })
        }
        Err(error) => Err(error.to_string()),
    }
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let chosen = RwSignal::new(None::<MeetingId>);

    let export_one = move |_| {
        let Some(id) = chosen
            .get_untracked()
            .or_else(|| workspace.meeting_choices().first().map(|m| m.0))
        else {
            outcome.set(Some(Err("Choose a meeting to export.".into())));
            return;
        };
        spawn_local(async move {
            let result = match workspace.snapshot_to_export().await {
                Ok(snapshot) => match export_meeting(&snapshot, id, APP_VERSION, now()) {
                    Some(file) => {
                        download_file(&file).map(|()| format!("Saved {}.", file.file_name()))
                    }
                    None => Err("That meeting is no longer here.".into()),
                },
                Err(error) => Err(error.to_string()),
            };
            outcome.set(Some(result));
        });
    };

    view! {
        <section class="segment-panel" aria-labelledby="export-title">
            <h2 id="export-title">"Export"</h2>
            <div class="field-row">
                <button type="button" class="button-primary" on:click=move |_| export_here(workspace, outcome)>
                    "Export whole workspace"
                </button>
            </div>
            <div class="field-row">
                <label class="field field-grow">
                    <span class="field-label">"One meeting, with the people it names"</span>
                    <select
                        id="export-meeting"
                        on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())
                    >
                        {move || {
                            workspace
                                .meeting_choices()
                                .into_iter()
                                .map(|(id, title, at)| {
                                    view! {
                                        <option value=id.to_string()>{format!("{title} · {}", date_time(at))}</option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <button
                    type="button"
                    disabled=move || workspace.meeting_choices().is_empty()
                    on:click=export_one
                >
                    "Export meeting"
                </button>
            </div>
            <p class="form-message" role="status">
                {move || match outcome.get() {
                    Some(Ok(text)) => view! { <span class="save-note">{text}</span> }.into_any(),
                    Some(Err(text)) => view! { <span class="field-error">{text}</span> }.into_any(),
                    None => ().into_any(),
                }}
            </p>
        </section>
    }
}
