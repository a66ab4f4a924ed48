use super::action_form::ACTION_WHAT_ID;
use super::support::{focus_by_id, person_name};
use crate::domain::ids::PersonId;
use crate::domain::outcomes::{ActionItem, pairing_suggestions};
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::now;
use crate::ui::state::{ActionsState, RosterState};
use leptos::prelude::*;

/// The rule checked live: every attendee leaves with an action item, as owner or collaborator.
/// Lists who has none and offers to pair each with an item (one click adds them as a
/// collaborator), or to give them one of their own.
#[component]
pub fn PairingPanel(
    /// This meeting's action items.
    #[prop(into)]
    made_here: Signal<Vec<ActionItem>>,
    /// Set to make the new-item form's owner someone without an item.
    owner_choice: RwSignal<Option<PersonId>>,
) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let actions = expect_context::<ActionsState>();
    let roster = expect_context::<RosterState>();
    let suggestions =
        Memo::new(move |_| pairing_suggestions(&live.meeting.get().attendees, &made_here.get()));
    let join = move |person: PersonId, item| {
        if let Some(mut action) = actions.get_untracked(item)
            && action.add_collaborator(person, now()).is_ok()
        {
            actions.save(action);
        }
    };
    let own = move |person: PersonId| {
        owner_choice.set(Some(person));
        focus_by_id(ACTION_WHAT_ID);
    };
    view! {
        <div class="oc-rule" aria-live="polite">
            {move || {
                let list = suggestions.get();
                if list.is_empty() {
                    return view! {
                        <p class="oc-rule-ok">"Everyone leaves with an action item."</p>
                    }
                        .into_any();
                }
                let count = match list.len() {
                    1 => "1 attendee has no action item yet.".to_string(),
                    n => format!("{n} attendees have no action item yet."),
                };
                let rows = list
                    .into_iter()
                    .map(|suggestion| {
                        let person = suggestion.person;
                        let name = person_name(roster, person);
                        let pair = suggestion
                            .join
                            .and_then(|item| actions.get_untracked(item))
                            .map(|item| {
                                let item_id = item.id;
                                view! {
                                    <button type="button" class="button-primary oc-small-button" on:click=move |_| join(person, item_id)>
                                        {format!("Pair {name} with “{}”", item.what)}
                                    </button>
                                }
                            });
                        view! {
                            <li>
                                <span class="field-warning">{format!("{} has no action item", person_name(roster, person))}</span>
                                {pair}
                                <button type="button" class="button-secondary oc-small-button" on:click=move |_| own(person)>
                                    {format!("Give {} an item", person_name(roster, person))}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="oc-rule-warning"><strong>{count}</strong> " Everyone should leave with something to do."</p>
                    <ul class="oc-pairing">{rows}</ul>
                }
                    .into_any()
            }}
        </div>
    }
}
