use leptos::prelude::*;

/// A form's outcome: an error, or what the change did.
#[component]
pub fn FormMessage(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    view! {
        <p class="form-message" aria-live="polite">
            {move || {
                message
                    .get()
                    .map(|(is_error, text)| {
                        let class = if is_error { "field-error" } else { "sched-done" };
                        view! { <span class=class>{text}</span> }
                    })
            }}
        </p>
    }
}
