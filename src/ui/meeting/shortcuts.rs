use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::ClockAction;
use crate::ui::state::Persistence;
use crate::ui::tally::TallySession;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the key press belongs to a field the user is typing in.
fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.is_content_editable()
}

/// Whether the key press reaches a control that Space and Enter act on (a button, a link, a
/// checkbox…): those keys then belong to the control, not to the page's shortcuts.
fn on_a_control(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| {
            element
                .closest("button, a[href], summary, [role=button], [role=checkbox], [role=tab]")
                .ok()
                .flatten()
        })
        .is_some()
}

/// The live meeting's keyboard: Space start/pause/resume (when no control has focus), N or → next, P or ← previous, digits 1-9
/// tally the attendees in order, Ctrl+Z or Backspace undoes the last tap, ? help.
/// Returns the signal that opens the help overlay.
pub fn use_meeting_shortcuts(live: LiveMeeting, tally: TallySession) -> RwSignal<bool> {
    let help_open = RwSignal::new(false);
    let persistence = expect_context::<Persistence>();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        // Another tab has the data: this one is read-only, keys included.
        if typing_in_a_field(&ev) || persistence.handed_over_untracked().is_some() {
            return;
        }
        let view = live.view.get_untracked();
        let segment = view.segment_index;
        // A closed meeting's tally is a record: taps and undos no longer change it. After
        // time's up it is still open, like the rest of the record.
        let tally_open = !view.is_closed();
        let undo = (ev.ctrl_key() || ev.meta_key()) && ev.key().eq_ignore_ascii_case("z");
        if tally_open && (undo || (ev.key() == "Backspace" && !ev.ctrl_key())) {
            tally.undo(segment);
            ev.prevent_default();
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if let Some(digit) = ev
            .key()
            .parse::<usize>()
            .ok()
            .filter(|d| tally_open && (1..=9).contains(d))
        {
            let attendee = live
                .meeting
                .with_untracked(|m| m.attendees.get(digit - 1).copied());
            if let Some(person) = attendee {
                tally.tap(person, segment);
                ev.prevent_default();
            }
            return;
        }
        let handled = match ev.key().as_str() {
            // Space on a focused control presses that control (the browser does it).
            " " if on_a_control(&ev) => false,
            " " => {
                live.toggle();
                true
            }
            "n" | "N" | "ArrowRight" => {
                live.act(ClockAction::Next);
                true
            }
            "p" | "P" | "ArrowLeft" => {
                live.act(ClockAction::Previous);
                true
            }
            "?" => {
                help_open.update(|open| *open = !*open);
                true
            }
            "Escape" if help_open.get_untracked() => {
                help_open.set(false);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
    help_open
}

/// The list of shortcuts, opened with `?`.
#[component]
pub fn HelpOverlay(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || open.get()>
            <div class="overlay" on:click=move |_| open.set(false)>
                <div
                    class="dialog"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="shortcuts-title"
                    on:click=|ev| ev.stop_propagation()
                >
                    <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                    <dl class="shortcut-list">
                        <dt><kbd>"Space"</kbd></dt>
                        <dd>"Start, pause or resume the clock (on a focused button, Space presses it)"</dd>
                        <dt><kbd>"N"</kbd> " or " <kbd>"→"</kbd></dt>
                        <dd>"Next segment"</dd>
                        <dt><kbd>"P"</kbd> " or " <kbd>"←"</kbd></dt>
                        <dd>"Previous segment"</dd>
                        <dt><kbd>"1"</kbd> "–" <kbd>"9"</kbd></dt>
                        <dd>"Tally a contribution by attendee 1 to 9"</dd>
                        <dt><kbd>"Ctrl"</kbd> "+" <kbd>"Z"</kbd> " or " <kbd>"Backspace"</kbd></dt>
                        <dd>"Undo the last tap"</dd>
                        <dt><kbd>"?"</kbd></dt>
                        <dd>"Show or hide this list"</dd>
                    </dl>
                    <p class="muted">"Shortcuts do nothing while you type in a field."</p>
                    <button type="button" class="button-primary" autofocus on:click=move |_| open.set(false)>
                        "Close"
                    </button>
                </div>
            </div>
        </Show>
    }
}
