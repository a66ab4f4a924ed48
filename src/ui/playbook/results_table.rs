use crate::domain::ids::StatementId;
use crate::domain::playbook::alignment::{StatementResult, Tenths};
use crate::ui::column_heads::ColumnHeads;
use leptos::prelude::*;

/// Each statement's averages by team, side by side, and the gap (Sales minus Marketing).
#[component]
pub fn ResultsTable(
    rows: Memo<Vec<StatementResult>>,
    text_of: Callback<StatementId, String>,
    labelled_by: &'static str,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="pb-results" aria-labelledby=labelled_by>
                <ColumnHeads columns=&["Statement", "Sales", "Marketing", "Gap"] />
                <tbody>
                    {move || {
                        rows.get()
                            .into_iter()
                            .filter(|r| r.sales.is_some() || r.marketing.is_some() || r.other.is_some())
                            .map(|r| {
                                let wide = r.gap.is_some_and(|g| g.0.abs() >= 10);
                                view! {
                                    <tr class:pb-gap-wide=wide>
                                        <th scope="row">{text_of.run(r.statement)}</th>
                                        <td>{shown(r.sales)}</td>
                                        <td>{shown(r.marketing)}</td>
                                        <td>{shown(r.gap)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

/// An average as shown: "3.5", or a dash when nobody of that team scored.
pub(super) fn shown(value: Option<Tenths>) -> String {
    value.map_or_else(|| "–".to_string(), |v| v.to_string())
}
