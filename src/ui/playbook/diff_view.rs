use crate::domain::playbook::diff::DiffLine;
use leptos::prelude::*;

/// A diff as a list: removed lines struck through, added ones marked, in reading order.
#[component]
pub fn DiffView(lines: Signal<Vec<DiffLine>>) -> impl IntoView {
    view! {
        <ul class="pb-diff">
            {move || {
                lines
                    .get()
                    .into_iter()
                    .map(|line| match line {
                        DiffLine::Kept(text) => view! { <li class="pb-kept">{text}</li> }.into_any(),
                        DiffLine::Added(text) => {
                            view! {
                                <li class="pb-added">
                                    <span class="visually-hidden">"Added: "</span>
                                    <ins>{text}</ins>
                                </li>
                            }
                                .into_any()
                        }
                        DiffLine::Removed(text) => {
                            view! {
                                <li class="pb-removed">
                                    <span class="visually-hidden">"Removed: "</span>
                                    <del>{text}</del>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
