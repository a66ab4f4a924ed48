use crate::ui::exchange::ExportError;
use leptos::prelude::*;

/// "Export data": the way out the shell offers whenever storage cannot keep the user's work.
/// The caller shows the action's outcome where it fits its notice.
#[component]
pub fn ExportDataButton(export: Action<(), Result<String, ExportError>>) -> impl IntoView {
    view! {
        <button
            type="button"
            on:click=move |_| {
                export.dispatch_local(());
            }
        >
            "Export data"
        </button>
    }
}
