use crate::ui::state::PlaybookState;
use leptos::prelude::*;

/// Shows `children` once the playbook has been read from storage (at once when it already
/// has), or why it could not be. No `Suspense`: a panel that is swapped out (the next segment)
/// before an awaited read resolves would be built from disposed values.
#[component]
pub fn WithPlaybook(children: ChildrenFn) -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let read = LocalResource::new(move || playbook.load());
    let failed = move || read.get().and_then(Result::err);
    view! {
        <Show
            when=move || playbook.is_loaded()
            fallback=move || match failed() {
                Some(error) => {
                    view! {
                        <p class="notice notice-error" role="alert">
                            "The playbook could not be read: " {error.to_string()}
                        </p>
                    }
                        .into_any()
                }
                None => view! { <p class="loading">"Opening the playbook…"</p> }.into_any(),
            }
        >
            {children()}
        </Show>
    }
}
