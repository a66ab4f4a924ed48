use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{ClockAction, ClockError, ClockState, ClockView};
use crate::ui::field_error::FieldError;
use crate::ui::now::now;
use leptos::html::Button;
use leptos::prelude::*;

/// Start, pause, move between segments, borrow time, finish (asking first when segments
/// would be skipped), close after time's up, reopen.
///
/// Focus follows the facilitator: after "Start meeting" or "Reopen" it lands on the
/// pause/resume button that took the place of the one pressed; after a question it lands on
/// the safe answer, and back on "Finish meeting" when the question goes.
#[component]
pub fn ClockControls() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let state = Memo::new(move |_| live.view.get().state);
    let in_progress = move || matches!(state.get(), ClockState::Running | ClockState::Paused);
    // Why "Next segment" and "+1 min" are disabled, said beside them (the clock's own words).
    let next_refused = Memo::new(move |_| live.view.with(ClockView::next_refusal));
    let extend_refused =
        Memo::new(move |_| live.view.with(|view| view.extend_refusal(ONE_MINUTE_SECS)));
    let any_refused = move || {
        in_progress()
            && (next_refused.with(Option::is_some) || extend_refused.with(Option::is_some))
    };
    // The question asked before finishing, while it is on screen.
    let finish_question = RwSignal::new(None::<String>);
    let toggle_ref = NodeRef::<Button>::new();
    let finish_ref = NodeRef::<Button>::new();
    let keep_going_ref = NodeRef::<Button>::new();
    let focus = move |target: NodeRef<Button>| {
        request_animation_frame(move || {
            if let Some(button) = target.get_untracked() {
                let _ = button.focus();
            }
        })
    };
    let start = move |_| {
        live.act(ClockAction::Start);
        focus(toggle_ref);
    };
    let finish = move |_| match live.meeting.with_untracked(|m| m.finish_question(now())) {
        Some(question) => {
            finish_question.set(Some(question));
            focus(keep_going_ref);
        }
        None => live.act(ClockAction::Finish),
    };
    let finish_anyway = move |_| {
        finish_question.set(None);
        live.act(ClockAction::Finish);
    };
    let keep_going = move |_| {
        finish_question.set(None);
        focus(finish_ref);
    };
    let reopen = move |_| {
        live.act(ClockAction::Reopen);
        focus(toggle_ref);
    };
    let act = move |action| move |_| live.act(action);
    // Pause and Resume swap only the label, so the button keeps its focus: the controls are
    // rebuilt only when the meeting moves to another stage of its life.
    let stage = Memo::new(move |_| match state.get() {
        ClockState::Paused => ClockState::Running,
        other => other,
    });
    let controls = move || match stage.get() {
        ClockState::NotStarted => view! {
            <button type="button" class="button-primary button-big" on:click=start>
                "Start meeting"
            </button>
        }
        .into_any(),
        ClockState::TimeUp => view! {
            <button type="button" class="button-primary" on:click=act(ClockAction::Finish)>
                "Close meeting"
            </button>
        }
        .into_any(),
        ClockState::Finished => view! {
            <Show when=move || { live.view.get().meeting_remaining_ms > 0 }>
                <button type="button" on:click=reopen>
                    "Reopen meeting"
                </button>
            </Show>
        }
        .into_any(),
        ClockState::Running | ClockState::Paused => view! {
            <button
                type="button"
                class="button-primary"
                node_ref=toggle_ref
                on:click=move |_| live.toggle()
            >
                {move || if state.get() == ClockState::Paused { "Resume" } else { "Pause" }}
            </button>
            <button type="button" on:click=act(ClockAction::Previous)>
                "Previous"
            </button>
            <button
                type="button"
                disabled=move || next_refused.with(Option::is_some)
                aria-describedby=move || {
                    next_refused.with(Option::is_some).then_some(NEXT_REFUSED_ID)
                }
                on:click=act(ClockAction::Next)
            >
                "Next segment"
            </button>
            <button
                type="button"
                disabled=move || extend_refused.with(Option::is_some)
                aria-describedby=move || {
                    extend_refused.with(Option::is_some).then_some(EXTEND_REFUSED_ID)
                }
                on:click=act(ClockAction::Extend { secs: ONE_MINUTE_SECS })
            >
                "+1 min"
                <span class="visually-hidden">
                    " for this segment, from later segments or the buffer"
                </span>
            </button>
            <Show
                when=move || finish_question.with(Option::is_some)
                fallback=move || {
                    view! {
                        <button type="button" node_ref=finish_ref on:click=finish>
                            "Finish meeting"
                        </button>
                    }
                }
            >
                <span class="confirm" role="group" aria-label="Finish the meeting early?">
                    // The buttons are described by the question, so a screen reader reads it
                    // when focus lands on "Keep going".
                    <span id="finish-question">{move || finish_question.get()}" "</span>
                    <button
                        type="button"
                        class="button-danger"
                        aria-describedby="finish-question"
                        on:click=finish_anyway
                    >
                        "Finish now"
                    </button>
                    <button
                        type="button"
                        node_ref=keep_going_ref
                        aria-describedby="finish-question"
                        on:click=keep_going
                    >
                        "Keep going"
                    </button>
                </span>
            </Show>
        }
        .into_any(),
    };
    view! {
        <div class="clock-controls" role="group" aria-label="Clock">
            {controls}
        </div>
        <Show when=any_refused>
            <p class="muted clock-refusals">
                <Refusal id=NEXT_REFUSED_ID reason=next_refused />
                <Refusal id=EXTEND_REFUSED_ID reason=extend_refused />
            </p>
        </Show>
        <p class="form-message" role="alert">
            <FieldError error=live.error />
        </p>
    }
}

const ONE_MINUTE_SECS: u32 = 60;
const NEXT_REFUSED_ID: &str = "clock-next-refused";
const EXTEND_REFUSED_ID: &str = "clock-extend-refused";

/// Why a clock control is disabled, while it is: the text its `aria-describedby` names.
#[component]
fn Refusal(id: &'static str, reason: Memo<Option<ClockError>>) -> impl IntoView {
    move || {
        reason
            .get()
            .map(|reason| view! { <span id=id>{reason.to_string()}" "</span> })
    }
}
