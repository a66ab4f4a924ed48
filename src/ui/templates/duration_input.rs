use super::edit::TemplateEditError;
use crate::domain::agenda::{format_duration, parse_duration};
use crate::ui::field::Field;
use leptos::html::Input;
use leptos::prelude::*;

/// A duration typed as minutes (`5`, `2.5`) or minutes and seconds (`2:30`). Each keystroke
/// that reads as a duration is handed to `apply`; text that does not, or that `apply` refuses,
/// puts its message in `error` and changes nothing. The input keeps what the user typed; when
/// they leave it with a valid value it is rewritten in the stored form (`5` becomes `5:00`).
#[component]
pub fn DurationInput(
    /// The input's id.
    id: String,
    /// The id of the [`FieldMessage`](super::field_message::FieldMessage) showing `error`.
    message_id: String,
    label: &'static str,
    /// The text the input starts with; afterwards it belongs to the user.
    initial_secs: u32,
    /// The stored duration, shown again when the user leaves the field with valid text.
    #[prop(into)]
    stored_secs: Signal<Option<u32>>,
    error: RwSignal<Option<TemplateEditError>>,
    /// Saves a parsed duration, or says why it cannot be saved.
    apply: Callback<u32, Result<(), TemplateEditError>>,
) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    let on_input = move |ev| {
        let result = parse_duration(&event_target_value(&ev))
            .map_err(TemplateEditError::from)
            .and_then(|secs| apply.run(secs));
        error.set(result.err());
    };
    // `change` also fires when the focused field is removed because the user navigated away,
    // after this component's signals are gone: read them with `try_`, never panic.
    let on_change = move |_| {
        if error.try_get_untracked() != Some(None) {
            return;
        }
        if let (Some(Some(secs)), Some(Some(input))) =
            (stored_secs.try_get_untracked(), input.try_get_untracked())
        {
            input.set_value(&format_duration(secs));
        }
    };
    view! {
        <Field label class="tpl-duration">
            <input
                id=id
                type="text"
                autocomplete="off"
                spellcheck="false"
                node_ref=input
                prop:value=format_duration(initial_secs)
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=message_id
                on:input=on_input
                on:change=on_change
            />
        </Field>
    }
}
