//! The playbook both teams work from: the Playbook page (definitions, the SLA, shared goals,
//! the decision log, version history, print view and Markdown export), and the parts a
//! meeting uses (agreeing and reviewing entries, the scorecard, the alignment check).

mod agree_panel;
mod alignment_panel;
mod content_fields;
mod decision_log;
mod entry_card;
mod names;
mod playbook_document;
mod playbook_page;
mod scorecard_panel;
mod version_history;
mod with_playbook;

pub use playbook_page::PlaybookPage;

use crate::domain::agenda::builtin::QUARTERLY_EVALUATION_ID;
use crate::ui::meeting::LiveMeeting;
use leptos::prelude::*;

/// The playbook's part of the review segment: entries to agree or review, and the alignment
/// check (open at the quarterly evaluation, folded otherwise).
#[component]
pub fn PlaybookReview() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let quarterly = live
        .meeting
        .with_untracked(|m| m.template_id == Some(QUARTERLY_EVALUATION_ID));
    view! {
        <with_playbook::WithPlaybook>
            <agree_panel::AgreePanel />
            <details class="pb-alignment-fold" open=quarterly>
                <summary>"Alignment check"</summary>
                <alignment_panel::AlignmentPanel />
            </details>
        </with_playbook::WithPlaybook>
    }
}

/// The playbook's part of the action segment: the decisions taken in this meeting.
#[component]
pub fn MeetingDecisions() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let on = live
        .meeting
        .with_untracked(|m| crate::ui::now::local_date_of(m.start_time()))
        .unwrap_or_default();
    view! {
        <with_playbook::WithPlaybook>
            <decision_log::DecisionLog in_meeting=(live.id, on) />
        </with_playbook::WithPlaybook>
    }
}

/// The playbook's part of the progress segment: the scorecard.
#[component]
pub fn PlaybookProgress() -> impl IntoView {
    view! {
        <with_playbook::WithPlaybook>
            <scorecard_panel::ScorecardPanel />
        </with_playbook::WithPlaybook>
    }
}
