use super::actions_by_owner::ActionsByOwner;
use super::problem_card::ProblemCard;
use super::support::person_name;
use crate::domain::ids::ProblemId;
use crate::domain::outcomes::{ActionItem, ProblemFilter, filtered_problems, who_lacks_action};
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::{ActionsState, ProblemsState, RosterState};
use leptos::prelude::*;

/// A finished meeting's output, read-only: the problems it raised with their brainstorm, and
/// its action items by owner. Statuses are updated in the next meeting's review or on the
/// problem log, never here.
#[component]
pub fn MeetingOutcomes() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let problems = expect_context::<ProblemsState>();
    let actions = expect_context::<ActionsState>();
    let roster = expect_context::<RosterState>();
    let raised = Memo::new(move |_| {
        let all = problems.all();
        filtered_problems(&all, ProblemFilter::All)
            .into_iter()
            .filter(|p| p.raised_in == Some(live.id))
            .map(|p| p.id)
            .collect::<Vec<ProblemId>>()
    });
    let made = Memo::new(move |_| {
        actions
            .all()
            .into_iter()
            .filter(|a| a.made_in == live.id)
            .collect::<Vec<ActionItem>>()
    });
    let attendees = Signal::derive(move || live.meeting.get().attendees);
    let without = move || {
        who_lacks_action(&attendees.get(), &made.get())
            .into_iter()
            .map(|p| person_name(roster, p))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="oc-outcomes" aria-labelledby="outcomes-title">
            <h2 id="outcomes-title">"Outcomes"</h2>
            <h3>"Problems raised"</h3>
            <Show
                when=move || !raised.get().is_empty()
                fallback=|| view! { <p class="muted">"No problems were raised."</p> }
            >
                <ul class="oc-problems">
                    <For each=move || raised.get() key=|id| *id let:id>
                        <ProblemCard id locked=true level=4 />
                    </For>
                </ul>
            </Show>
            <h3>"Action items"</h3>
            <Show
                when=move || !made.get().is_empty()
                fallback=|| view! { <p class="muted">"No action items were set."</p> }
            >
                <ActionsByOwner actions=made owners=attendees />
            </Show>
            {move || {
                let names = without();
                (!names.is_empty())
                    .then(|| {
                        view! {
                            <p class="oc-rule-warning">
                                "Left without an action item: " {names.join(", ")}
                            </p>
                        }
                    })
            }}
        </section>
    }
}
