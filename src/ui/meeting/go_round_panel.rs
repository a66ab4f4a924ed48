use super::live_meeting_page::LiveMeeting;
use crate::domain::meeting::GoRoundMark;
use crate::domain::person::REMOVED_PERSON;
use crate::ui::now::now;
use crate::ui::outcomes::LogProblemOffer;
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// "Go round the grounds": ask every attendee in order whether they have anything new, so
/// nobody is skipped.
#[component]
pub fn GoRoundPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let roster = expect_context::<RosterState>();
    let name_of = move |id| {
        roster
            .person(id)
            .map_or_else(|| REMOVED_PERSON.into(), |p| p.name)
    };
    let next = move || {
        live.meeting
            .with(|m| m.next_unmarked_attendee())
            .map(name_of)
    };
    let mark = move |person, value| move |_| live.edit(|m| m.mark_go_round(person, value, now()));
    view! {
        <div class="segment-panel" aria-label="Go round">
            <h3>"Go round: anything new?"</h3>
            <p class="go-round-next" role="status">
                {move || match next() {
                    Some(name) => format!("Ask {name} next."),
                    None => "Everyone has been asked.".to_string(),
                }}
            </p>
            <ol class="go-round">
                {move || {
                    let meeting = live.meeting.get();
                    meeting
                        .attendees
                        .iter()
                        .map(|&person| {
                            let current = meeting.go_round_mark(person);
                            let name = name_of(person);
                            let status = match current {
                                Some(GoRoundMark::RaisedProblem) => "raised a problem",
                                Some(GoRoundMark::NothingNew) => "nothing new",
                                None => "not asked yet",
                            };
                            view! {
                                <li class:asked=current.is_some()>
                                    <span class="go-round-name">{name.clone()}</span>
                                    <span class="muted">" · " {status}</span>
                                    <span class="go-round-buttons">
                                        <button
                                            type="button"
                                            aria-pressed=(current == Some(GoRoundMark::RaisedProblem)).to_string()
                                            on:click=mark(person, Some(GoRoundMark::RaisedProblem))
                                        >
                                            "Raised a problem"
                                            <span class="visually-hidden">" (" {name.clone()} ")"</span>
                                        </button>
                                        <button
                                            type="button"
                                            aria-pressed=(current == Some(GoRoundMark::NothingNew)).to_string()
                                            on:click=mark(person, Some(GoRoundMark::NothingNew))
                                        >
                                            "Nothing new"
                                            <span class="visually-hidden">" (" {name} ")"</span>
                                        </button>
                                    </span>
                                    {(current == Some(GoRoundMark::RaisedProblem))
                                        .then(|| view! { <LogProblemOffer person /> })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </div>
    }
}
