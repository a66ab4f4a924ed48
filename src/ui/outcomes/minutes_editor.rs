use super::markdown_view::MarkdownView;
use super::minutes_toolbar::MinutesToolbar;
use super::support::person_name;
use crate::domain::outcomes::MinutesError;
use crate::ui::field_error::FieldError;
use crate::ui::format::date_time;
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::now;
use crate::ui::state::{MinutesState, RosterState};
use leptos::prelude::*;

/// The stored minutes in a textarea labelled for the note-taker, saved as typed; copy,
/// download, print and e-mail them; or write them again from the records.
#[component]
pub fn MinutesEditor(
    /// Writes the minutes from the records.
    write: Callback<(), String>,
) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let minutes = expect_context::<MinutesState>();
    let roster = expect_context::<RosterState>();
    let stored = Memo::new(move |_| minutes.of(live.id));
    // What the textarea shows; set only when the text is replaced, never while typing.
    let shown = RwSignal::new(
        stored
            .get_untracked()
            .map(|m| m.markdown)
            .unwrap_or_default(),
    );
    let error = RwSignal::new(None::<MinutesError>);
    let confirming = RwSignal::new(false);
    let markdown = Signal::derive(move || stored.get().map(|m| m.markdown).unwrap_or_default());

    let label = move || match live.meeting.get().note_taker {
        Some(person) => format!(
            "Note-taker: {} — edit the minutes",
            person_name(roster, person)
        ),
        None => "No note-taker was named — anyone may edit the minutes".to_string(),
    };
    let history = move || {
        let m = stored.get()?;
        Some(match m.edited_at {
            Some(at) => format!(
                "Written {} · edited by the note-taker {}",
                date_time(m.generated_at),
                date_time(at)
            ),
            None => format!("Written from the records {}", date_time(m.generated_at)),
        })
    };
    let edit = move |text: String| {
        let Some(mut current) = stored.get_untracked() else {
            return;
        };
        match current.edit(&text, now()) {
            Ok(()) => {
                error.set(None);
                minutes.save(current);
            }
            Err(reason) => error.set(Some(reason)),
        }
    };
    let regenerate = move |discard: bool| {
        let Some(mut current) = stored.get_untracked() else {
            return;
        };
        let text = write.run(());
        match current.regenerate(text.clone(), now(), discard) {
            Ok(()) => {
                minutes.save(current);
                shown.set(text);
                error.set(None);
                confirming.set(false);
            }
            Err(MinutesError::WouldDiscardEdits) => confirming.set(true),
            Err(reason) => error.set(Some(reason)),
        }
    };

    view! {
        <label class="field oc-minutes-field" for="minutes-text">
            <span class="oc-minutes-label">{label}</span>
        </label>
        <textarea
            id="minutes-text"
            class="oc-minutes-text"
            rows="18"
            spellcheck="true"
            prop:value=shown
            aria-invalid=move || error.get().is_some().to_string()
            aria-describedby="minutes-message minutes-history"
            on:input=move |ev| edit(event_target_value(&ev))
        ></textarea>
        <p id="minutes-message" class="form-message" aria-live="polite">
            <FieldError error=error />
        </p>
        <p id="minutes-history" class="muted oc-meta">{history}</p>
        <MinutesToolbar markdown />
        <div class="oc-regenerate">
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button type="button" class="button-secondary" on:click=move |_| regenerate(false)>
                            "Write again from the records"
                        </button>
                    }
                }
            >
                <span class="confirm" role="group" aria-label="Confirm rewriting the minutes">
                    "The note-taker has edited these minutes. Write them again and lose the edits? "
                    <button type="button" class="button-danger" on:click=move |_| regenerate(true)>
                        "Write again"
                    </button>
                    <button type="button" on:click=move |_| confirming.set(false)>"Keep the edits"</button>
                </span>
            </Show>
        </div>
        <details class="oc-preview">
            <summary>"Preview as formatted text"</summary>
            <div class="oc-md">
                <MarkdownView markdown level_offset=2 />
            </div>
        </details>
        <div class="minutes-print oc-md">
            <MarkdownView markdown />
        </div>
    }
}
