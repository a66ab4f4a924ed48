use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{format_duration, format_elapsed};
use leptos::prelude::*;

/// The whole agenda with planned and actual time per segment; the actual times are what the
/// stored meeting records.
#[component]
pub fn AgendaList() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let rows = move || {
        let view = live.view.get();
        live.meeting.with(|meeting| {
            let actual = meeting.clock.actual_ms(live.tick.get());
            meeting
                .agenda
                .segments
                .iter()
                .enumerate()
                .map(|(index, segment)| {
                    let current = index == view.segment_index && !view.is_over();
                    let planned = meeting.clock.planned_ms()[index];
                    view! {
                        <tr aria-current=current.then_some("step") class:current=current>
                            <th scope="row">{segment.title.clone()}</th>
                            <td>{format_duration((planned / 1000) as u32)}</td>
                            <td>{format_elapsed(actual[index])}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <table class="agenda-table">
            <caption>"Agenda"</caption>
            <thead>
                <tr>
                    <th scope="col">"Segment"</th>
                    <th scope="col">"Planned"</th>
                    <th scope="col">"Actual"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
