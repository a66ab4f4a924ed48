use super::support::person_name;
use crate::domain::ids::PersonId;
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// A checkbox per person, for choosing who works with an action item's owner.
#[component]
pub fn PeopleChecks(
    legend: &'static str,
    /// Whom to offer, in order (the owner already left out).
    #[prop(into)]
    people: Signal<Vec<PersonId>>,
    /// Whether a person's box is ticked; read reactively.
    is_checked: Callback<PersonId, bool>,
    /// A box was ticked (`true`) or cleared.
    on_toggle: Callback<(PersonId, bool)>,
) -> impl IntoView {
    let roster = expect_context::<RosterState>();
    view! {
        <fieldset class="oc-people">
            <legend>{legend}</legend>
            {move || {
                people
                    .get()
                    .into_iter()
                    .map(|person| {
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || is_checked.run(person)
                                    on:change=move |ev| on_toggle.run((person, event_target_checked(&ev)))
                                />
                                {person_name(roster, person)}
                            </label>
                        }
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}
