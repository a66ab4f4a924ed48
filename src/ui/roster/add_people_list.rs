use super::team_select::TeamSelect;
use crate::domain::ids::PersonId;
use crate::domain::person::TeamKind;
use crate::domain::roster_list::{LineOutcome, read_people_list};
use crate::domain::time::Timestamp;
use crate::ui::field::Field;
use crate::ui::now::now;
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// Adds a pasted list of people: what it would add is shown as it is typed, and nothing is
/// added while a line is wrong (see `domain::roster_list` for what a line may hold).
#[component]
pub fn AddPeopleList() -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let text = RwSignal::new(String::new());
    let team = RwSignal::new(TeamKind::Sales);
    let done = RwSignal::new(None::<String>);
    let list = Memo::new(move |_| {
        let default_team = team.get().with_label("");
        text.with(|text| {
            // Tracked: who is "already on the roster" changes as rows are added or deleted.
            roster.with(|people| read_people_list(text, &default_team, people))
        })
    });

    let preview = move || {
        list.with(|list| {
            if !list.problems.is_empty() {
                return "Nothing is added until these lines are fixed:".to_string();
            }
            let adds = match list.to_add.len() {
                0 => None,
                n => Some(format!("Adds {}.", people(n))),
            };
            let there = match list.already_there.len() {
                0 => None,
                1 => Some("1 is already on the roster.".to_string()),
                n => Some(format!("{n} are already on the roster.")),
            };
            [adds, there]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    let add = move |_| {
        let Some(checked) = list.with_untracked(|list| list.can_add().then(|| list.to_add.clone()))
        else {
            return;
        };
        let start = now();
        // A millisecond apart, so the roster keeps the list's order.
        let added: Vec<_> = (0..)
            .zip(checked)
            .map(|(i, draft)| draft.into_new_person(PersonId::random(), Timestamp(start.0 + i)))
            .collect();
        let names: Vec<&str> = added.iter().map(|p| p.name.as_str()).collect();
        done.set(Some(format!(
            "Added {}: {}.",
            people(added.len()),
            names.join(", ")
        )));
        roster.add_all(added);
        text.set(String::new());
    };

    view! {
        <details class="add-people-list">
            <summary>"Add several people at once"</summary>
            <Field label="One person a line">
                <textarea
                    id="people-list"
                    rows="6"
                    placeholder="Ann Lee\nBen Ng, marketing\nCy Park <cy@example.com>"
                    aria-describedby="people-list-help people-list-preview"
                    prop:value=text
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        done.set(None);
                    }
                ></textarea>
            </Field>
            <p id="people-list-help" class="muted">
                "Paste from a spreadsheet (name, team, email columns), an email's address line, or type names. "
                "A column or word “exec” or “core” marks executives and core members. "
                "People already on the roster are left out."
            </p>
            <div class="field-row">
                <TeamSelect
                    id="people-list-team".into()
                    label="Team, where a line names none"
                    value=team
                    on_change=move |kind| team.set(kind)
                />
                <button
                    type="button"
                    class="button-primary"
                    disabled=move || !list.with(|list| list.can_add())
                    on:click=add
                >
                    {move || format!("Add {}", people(list.with(|list| list.to_add.len())))}
                </button>
            </div>
            <div id="people-list-preview" aria-live="polite">
                <p>{move || done.get().unwrap_or_else(preview)}</p>
                // Each line as it was read (team, executive, core, address), before anything
                // is added; wrong lines in the error colour.
                <ul class="people-list-lines" data-testid="people-list-lines">
                    {move || {
                        list.with(|list| {
                            list.lines
                                .iter()
                                .map(|line| {
                                    let wrong = matches!(line.outcome, LineOutcome::Wrong(_));
                                    view! { <li class:field-error=wrong>{line.to_string()}</li> }
                                })
                                .collect_view()
                        })
                    }}
                </ul>
            </div>
        </details>
    }
}

/// "1 person", "3 people".
fn people(count: usize) -> String {
    match count {
        1 => "1 person".to_string(),
        n => format!("{n} people"),
    }
}
