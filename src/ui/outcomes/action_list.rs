use super::action_progress::ActionProgress;
use crate::domain::ids::ActionItemId;
use crate::domain::outcomes::{ActionFilter, sort_actions};
use crate::ui::choice::{choice_options, chosen};
use crate::ui::field::Field;
use crate::ui::find_people::{MoreRows, cut_short};
use crate::ui::state::ActionsState;
use leptos::prelude::*;

/// How many action items the list shows before it offers more: years of meetings leave
/// thousands still to be done (2,644 in the five-year workspace), each a row of fields.
const ACTIONS_PER_PAGE: usize = 50;

/// Every action item in the workspace, soonest due first, filterable by status; status and
/// progress note are updated in place.
#[component]
pub fn ActionList() -> impl IntoView {
    let actions = expect_context::<ActionsState>();
    let filter = RwSignal::new(ActionFilter::default());
    let limit = RwSignal::new(ACTIONS_PER_PAGE);
    let shown = Memo::new(move |_| {
        let mut list = actions.all();
        sort_actions(&mut list);
        list.into_iter()
            .filter(|a| filter.get().matches(a))
            .map(|a| a.id)
            .collect::<Vec<ActionItemId>>()
    });
    let (listed, counts) = cut_short(shown, limit);
    view! {
        <section class="oc-section" aria-labelledby="action-list-title">
            <h2 id="action-list-title">"Action items"</h2>
            <div class="field-row oc-filter-row">
                <Field label="Show action items">
                    <select
                        id="action-filter"
                        on:change=move |ev| {
                            filter.set(chosen(&ev).unwrap_or_default());
                            limit.set(ACTIONS_PER_PAGE);
                        }
                    >
                        {choice_options(ActionFilter::CHOICES, ActionFilter::label, move |f| filter.get() == f)}
                    </select>
                </Field>
                <p class="muted oc-count" role="status">
                    {move || match shown.get().len() {
                        0 => "None to show.".to_string(),
                        1 => "1 action item".to_string(),
                        n => format!("{n} action items"),
                    }}
                </p>
            </div>
            <ul class="oc-loop-list">
                <For each=move || listed.get() key=|id| *id let:id>
                    <li><ActionProgress id show_meeting=true /></li>
                </For>
            </ul>
            <MoreRows
                counts
                limit
                what="action items"
                show_all="Show all action items"
                page=ACTIONS_PER_PAGE
            />
        </section>
    }
}
