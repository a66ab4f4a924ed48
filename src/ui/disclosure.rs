//! A disclosure whose content is made when it is first opened.

use leptos::prelude::*;

/// A `<details>` of class `class` under `summary`, whose `children` are made the first time it
/// is opened and kept when it is closed again: for content too heavy to build inside every
/// closed one (a list of the whole roster on each schedule card, a diff of every version).
#[component]
pub fn Disclosure<S: IntoView + 'static>(
    class: &'static str,
    summary: S,
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details class=class on:toggle=move |_| opened.set(true)>
            <summary>{summary}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}
