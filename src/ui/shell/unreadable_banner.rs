use crate::ui::state::Persistence;
use leptos::prelude::*;

/// Shown when some stored records did not read at start-up: everything else loaded, and the
/// user must know what is missing from the screen and that it is still kept.
#[component]
pub fn UnreadableBanner() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let unreadable = persistence.unreadable();
    (!unreadable.is_empty()).then(|| {
        let (it, is) = if unreadable.total() == 1 {
            ("It is", "it reads")
        } else {
            ("They are", "they read")
        };
        view! {
            <div class="notice notice-warning unreadable-banner" role="alert">
                <p>
                    <strong>{format!("{unreadable}. ")}</strong>
                    {format!(
                        "{it} kept in this browser as stored, not shown and never overwritten; \
                         everything else loaded. Exports are paused until {is}, so that no file \
                         leaves anything out: keep your last export safe."
                    )}
                </p>
            </div>
        }
    })
}
