use super::measure::Measure;
use crate::domain::date_text::iso_date;
use crate::domain::playbook::{PlaybookEntry, Topic};
use crate::domain::sort::SortByKey;
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::local_date_of;
use crate::ui::state::PlaybookState;
use leptos::prelude::*;

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
            all.sort_by_key_dyn(|e| (e.topic != Topic::Sla, e.created_at, e.id));
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
