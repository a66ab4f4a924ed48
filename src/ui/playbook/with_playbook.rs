use crate::ui::state::PlaybookState;
use leptos::prelude::*;

/// Shows `children` once the playbook has been read from storage (at once when it already
/// has), or why it could not be.
#[component]
pub fn WithPlaybook(children: ChildrenFn) -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let loaded = LocalResource::new(move || playbook.load());
    let children = StoredValue::new(children);
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Opening the playbook…"</p> }>
            {move || Suspend::new(async move {
                match loaded.await {
                    Ok(()) => children.with_value(|c| c()).into_any(),
                    Err(error) => {
                        view! {
                            <p class="notice notice-error" role="alert">
                                "The playbook could not be read: " {error.to_string()}
                            </p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}
