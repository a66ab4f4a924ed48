use super::clock_panel::{big_time, stage_class};
use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{ClockState, format_countdown};
use leptos::prelude::*;

/// The clock in one line, stuck to the top of the viewport while the meeting runs, so the
/// time stays in view while the tally and the forms scroll (the big panel scrolls away on a
/// phone). Hidden before the start and once the meeting is closed.
#[component]
pub fn ClockBar() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let view = live.view;
    let shown = Memo::new(move |_| {
        !matches!(
            view.get().state,
            ClockState::NotStarted | ClockState::Finished
        )
    });
    let segment_title = move || {
        let index = view.get().segment_index;
        live.meeting
            .with(|m| m.segment(index).map(|s| s.title.clone()))
            .unwrap_or_default()
    };
    let segment_time = move || {
        let v = view.get();
        match v.state {
            ClockState::TimeUp => "Time's up".to_string(),
            ClockState::Paused => format!("{} (paused)", big_time(&v)),
            _ => big_time(&v),
        }
    };
    view! {
        <Show when=move || shown.get()>
            // Not a live region: the big panel's status line already announces the changes.
            <div class=move || format!("clock-bar {}", stage_class(&view.get())) data-testid="clock-bar">
                <span class="clock-bar-segment">
                    {move || {
                        let v = view.get();
                        format!("{}/{} ", v.segment_index + 1, v.segment_count)
                    }}
                    <strong>{segment_title}</strong>
                </span>
                <span class="clock-bar-time" data-testid="clock-bar-segment-time">
                    {segment_time}
                </span>
                <span class="clock-bar-meeting">
                    "Meeting "
                    <span data-testid="clock-bar-meeting-left">
                        {move || format_countdown(view.get().meeting_remaining_ms)}
                    </span>
                    " left"
                </span>
            </div>
        </Show>
    }
}
