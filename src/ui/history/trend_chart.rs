use crate::domain::date_text::short_day;
use crate::domain::tally::MeetingBalance;
use crate::ui::format::date_time;
use crate::ui::format::local_date;
use leptos::prelude::*;

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 160.0;
const PAD: f64 = 28.0;
/// Room under the axis for the date labels.
const LABELS: f64 = 18.0;
/// Dates under the axis at most this many, evenly spread (first and last always), so they
/// never overlap at the chart's width.
const MAX_LABELS: usize = 4;

/// The balance score of each meeting over time, as a small line chart with a table behind it.
#[component]
pub fn TrendChart(trend: Vec<MeetingBalance>) -> impl IntoView {
    // (when in full, when in short, the score, the score as shown)
    let scored: Vec<(String, String, f64, u8)> = trend
        .iter()
        .filter_map(|m| {
            let short = local_date(m.held_at).map(day_month).unwrap_or_default();
            Some((date_time(m.held_at), short, m.score?, m.score_percent()?))
        })
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
        .map(|(i, (_, _, score, _))| {
            let (x, y) = point(i, *score);
            format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { " L" })
        })
        .collect::<String>();
    let dots = scored
        .iter()
        .enumerate()
        .map(|(i, (_, _, score, _))| {
            let (x, y) = point(i, *score);
            view! { <circle cx=x cy=y r="4" class="chart-point" /> }
        })
        .collect_view();
    let labelled = label_positions(scored.len());
    let date_labels = labelled
        .into_iter()
        .map(|i| {
            let (x, _) = point(i, 0.0);
            let anchor = match i {
                0 => "start",
                i if i + 1 == scored.len() => "end",
                _ => "middle",
            };
            let x = if scored.len() == 1 { PAD } else { x };
            view! {
                <text x=x y=HEIGHT - PAD + LABELS class="chart-value" text-anchor=anchor>
                    {scored[i].1.clone()}
                </text>
            }
        })
        .collect_view();
    let rows = scored
        .iter()
        .map(|(when, _, _, shown)| view! { <tr><th scope="row">{when.clone()}</th><td>{*shown}</td></tr> })
        .collect_view();
    view! {
        <section aria-labelledby="trend-title">
            <h2 id="trend-title">"Balance over time"</h2>
            <figure class="bar-chart">
                <svg viewBox=format!("0 0 {WIDTH} {}", HEIGHT + LABELS) role="img" aria-label="Balance score per meeting, 0 to 100, oldest on the left">
                    <line x1=PAD y1=HEIGHT - PAD x2=WIDTH - PAD y2=HEIGHT - PAD class="chart-axis" />
                    <line x1=PAD y1=PAD x2=WIDTH - PAD y2=PAD class="chart-axis" />
                    <text x="2" y=PAD + 4.0 class="chart-value">"100"</text>
                    <text x="10" y=HEIGHT - PAD + 4.0 class="chart-value">"0"</text>
                    <path d=path class="chart-line" />
                    {dots}
                    {date_labels}
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

/// Which of `count` points get a date under them: all when few, else `MAX_LABELS` spread
/// evenly, always the first and the last.
fn label_positions(count: usize) -> Vec<usize> {
    if count <= MAX_LABELS {
        return (0..count).collect();
    }
    let mut positions: Vec<usize> = (0..MAX_LABELS)
        .map(|k| k * (count - 1) / (MAX_LABELS - 1))
        .collect();
    positions.dedup();
    positions
}

/// "1 Dec": short enough for four labels across the chart on a phone.
fn day_month(date: chrono::NaiveDate) -> String {
    // short_day gives "Tue 1 Dec 2026".
    short_day(date)
        .split(' ')
        .skip(1)
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}
