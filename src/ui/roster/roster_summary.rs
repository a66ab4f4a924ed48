use crate::domain::person::TeamKind;
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// One line of counts, so the facilitator sees the balance between the teams.
#[component]
pub fn RosterSummary() -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let summary = Memo::new(move |_| {
        let people = roster.people();
        let active: Vec<_> = people.iter().filter(|p| p.active).collect();
        let count = |kind: TeamKind| active.iter().filter(|p| p.team.kind() == kind).count();
        let mut parts = vec![format!(
            "{} active: {} Sales, {} Marketing, {} Other",
            active.len(),
            count(TeamKind::Sales),
            count(TeamKind::Marketing),
            count(TeamKind::Other)
        )];
        let executives = active.iter().filter(|p| p.executive).count();
        let core = active.iter().filter(|p| p.core).count();
        let inactive = people.len() - active.len();
        for (n, what) in [
            (executives, "executive"),
            (core, "core"),
            (inactive, "inactive"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        parts.join(" · ")
    });
    view! { <p class="roster-summary">{summary}</p> }
}
