use super::agree_panel::AgreePanel;
use super::alignment_panel::AlignmentPanel;
use super::with_playbook::{PlaybookNeed, WithPlaybook};
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
        <WithPlaybook need=PlaybookNeed::WHOLE>
            <AgreePanel />
            <details class="pb-alignment-fold" open=quarterly>
                <summary>"Alignment check"</summary>
                <AlignmentPanel />
            </details>
        </WithPlaybook>
    }
}
