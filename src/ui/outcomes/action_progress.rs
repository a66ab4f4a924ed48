use super::overdue_mark::OverdueMark;
use super::status_select::StatusSelect;
use super::support::person_name;
use crate::domain::date_text::short_day;
use crate::domain::ids::{ActionItemId, PersonId};
use crate::domain::outcomes::{ABSENT_OWNER, ActionError, ActionStatus, owner_is_absent};
use crate::ui::field_error::FieldError;
use crate::ui::now::now;
use crate::ui::state::{ActionsState, MeetingsState, ProblemsState, RosterState};
use leptos::prelude::*;

/// An action item as the review sees it: what, who, by when, and for which problem, with its
/// status and a short progress note updated in place.
#[component]
pub fn ActionProgress(
    id: ActionItemId,
    /// Names the meeting that made it (the problem log lists items from every meeting).
    #[prop(optional)]
    show_meeting: bool,
    /// Who is in the room, when a meeting reviews the item: an open item whose owner is not
    /// there is marked for a written update.
    #[prop(optional, into)]
    present: Option<Signal<Vec<PersonId>>>,
) -> impl IntoView {
    let actions = expect_context::<ActionsState>();
    let problems = expect_context::<ProblemsState>();
    let meetings = expect_context::<MeetingsState>();
    let roster = expect_context::<RosterState>();
    let action = Memo::new(move |_| actions.all().into_iter().find(|a| a.id == id));
    let error = RwSignal::new(None::<ActionError>);
    let initial_note = actions
        .get_untracked(id)
        .map(|a| a.progress_note)
        .unwrap_or_default();
    let message_id = format!("progress-{id}-message");
    let absent = move || {
        let attendees = present?.get();
        action.with(|a| a.as_ref().map(|a| owner_is_absent(a, &attendees)))
    };
    let what = move || action.get().map(|a| a.what).unwrap_or_default();
    let status = move || action.get().map(|a| a.status).unwrap_or_default();
    let facts = move || {
        let a = action.get()?;
        let mut facts = vec![format!("Owner: {}", person_name(roster, a.owner))];
        if !a.collaborators.is_empty() {
            let with: Vec<String> = a
                .collaborators
                .iter()
                .map(|&p| person_name(roster, p))
                .collect();
            facts.push(format!("with {}", with.join(", ")));
        }
        facts.push(a.due.map_or("no due date".to_string(), |d| {
            format!("due {}", short_day(d))
        }));
        if let Some(problem) = a.problem {
            let title = problems
                .get(problem)
                .map_or("a removed problem".to_string(), |p| {
                    format!("“{}”", p.title)
                });
            facts.push(format!("for {title}"));
        }
        if show_meeting {
            let made = meetings
                .get(a.made_in)
                .map_or("a deleted meeting".to_string(), |m| {
                    format!("“{}”", m.title)
                });
            facts.push(format!("made in {made}"));
        }
        Some(facts.join(" · "))
    };
    let set_status = move |status: ActionStatus| {
        if let Some(mut a) = actions.get_untracked(id) {
            a.set_status(status, now());
            actions.save(a);
        }
    };
    let set_note = move |text: String| {
        if let Some(mut a) = actions.get_untracked(id) {
            match a.set_progress_note(&text, now()) {
                Ok(()) => {
                    error.set(None);
                    actions.save(a);
                }
                Err(reason) => error.set(Some(reason)),
            }
        }
    };
    view! {
        <div class="oc-progress" class:oc-closed=move || !status().is_open()>
            <p class="oc-progress-what">
                <strong>{what}</strong>
                " "
                <span class="badge" class:badge-muted=move || !status().is_open()>{move || status().label()}</span>
                {move || {
                    (absent() == Some(true))
                        .then(|| view! { " " <span class="badge badge-warning oc-absent">{ABSENT_OWNER}</span> })
                }}
                <OverdueMark action />
            </p>
            <p class="muted oc-meta">{facts}</p>
            <div class="field-row">
                <StatusSelect
                    of=Signal::derive(move || format!("of “{}”", what()))
                    value=Signal::derive(status)
                    on_change=set_status
                />
                <label class="field field-grow">
                    <span class="field-label">
                        "Progress note" <span class="visually-hidden">" on “" {what} "”"</span>
                    </span>
                    <input
                        type="text"
                        autocomplete="off"
                        placeholder="Where it stands, in a line"
                        prop:value=initial_note
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby=message_id.clone()
                        on:input=move |ev| set_note(event_target_value(&ev))
                    />
                </label>
            </div>
            <p id=message_id.clone() class="form-message oc-message" aria-live="polite">
                <FieldError error=error />
            </p>
        </div>
    }
}
