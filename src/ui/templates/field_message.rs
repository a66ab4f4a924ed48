use leptos::prelude::*;

/// The message area of one field: always in the page (so screen readers announce what appears
/// in it), empty while the field is fine. Inputs point at it with `aria-describedby`.
#[component]
pub fn FieldMessage(id: String, error: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <p id=id class="form-message tpl-message" aria-live="polite">
            {move || error.get().map(|text| view! { <span class="field-error">{text}</span> })}
        </p>
    }
}
