use super::overdue_mark::OverdueMark;
use super::support::{heading, person_name};
use crate::domain::date_text::short_day;
use crate::domain::ids::PersonId;
use crate::domain::outcomes::{ActionItem, sort_actions};
use crate::ui::state::{ProblemsState, RosterState};
use leptos::prelude::*;

/// Action items grouped by owner (in `owners` order, then anyone else), read-only: what, due
/// date, collaborators, the problem it serves, status and progress note.
#[component]
pub fn ActionsByOwner(
    #[prop(into)] actions: Signal<Vec<ActionItem>>,
    #[prop(into)] owners: Signal<Vec<PersonId>>,
) -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let problems = expect_context::<ProblemsState>();
    move || {
        let mut items = actions.get();
        sort_actions(&mut items);
        let mut order: Vec<PersonId> = owners
            .get()
            .into_iter()
            .filter(|p| items.iter().any(|a| a.owner == *p))
            .collect();
        for item in &items {
            if !order.contains(&item.owner) {
                order.push(item.owner);
            }
        }
        order
            .into_iter()
            .map(|owner| {
                let rows = items
                    .iter()
                    .filter(|a| a.owner == owner)
                    .map(|a| {
                        let mut facts = vec![a.due.map_or("no due date".to_string(), |d| {
                            format!("due {}", short_day(d))
                        })];
                        if !a.collaborators.is_empty() {
                            let with: Vec<String> =
                                a.collaborators.iter().map(|&p| person_name(roster, p)).collect();
                            facts.push(format!("with {}", with.join(", ")));
                        }
                        if let Some(problem) = a.problem {
                            facts.push(problems.get(problem).map_or(
                                "for a removed problem".to_string(),
                                |p| format!("for “{}”", p.title),
                            ));
                        }
                        let note = (!a.progress_note.is_empty()).then(|| {
                            view! { <p class="oc-meta">"Progress: " {a.progress_note.clone()}</p> }
                        });
                        view! {
                            <li class:oc-closed=!a.status.is_open()>
                                <strong>{a.what.clone()}</strong>
                                " "
                                <span class="badge" class:badge-muted=!a.status.is_open()>{a.status.label()}</span>
                                <OverdueMark action=Some(a.clone()) />
                                <p class="muted oc-meta">{facts.join(" · ")}</p>
                                {note}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="oc-owner-group">
                        {heading(4, None, "oc-owner", person_name(roster, owner))}
                        <ul class="oc-owner-items">{rows}</ul>
                    </div>
                }
            })
            .collect_view()
    }
}
