use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{ClockAction, ClockState};
use leptos::prelude::*;

/// Start, pause, move between segments, borrow time from later segments, finish.
#[component]
pub fn ClockControls() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let state = Memo::new(move |_| live.view.get().state);
    let over = move || matches!(state.get(), ClockState::Finished | ClockState::TimeUp);
    let not_started = move || state.get() == ClockState::NotStarted;
    let is_last = move || live.view.get().next_segment_index.is_none();
    let act = move |action| move |_| live.act(action);
    view! {
        <div class="clock-controls" role="group" aria-label="Clock">
            <Show
                when=not_started
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button-primary"
                            disabled=over
                            on:click=move |_| live.toggle()
                        >
                            {move || if state.get() == ClockState::Paused { "Resume" } else { "Pause" }}
                        </button>
                    }
                }
            >
                <button type="button" class="button-primary button-big" on:click=act(ClockAction::Start)>
                    "Start meeting"
                </button>
            </Show>
            <button
                type="button"
                disabled=move || over() || not_started()
                on:click=act(ClockAction::Previous)
            >
                "Previous"
            </button>
            <button
                type="button"
                disabled=move || over() || not_started() || is_last()
                on:click=act(ClockAction::Next)
            >
                "Next segment"
            </button>
            <button
                type="button"
                disabled=move || over() || not_started() || is_last()
                on:click=act(ClockAction::Extend { secs: 60 })
            >
                "+1 min"
                <span class="visually-hidden">" for this segment, taken from later ones"</span>
            </button>
            <button
                type="button"
                disabled=move || over() || not_started()
                on:click=act(ClockAction::Finish)
            >
                "Finish meeting"
            </button>
        </div>
        <p class="form-message" role="alert">
            {move || live.error.get().map(|e| view! { <span class="field-error">{e}</span> })}
        </p>
    }
}
