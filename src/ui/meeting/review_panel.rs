use super::live_meeting_page::LiveMeeting;
use crate::ui::state::{MeetingsState, RosterState};
use leptos::prelude::*;

/// The review opens with a summary of the last meeting, presented by that meeting's
/// note-taker (the note-taker changes every week, so everyone presents in turn).
#[component]
pub fn ReviewPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let meetings = expect_context::<MeetingsState>();
    let roster = expect_context::<RosterState>();
    let presenter = move || {
        let previous = meetings.previous(&live.meeting.get())?;
        let name = previous
            .note_taker
            .and_then(|id| roster.person(id))
            .map(|p| p.name);
        Some((previous.title, name))
    };
    view! {
        <div class="segment-panel" aria-label="Review">
            <h3>"Review of the last meeting"</h3>
            {move || match presenter() {
                Some((title, Some(name))) => {
                    view! {
                        <p>
                            <strong>{name}</strong>
                            " took the notes at “" {title} "” and presents its summary."
                        </p>
                    }
                        .into_any()
                }
                Some((title, None)) => {
                    view! { <p>"Nobody took notes at “" {title} "”: summarise it together."</p> }
                        .into_any()
                }
                None => view! { <p>"This is the first meeting: there is nothing to review yet."</p> }
                    .into_any(),
            }}
        </div>
    }
}
