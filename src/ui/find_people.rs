//! Finding people in a long list (the roster, the attendee picker): a search box with a line
//! saying how many match, and a footer that shows the rows cut short for speed (also used by
//! the meetings held, the problem log and a meeting's review of carried-over work).
//! The matching itself is `domain::roster_search`.

use crate::domain::roster_search::ROWS_PER_PAGE;
use crate::ui::field::Field;
use leptos::prelude::*;

/// The search box above a long list of people, with a line saying how many match.
#[component]
pub fn FindPeopleBox(
    /// The `id` of the input.
    id: &'static str,
    query: RwSignal<String>,
    /// How many rows the list shows; a new query starts again from one page.
    limit: RwSignal<usize>,
    /// How many people match the query, how many more are listed though they do not (see
    /// `always_listed`), and how many there are in all.
    #[prop(into)]
    counts: Signal<(usize, usize, usize)>,
    /// Why some people are listed though they do not match, e.g. "just added".
    always_listed: &'static str,
) -> impl IntoView {
    let status = move || {
        let (matching, listed, total) = counts.get();
        let typed = query.get();
        let found = match (typed.trim(), matching) {
            ("", _) => return String::new(),
            (typed, 0) => format!("Nobody matches “{typed}”"),
            (_, 1) => format!("1 of {total} people matches"),
            (_, matching) => format!("{matching} of {total} people match"),
        };
        match listed {
            0 => format!("{found}."),
            listed => format!("{found}, and {listed} {always_listed}."),
        }
    };
    view! {
        <div class="find-people" role="search">
            <Field label="Find people" class="field-grow">
                <input
                    id=id
                    type="search"
                    autocomplete="off"
                    placeholder="Name, team, group, email, or “inactive”"
                    prop:value=query
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        limit.set(ROWS_PER_PAGE);
                    }
                    // Inside a form, Enter would submit it: in the attendee picker, that would
                    // create the meeting halfway through choosing.
                    on:keydown=|ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                        }
                    }
                />
            </Field>
            <p class="find-people-status" role="status">{status}</p>
        </div>
    }
}

/// Rows shown and rows left out when a list of `total` rows is cut at `limit`.
pub fn shown_and_hidden(total: usize, limit: usize) -> (usize, usize) {
    let shown = total.min(limit);
    (shown, total - shown)
}

/// A list cut short for speed: the first `limit` rows of `all`, and the counts for
/// [`MoreRows`] below it.
pub fn cut_short<T>(
    all: Memo<Vec<T>>,
    limit: RwSignal<usize>,
) -> (Memo<Vec<T>>, Signal<(usize, usize)>)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let listed =
        Memo::new(move |_| all.with(|rows| rows.iter().take(limit.get()).cloned().collect()));
    let counts = Signal::derive(move || shown_and_hidden(all.with(Vec::len), limit.get()));
    (listed, counts)
}

/// Below a list cut short for speed: how much is shown, and buttons to show the rest.
#[component]
pub fn MoreRows(
    /// Rows shown and rows left out.
    #[prop(into)]
    counts: Signal<(usize, usize)>,
    limit: RwSignal<usize>,
    /// What the rows are, in the plural.
    #[prop(default = "people")]
    what: &'static str,
    /// The button that shows every row.
    #[prop(default = "Show everyone")]
    show_all: &'static str,
    /// How many more rows "Show more" adds.
    #[prop(default = ROWS_PER_PAGE)]
    page: usize,
) -> impl IntoView {
    let next = move || counts.get().1.min(page);
    view! {
        <Show when=move || { counts.get().1 > 0 }>
            <div class="more-rows">
                <p>
                    {move || {
                        let (shown, hidden) = counts.get();
                        format!("Showing {shown} of {} {what}.", shown + hidden)
                    }}
                </p>
                <button type="button" on:click=move |_| limit.update(|l| *l += page)>
                    {move || format!("Show {} more", next())}
                </button>
                <button type="button" on:click=move |_| limit.set(usize::MAX)>
                    {show_all}
                </button>
            </div>
        </Show>
    }
}
