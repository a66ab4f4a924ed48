use super::decision_log::DecisionLog;
use super::with_playbook::{PlaybookNeed, WithPlaybook};
use crate::ui::meeting::LiveMeeting;
use leptos::prelude::*;

/// The playbook's part of the action segment: the decisions taken in this meeting.
#[component]
pub fn MeetingDecisions() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let on = live
        .meeting
        .with_untracked(|m| crate::ui::now::local_date_of(m.start_time()))
        .unwrap_or_default();
    view! {
        <WithPlaybook need=PlaybookNeed::DOCUMENT>
            <DecisionLog in_meeting=(live.id, on) />
        </WithPlaybook>
    }
}
