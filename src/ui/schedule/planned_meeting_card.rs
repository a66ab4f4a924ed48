use super::context::{ScheduleContext, ScheduleFormError, name_in};
use super::focus::focus_on;
use super::swap_form::SwapForm;
use crate::domain::agenda::builtin::WEEKLY_ID;
use crate::domain::date_text::{short_day as day, short_day_time as meeting_time};
use crate::domain::ids::MeetingId;
use crate::domain::meeting::{Meeting, NewMeeting};
use crate::domain::scheduler::{AttendanceReason, PlannedMeeting};
use crate::ui::disclosure::Disclosure;
use crate::ui::field_error::FieldError;
use crate::ui::format::timestamp_of;
use crate::ui::now::now;
use crate::ui::route::{Route, navigate};
use crate::ui::state::{MeetingsState, TemplatesState};
use leptos::prelude::*;

/// One planned meeting: when, who and why, the note-taker and the team split, with the
/// changes that apply to this date alone.
#[component]
pub fn PlannedMeetingCard(meeting: PlannedMeeting, index: usize) -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let meetings = expect_context::<MeetingsState>();
    let templates = expect_context::<TemplatesState>();
    let message = RwSignal::new(None::<ScheduleFormError>);

    let date = meeting.date();
    let heading_id = format!("sched-meeting-{index}");
    let labelled_by = heading_id.clone();
    let seats = ctx
        .schedule
        .settings_untracked()
        .map_or(0, |s| s.seat_cap.get());
    let split = meeting.split;
    let split_text = format!(
        "{} Sales · {} Marketing · {} Other · {} of {seats} seats",
        split.sales,
        split.marketing,
        split.other,
        split.total()
    );
    let (rows, note_taker, bumped, written) = ctx.roster.with_untracked(|people| {
        let rows: Vec<_> = meeting
            .attendees
            .iter()
            .map(|a| {
                let person = people.iter().find(|p| p.id == a.person);
                let team =
                    person.map_or_else(|| a.team.label().to_string(), |p| p.team.to_string());
                (a.clone(), name_in(people, a.person), team)
            })
            .collect();
        let note_taker = meeting.note_taker.map(|id| name_in(people, id));
        let bumped: Vec<String> = meeting
            .bumped
            .iter()
            .map(|&id| name_in(people, id))
            .collect();
        let written: Vec<String> = meeting
            .written_updates
            .iter()
            .map(|w| format!("{}: “{}” ({})", name_in(people, w.owner), w.what, w.why))
            .collect();
        (rows, note_taker, bumped, written)
    });

    let starts_at = timestamp_of(meeting.starts_at);
    let existing = Memo::new(move |_| {
        let at = starts_at?;
        meetings
            .all()
            .into_iter()
            .find(|m| m.scheduled_at == at)
            .map(|m| m.id)
    });
    let attendees: Vec<_> = meeting.attendees.iter().map(|a| a.person).collect();
    let taker = meeting.note_taker;
    let create = move |_| {
        let Some(template) = templates
            .get(WEEKLY_ID)
            .or_else(|| templates.all().into_iter().next())
        else {
            message.set(Some(ScheduleFormError::NoTemplate));
            return;
        };
        let Some(at) = starts_at else {
            message.set(Some(ScheduleFormError::UnplaceableTime));
            return;
        };
        let new = NewMeeting::from_template(&template, at, attendees.clone(), taker);
        match Meeting::new(MeetingId::random(), new, now()) {
            Ok(created) => {
                let id = created.id;
                meetings.save(created);
                navigate(Route::Meeting(id));
            }
            Err(reason) => message.set(Some(reason.into())),
        }
    };
    let skip = move |_| {
        let result = ctx.try_change(|s| {
            if !s.hand_changes.skipped_dates.contains(&date) {
                s.hand_changes.skipped_dates.push(date);
            }
        });
        if result.is_ok() {
            focus_on("sched-meetings-title");
        }
        message.set(result.err());
    };

    view! {
        <li class="sched-card" data-date=date.to_string()>
            <article aria-labelledby=labelled_by>
                <h3 id=heading_id class="sched-card-title">
                    {meeting_time(meeting.starts_at)}
                    {meeting.group.clone().map(|g| view! { <span class="sched-group">" · " {g}</span> })}
                </h3>
                <p
                    class="sched-split"
                    data-sales=split.sales
                    data-marketing=split.marketing
                    data-other=split.other
                >
                    {split_text}
                </p>
                <p class="sched-note-taker">
                    "Note-taker: "
                    <strong>{note_taker.unwrap_or_else(|| "nobody".into())}</strong>
                </p>
                <ul class="sched-attendees" aria-label="Attendees">
                    {rows
                        .into_iter()
                        .map(|(attendee, name, team)| {
                            let takes_notes = Some(attendee.person) == taker;
                            view! {
                                <li data-person=attendee.person.to_string()>
                                    <span class="sched-name">{name}</span>
                                    <span class=format!("sched-team sched-team-{}", attendee.team.label().to_lowercase())>
                                        {team}
                                    </span>
                                    {takes_notes.then(|| view! { <span class="badge sched-notes">"takes notes"</span> })}
                                    <span class=reason_class(&attendee.reason)>{attendee.reason.to_string()}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {(!bumped.is_empty())
                    .then(|| {
                        view! {
                            <p class="sched-bumped">
                                "Gave up a seat to a request or a presenting owner (first in next time): "
                                {bumped.join(", ")}
                            </p>
                        }
                    })}
                {(!written.is_empty())
                    .then(|| {
                        view! {
                            <div class="sched-written">
                                <p>"Not in the room for their review: ask for a written update"</p>
                                <FoldedLines lines=written />
                            </div>
                        }
                    })}
                <div class="sched-card-actions">
                    {move || match existing.get() {
                        Some(id) => view! {
                            <a class="sched-link-button" href=Route::Meeting(id).href()>"Open this meeting"
                                <span class="visually-hidden">{format!(" ({})", day(date))}</span>
                            </a>
                        }
                            .into_any(),
                        None => view! {
                            <button type="button" class="button-primary" on:click=create.clone()>
                                "Create this meeting"
                                <span class="visually-hidden">{format!(" ({})", day(date))}</span>
                            </button>
                        }
                            .into_any(),
                    }}
                    <button type="button" on:click=skip>
                        "Skip this date"
                        <span class="visually-hidden">{format!(" ({})", day(date))}</span>
                    </button>
                </div>
                <SwapForm meeting=meeting.clone() index message />
                <p class="form-message" aria-live="polite">
                    <FieldError error=message />
                </p>
            </article>
        </li>
    }
}

fn reason_class(reason: &AttendanceReason) -> &'static str {
    match reason {
        AttendanceReason::Requested { .. } | AttendanceReason::SwappedIn => {
            "sched-reason sched-reason-hand"
        }
        AttendanceReason::Presents { .. } => "sched-reason sched-reason-presents",
        _ => "sched-reason",
    }
}

/// Lines listed on a card before the rest are folded away.
const LINES_SHOWN: usize = 5;

/// The first few `lines`, and the rest behind "N more", listed when first opened: a workspace
/// with years of open action items asked for about 2,500 written updates on every card (five
/// years, 1,000 people: 20,000 list items on the page, most of its layout time).
#[component]
fn FoldedLines(lines: Vec<String>) -> impl IntoView {
    let list = |lines: Vec<String>| {
        view! { <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }
    };
    let mut first = lines;
    let rest = first.split_off(LINES_SHOWN.min(first.len()));
    let more = rest.len();
    let rest = StoredValue::new(rest);
    view! {
        {list(first)}
        {(more > 0)
            .then(|| {
                view! {
                    <Disclosure class="sched-more" summary=format!("{more} more")>
                        {list(rest.get_value())}
                    </Disclosure>
                }
            })}
    }
}
