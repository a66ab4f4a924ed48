use super::new_meeting_form::NewMeetingForm;
use crate::domain::agenda::{ClockState, format_duration};
use crate::domain::meeting::Meeting;
use crate::ui::format::date_time;
use crate::ui::now::now;
use crate::ui::opening::{self, PageOpening};
use crate::ui::route::Route;
use crate::ui::state::MeetingsState;
use leptos::prelude::*;

/// Plan a meeting, or open one: running and upcoming first, then the most recent.
#[component]
pub fn MeetingsPage() -> impl IntoView {
    let meetings = expect_context::<MeetingsState>();
    view! {
        <section class=opening::MEETINGS.section_class aria-labelledby="page-title">
            <PageOpening opening=&opening::MEETINGS />
            <NewMeetingForm />
            <h2>"Meetings"</h2>
            <Show
                when=move || !meetings.all().is_empty()
                fallback=|| view! { <p class="empty-state">"No meetings yet. Plan the first one above."</p> }
            >
                <ul class="meeting-list">
                    {move || {
                        meetings
                            .all()
                            .into_iter()
                            .map(|meeting| view! { <MeetingListItem meeting /> })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}

fn status(meeting: &Meeting) -> &'static str {
    match meeting.clock_view(now()).state {
        ClockState::NotStarted => "Not started",
        ClockState::Running => "Running",
        ClockState::Paused => "Paused",
        ClockState::Finished => "Finished",
        ClockState::TimeUp => "Time's up",
    }
}

#[component]
fn MeetingListItem(meeting: Meeting) -> impl IntoView {
    let href = Route::Meeting(meeting.id).href();
    let status = status(&meeting);
    let summary = format!(
        "{} · {} attendees · {}",
        date_time(meeting.scheduled_at),
        meeting.attendees.len(),
        format_duration(meeting.agenda.cap_secs)
    );
    view! {
        <li class="meeting-item">
            <a href=href class="meeting-link">{meeting.title.clone()}</a>
            <span class="meeting-meta">{summary}</span>
            <span class="badge">{status}</span>
            {meeting
                .is_over_cap()
                .then(|| {
                    view! {
                        <span class="badge badge-warning">
                            "Over the cap of 9 (from an older file)"
                        </span>
                    }
                })}
        </li>
    }
}
