use super::scorecard_panel::ScorecardPanel;
use super::with_playbook::{PlaybookNeed, WithPlaybook};
use leptos::prelude::*;

/// The playbook's part of the progress segment: the scorecard.
#[component]
pub fn PlaybookProgress() -> impl IntoView {
    view! {
        <WithPlaybook need=PlaybookNeed::WHOLE>
            <ScorecardPanel />
        </WithPlaybook>
    }
}
