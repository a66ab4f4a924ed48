use super::edit::TemplateEditError;
use crate::ui::field_error::FieldError;
use leptos::prelude::*;

/// The message area of one field: always in the page (so screen readers announce what appears
/// in it), empty while the field is fine. Inputs point at it with `aria-describedby`.
#[component]
pub fn FieldMessage(id: String, error: RwSignal<Option<TemplateEditError>>) -> impl IntoView {
    view! {
        <p id=id class="form-message tpl-message" aria-live="polite">
            <FieldError error=error />
        </p>
    }
}
