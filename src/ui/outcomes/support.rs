//! Helpers the outcome components share: names that survive removals, local dates, which
//! meeting came before or comes after, the review a meeting opens with, and moving focus.

use crate::domain::date_text::{iso_date, read_iso_date};
use crate::domain::ids::{MeetingId, PersonId, ProblemId};
use crate::domain::meeting::{DeliverableSlots, Meeting};
use crate::domain::outcomes::{
    ProgressDeliverable, Review, carry_over, progress_deliverables, progress_slots,
};
use crate::domain::person::REMOVED_PERSON;
use crate::domain::sort::SortByKey;
use crate::domain::time::Timestamp;
use crate::ui::format::local_date;
use crate::ui::state::{ActionsState, MeetingsState, ProblemsState, RosterState};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many carried-over action items or problems a meeting's list shows before it offers
/// more: years of open work (2,629 action items in the five-year workspace) took the live
/// screen 6 s to open, and no meeting reviews more than a page of them.
pub const CARRIED_PER_PAGE: usize = 20;

/// The person's name, or "Removed person" once they have left the roster. Tracks the roster.
pub fn person_name(roster: RosterState, id: PersonId) -> String {
    roster
        .person(id)
        .map_or_else(|| REMOVED_PERSON.to_string(), |p| p.name)
}

/// One `<option>` per record, its value the record's id and its text `label` (a person's
/// name, a problem's title).
pub fn record_options<I>(
    records: impl IntoIterator<Item = (I, String)>,
    is_selected: impl Fn(I) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    I: std::fmt::Display + Copy + Send + Sync + 'static,
{
    records
        .into_iter()
        .map(|(id, label)| {
            view! { <option value=id.to_string() selected=move || is_selected(id)>{label}</option> }
        })
        .collect_view()
}

/// The value of a `type="date"` input: "2026-11-25", or empty.
pub fn date_input_value(date: Option<NaiveDate>) -> String {
    date.map(iso_date).unwrap_or_default()
}

/// Reads a `type="date"` input; empty or malformed gives `None`.
pub fn parse_date_input(value: &str) -> Option<NaiveDate> {
    read_iso_date(value)
}

/// Meetings in the order they happen: by scheduled time, then by when they were planned (two
/// meetings planned for the same slot follow each other in the order they were made).
fn order(meeting: &Meeting) -> (Timestamp, Timestamp, MeetingId) {
    (meeting.scheduled_at, meeting.created_at, meeting.id)
}

/// The next meeting after `meeting`, held or planned.
pub fn next_meeting<'a>(all: &'a [Meeting], meeting: &Meeting) -> Option<&'a Meeting> {
    all.iter()
        .filter(|m| m.id != meeting.id && order(m) > order(meeting))
        .min_by_key(|m| order(m))
}

/// When an action item made in `meeting` is due by default: the next meeting's date if one is
/// planned, else a week after this one.
pub fn default_due(all: &[Meeting], meeting: &Meeting) -> Option<NaiveDate> {
    let at = next_meeting(all, meeting).map_or_else(
        || meeting.scheduled_at.plus_millis(7 * 24 * 3_600_000),
        |next| next.scheduled_at,
    );
    local_date(at)
}

/// The review `meeting` opens with: what the previous meeting left open, what it closed, and
/// the problems in progress. Tracks meetings, problems and action items.
pub fn use_review(meeting: Memo<Meeting>) -> Memo<Review> {
    let meetings = expect_context::<MeetingsState>();
    let problems = expect_context::<ProblemsState>();
    let actions = expect_context::<ActionsState>();
    Memo::new(move |_| {
        let current = meeting.get();
        // The same meeting the review panel names as the one whose note-taker presents.
        let previous = meetings.previous(&current).map(|m| m.id);
        carry_over(previous, current.id, &problems.all(), &actions.all())
    })
}

/// The problems `meeting` raised, oldest first. Tracks the problem log.
pub fn use_raised_in(meeting: MeetingId) -> Memo<Vec<ProblemId>> {
    let problems = expect_context::<ProblemsState>();
    Memo::new(move |_| {
        let mut list: Vec<_> = problems
            .all()
            .into_iter()
            .filter(|p| p.raised_in == Some(meeting))
            .map(|p| (p.created_at, p.id))
            .collect();
        list.sort_dyn();
        list.into_iter().map(|(_, id)| id).collect()
    })
}

/// The progress segment's running order: carried open actions, then typed deliverables.
pub fn running_order(meeting: &Meeting, review: &Review) -> Vec<ProgressDeliverable> {
    progress_deliverables(review, &meeting.deliverables)
}

/// How the first progress segment splits between every deliverable (carried actions and
/// typed ones) and questions, at its planned time as the clock has it now.
pub fn progress_split(meeting: &Meeting, review: &Review) -> Option<DeliverableSlots> {
    Some(progress_slots(
        meeting.progress_segment_secs()?,
        &running_order(meeting, review),
    ))
}

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_by_id(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// A heading of `level` (2 to 6), so a component can sit under any section.
pub fn heading(
    level: u8,
    id: Option<String>,
    class: &'static str,
    content: impl IntoView + 'static,
) -> AnyView {
    match level {
        0..=2 => view! { <h2 id=id class=class>{content}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class>{content}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class>{content}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class>{content}</h5> }.into_any(),
        _ => view! { <h6 id=id class=class>{content}</h6> }.into_any(),
    }
}
