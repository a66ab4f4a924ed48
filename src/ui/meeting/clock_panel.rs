use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{
    ClockState, ClockView, WarningStage, format_countdown, format_duration,
};
use leptos::prelude::*;

pub(super) fn stage_class(view: &ClockView) -> &'static str {
    crate::domain::room::stage_class(view.stage)
}

/// The big countdown of the current segment; past its time it turns red and counts up.
pub(super) fn big_time(view: &ClockView) -> String {
    crate::domain::room::countdown_text(view)
}

fn later_line(view: &ClockView) -> Option<String> {
    if view.next_segment_index.is_none() || view.is_over() {
        return None;
    }
    let left = view.left_for_later_ms;
    let planned = view.later_planned_ms;
    let verdict = if left >= planned {
        "enough for the plan"
    } else {
        "less than planned"
    };
    Some(format!(
        "If this segment runs to its end, {} is left for the rest ({} planned): {verdict}.",
        format_countdown(left),
        format_duration((planned / 1000) as u32)
    ))
}

/// A labelled progress bar; `fraction` is 0 to 1.
#[component]
pub fn ProgressBar(label: &'static str, #[prop(into)] fraction: Signal<f64>) -> impl IntoView {
    let percent = move || (fraction.get().clamp(0.0, 1.0) * 100.0).round();
    view! {
        <div
            class="progress"
            role="progressbar"
            aria-label=label
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || percent().to_string()
        >
            <div class="progress-fill" style:width=move || format!("{}%", percent())></div>
        </div>
    }
}

/// The part of the screen readable from across the table.
#[component]
pub fn ClockPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let view = live.view;
    let segment = move || {
        let index = view.get().segment_index;
        live.meeting.with(|m| m.segment(index).cloned())
    };
    let next_title = move || {
        view.get()
            .next_segment_index
            .and_then(|i| live.meeting.with(|m| m.segment(i).map(|s| s.title.clone())))
    };
    let headline = move || match view.get().state {
        ClockState::TimeUp => Some("Time's up: the clock has stopped at the cap."),
        ClockState::Finished => Some("Meeting finished."),
        ClockState::Paused => Some("Paused"),
        _ => None,
    };
    view! {
        <div class=move || format!("clock-panel {}", stage_class(&view.get()))>
            <p class="segment-position">
                {move || {
                    let v = view.get();
                    format!("Segment {} of {}", v.segment_index + 1, v.segment_count)
                }}
            </p>
            <h2 class="segment-title">{move || segment().map(|s| s.title)}</h2>
            <p class="big-time" aria-live="off" data-testid="segment-time">
                {move || big_time(&view.get())}
            </p>
            <p class="clock-headline" role="status">
                {move || headline().unwrap_or(match view.get().stage {
                    WarningStage::Overrun => "Over time: wrap this segment up.",
                    WarningStage::OneMinute => "One minute left.",
                    WarningStage::Gentle70 => "Most of this segment's time is used.",
                    _ => "",
                })}
            </p>
            <ProgressBar label="Segment time used" fraction=Signal::derive(move || view.get().segment_progress) />
            <p class="segment-hint">{move || segment().map(|s| s.hint)}</p>
            <div class="meeting-clock">
                <p>
                    <strong>"Meeting: "</strong>
                    <span data-testid="meeting-remaining">
                        {move || format_countdown(view.get().meeting_remaining_ms)}
                    </span>
                    " left of "
                    {move || format_duration(live.meeting.with(|m| m.agenda.cap_secs))}
                </p>
                <ProgressBar label="Meeting time used" fraction=Signal::derive(move || view.get().meeting_progress) />
                <p data-testid="plan-line">{move || view.get().plan_status().to_string()}</p>
                <p>{move || later_line(&view.get())}</p>
                <p class="next-segment">
                    {move || next_title().map(|title| format!("Next: {title}"))}
                </p>
            </div>
        </div>
    }
}
