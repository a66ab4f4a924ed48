use super::minutes_editor::MinutesEditor;
use crate::domain::agenda::ClockView;
use crate::domain::outcomes::{Minutes, MinutesInput, minutes_markdown, names_of};
use crate::domain::playbook::minutes::MeetingPlaybook;
use crate::domain::tally::{Balance, Measure, TOO_FEW_TO_JUDGE};
use crate::ui::format::date_time;
use crate::ui::format::today;
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::now;
use crate::ui::state::{
    ActionsState, MeetingsState, MinutesState, PlaybookState, ProblemsState, RosterState,
};
use crate::ui::tally::TallySession;
use leptos::prelude::*;

/// The minutes, written from the records as soon as the meeting is closed (once its tally is read
/// back, so the participation balance is in them), then stored for the note-taker to edit.
#[component]
pub fn MinutesPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let tally = expect_context::<TallySession>();
    let minutes = expect_context::<MinutesState>();
    let roster = expect_context::<RosterState>();
    let problems = expect_context::<ProblemsState>();
    let actions = expect_context::<ActionsState>();
    let meetings = expect_context::<MeetingsState>();
    let playbook = expect_context::<PlaybookState>();
    let stored = Memo::new(move |_| minutes.of(live.id));
    let write = Callback::new(move |()| {
        untrack(|| {
            let meeting = live.meeting.get();
            let names = roster.with_untracked(names_of);
            let participation = tally.with(|summary| {
                Balance::of(summary, Measure::Turns)
                    .score_sentence()
                    .map_or_else(|| TOO_FEW_TO_JUDGE.to_string(), |s| format!("{s}."))
            });
            let date = date_time(meeting.start_time());
            let in_playbook = playbook.with_untracked_records(|r| {
                MeetingPlaybook::of(meeting.id, &r.entries, &r.decisions, &r.readings)
            });
            minutes_markdown(&MinutesInput {
                meeting: &meeting,
                date_text: &date,
                names: &names,
                problems: &problems.all(),
                actions: &actions.all_untracked(),
                previous: meetings.previous(&meeting).map(|m| m.id),
                participation: participation.as_deref(),
                now: now(),
                playbook: Some(&in_playbook),
                today: today(),
            })
        })
    });
    // Shown only once the meeting is closed: write its minutes now unless they were written
    // before, once its tally and the playbook are read (the balance and the playbook's parts
    // go in them). An unreadable playbook leaves its parts out rather than holding them back.
    // Reopened, or the meeting left: nothing to write, and this panel may be gone.
    let still_closed = move || live.view.try_with_untracked(ClockView::is_closed) == Some(true);
    let write_first = Action::new_local(move |_: &()| {
        let tally_read = tally.ready();
        async move {
            tally_read.await;
            let _ = playbook.load().await;
            // `stored` goes with this panel, so a panel already gone writes nothing.
            let unwritten = stored.try_with_untracked(Option::is_none) == Some(true);
            if unwritten && still_closed() && !minutes.has(live.id) {
                minutes.save(Minutes::generated(live.id, write.run(()), now()));
            }
        }
    });
    write_first.dispatch(());
    view! {
        <section class="oc-minutes" aria-labelledby="minutes-title">
            <h2 id="minutes-title">"Minutes"</h2>
            <Show
                when=move || stored.with(Option::is_some)
                fallback=|| view! { <p role="status">"Writing the minutes…"</p> }
            >
                <MinutesEditor write />
            </Show>
        </section>
    }
}
