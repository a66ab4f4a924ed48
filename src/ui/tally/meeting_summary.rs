use super::bar_chart::{Bar, BarChart};
use super::tally_session::TallySession;
use crate::domain::agenda::format_elapsed;
use crate::domain::person::REMOVED_PERSON;
use crate::domain::tally::{Balance, Mark, Measure, TOO_FEW_TO_JUDGE};
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// After the meeting: who spoke how much, the balance, and whom to draw in next time.
#[component]
pub fn MeetingSummary() -> impl IntoView {
    let tally = expect_context::<TallySession>();
    let roster = expect_context::<RosterState>();
    let name_of = move |id| {
        roster
            .person(id)
            .map_or_else(|| REMOVED_PERSON.into(), |p| p.name)
    };

    let content = move || {
        let balance = tally.with(|s| Balance::of(s, Measure::Turns))?;
        let tallies = tally.attendee_tallies()?;
        let timed = tallies.iter().any(|t| t.speaking_ms > 0);
        let contributions = tallies
            .iter()
            .map(|t| Bar {
                label: name_of(t.person),
                value: t.turns as f64,
                text: t.turns.to_string(),
            })
            .collect::<Vec<_>>();
        let speaking = timed.then(|| {
            tallies
                .iter()
                .map(|t| Bar {
                    label: name_of(t.person),
                    value: t.speaking_ms as f64,
                    text: format_elapsed(t.speaking_ms),
                })
                .collect::<Vec<_>>()
        });
        let flagged = |mark: Mark| {
            balance
                .rows
                .iter()
                .filter(|r| r.mark == mark)
                .map(|r| name_of(r.person))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let score = balance
            .score_sentence()
            .map_or_else(|| TOO_FEW_TO_JUDGE.to_string(), |s| format!("{s}."));
        let notes = [
            (Mark::Silent, "Not heard"),
            (Mark::Quiet, "Quiet"),
            (Mark::Dominating, "Dominating"),
        ]
        .into_iter()
        .filter_map(|(mark, label)| {
            let names = flagged(mark);
            (!names.is_empty()).then(|| view! { <li><strong>{label} ": "</strong>{names}</li> })
        })
        .collect_view();
        Some(view! {
            <p class="score-line">{score}</p>
            <ul class="flag-list">{notes}</ul>
            <BarChart title="Contributions per person".to_string() bars=contributions />
            {speaking.map(|bars| view! { <BarChart title="Speaking time per person".to_string() bars /> })}
        })
    };

    view! {
        <section class="meeting-summary" aria-labelledby="summary-title">
            <h2 id="summary-title">"Participation"</h2>
            {content}
        </section>
    }
}
