use super::problem_card::ProblemCard;
use crate::domain::ids::ProblemId;
use crate::domain::sort::SortByKey;
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::ProblemsState;
use leptos::prelude::*;

/// In segments without a panel of their own (a brainstorm, say): the problems this meeting
/// raised, with their ideas, so the brainstorm goes on where it is discussed. Nothing when the
/// meeting has raised none.
#[component]
pub fn MeetingProblemsPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let problems = expect_context::<ProblemsState>();
    let raised_here = Memo::new(move |_| {
        let mut list: Vec<_> = problems
            .all()
            .into_iter()
            .filter(|p| p.raised_in == Some(live.id))
            .map(|p| (p.created_at, p.id))
            .collect();
        list.sort_dyn();
        list.into_iter()
            .map(|(_, id)| id)
            .collect::<Vec<ProblemId>>()
    });
    view! {
        <Show when=move || !raised_here.get().is_empty()>
            <section class="segment-panel" aria-labelledby="meeting-problems-title">
                <h3 id="meeting-problems-title">"Problems raised in this meeting"</h3>
                <ul class="oc-problems">
                    <For each=move || raised_here.get() key=|id| *id let:id>
                        <ProblemCard id locked=false level=4 />
                    </For>
                </ul>
            </section>
        </Show>
    }
}
