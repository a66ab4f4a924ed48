use super::tally_session::TallySession;
use crate::domain::agenda::format_elapsed;
use crate::domain::person::REMOVED_PERSON;
use crate::domain::tally::{Balance, Mark, Measure, TallyError};
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// The checkmarks: one large tap target per attendee, with their count and flag. Digits 1-9
/// tap the attendees in order; Ctrl+Z or Backspace takes the last tap back.
#[component]
pub fn TallyBoard() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let tally = expect_context::<TallySession>();
    let roster = expect_context::<RosterState>();
    let balance = Memo::new(move |_| tally.with(|s| Balance::of(s, Measure::Turns)));
    let segment = move || live.view.get_untracked().segment_index;
    let name_of = move |person| {
        roster
            .person(person)
            .map_or_else(|| REMOVED_PERSON.into(), |p| p.name)
    };
    // Said beside "Undo last tap" before it is pressed (or Ctrl+Z), so a wrong tile is caught.
    let last_tap = Memo::new(move |_| tally.undo_person());
    let undo_note = move || match last_tap.get() {
        Some(person) => format!("Last tap: {}", name_of(person)),
        None => TallyError::NothingToUndo.to_string(),
    };

    let tiles = move || {
        let attendees = live.meeting.with(|m| m.attendees.clone());
        let balance = balance.get();
        let speaker = tally.with(|s| s.current_speaker()).flatten();
        attendees
            .into_iter()
            .enumerate()
            .map(|(index, person)| {
                let name = name_of(person);
                let row = balance
                    .as_ref()
                    .and_then(|b| b.rows.iter().find(|r| r.person == person).copied());
                let turns = row.map_or(0, |r| r.amount);
                let mark = row.map_or(Mark::Silent, |r| r.mark);
                let mark_class = match mark {
                    Mark::Silent => "mark-silent",
                    Mark::Quiet => "mark-quiet",
                    Mark::Fine => "mark-fine",
                    Mark::Dominating => "mark-dominating",
                };
                let shortcut = (index < 9).then(|| (index + 1).to_string());
                let label = format!(
                    "{name}: {turns} contribution{}{}",
                    if turns == 1 { "" } else { "s" },
                    if mark.label().is_empty() {
                        String::new()
                    } else {
                        format!(", {}", mark.label().to_lowercase())
                    }
                );
                let speaking = speaker == Some(person);
                view! {
                    <li>
                        <button
                            type="button"
                            class=format!("tally-tile {mark_class}")
                            class:speaking=speaking
                            aria-label=label
                            aria-pressed=tally.is_timed().then(|| speaking.to_string())
                            disabled=move || !tally.is_ready()
                            on:click=move |_| tally.tap(person, segment())
                        >
                            <span class="tally-key" aria-hidden="true">{shortcut}</span>
                            <span class="tally-name">{name}</span>
                            <span class="tally-count" data-testid="tally-count">{turns}</span>
                            <span class="tally-mark">{mark.label()}</span>
                            {tally.is_timed().then(|| view! {
                                <span class="tally-time">{move || format_elapsed(tally.speaking_ms_of(person))}</span>
                            })}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="tally" aria-labelledby="tally-title">
            <div class="tally-head">
                <h2 id="tally-title">"Talk tally"</h2>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || tally.is_timed()
                        on:change=move |ev| tally.set_timed(event_target_checked(&ev), segment())
                    />
                    "Timed mode (tap who has the floor)"
                </label>
                <button
                    type="button"
                    disabled=move || last_tap.with(Option::is_none)
                    aria-describedby="tally-undo-note"
                    on:click=move |_| tally.undo(segment())
                >
                    "Undo last tap"
                </button>
                <span id="tally-undo-note" class="muted">{undo_note}</span>
            </div>
            <ul class="tally-grid">{tiles}</ul>
        </section>
    }
}
