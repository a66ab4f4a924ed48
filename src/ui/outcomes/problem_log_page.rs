use super::action_list::ActionList;
use super::problem_card::ProblemCard;
use super::problem_form::ProblemForm;
use crate::domain::ids::{PersonId, ProblemId};
use crate::domain::outcomes::{ProblemFilter, filtered_problems};
use crate::ui::choice::{choice_options, chosen};
use crate::ui::field::Field;
use crate::ui::find_people::{MoreRows, cut_short};
use crate::ui::opening::{self, PageOpening};
use crate::ui::state::{ProblemsState, RosterState};
use leptos::prelude::*;

/// How many problem cards the log shows before it offers more: each card is a form with its
/// brainstorm, and years of open problems (391 in the five-year workspace) took 9 s to show.
const PROBLEMS_PER_PAGE: usize = 20;

/// The workspace's problem log: problems raised in any meeting (or added here), biggest impact
/// first, filtered by status, each with its brainstorm; then every action item.
#[component]
pub fn ProblemLogPage() -> impl IntoView {
    let problems = expect_context::<ProblemsState>();
    let roster = expect_context::<RosterState>();
    let filter = RwSignal::new(ProblemFilter::Active);
    let limit = RwSignal::new(PROBLEMS_PER_PAGE);
    let shown = Memo::new(move |_| {
        let all = problems.all();
        filtered_problems(&all, filter.get())
            .into_iter()
            .map(|p| p.id)
            .collect::<Vec<ProblemId>>()
    });
    let (listed, counts) = cut_short(shown, limit);
    let people = Signal::derive(move || {
        roster
            .people()
            .into_iter()
            .filter(|p| p.active)
            .map(|p| p.id)
            .collect::<Vec<PersonId>>()
    });

    view! {
        <section class=opening::PROBLEMS.section_class aria-labelledby="page-title">
            <PageOpening opening=&opening::PROBLEMS />
            <section class="oc-section oc-log-form" aria-labelledby="log-problem-title">
                <h2 id="log-problem-title">"Log a problem"</h2>
                <ProblemForm
                    raised_in=None
                    people
                    default_raiser=Signal::derive(|| None)
                    title_id="new-problem-title"
                    with_details=true
                />
            </section>
            <section class="oc-section" aria-labelledby="problems-title">
                <h2 id="problems-title">"Problems"</h2>
                <div class="field-row oc-filter-row">
                    <Field label="Show problems">
                        <select
                            id="problem-filter"
                            on:change=move |ev| {
                                filter.set(chosen(&ev).unwrap_or_default());
                                limit.set(PROBLEMS_PER_PAGE);
                            }
                        >
                            {choice_options(ProblemFilter::CHOICES, ProblemFilter::label, move |f| filter.get() == f)}
                        </select>
                    </Field>
                    <p class="muted oc-count" role="status">
                        {move || match shown.get().len() {
                            0 => "None to show.".to_string(),
                            1 => "1 problem".to_string(),
                            n => format!("{n} problems"),
                        }}
                    </p>
                </div>
                <Show when=move || problems.all().is_empty()>
                    <p class="empty-state">"No problems logged yet. Raise them in a meeting, or log one above."</p>
                </Show>
                <ul class="oc-problems">
                    <For each=move || listed.get() key=|id| *id let:id>
                        <ProblemCard id locked=false show_meeting=true />
                    </For>
                </ul>
                <MoreRows
                    counts
                    limit
                    what="problems"
                    show_all="Show all problems"
                    page=PROBLEMS_PER_PAGE
                />
            </section>
            <ActionList />
        </section>
    }
}
