use super::playbook_contents::PlaybookContents;
use super::with_playbook::WithPlaybook;
use leptos::prelude::*;

/// The Playbook page: the definitions both teams agreed, the SLA, the shared goals and the
/// decision log, each entry a draft until a meeting agrees it.
#[component]
pub fn PlaybookPage() -> impl IntoView {
    view! {
        <section class="page pb-page" aria-labelledby="page-title">
            <h1 id="page-title">"Playbook"</h1>
            <p class="lead">
                "What both teams agree on and work from: the same words for customers and leads, one funnel, the service level agreement and the shared goals. "
                "An entry is a draft until a meeting agrees it; changing an agreed entry makes a new draft. Everything is saved as you type."
            </p>
            <WithPlaybook>
                <PlaybookContents />
            </WithPlaybook>
        </section>
    }
}
