use crate::storage::StorageError;
use crate::ui::state::{PlaybookRead, PlaybookState};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

type ReadFromStorage = Pin<Box<dyn Future<Output = Result<(), StorageError>>>>;

/// How much of the playbook a part needs read before it shows. Function pointers rather than
/// a choice matched at run time: a part that needs only the document then carries no reader
/// of the readings and the alignment check (measured: 4.8 KB gzip off the Playbook page).
#[derive(Clone, Copy)]
pub struct PlaybookNeed {
    read: fn(PlaybookState) -> ReadFromStorage,
    enough: PlaybookRead,
}

impl PlaybookNeed {
    /// Everything: the scorecard's readings and the alignment check too.
    pub const WHOLE: PlaybookNeed = PlaybookNeed {
        read: |playbook| Box::pin(playbook.load()),
        enough: PlaybookRead::Whole,
    };
    /// The entries and the decision log (the Playbook page).
    pub const DOCUMENT: PlaybookNeed = PlaybookNeed {
        read: |playbook| Box::pin(playbook.load_document()),
        enough: PlaybookRead::Document,
    };
}

/// Shows `children` once what they `need` of the playbook has been read from storage (at once
/// when it already has), or why it could not be. No `Suspense`: a panel that is swapped out
/// (the next segment) before an awaited read resolves would be built from disposed values.
#[component]
pub fn WithPlaybook(need: PlaybookNeed, children: ChildrenFn) -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let read = LocalResource::new(move || (need.read)(playbook));
    let failed = move || read.get().and_then(Result::err);
    let ready = move || playbook.read() >= need.enough;
    view! {
        <Show
            when=ready
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
