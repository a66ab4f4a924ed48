use super::problem_status_row::ProblemStatusRow;
use super::support::CARRIED_PER_PAGE;
use crate::domain::outcomes::Review;
use crate::ui::find_people::{MoreRows, cut_short};
use leptos::prelude::*;

/// The review's problems in progress, each with its status to update; nothing when there
/// are none.
#[component]
pub fn ProblemsInProgress(review: Memo<Review>) -> impl IntoView {
    let problem_ids = Memo::new(move |_| {
        review.with(|r| {
            r.problems_in_progress
                .iter()
                .map(|p| p.id)
                .collect::<Vec<_>>()
        })
    });
    let limit = RwSignal::new(CARRIED_PER_PAGE);
    let (listed, counts) = cut_short(problem_ids, limit);
    view! {
        <Show when=move || !problem_ids.with(Vec::is_empty)>
            <h4 class="oc-subhead">"Problems in progress"</h4>
            <ul class="oc-loop-list">
                <For each=move || listed.get() key=|id| *id let:id>
                    <li><ProblemStatusRow id /></li>
                </For>
            </ul>
            <MoreRows counts limit what="problems" show_all="Show all problems" page=CARRIED_PER_PAGE />
        </Show>
    }
}
