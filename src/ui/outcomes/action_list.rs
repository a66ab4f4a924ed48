use super::action_progress::ActionProgress;
use crate::domain::ids::ActionItemId;
use crate::domain::outcomes::{ActionStatus, sort_actions};
use crate::ui::state::ActionsState;
use leptos::prelude::*;

/// Which action items the log page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Show {
    Open,
    All,
    Status(ActionStatus),
}

impl Show {
    fn key(self) -> &'static str {
        match self {
            Show::Open => "open_or_blocked",
            Show::All => "all",
            Show::Status(status) => status.key(),
        }
    }

    fn from_key(key: &str) -> Show {
        match key {
            "all" => Show::All,
            "open_or_blocked" => Show::Open,
            other => ActionStatus::from_key(other).map_or(Show::Open, Show::Status),
        }
    }
}

/// Every action item in the workspace, soonest due first, filterable by status; status and
/// progress note are updated in place.
#[component]
pub fn ActionList() -> impl IntoView {
    let actions = expect_context::<ActionsState>();
    let filter = RwSignal::new(Show::Open);
    let shown = Memo::new(move |_| {
        let mut list = actions.all();
        sort_actions(&mut list);
        list.into_iter()
            .filter(|a| match filter.get() {
                Show::Open => a.is_open(),
                Show::All => true,
                Show::Status(status) => a.status == status,
            })
            .map(|a| a.id)
            .collect::<Vec<ActionItemId>>()
    });
    let options = [
        (Show::Open, "Open or blocked"),
        (Show::All, "All"),
        (Show::Status(ActionStatus::Open), "Open"),
        (Show::Status(ActionStatus::Blocked), "Blocked"),
        (Show::Status(ActionStatus::Done), "Done"),
        (Show::Status(ActionStatus::Dropped), "Dropped"),
    ];
    view! {
        <section class="oc-section" aria-labelledby="action-list-title">
            <h2 id="action-list-title">"Action items"</h2>
            <div class="field-row oc-filter-row">
                <label class="field">
                    <span class="field-label">"Show action items"</span>
                    <select
                        id="action-filter"
                        on:change=move |ev| filter.set(Show::from_key(&event_target_value(&ev)))
                    >
                        {options
                            .into_iter()
                            .map(|(value, label)| {
                                view! {
                                    <option value=value.key() selected=move || filter.get() == value>
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <p class="muted oc-count" role="status">
                    {move || match shown.get().len() {
                        0 => "None to show.".to_string(),
                        1 => "1 action item".to_string(),
                        n => format!("{n} action items"),
                    }}
                </p>
            </div>
            <ul class="oc-loop-list">
                <For each=move || shown.get() key=|id| *id let:id>
                    <li><ActionProgress id show_meeting=true /></li>
                </For>
            </ul>
        </section>
    }
}
