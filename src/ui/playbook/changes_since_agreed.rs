use super::diff_view::DiffView;
use crate::domain::playbook::PlaybookEntry;
use crate::domain::playbook::diff::{diff, summary};
use leptos::prelude::*;

/// What the waiting draft changes in the agreed version, line by line.
#[component]
pub fn ChangesSinceAgreed(entry: Memo<Option<PlaybookEntry>>) -> impl IntoView {
    let lines = Memo::new(move |_| {
        entry.with(|e| {
            let e = e.as_ref()?;
            Some(diff(&e.in_force()?.content, &e.draft()?.content))
        })
    });
    view! {
        <section class="pb-changes" aria-label="Changes since the agreed version">
            <h4>
                "Changes since the agreed version: "
                {move || lines.with(|l| l.as_deref().map(summary))}
            </h4>
            <DiffView lines=Signal::derive(move || lines.get().unwrap_or_default()) />
        </section>
    }
}
