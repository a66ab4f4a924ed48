use crate::domain::date_text::iso_date;
use crate::domain::ids::ReadingId;
use crate::domain::playbook::scorecard::{chart, reading_of, record};
use crate::domain::playbook::{PlaybookEntry, Quantity, Standing, Topic, TrendPoint, trend};
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::{local_date_of, now};
use crate::ui::state::PlaybookState;
use leptos::prelude::*;

const WIDTH: i64 = 240;
const HEIGHT: i64 = 80;
const PAD: i64 = 10;

/// The scorecard in the progress segment: each SLA measure's and KPI's actual value for the
/// period ending on the meeting's date, on or off track against its target, and its trend.
#[component]
pub fn ScorecardPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let playbook = expect_context::<PlaybookState>();
    let measured = Memo::new(move |_| {
        playbook.with(|r| {
            let mut all: Vec<PlaybookEntry> = r
                .entries
                .iter()
                .filter(|e| e.topic.is_measured())
                .cloned()
                .collect();
            all.sort_by_key(|e| (e.topic != Topic::Sla, e.created_at, e.id));
            all
        })
    });
    view! {
        <section class="segment-panel pb-scorecard" aria-labelledby="pb-scorecard-title">
            <h3 id="pb-scorecard-title">"Scorecard"</h3>
            <Show
                when=move || !measured.with(Vec::is_empty)
                fallback=|| {
                    view! {
                        <p class="muted">
                            "No SLA commitments or shared goals yet: write them in the playbook to score them here."
                        </p>
                    }
                }
            >
                <p class="muted">
                    {move || {
                        let day = live.meeting.with(|m| local_date_of(m.start_time())).map(iso_date);
                        format!("Actual values for the period ending {}.", day.unwrap_or_default())
                    }}
                </p>
                <For each=move || measured.get() key=|e| e.id let:entry>
                    <Measure entry=entry.id />
                </For>
            </Show>
        </section>
    }
}

/// One measure: the value typed for this meeting, the standing, and the trend.
#[component]
fn Measure(entry: crate::domain::ids::PlaybookEntryId) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let playbook = expect_context::<PlaybookState>();
    let found =
        Memo::new(move |_| playbook.with(|r| r.entries.iter().find(|e| e.id == entry).cloned()));
    let points = Memo::new(move |_| {
        found.with(|e| {
            e.as_ref()
                .map(|e| playbook.with(|r| trend(e, &r.readings)))
                .unwrap_or_default()
        })
    });
    let target = Memo::new(move |_| {
        found.with(|e| {
            e.as_ref().and_then(|e| {
                e.in_force()
                    .unwrap_or_else(|| e.newest())
                    .content
                    .target()
                    .cloned()
            })
        })
    });
    let mine = playbook.with_untracked_records(|r| {
        reading_of(&r.readings, entry, live.id).map(|x| x.actual.to_string())
    });
    let typed = RwSignal::new(mine.unwrap_or_default());
    let problem = RwSignal::new(None::<String>);
    let save = move |text: String| {
        typed.set(text.clone());
        if text.trim().is_empty() {
            problem.set(None);
            return;
        }
        let actual: Quantity = match text.parse() {
            Ok(q) => q,
            Err(error) => {
                problem.set(Some(error.to_string()));
                return;
            }
        };
        problem.set(None);
        let period_end = live
            .meeting
            .with_untracked(|m| local_date_of(m.start_time()))
            .unwrap_or_default();
        let reading = playbook.with_untracked_records(|r| {
            record(
                &r.readings,
                entry,
                live.id,
                period_end,
                actual,
                ReadingId::random(),
                now(),
            )
        });
        playbook.save_reading(reading);
    };
    let title = move || found.with(|e| e.as_ref().map(PlaybookEntry::title).unwrap_or_default());
    let input_id = format!("pb-actual-{entry}");
    let message_id = format!("pb-actual-{entry}-message");
    let latest = Memo::new(move |_| points.with(|p| p.last().cloned()));
    view! {
        <article class="pb-measure" aria-label=title>
            <h4>{title}</h4>
            <p class="muted">{move || target.get().map(|t| format!("Target: {t}"))}</p>
            <div class="field-row pb-actual-row">
                <label class="field">
                    <span class="field-label">"Actual this period"</span>
                    <input
                        id=input_id
                        type="text"
                        inputmode="decimal"
                        class="pb-actual"
                        aria-describedby=message_id.clone()
                        prop:value=move || typed.get()
                        on:input=move |ev| save(event_target_value(&ev))
                    />
                </label>
                {move || {
                    latest
                        .get()
                        .map(|p| {
                            let class = match p.standing {
                                Standing::OnTrack => "pb-standing-badge pb-on-track",
                                Standing::OffTrack => "pb-standing-badge pb-off-track",
                            };
                            view! { <span class=class>{p.standing.to_string()}</span> }
                        })
                }}
            </div>
            <p id=message_id class="form-message" aria-live="polite">
                {move || problem.get().map(|text| view! { <span class="field-error">{text}</span> })}
            </p>
            {move || {
                let points = points.get();
                target.get().filter(|_| !points.is_empty()).map(|t| view! { <TrendChart points target=t.value unit=t.unit /> })
            }}
        </article>
    }
}

/// A small line chart of a measure's values with the target as a dashed line, and the same
/// values in a table for those who cannot see the chart.
#[component]
fn TrendChart(points: Vec<TrendPoint>, target: Quantity, unit: String) -> impl IntoView {
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
                        <thead>
                            <tr>
                                <th scope="col">"Period ending"</th>
                                <th scope="col">"Actual"</th>
                                <th scope="col">"Against the target"</th>
                            </tr>
                        </thead>
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
