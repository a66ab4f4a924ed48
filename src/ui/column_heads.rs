//! The heading row of a data table.

use leptos::prelude::*;

/// A table's `<thead>`: one row of column headings, each `scope="col"` so screen readers say
/// the column's name with every cell under it.
#[component]
pub fn ColumnHeads(columns: &'static [&'static str]) -> impl IntoView {
    view! {
        <thead>
            <tr>{columns.iter().map(|column| view! { <th scope="col">{*column}</th> }).collect_view()}</tr>
        </thead>
    }
}
