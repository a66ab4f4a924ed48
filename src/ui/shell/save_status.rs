use crate::ui::state::{Handover, Persistence};
use leptos::prelude::*;

/// Tells the user their changes are kept, or that one was not. It never says "All changes
/// saved" after a write failed: that change is on screen but not stored until a reload. Why,
/// and what to do about it, is the first of the shell's notices (`notices::SaveErrorNotice`).
#[component]
pub fn SaveStatus() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    view! {
        <div class="save-status" role="status" aria-live="polite">
            {move || {
                if persistence.unavailable().is_some() {
                    view! { <span class="save-status-off">"Not saved: storage is off"</span> }
                        .into_any()
                } else if let Some(handover) = persistence.handed_over() {
                    let why = match handover {
                        Handover::NewerVersion => "Not saved: reload this page",
                        Handover::OtherTab => "Not saved: open in another tab",
                    };
                    view! { <span class="save-status-off">{why}</span> }.into_any()
                } else if persistence.has_unsaved_changes() {
                    view! { <span class="save-status-off">"Not saved: a change failed"</span> }
                        .into_any()
                } else if persistence.is_saving() {
                    view! { <span>"Saving…"</span> }.into_any()
                } else {
                    view! { <span class="save-status-ok">"All changes saved"</span> }.into_any()
                }
            }}
        </div>
    }
}
