use crate::ui::state::Persistence;
use leptos::prelude::*;

/// Shown once another tab has opened a newer version of the app: this tab let go of the
/// database so the other could upgrade it, and nothing done here is saved any more.
#[component]
pub fn NewerVersionBanner() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let reload = |_| {
        let _ = window().location().reload();
    };
    move || {
        persistence.superseded().then(|| {
            view! {
                <div class="notice notice-warning" role="alert">
                    <p>
                        <strong>"A newer version is open in another tab. "</strong>
                        "This page can no longer save. Reload it to keep working with your data."
                    </p>
                    <button type="button" on:click=reload>"Reload"</button>
                </div>
            }
        })
    }
}
