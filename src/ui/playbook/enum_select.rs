use crate::ui::field::Field;
use leptos::prelude::*;

/// A labelled select; its options come from `choice_options` over an enum that names itself,
/// and `chosen` reads the change back.
#[component]
pub fn EnumSelect(
    label: &'static str,
    on_change: Callback<leptos::ev::Event>,
    children: Children,
) -> impl IntoView {
    view! {
        <Field label>
            <select on:change=move |ev| on_change.run(ev)>{children()}</select>
        </Field>
    }
}
