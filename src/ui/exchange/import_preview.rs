use super::error::ImportFailure;
use super::export_panel::{ExportScope, export_action};
use super::import_panel::CheckedImport;
use super::snapshot::Workspace;
use crate::domain::exchange::{FileKind, ImportMode, ImportPlan, KindSummary, Writes, plan_import};
use crate::storage::StorageError;
use crate::ui::column_heads::ColumnHeads;
use crate::ui::outcome_note::OutcomeNote;
use crate::ui::state::Persistence;
use leptos::prelude::*;

fn names_line(label: &str, names: &[String]) -> Option<String> {
    const SHOWN: usize = 8;
    if names.is_empty() {
        return None;
    }
    let mut line = names
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        line.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    Some(format!("{label}: {line}"))
}

/// Where the outcome of an import waits for the page that the import reloads.
const IMPORT_OUTCOME_KEY: &str = "smarketing-import-outcome";

/// "Imported roster.json: 3 people added, 1 person updated; 2 meetings added." What an import
/// did, said once the page has reloaded with the data.
pub fn outcome_sentence(source: &str, summaries: &[KindSummary]) -> String {
    let parts: Vec<String> = summaries
        .iter()
        .filter_map(|s| {
            let changes: Vec<String> = [
                (s.added, "added"),
                (s.updated, "updated"),
                (s.removed, "removed"),
            ]
            .into_iter()
            .filter(|(count, _)| *count > 0)
            .map(|(count, what)| format!("{count} {} {what}", s.kind.noun(count)))
            .collect();
            (!changes.is_empty()).then(|| changes.join(", "))
        })
        .collect();
    if parts.is_empty() {
        format!("Imported {source}: nothing new, everything in it was already here.")
    } else {
        format!("Imported {source}: {}.", parts.join("; "))
    }
}

#[component]
fn KindRow(summary: KindSummary) -> impl IntoView {
    let details = [
        names_line("Added", &summary.added_names),
        names_line("Updated", &summary.updated_names),
        names_line("Removed", &summary.removed_names),
    ]
    .into_iter()
    .flatten()
    .map(|line| view! { <li>{line}</li> })
    .collect_view();
    view! {
        <tr>
            <th scope="row">{summary.kind.noun(2)}</th>
            <td>{summary.added}</td>
            <td>{summary.updated}</td>
            <td>{summary.unchanged + summary.kept}</td>
            <td>{summary.removed}</td>
        </tr>
        <tr class="names-row">
            <td colspan="5"><ul class="names">{details}</ul></td>
        </tr>
    }
}

/// What the import will do, and the choice of merge or replace. Only "Import" writes, and it
/// writes everything in one transaction.
#[component]
pub fn ImportPreview(checked: CheckedImport) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let mode = RwSignal::new(ImportMode::Merge);
    let backup = export_action();
    let CheckedImport {
        file,
        existing,
        source,
    } = checked;
    let is_meeting_file = file.kind() == FileKind::Meeting;
    let source_name = StoredValue::new(source.clone());
    let file = StoredValue::new(file);
    let existing = StoredValue::new(existing);
    let plan = Memo::new(move |_| {
        let mode = mode.get();
        file.with_value(|file| existing.with_value(|existing| plan_import(existing, file, mode)))
    });

    let persistence = workspace.persistence();
    let import = Action::new_local(move |writes: &Writes| {
        let writes = writes.clone();
        let said = plan.with_untracked(|plan| {
            source_name.with_value(|source| outcome_sentence(source, &plan.summaries))
        });
        async move {
            write_and_reload(persistence, &writes, &said)
                .await
                .map_err(ImportFailure::NotWritten)?;
            Ok::<_, ImportFailure>("Imported. Reloading with the new data…".to_string())
        }
    });
    // One import per file: a second click while it writes, or after it wrote and the page is
    // reloading, would write everything again.
    let import_started =
        move || import.pending().get() || import.value().with(|v| matches!(v, Some(Ok(_))));
    let start_import = move |_| {
        if import_started() {
            return;
        }
        // The plan is cloned only here: it holds every record the import writes.
        import.dispatch_local(plan.with_untracked(|plan| plan.writes.clone()));
    };

    view! {
        <div class="import-preview" role="region" aria-labelledby="preview-title">
            <h3 id="preview-title">{format!("Ready to import {source}")}</h3>
            <fieldset class="mode-choice">
                <legend>"How to import"</legend>
                <label class="check">
                    <input
                        type="radio"
                        name="import-mode"
                        prop:checked=move || mode.get() == ImportMode::Merge
                        on:change=move |_| mode.set(ImportMode::Merge)
                    />
                    "Merge: add what is new; where both have a record, the newer change wins"
                </label>
                <Show when=move || !is_meeting_file>
                    <label class="check">
                        <input
                            type="radio"
                            name="import-mode"
                            prop:checked=move || mode.get() == ImportMode::Replace
                            on:change=move |_| mode.set(ImportMode::Replace)
                        />
                        "Replace: make this workspace exactly the file"
                    </label>
                </Show>
            </fieldset>
            <div class="table-scroll">
                <table class="data-table preview-table">
                    <ColumnHeads columns=&["Records", "Added", "Updated", "Left alone", "Removed"] />
                    <tbody>
                        {move || {
                            plan.with(|plan| {
                                plan.summaries
                                    .iter()
                                    .filter(|s| !s.is_empty())
                                    .map(|summary| view! { <KindRow summary=summary.clone() /> })
                                    .collect_view()
                            })
                        }}
                    </tbody>
                </table>
            </div>
            {move || {
                plan.with(|plan| {
                    let conflicts = &plan.conflicts;
                    (!conflicts.is_empty()).then(|| view! {
                        <div class="conflicts">
                            <h4>{format!("{} conflict{}", conflicts.len(), if conflicts.len() == 1 { "" } else { "s" })}</h4>
                            <ul>{conflicts.iter().map(|c| view! { <li>{c.describe()}</li> }).collect_view()}</ul>
                        </div>
                    })
                })
            }}
            <Show when=move || mode.get() == ImportMode::Replace>
                <div class="notice notice-warning">
                    <p>"Replace removes what is not in the file. Keep a copy of your workspace as it is now first."</p>
                    <button
                        type="button"
                        on:click=move |_| {
                            backup.dispatch_local(ExportScope::Workspace);
                        }
                    >
                        "Download a backup first"
                    </button>
                    <OutcomeNote outcome=Signal::derive(move || backup.value().get()) />
                </div>
            </Show>
            <Show
                when=move || plan.with(ImportPlan::changes_anything)
                fallback=|| view! { <p class="save-note">"Everything in this file is already here: nothing to import."</p> }
            >
                <button
                    type="button"
                    class="button-primary"
                    disabled=import_started
                    on:click=start_import
                >
                    {move || if mode.get() == ImportMode::Replace { "Replace my workspace" } else { "Import" }}
                </button>
            </Show>
            <OutcomeNote outcome=Signal::derive(move || import.value().get()) />
        </div>
    }
}

/// Writes an import's records in one transaction, then reloads the page so every list shows
/// them; the reloaded page says `said` (see [`ImportOutcome`]). Files and minutes links both
/// import this way.
pub async fn write_and_reload(
    persistence: Persistence,
    writes: &Writes,
    said: &str,
) -> Result<(), StorageError> {
    persistence.write_import(writes).await?;
    if let Ok(Some(storage)) = window().session_storage() {
        let _ = storage.set_item(IMPORT_OUTCOME_KEY, said);
    }
    let _ = window().location().reload();
    Ok(())
}

/// After an import has reloaded the page: what it added and updated, said once.
#[component]
pub fn ImportOutcome() -> impl IntoView {
    // Read once, as the page opens: the note is for this one visit.
    let said = window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|storage| {
            let said = storage.get_item(IMPORT_OUTCOME_KEY).ok().flatten();
            let _ = storage.remove_item(IMPORT_OUTCOME_KEY);
            said
        });
    said.map(|said| {
        view! { <p class="notice notice-ok" role="status" data-testid="import-outcome">{said}</p> }
    })
}
