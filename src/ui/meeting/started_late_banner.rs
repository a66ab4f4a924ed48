use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{ClockAction, format_elapsed};
use leptos::prelude::*;

/// Facilitators forget to press Start: once the planned start has passed, say so loudly.
#[component]
pub fn StartedLateBanner() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let late_ms = move || live.meeting.with(|m| m.started_late(live.tick.get()));
    view! {
        <Show when=move || late_ms().is_some()>
            <div class="notice notice-warning late-banner" role="alert">
                <p>
                    <strong>"This meeting was due to start "</strong>
                    {move || late_ms().map(|ms| format!("{} ago", format_elapsed(ms.max(0) as u64)))}
                    ". The clock has not been started."
                </p>
                <button
                    type="button"
                    class="button-primary button-big"
                    on:click=move |_| live.act(ClockAction::Start)
                >
                    "Start now"
                </button>
            </div>
        </Show>
    }
}
