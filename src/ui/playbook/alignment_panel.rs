use super::results_table::ResultsTable;
use super::results_table::shown;
use super::statement_editor::StatementEditor;
use crate::domain::ids::{AlignmentScoreId, PersonId, StatementId};
use crate::domain::person::REMOVED_PERSON;
use crate::domain::person::TeamKind;
use crate::domain::playbook::Statement;
use crate::domain::playbook::alignment::{
    MAX_SCORE, MIN_SCORE, asked, results, score, trend_by_quarter,
};
use crate::ui::field::Field;
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::{local_date_of, now};
use crate::ui::outcomes::record_options;
use crate::ui::state::{PlaybookState, RosterState};
use leptos::prelude::*;

/// The alignment check: each attendee in turn scores the statements from 1 (disagree) to 5
/// (agree); the results show each team side by side with the gap between Sales and Marketing,
/// this meeting and quarter by quarter.
#[component]
pub fn AlignmentPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let playbook = expect_context::<PlaybookState>();
    let roster = expect_context::<RosterState>();
    // A workspace starts from the documents' statements, made the first time a check opens.
    if playbook.with_untracked_records(|r| r.statements.is_empty()) {
        playbook.save_statements(Statement::defaults(|_| StatementId::random(), now()));
    }
    let statements = Memo::new(move |_| {
        playbook.with(|r| {
            asked(&r.statements)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let attendees = Memo::new(move |_| live.meeting.with(|m| m.attendees.clone()));
    let scorer = RwSignal::new(attendees.get_untracked().first().copied());
    let team_of = move |person: PersonId| {
        roster
            .person(person)
            .map_or(TeamKind::Other, |p| p.team.kind())
    };
    let name_of = move |person: PersonId| {
        roster
            .person(person)
            .map_or_else(|| REMOVED_PERSON.to_string(), |p| p.name)
    };
    let here = Memo::new(move |_| {
        let id = live.id;
        playbook.with(|r| {
            let mine: Vec<_> = r
                .scores
                .iter()
                .filter(|s| s.meeting == id)
                .cloned()
                .collect();
            results(&r.statements, &mine)
        })
    });
    let quarters =
        Memo::new(move |_| playbook.with(|r| trend_by_quarter(&r.statements, &r.scores)));
    let scored = move |statement: StatementId, person: PersonId| {
        let id = live.id;
        playbook.with(|r| {
            r.scores
                .iter()
                .filter(|s| s.meeting == id && s.statement == statement && s.person == person)
                .max_by_key(|s| s.updated_at)
                .map(|s| s.score)
        })
    };
    let give = move |statement: StatementId, value: u8| {
        let Some(person) = scorer.get_untracked() else {
            return;
        };
        let on = live
            .meeting
            .with_untracked(|m| local_date_of(m.start_time()))
            .unwrap_or_default();
        let made = playbook.with_untracked_records(|r| {
            score(
                &r.scores,
                live.id,
                on,
                statement,
                person,
                team_of(person),
                value,
                AlignmentScoreId::random(),
                now(),
            )
        });
        match made {
            Ok(made) => playbook.save_score(made),
            Err(error) => live.error.set(Some(error.into())),
        }
    };
    let text_of = move |id: StatementId| {
        playbook.with(|r| {
            r.statements
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.text.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <section class="segment-panel pb-alignment" aria-labelledby="pb-alignment-title">
            <h3 id="pb-alignment-title">"Alignment check"</h3>
            <p class="muted">
                "Go round the room: each person scores every statement from 1 (disagree) to 5 (agree)."
            </p>
            <Field label="Scoring now">
                <select
                    id="pb-scorer"
                    on:change=move |ev| scorer.set(event_target_value(&ev).parse().ok())
                >
                    {move || {
                        record_options(
                            attendees
                                .get()
                                .into_iter()
                                .map(move |p| (p, format!("{} ({})", name_of(p), team_of(p).label()))),
                            move |p| scorer.get() == Some(p),
                        )
                    }}
                </select>
            </Field>
            <ul class="pb-statements">
                <For each=move || statements.get() key=|s| (s.id, s.text.clone()) let:statement>
                    {
                        let id = statement.id;
                        view! {
                            <li>
                                <p class="pb-statement-text">{statement.text.clone()}</p>
                                <div class="pb-score-buttons" role="group" aria-label=statement.text.clone()>
                                    {(MIN_SCORE..=MAX_SCORE)
                                        .map(|value| {
                                            let pressed = move || {
                                                scorer.get().and_then(|p| scored(id, p)) == Some(value)
                                            };
                                            view! {
                                                <button
                                                    type="button"
                                                    class="pb-score"
                                                    aria-pressed=move || pressed().to_string()
                                                    on:click=move |_| give(id, value)
                                                >
                                                    {value}
                                                </button>
                                            }
                                        })
                                        .collect_view()}
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            <h4 id="pb-alignment-results">"Results in this meeting"</h4>
            <ResultsTable rows=here text_of=Callback::new(text_of) labelled_by="pb-alignment-results" />
            <Show when=move || quarters.with(|q| !q.is_empty())>
                <h4 id="pb-alignment-trend">"Gap between Sales and Marketing, quarter by quarter"</h4>
                <div class="table-scroll">
                    <table class="pb-results" aria-labelledby="pb-alignment-trend">
                        <thead>
                            <tr>
                                <th scope="col">"Statement"</th>
                                {move || {
                                    quarters
                                        .get()
                                        .into_iter()
                                        .map(|(q, _)| view! { <th scope="col">{q.to_string()}</th> })
                                        .collect_view()
                                }}
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let all = quarters.get();
                                statements
                                    .get()
                                    .into_iter()
                                    .map(|s| {
                                        let gaps = all
                                            .iter()
                                            .map(|(_, rows)| {
                                                let gap = rows
                                                    .iter()
                                                    .find(|r| r.statement == s.id)
                                                    .and_then(|r| r.gap);
                                                view! { <td>{shown(gap)}</td> }
                                            })
                                            .collect_view();
                                        view! {
                                            <tr>
                                                <th scope="row">{s.text.clone()}</th>
                                                {gaps}
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </Show>
            <StatementEditor />
        </section>
    }
}
