use super::export_data_button::ExportDataButton;
use crate::ui::exchange::shell_export_action;
use crate::ui::outcome_note::OutcomeNote;
use crate::ui::state::Persistence;
use leptos::prelude::*;

/// Shown for as long as the app runs without storage: the user must know their work is at risk
/// and have a way to keep it.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let export = shell_export_action();
    move || {
        persistence.unavailable().map(|reason| {
            view! {
                <div class="notice notice-warning storage-banner" role="alert">
                    <p>
                        <strong>"Your data will not be kept. "</strong>
                        {reason.to_string()}
                        " Everything works, but closing this tab loses it. Export to keep a copy."
                    </p>
                    <ExportDataButton export />
                    <OutcomeNote outcome=Signal::derive(move || export.value().get()) />
                </div>
            }
        })
    }
}
