use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{format_duration, format_elapsed};
use leptos::prelude::*;

/// The whole agenda with planned and actual time per segment; the actual times are what the
/// stored meeting records. Once the meeting is closed it also says how each segment went
/// ("2:00 under", "not held").
#[component]
pub fn AgendaList(
    /// Add the "How it went" column: the finished screen's outcome.
    #[prop(optional)]
    verdicts: bool,
) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let rows = move || {
        let view = live.view.get();
        live.meeting.with(|meeting| {
            let report = meeting.clock.report(live.tick.get());
            meeting
                .agenda
                .segments
                .iter()
                .zip(report)
                .enumerate()
                .map(|(index, (segment, report))| {
                    let current = index == view.segment_index && !view.is_over();
                    view! {
                        <tr aria-current=current.then_some("step") class:current=current>
                            <th scope="row">{segment.title.clone()}</th>
                            <td data-label="Planned">{format_duration((report.planned_ms / 1000) as u32)}</td>
                            <td data-label="Actual">{format_elapsed(report.actual_ms)}</td>
                            {verdicts.then(|| view! { <td data-label="How it went">{report.verdict().to_string()}</td> })}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        // The outcome's four columns stack per segment on a phone (see .stack-table).
        <table class="agenda-table" class:stack-table=verdicts>
            <caption>{if verdicts { "Planned and actual time" } else { "Agenda" }}</caption>
            <thead>
                <tr>
                    <th scope="col">"Segment"</th>
                    <th scope="col">"Planned"</th>
                    <th scope="col">"Actual"</th>
                    {verdicts.then(|| view! { <th scope="col">"How it went"</th> })}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
