use super::status_select::StatusSelect;
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
    let set_status = move |status: ProblemStatus| {
        if let Some(mut p) = problems.get_untracked(id) {
            p.set_status(status, now());
            problems.save(p);
        }
    };
    view! {
        <div class="oc-progress">
            <p class="oc-progress-what"><strong>{title}</strong></p>
            <p class="muted oc-meta">{facts}</p>
            <StatusSelect
                of=Signal::derive(move || format!("of problem “{}”", title()))
                value=Signal::derive(status)
                on_change=set_status
                class="oc-status-field"
            />
        </div>
    }
}
