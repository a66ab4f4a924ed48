use super::local_time::fresh_seed;
use crate::ui::state::ScheduleState;
use leptos::prelude::*;

/// Picks a new seed: a different choice wherever the rotation leaves people tied. The hand
/// changes stay.
#[component]
pub fn ReshuffleButton() -> impl IntoView {
    let schedule = expect_context::<ScheduleState>();
    view! {
        <button
            type="button"
            class="button-secondary"
            aria-describedby="sched-reshuffle-hint"
            on:click=move |_| schedule.update(|s| s.seed = fresh_seed())
        >
            "Reshuffle"
        </button>
        <span id="sched-reshuffle-hint" class="sched-hint sched-toolbar-hint">
            "Picks others where people are tied; hand changes stay."
        </span>
    }
}
