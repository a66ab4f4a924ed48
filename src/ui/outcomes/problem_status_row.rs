use super::support::person_name;
use crate::domain::ids::ProblemId;
use crate::domain::outcomes::ProblemStatus;
use crate::ui::now::now;
use crate::ui::state::{ProblemsState, RosterState};
use leptos::prelude::*;

/// A problem in progress as the review sees it: title, impact, chosen ideas, and its status
/// changed in place.
#[component]
pub fn ProblemStatusRow(id: ProblemId) -> impl IntoView {
    let problems = expect_context::<ProblemsState>();
    let roster = expect_context::<RosterState>();
    let problem = Memo::new(move |_| problems.get(id));
    let title = move || problem.get().map(|p| p.title).unwrap_or_default();
    let status = move || problem.get().map(|p| p.status).unwrap_or_default();
    let facts = move || {
        let p = problem.get()?;
        let mut facts = vec![format!("Impact {} of 5", p.impact)];
        if let Some(person) = p.raised_by {
            facts.push(format!("raised by {}", person_name(roster, person)));
        }
        let chosen: Vec<String> = p.chosen_ideas().map(|i| i.text.clone()).collect();
        if !chosen.is_empty() {
            facts.push(format!("chosen: {}", chosen.join("; ")));
        }
        Some(facts.join(" · "))
    };
    let set_status = move |value: String| {
        if let (Some(mut p), Some(status)) =
            (problems.get_untracked(id), ProblemStatus::from_key(&value))
        {
            p.set_status(status, now());
            problems.save(p);
        }
    };
    view! {
        <div class="oc-progress">
            <p class="oc-progress-what"><strong>{title}</strong></p>
            <p class="muted oc-meta">{facts}</p>
            <label class="field oc-status-field">
                <span class="field-label">
                    "Status" <span class="visually-hidden">" of problem “" {title} "”"</span>
                </span>
                <select on:change=move |ev| set_status(event_target_value(&ev))>
                    {ProblemStatus::ALL
                        .into_iter()
                        .map(|value| {
                            view! {
                                <option value=value.key() selected=move || status() == value>
                                    {value.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}
