use super::problem_card::ProblemCard;
use super::support::use_raised_in;
use crate::ui::meeting::LiveMeeting;
use leptos::prelude::*;

/// In segments without a panel of their own (a brainstorm, say): the problems this meeting
/// raised, with their ideas, so the brainstorm goes on where it is discussed. Nothing when the
/// meeting has raised none.
#[component]
pub fn MeetingProblemsPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let raised_here = use_raised_in(live.id);
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
