use leptos::prelude::*;

/// One bar: a label, its value and how the value reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

const ROW: f64 = 28.0;
const LABEL_WIDTH: f64 = 120.0;
const WIDTH: f64 = 480.0;

/// A horizontal bar chart drawn as SVG, with the same figures in a table for screen readers
/// and for anyone who prefers numbers.
#[component]
pub fn BarChart(title: String, bars: Vec<Bar>) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let height = ROW * bars.len() as f64 + 8.0;
    let plot = WIDTH - LABEL_WIDTH - 60.0;
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = 4.0 + ROW * i as f64;
            let length = if max > 0.0 { plot * bar.value / max } else { 0.0 };
            view! {
                <text x=LABEL_WIDTH - 6.0 y=y + ROW * 0.65 text-anchor="end" class="chart-label">
                    {bar.label.clone()}
                </text>
                <rect x=LABEL_WIDTH y=y + 4.0 width=length.max(1.0) height=ROW - 8.0 rx="3" class="chart-bar" />
                <text x=LABEL_WIDTH + length + 6.0 y=y + ROW * 0.65 class="chart-value">
                    {bar.text.clone()}
                </text>
            }
        })
        .collect_view();
    let table_rows = bars
        .iter()
        .map(|bar| view! { <tr><th scope="row">{bar.label.clone()}</th><td>{bar.text.clone()}</td></tr> })
        .collect_view();
    view! {
        <figure class="bar-chart">
            <figcaption>{title.clone()}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=title.clone() focusable="false">
                {rows}
            </svg>
            <details>
                <summary>"Show as a table"</summary>
                <table>
                    <caption class="visually-hidden">{title}</caption>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
