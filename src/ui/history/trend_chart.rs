use crate::domain::tally::MeetingBalance;
use crate::ui::format::date_time;
use leptos::prelude::*;

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 160.0;
const PAD: f64 = 28.0;

/// The balance score of each meeting over time, as a small line chart with a table behind it.
#[component]
pub fn TrendChart(trend: Vec<MeetingBalance>) -> impl IntoView {
    let scored: Vec<(String, f64)> = trend
        .iter()
        .filter_map(|m| m.score.map(|score| (date_time(m.held_at), score)))
        .collect();
    if scored.is_empty() {
        return view! {
            <section aria-labelledby="trend-title">
                <h2 id="trend-title">"Balance over time"</h2>
                <p class="empty-state">"The trend appears once a meeting has had enough contributions tallied to judge its balance."</p>
            </section>
        }
        .into_any();
    }
    let step = if scored.len() > 1 {
        (WIDTH - 2.0 * PAD) / (scored.len() - 1) as f64
    } else {
        0.0
    };
    let point = |i: usize, score: f64| {
        (
            PAD + step * i as f64,
            HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * score / 100.0,
        )
    };
    let path = scored
        .iter()
        .enumerate()
        .map(|(i, (_, score))| {
            let (x, y) = point(i, *score);
            format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { " L" })
        })
        .collect::<String>();
    let dots = scored
        .iter()
        .enumerate()
        .map(|(i, (_, score))| {
            let (x, y) = point(i, *score);
            view! { <circle cx=x cy=y r="4" class="chart-point" /> }
        })
        .collect_view();
    let rows = scored
        .iter()
        .map(|(when, score)| view! { <tr><th scope="row">{when.clone()}</th><td>{format!("{score:.0}")}</td></tr> })
        .collect_view();
    view! {
        <section aria-labelledby="trend-title">
            <h2 id="trend-title">"Balance over time"</h2>
            <figure class="bar-chart">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label="Balance score per meeting, 0 to 100">
                    <line x1=PAD y1=HEIGHT - PAD x2=WIDTH - PAD y2=HEIGHT - PAD class="chart-axis" />
                    <line x1=PAD y1=PAD x2=WIDTH - PAD y2=PAD class="chart-axis" />
                    <text x="2" y=PAD + 4.0 class="chart-value">"100"</text>
                    <text x="10" y=HEIGHT - PAD + 4.0 class="chart-value">"0"</text>
                    <path d=path class="chart-line" />
                    {dots}
                </svg>
                <details>
                    <summary>"Show as a table"</summary>
                    <table>
                        <caption class="visually-hidden">"Balance score per meeting"</caption>
                        <tbody>{rows}</tbody>
                    </table>
                </details>
            </figure>
        </section>
    }
    .into_any()
}
