use super::export_panel::ExportPanel;
use super::import_panel::ImportPanel;
use super::import_preview::ImportOutcome;
use super::snapshot::Workspace;
use crate::ui::offline::StoragePanel;
use crate::ui::opening::{self, PageOpening};
use leptos::prelude::*;

#[component]
pub fn ExchangePage() -> impl IntoView {
    provide_context(Workspace::from_context());
    view! {
        <section class=opening::EXCHANGE.section_class aria-labelledby="page-title">
            <PageOpening opening=&opening::EXCHANGE />
            <ImportOutcome />
            <ExportPanel />
            <ImportPanel />
            <StoragePanel />
        </section>
    }
}
