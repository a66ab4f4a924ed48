use super::export_data_button::ExportDataButton;
use crate::ui::exchange::shell_export_action;
use crate::ui::outcome_note::OutcomeNote;
use crate::ui::state::{Handover, Persistence};
use leptos::prelude::*;

/// Tells the user their changes are kept, or that one was not. It never says "All changes
/// saved" after a write failed: that change is on screen but not stored until a reload.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let export = shell_export_action();
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
        {move || {
            persistence
                .last_error()
                .map(|error| {
                    let storage_failed = error.leaves_only_the_screen();
                    let reload_helps = error.reload_helps();
                    view! {
                        <div class="notice notice-error" role="alert">
                            <p>{error.to_string()}</p>
                            {storage_failed.then(|| view! { <ExportDataButton export /> })}
                            {reload_helps
                                .then(|| {
                                    view! {
                                        <button
                                            type="button"
                                            on:click=|_| {
                                                let _ = window().location().reload();
                                            }
                                        >
                                            "Reload"
                                        </button>
                                    }
                                })}
                            <button type="button" on:click=move |_| persistence.dismiss_error()>
                                "Dismiss"
                            </button>
                            <OutcomeNote outcome=Signal::derive(move || export.value().get()) />
                        </div>
                    }
                })
        }}
    }
}
