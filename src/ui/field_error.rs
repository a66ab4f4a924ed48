//! The reason a field or form refused a value, in the one style every form uses.

use leptos::prelude::*;
use std::fmt::Display;

/// The error's own words, or nothing while there is none. Sits inside the message area a
/// field points at with `aria-describedby`, which is what announces it.
#[component]
pub fn FieldError<S, E>(error: S) -> impl IntoView
where
    S: Get<Value = Option<E>> + Send + Sync + 'static,
    E: Display,
{
    move || {
        error
            .get()
            .map(|e| view! { <span class="field-error">{e.to_string()}</span> })
    }
}
