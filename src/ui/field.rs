//! A labelled form control, in the one style every form uses.

use leptos::prelude::*;

/// Wraps its control (an input, select or textarea) in a `<label class="field">` under the
/// label's text, so clicking the text focuses the control and screen readers name it by it.
/// `class` adds to `field`: `field-grow` takes the row's free room, others size one field.
#[component]
pub fn Field(
    label: &'static str,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let class = if class.is_empty() {
        "field".to_owned()
    } else {
        format!("field {class}")
    };
    view! {
        <label class=class>
            <span class="field-label">{label}</span>
            {children()}
        </label>
    }
}
