use crate::ui::format::date_time;
use crate::ui::route::Route;
use crate::ui::state::MeetingsState;
use leptos::prelude::*;

/// Every meeting, newest first, searchable by title.
#[component]
pub fn PastMeetings() -> impl IntoView {
    let meetings = expect_context::<MeetingsState>();
    let query = RwSignal::new(String::new());
    let matching = move || {
        let needle = query.get().trim().to_lowercase();
        meetings
            .all()
            .into_iter()
            .filter(|m| m.clock.has_started())
            .filter(|m| needle.is_empty() || m.title.to_lowercase().contains(&needle))
            .collect::<Vec<_>>()
    };
    view! {
        <section aria-labelledby="past-title">
            <h2 id="past-title">"Meetings held"</h2>
            <label class="field">
                <span class="field-label">"Search"</span>
                <input
                    type="search"
                    placeholder="Title"
                    prop:value=query
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </label>
            <ul class="meeting-list">
                {move || {
                    let found = matching();
                    if found.is_empty() {
                        return view! { <li class="empty-state">"No meetings held yet, or none match."</li> }
                            .into_any();
                    }
                    found
                        .into_iter()
                        .map(|m| {
                            view! {
                                <li class="meeting-item">
                                    <a class="meeting-link" href=Route::Meeting(m.id).href()>{m.title.clone()}</a>
                                    <span class="meeting-meta">
                                        {format!("{} · {} attendees", date_time(m.scheduled_at), m.attendees.len())}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </section>
    }
}
