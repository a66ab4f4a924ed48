use crate::domain::ids::PersonId;
use crate::ui::field::Field;
use leptos::prelude::*;

/// The people a select offers: each one's id and name, in the order to show them.
pub type PersonChoices = Vec<(PersonId, String)>;

/// A labelled select of people, starting on "Choose someone".
#[component]
pub fn PersonSelect(
    id: String,
    label: &'static str,
    #[prop(into)] options: Signal<PersonChoices>,
    value: RwSignal<Option<PersonId>>,
) -> impl IntoView {
    view! {
        <Field label class="field-grow">
            <select id=id on:change=move |ev| value.set(event_target_value(&ev).parse().ok())>
                <option value="" selected=move || value.get().is_none()>"Choose someone"</option>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(id, name)| {
                            view! {
                                <option value=id.to_string() selected=move || value.get() == Some(id)>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </Field>
    }
}
