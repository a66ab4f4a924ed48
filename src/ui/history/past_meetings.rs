use crate::domain::roster_search::ROWS_PER_PAGE;
use crate::ui::field::Field;
use crate::ui::find_people::{MoreRows, shown_and_hidden};
use crate::ui::format::date_time;
use crate::ui::route::Route;
use crate::ui::state::{MeetingsState, MinutesState};
use leptos::prelude::*;
use std::collections::HashMap;

/// Every meeting held, newest first, searchable by title and by the text of its minutes, 100 at
/// a time. Each opens read-only with its minutes, tally and action items.
#[component]
pub fn PastMeetings() -> impl IntoView {
    let meetings = expect_context::<MeetingsState>();
    let minutes = expect_context::<MinutesState>();
    let query = RwSignal::new(String::new());
    let limit = RwSignal::new(ROWS_PER_PAGE);
    let minutes_text = Memo::new(move |_| {
        minutes
            .all()
            .into_iter()
            .map(|m| (m.meeting_id, m.markdown.to_lowercase()))
            .collect::<HashMap<_, _>>()
    });
    let matching = Memo::new(move |_| {
        let needle = query.get().trim().to_lowercase();
        let texts = minutes_text.get();
        meetings
            .all()
            .into_iter()
            .filter(|m| m.clock.has_started())
            .filter(|m| {
                needle.is_empty()
                    || m.title.to_lowercase().contains(&needle)
                    || texts.get(&m.id).is_some_and(|text| text.contains(&needle))
            })
            .map(|m| {
                let has_minutes = texts.contains_key(&m.id);
                (m, has_minutes)
            })
            .collect::<Vec<_>>()
    });
    let counts = Signal::derive(move || shown_and_hidden(matching.with(Vec::len), limit.get()));
    view! {
        <section aria-labelledby="past-title">
            <h2 id="past-title">"Meetings held"</h2>
            <Field label="Search">
                <input
                    type="search"
                    placeholder="Title or words in the minutes"
                    prop:value=query
                    on:input=move |ev| {
                        query.set(event_target_value(&ev));
                        limit.set(ROWS_PER_PAGE);
                    }
                />
            </Field>
            <ul class="meeting-list">
                {move || {
                    let found = matching.with(|found| found.iter().take(limit.get()).cloned().collect::<Vec<_>>());
                    if found.is_empty() {
                        return view! { <li class="empty-state">"No meetings held yet, or none match."</li> }
                            .into_any();
                    }
                    found
                        .into_iter()
                        .map(|(m, has_minutes)| {
                            view! {
                                <li class="meeting-item">
                                    <a class="meeting-link" href=Route::Meeting(m.id).href()>{m.title.clone()}</a>
                                    <span class="meeting-meta">
                                        {format!("{} · {} attendees", date_time(m.scheduled_at), m.attendees.len())}
                                    </span>
                                    {has_minutes.then(|| view! { <span class="badge badge-muted">"Minutes"</span> })}
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
            <MoreRows counts limit what="meetings" show_all="Show all" />
        </section>
    }
}
