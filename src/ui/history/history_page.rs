use super::non_contributors::NonContributors;
use super::participation_table::ParticipationTable;
use super::past_meetings::PastMeetings;
use super::trend_chart::TrendChart;
use crate::domain::meeting::Meeting;
use crate::domain::sort::SortByKey;
use crate::domain::tally::{History, PastMeeting, TallyEvent, history, sort_for_replay};
use crate::storage::StoreRead;
use crate::ui::opening::{self, PageOpening};
use crate::ui::state::{MeetingsState, Persistence};
use leptos::prelude::*;
use std::collections::HashMap;

/// Meetings that were actually held (their clock ran), oldest first.
fn held(meetings: Vec<Meeting>) -> Vec<Meeting> {
    let mut held: Vec<_> = meetings
        .into_iter()
        .filter(|m| m.clock.has_started())
        .collect();
    held.sort_by_key_dyn(|m| (m.scheduled_at, m.id));
    held
}

fn participation(meetings: &[Meeting], events: &[TallyEvent]) -> History {
    let mut by_meeting: HashMap<_, Vec<TallyEvent>> = HashMap::new();
    for event in events {
        by_meeting
            .entry(event.meeting_id)
            .or_default()
            .push(event.clone());
    }
    for list in by_meeting.values_mut() {
        sort_for_replay(list);
    }
    let empty = Vec::new();
    let past: Vec<PastMeeting<'_>> = meetings
        .iter()
        .map(|m| PastMeeting {
            meeting_id: m.id,
            held_at: m.clock.started_at().unwrap_or(m.scheduled_at),
            attendees: &m.attendees,
            events: by_meeting.get(&m.id).unwrap_or(&empty),
        })
        .collect();
    history(&past)
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let meetings = expect_context::<MeetingsState>();
    let persistence = expect_context::<Persistence>();
    // Every tap of every meeting: read once when the page opens, not at start-up.
    let taps = LocalResource::new(move || async move {
        persistence
            .all_tally_events()
            .await
            .unwrap_or_else(|error| {
                persistence.report(error);
                StoreRead {
                    records: Vec::new(),
                    unreadable: 0,
                }
            })
    });
    let held_meetings = Memo::new(move |_| held(meetings.all()));
    let report = Memo::new(move |_| {
        taps.with(|taps| {
            let taps = taps.as_ref()?;
            Some(participation(&held_meetings.get(), &taps.records))
        })
    });
    let unreadable_taps = move || taps.with(|t| t.as_ref().map_or(0, |t| t.unreadable));

    view! {
        <section class=opening::HISTORY.section_class aria-labelledby="page-title">
            <PageOpening opening=&opening::HISTORY />
            <PastMeetings />
            <Show when=move || { unreadable_taps() > 0 }>
                <div class="notice notice-warning" role="alert">
                    <p>
                        {move || {
                            let n = unreadable_taps();
                            format!(
                                "{n} saved {} could not be read: {} kept in this browser as stored and left out of these figures.",
                                if n == 1 { "tally record" } else { "tally records" },
                                if n == 1 { "it is" } else { "they are" },
                            )
                        }}
                    </p>
                </div>
            </Show>
            {move || match report.get() {
                None => view! { <p role="status">"Reading the talk tallies…"</p> }.into_any(),
                Some(report) => view! {
                    <TrendChart trend=report.trend.clone() />
                    <NonContributors people=report.persistent_non_contributors.clone() />
                    <ParticipationTable people=report.people.clone() />
                }
                    .into_any(),
            }}
        </section>
    }
}
