use crate::ui::field::Field;
use leptos::prelude::*;

/// A labelled text input that edits a stored record as typed. It starts from the record's
/// text and is never rewritten while typing; `invalid` marks it while the last edit is refused.
#[component]
pub fn EditedText(
    label: &'static str,
    /// Added to the label's `field` class, as `Field` takes it.
    #[prop(optional)]
    class: &'static str,
    initial: String,
    #[prop(into)] invalid: Signal<bool>,
    /// The id of the message that says why an edit was refused.
    described_by: String,
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <Field label class>
            <input
                type="text"
                autocomplete="off"
                prop:value=initial
                aria-invalid=move || invalid.get().to_string()
                aria-describedby=described_by
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </Field>
    }
}
