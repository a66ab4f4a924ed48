use leptos::prelude::*;

/// Shown under index.html's loading frame while the database opens. An upgrade waits for every other tab to let go of the
/// database; an older version of the app in another tab may not, and the user must know why
/// nothing happens and what to do. The open carries on by itself once that tab closes.
#[component]
pub fn OpeningData(waiting_for_other_tab: RwSignal<bool>) -> impl IntoView {
    move || {
        if waiting_for_other_tab.get() {
            view! {
                <div class="notice notice-warning opening-blocked" role="alert">
                    <p>
                        <strong>"Close the other Smarketing Meetings tab to finish updating. "</strong>
                        "This version of the app needs to update your saved data, and an older \
                         version open in another tab is holding on to it. Nothing is lost: this \
                         page carries on by itself once that tab is closed."
                    </p>
                </div>
            }
                .into_any()
        } else {
            // index.html's frame already says "Loading…".
            ().into_any()
        }
    }
}
