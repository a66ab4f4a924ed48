use crate::domain::person::REMOVED_PERSON;
use crate::domain::tally::PersonHistory;
use crate::ui::column_heads::ColumnHeads;
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// Per person: meetings attended, contributions per meeting, times quiet or not heard.
#[component]
pub fn ParticipationTable(people: Vec<PersonHistory>) -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let rows = people
        .into_iter()
        .map(|p| {
            let name = roster
                .person(p.person)
                .map_or_else(|| REMOVED_PERSON.into(), |x| x.name);
            let per_meeting = p
                .turns_per_meeting()
                .map_or_else(|| "–".into(), |t| format!("{t:.1}"));
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td data-label="Meetings">{p.meetings_attended()}</td>
                    <td data-label="Contributions per meeting">{per_meeting}</td>
                    <td data-label="Times quiet">{p.times_quiet}</td>
                    <td data-label="Times not heard">{p.times_silent}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="people-title">
            <h2 id="people-title">"Participation by person"</h2>
            // Focusable so keyboard users can scroll it on a narrow screen.
            <div class="table-scroll" tabindex="0" role="region" aria-label="Participation table">
                // On a phone each person becomes a small block of labelled figures, so no
                // column is cut off (see .stack-table).
                <table class="data-table stack-table">
                    <ColumnHeads columns=&["Person", "Meetings", "Contributions per meeting", "Times quiet", "Times not heard"] />
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
