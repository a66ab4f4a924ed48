use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::format_duration;
use crate::ui::field::Field;
use crate::ui::now::now;
use crate::ui::outcomes::{progress_split, use_review};
use leptos::prelude::*;

/// Progress on deliverables: two minutes each, the rest for questions. Enter adds the next one.
#[component]
pub fn DeliverablesPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let draft = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        live.edit(|m| m.add_deliverable(&text, now()).map(|_| ()));
        if live.error.get_untracked().is_none() {
            draft.set(String::new());
        }
    };
    // Carried-over action items take their slots first, then the typed deliverables.
    let review = use_review(live.meeting);
    let slots = move || {
        live.meeting
            .with(|m| progress_split(m, &review.get()))
            .map(|slots| {
                let text = format!(
                    "{} deliverable{} × {}, {} for questions",
                    slots.deliverables,
                    if slots.deliverables == 1 { "" } else { "s" },
                    format_duration(slots.slot_secs),
                    format_duration(slots.question_secs)
                );
                (text, slots.overbooked)
            })
    };
    view! {
        <div class="segment-panel" aria-label="Deliverables">
            <h3>"Deliverables"</h3>
            <p>
                {move || slots().map(|(text, _)| text)}
                {move || {
                    slots()
                        .filter(|(_, overbooked)| *overbooked)
                        .map(|_| view! { <span class="field-warning">" More deliverables than time."</span> })
                }}
            </p>
            <ol class="deliverables">
                {move || {
                    live.meeting
                        .get()
                        .deliverables
                        .into_iter()
                        .map(|d| {
                            let id = d.id;
                            view! {
                                <li>
                                    <span>{d.text.clone()}</span>
                                    <span class="muted">" · 2:00"</span>
                                    <button
                                        type="button"
                                        class="button-danger-quiet"
                                        on:click=move |_| live.edit(|m| m.remove_deliverable(id, now()))
                                    >
                                        "Remove"
                                        <span class="visually-hidden">" " {d.text.clone()}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <form class="field-row" on:submit=add>
                <Field label="Deliverable" class="field-grow">
                    <input
                        type="text"
                        placeholder="e.g. New pricing one-pager"
                        prop:value=draft
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    />
                </Field>
                <button type="submit">"Add"</button>
            </form>
        </div>
    }
}
