//! The shell's notices below the header: a failed save, storage that is off, records that did
//! not read, another tab that has the data, a new version, the backup reminder. They come as
//! an area of their own once the first page has shown (`pages::Notices`): none of them is
//! needed to show a page, and the save status in the header says at once when nothing is kept.

use super::export_data_button::ExportDataButton;
use super::handover_banner::HandoverBanner;
use super::storage_banner::StorageBanner;
use super::unreadable_banner::UnreadableBanner;
use crate::ui::exchange::shell_export_action;
use crate::ui::offline::{KeepData, UpdateBanner};
use crate::ui::outcome_note::OutcomeNote;
use crate::ui::state::Persistence;
use leptos::prelude::*;

#[component]
pub fn ShellNotices() -> impl IntoView {
    view! {
        <div class="shell-notices">
            <SaveErrorNotice />
            <StorageBanner />
            <UnreadableBanner />
            <HandoverBanner />
            <UpdateBanner />
            <KeepData />
        </div>
    }
}

/// Why the last change was not stored, with the way out: export everything on screen, or
/// reload when that helps.
#[component]
fn SaveErrorNotice() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let export = shell_export_action();
    move || {
        persistence.last_error().map(|error| {
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
    }
}
