use super::problem_status_row::ProblemStatusRow;
use crate::domain::outcomes::Review;
use leptos::prelude::*;

/// The review's problems in progress, each with its status to update; nothing when there
/// are none.
#[component]
pub fn ProblemsInProgress(review: Memo<Review>) -> impl IntoView {
    let problem_ids = move || {
        review.with(|r| {
            r.problems_in_progress
                .iter()
                .map(|p| p.id)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !problem_ids().is_empty()>
            <h4 class="oc-subhead">"Problems in progress"</h4>
            <ul class="oc-loop-list">
                <For each=problem_ids key=|id| *id let:id>
                    <li><ProblemStatusRow id /></li>
                </For>
            </ul>
        </Show>
    }
}
