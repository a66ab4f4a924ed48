use super::playbook_contents::PlaybookContents;
use super::with_playbook::{PlaybookNeed, WithPlaybook};
use crate::ui::opening::{self, PageOpening};
use leptos::prelude::*;

/// The Playbook page: the definitions both teams agreed, the SLA, the shared goals and the
/// decision log, each entry a draft until a meeting agrees it.
#[component]
pub fn PlaybookPage() -> impl IntoView {
    view! {
        <section class=opening::PLAYBOOK.section_class aria-labelledby="page-title">
            <PageOpening opening=&opening::PLAYBOOK />
            <WithPlaybook need=PlaybookNeed::DOCUMENT>
                <PlaybookContents />
            </WithPlaybook>
        </section>
    }
}
