use crate::domain::date_text::iso_date;
use crate::domain::playbook::scorecard::chart;
use crate::domain::playbook::{Quantity, Standing, TrendPoint};
use crate::ui::column_heads::ColumnHeads;
use leptos::prelude::*;

const WIDTH: i64 = 240;
const HEIGHT: i64 = 80;
const PAD: i64 = 10;

/// A small line chart of a measure's values with the target as a dashed line, and the same
/// values in a table for those who cannot see the chart.
#[component]
pub fn TrendChart(points: Vec<TrendPoint>, target: Quantity, unit: String) -> impl IntoView {
    let geometry = chart(&points, target, WIDTH, HEIGHT, PAD);
    let path: String = geometry
        .points
        .iter()
        .enumerate()
        .map(|(i, (x, y))| format!("{}{x},{y}", if i == 0 { "M" } else { " L" }))
        .collect();
    let dots = geometry
        .points
        .iter()
        .zip(&points)
        .map(|((x, y), p)| {
            let class = match p.standing {
                Standing::OnTrack => "pb-dot-on",
                Standing::OffTrack => "pb-dot-off",
            };
            view! { <circle cx=*x cy=*y r="4" class=class /> }
        })
        .collect_view();
    let summary = format!(
        "Trend of {} values, the latest {} {unit}",
        points.len(),
        points
            .last()
            .map(|p| p.actual.to_string())
            .unwrap_or_default()
    );
    view! {
        <figure class="pb-trend">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                width=WIDTH
                height=HEIGHT
                role="img"
                aria-label=summary
            >
                <line
                    x1=PAD
                    x2=WIDTH - PAD
                    y1=geometry.target_y
                    y2=geometry.target_y
                    class="pb-target-line"
                />
                <path d=path class="pb-trend-line" />
                {dots}
            </svg>
            <figcaption>
                <details>
                    <summary>"Values as a table"</summary>
                    <table class="pb-trend-table">
                        <ColumnHeads columns=&["Period ending", "Actual", "Against the target"] />
                        <tbody>
                            {points
                                .iter()
                                .map(|p| {
                                    view! {
                                        <tr>
                                            <td>{iso_date(p.period_end)}</td>
                                            <td>{format!("{} {unit}", p.actual)}</td>
                                            <td>{p.standing.to_string()}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}
