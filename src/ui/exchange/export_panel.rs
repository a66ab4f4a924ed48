use super::error::ExportError;
use super::snapshot::Workspace;
use crate::domain::exchange::{ExchangeFile, export_meeting, export_workspace};
use crate::domain::ids::MeetingId;
use crate::ui::download::download_text;
use crate::ui::field::Field;
use crate::ui::format::date_time;
use crate::ui::now::now;
use crate::ui::offline::remember_export;
use crate::ui::outcome_note::OutcomeNote;
use crate::ui::pages::OtherAreas;
use leptos::prelude::*;

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What an export writes into its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportScope {
    Workspace,
    /// One meeting with the people, problems, action items and minutes it names.
    Meeting(MeetingId),
}

/// An export, from reading the workspace to the browser's download, and what it said: the
/// file's name, or why there is no file.
pub type ExportAction = Action<ExportScope, Result<String, ExportError>>;

/// An export on the Import/Export page (and the backup offered before a replace), whose code
/// is already loaded there. Each caller has its own, so each shows its own outcome. Elsewhere,
/// use [`shell_export_action`]: calling the split point from inside its own module would leave
/// its import in builds that are not split (the storage tests).
pub fn export_action() -> ExportAction {
    let workspace = Workspace::from_context();
    Action::new_local(move |scope: &ExportScope| export(workspace, *scope))
}

async fn export(workspace: Workspace, scope: ExportScope) -> Result<String, ExportError> {
    let (snapshot, left_out) = workspace.snapshot_to_export().await?;
    let exported_at = now();
    let file = match scope {
        ExportScope::Workspace => export_workspace(&snapshot, APP_VERSION, exported_at),
        ExportScope::Meeting(id) => export_meeting(&snapshot, id, APP_VERSION, exported_at)
            .ok_or(ExportError::MeetingGone)?,
    };
    download_file(&file)?;
    if scope == ExportScope::Workspace && left_out.is_none() {
        // Only a whole copy counts for the backup reminder.
        remember_export(exported_at);
    }
    Ok(match left_out {
        None => format!("Saved {}.", file.file_name()),
        Some(left_out) => format!("Saved {}. {left_out}", file.file_name()),
    })
}

fn download_file(file: &ExchangeFile) -> Result<(), ExportError> {
    Ok(download_text(
        &file.file_name(),
        "application/json",
        &file.to_json(),
    )?)
}

/// The whole workspace, exported from anywhere outside the Import/Export page (the shell's
/// notices offer it after a failed write). The work is done in Import/Export's module, reached
/// through [`OtherAreas`] (the notices are an area of their own: naming another area's loader
/// there would leave, in the test binaries, which are not split, an import no one provides).
pub fn shell_export_action() -> Action<(), Result<String, ExportError>> {
    let workspace = Workspace::from_context();
    let export_workspace = expect_context::<OtherAreas>().export_workspace;
    Action::new_local(move |_: &()| export_workspace(workspace))
}

/// Gathers the whole workspace and offers it as a file: what the split point runs.
pub async fn write_workspace_file(workspace: Workspace) -> Result<String, ExportError> {
    export(workspace, ExportScope::Workspace).await
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let export = export_action();
    let chosen = RwSignal::new(None::<MeetingId>);
    let choices = Memo::new(move |_| workspace.meeting_choices());
    let no_meetings = move || choices.with(Vec::is_empty);

    let export_one = move |_| {
        // Until a meeting is picked, the select shows the first (newest); the button is
        // disabled when there is none.
        if let Some(id) = chosen
            .get_untracked()
            .or_else(|| choices.with_untracked(|c| c.first().map(|m| m.0)))
        {
            export.dispatch_local(ExportScope::Meeting(id));
        }
    };

    view! {
        <section class="segment-panel" aria-labelledby="export-title">
            <h2 id="export-title">"Export"</h2>
            <div class="field-row">
                <button
                    type="button"
                    class="button-primary"
                    on:click=move |_| {
                        export.dispatch_local(ExportScope::Workspace);
                    }
                >
                    "Export whole workspace"
                </button>
            </div>
            <div class="field-row">
                <Field label="One meeting, with the people it names" class="field-grow">
                    <select
                        id="export-meeting"
                        disabled=no_meetings
                        on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())
                    >
                        {move || {
                            if no_meetings() {
                                return view! { <option value="">"No meetings yet"</option> }.into_any();
                            }
                            choices
                                .get()
                                .into_iter()
                                .map(|(id, title, at)| {
                                    view! {
                                        <option value=id.to_string()>{format!("{title} · {}", date_time(at))}</option>
                                    }
                                })
                                .collect_view()
                                .into_any()
                        }}
                    </select>
                </Field>
                <button type="button" disabled=no_meetings on:click=export_one>
                    "Export meeting"
                </button>
            </div>
            <OutcomeNote outcome=Signal::derive(move || export.value().get()) />
        </section>
    }
}
