use crate::ui::exchange::{Workspace, export_whole_workspace};
use crate::ui::state::Persistence;
use leptos::prelude::*;

/// Shown for as long as the app runs without storage: the user must know their work is at risk
/// and have a way to keep it.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let workspace = Workspace::from_context();
    let outcome = RwSignal::new(None::<Result<String, String>>);
    move || {
        persistence.unavailable().map(|reason| {
            view! {
                <div class="notice notice-warning storage-banner" role="alert">
                    <p>
                        <strong>"Your data will not be kept. "</strong>
                        {reason.to_string()}
                        " Everything works, but closing this tab loses it. Export to keep a copy."
                    </p>
                    <button type="button" on:click=move |_| export_whole_workspace(workspace, outcome)>
                        "Export data"
                    </button>
                    {move || {
                        outcome.get().and_then(Result::err).map(|e| view! { <p class="field-error">{e}</p> })
                    }}
                </div>
            }
        })
    }
}
