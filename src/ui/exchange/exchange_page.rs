use super::export_panel::ExportPanel;
use super::import_panel::ImportPanel;
use super::import_preview::ImportOutcome;
use super::snapshot::Workspace;
use crate::ui::offline::StoragePanel;
use leptos::prelude::*;

#[component]
pub fn ExchangePage() -> impl IntoView {
    provide_context(Workspace::from_context());
    view! {
        <section class="page exchange-page" aria-labelledby="page-title">
            <h1 id="page-title">"Import/Export"</h1>
            <ImportOutcome />
            <p class="lead">
                "Meeting files are plain JSON: share one meeting with a colleague, keep a backup, or move your whole workspace to another browser. An import is checked completely before anything is saved, and you see what it will change first."
            </p>
            <ExportPanel />
            <ImportPanel />
            <StoragePanel />
        </section>
    }
}
