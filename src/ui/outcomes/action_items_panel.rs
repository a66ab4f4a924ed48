use super::action_form::ActionForm;
use super::action_item_editor::ActionItemEditor;
use super::pairing_panel::PairingPanel;
use crate::domain::ids::PersonId;
use crate::domain::outcomes::{ActionItem, who_lacks_action};
use crate::domain::sort::SortByKey;
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::ActionsState;
use leptos::prelude::*;

/// The "new action items" segment: who still has nothing to do (with pairing offers), the
/// form for a new item, and this meeting's items, each editable in place.
#[component]
pub fn ActionItemsPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let actions = expect_context::<ActionsState>();
    let made_here = Memo::new(move |_| {
        let mut list: Vec<ActionItem> = actions
            .all()
            .into_iter()
            .filter(|a| a.made_in == live.id)
            .collect();
        list.sort_by_key_dyn(|a| (a.created_at, a.id));
        list
    });
    let owner_choice = RwSignal::new(None::<PersonId>);
    // The form offers first whoever still has nothing to do.
    let default_owner = Memo::new(move |_| {
        who_lacks_action(&live.meeting.get().attendees, &made_here.get())
            .first()
            .copied()
    });
    let ids = move || made_here.get().iter().map(|a| a.id).collect::<Vec<_>>();
    view! {
        <section class="segment-panel oc-actions-panel" aria-labelledby="actions-title">
            <h3 id="actions-title">"Action items"</h3>
            <p class="muted">
                "Each assignment is completed before the next meeting, which starts by reviewing it."
            </p>
            <PairingPanel made_here owner_choice />
            <ActionForm owner_choice default_owner />
            <Show when=move || !made_here.get().is_empty()>
                <h4 class="oc-subhead">
                    {move || match made_here.get().len() {
                        1 => "1 action item made in this meeting".to_string(),
                        n => format!("{n} action items made in this meeting"),
                    }}
                </h4>
            </Show>
            <ul class="oc-actions">
                <For each=ids key=|id| *id let:id>
                    <ActionItemEditor id />
                </For>
            </ul>
        </section>
    }
}
