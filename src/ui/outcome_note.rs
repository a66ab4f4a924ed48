//! The line under a button that says how the work it started ended.

use leptos::prelude::*;
use std::fmt::Display;

/// "Saved workspace.json." in the calm style, or the error's own words in the error style;
/// nothing while there is no outcome yet. Announced politely to screen readers.
#[component]
pub fn OutcomeNote<E>(#[prop(into)] outcome: Signal<Option<Result<String, E>>>) -> impl IntoView
where
    E: Display + Clone + Send + Sync + 'static,
{
    view! {
        <p class="form-message" role="status">
            {move || {
                outcome
                    .get()
                    .map(|outcome| match outcome {
                        Ok(text) => view! { <span class="save-note">{text}</span> }.into_any(),
                        Err(error) => {
                            view! { <span class="field-error">{error.to_string()}</span> }.into_any()
                        }
                    })
            }}
        </p>
    }
}
