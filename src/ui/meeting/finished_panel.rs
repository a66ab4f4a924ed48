use super::agenda_list::AgendaList;
use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{format_duration, format_elapsed};
use crate::ui::format::date_time;
use leptos::prelude::*;

/// A closed meeting's outcome in place of the countdown: when it ended, the time it used of
/// its cap, and each segment's actual time against its plan.
#[component]
pub fn FinishedPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let view = live.view;
    let ended = move || live.meeting.with(|m| m.clock.ended_at().map(date_time));
    view! {
        <section class="finished-panel" aria-labelledby="finished-title">
            <h2 id="finished-title">"Meeting finished"</h2>
            <p data-testid="finished-summary">
                {move || ended().map(|at| format!("Ended {at}. "))}
                {move || {
                    let used = view.get().meeting_elapsed_ms;
                    let cap = live.meeting.with(|m| m.agenda.cap_secs);
                    format!("Used {} of its {} cap.", format_elapsed(used), format_duration(cap))
                }}
            </p>
            <p data-testid="plan-line">{move || view.get().plan_status().to_string()}</p>
            <AgendaList verdicts=true />
        </section>
    }
}
