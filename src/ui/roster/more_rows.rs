use crate::domain::roster_search::ROWS_PER_PAGE;
use leptos::prelude::*;

/// Below a list cut short for speed: how much is shown, and buttons to show the rest.
#[component]
pub fn MoreRows(
    /// Rows shown and rows left out.
    #[prop(into)]
    counts: Signal<(usize, usize)>,
    limit: RwSignal<usize>,
) -> impl IntoView {
    let next = move || counts.get().1.min(ROWS_PER_PAGE);
    view! {
        <Show when=move || { counts.get().1 > 0 }>
            <div class="more-rows">
                <p>
                    {move || {
                        let (shown, hidden) = counts.get();
                        format!("Showing {shown} of {} people.", shown + hidden)
                    }}
                </p>
                <button type="button" on:click=move |_| limit.update(|l| *l += ROWS_PER_PAGE)>
                    {move || format!("Show {} more", next())}
                </button>
                <button type="button" on:click=move |_| limit.set(usize::MAX)>
                    "Show everyone"
                </button>
            </div>
        </Show>
    }
}
