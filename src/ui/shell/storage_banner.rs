use crate::domain::exchange::WorkspaceFile;
use crate::ui::download::download_text;
use crate::ui::now::now;
use crate::ui::state::{Persistence, RosterState};
use leptos::prelude::*;

/// Shown for as long as the app runs without storage: the user must know their work is at risk
/// and have a way to keep it.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let roster = expect_context::<RosterState>();
    let (export_error, set_export_error) = signal(None::<String>);
    let export = move |_| {
        let file = WorkspaceFile::new(roster.people(), env!("CARGO_PKG_VERSION"), now());
        let result = download_text(
            &file.file_name("workspace"),
            "application/json",
            &file.to_json(),
        );
        set_export_error.set(result.err());
    };
    move || {
        persistence.unavailable().map(|reason| {
            view! {
                <div class="notice notice-warning storage-banner" role="alert">
                    <p>
                        <strong>"Your data will not be kept. "</strong>
                        {reason.to_string()}
                        " Everything works, but closing this tab loses it. Export to keep a copy."
                    </p>
                    <button type="button" on:click=export>"Export data"</button>
                    {move || export_error.get().map(|e| view! { <p class="field-error">{e}</p> })}
                </div>
            }
        })
    }
}
