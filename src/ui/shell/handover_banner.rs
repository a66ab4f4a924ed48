use crate::ui::state::{Handover, Persistence};
use leptos::prelude::*;

/// Shown once another tab has the data: a newer version of the app, or the app opened again.
/// This tab no longer saves; reloading it reads what is stored and makes it the one that saves.
#[component]
pub fn HandoverBanner() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let reload = |_| {
        let _ = window().location().reload();
    };
    move || {
        persistence.handed_over().map(|handover| {
            let (title, detail, button) = match handover {
                Handover::NewerVersion => (
                    "A newer version is open in another tab. ",
                    "This page can no longer save. Reload it to keep working with your data.",
                    "Reload",
                ),
                Handover::OtherTab => (
                    "Smarketing Meetings is open in another tab. ",
                    "This tab has stopped saving, so the two cannot undo each other's changes. \
                     Use it here to carry on in this tab with everything saved so far.",
                    "Use here",
                ),
            };
            view! {
                <div class="notice notice-warning" role="alert">
                    <p>
                        <strong>{title}</strong>
                        {detail}
                    </p>
                    <button type="button" on:click=reload>{button}</button>
                </div>
            }
        })
    }
}
