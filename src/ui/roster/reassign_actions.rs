use crate::domain::ids::PersonId;
use crate::domain::outcomes::reassign_open_actions;
use crate::ui::now::now;
use crate::ui::state::{ActionsState, RosterState};
use leptos::prelude::*;

/// Shown on an inactive person who still owns or helps with open action items: the work should
/// not be left with someone who no longer attends, but only the facilitator can say who takes
/// it over, so the app asks.
#[component]
pub fn ReassignActions(id: PersonId) -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let actions = expect_context::<ActionsState>();
    let open_items = move || {
        actions
            .all()
            .into_iter()
            .filter(|a| a.is_open() && a.involves(id))
            .count()
    };
    let needs_handover = move || roster.person(id).is_some_and(|p| !p.active) && open_items() > 0;
    let successor = RwSignal::new(None::<PersonId>);
    let reassign = move |_| {
        let Some(to) = successor.get_untracked() else {
            return;
        };
        for changed in reassign_open_actions(&actions.all_untracked(), id, to, now()) {
            actions.save(changed);
        }
    };
    let select_id = format!("successor-{id}");
    view! {
        <Show when=needs_handover>
            <div class="reassign" role="group" aria-label="Open action items">
                <span>
                    {move || {
                        let n = open_items();
                        format!("Still on {n} open action item{}. Hand them to", if n == 1 { "" } else { "s" })
                    }}
                </span>
                <label class="visually-hidden" for=select_id.clone()>"Who takes the open action items over"</label>
                <select id=select_id.clone() on:change=move |ev| successor.set(event_target_value(&ev).parse().ok())>
                    <option value="">"Choose someone"</option>
                    {move || {
                        roster
                            .people()
                            .into_iter()
                            .filter(|p| p.active && p.id != id)
                            .map(|p| view! { <option value=p.id.to_string()>{p.name}</option> })
                            .collect_view()
                    }}
                </select>
                <button type="button" disabled=move || successor.get().is_none() on:click=reassign>
                    "Reassign"
                </button>
            </div>
        </Show>
    }
}
