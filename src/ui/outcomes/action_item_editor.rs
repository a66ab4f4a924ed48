use super::edited_text::EditedText;
use super::linked_problem_select::LinkedProblemSelect;
use super::people_checks::PeopleChecks;
use super::support::{date_input_value, parse_date_input, person_name, record_options};
use crate::domain::ids::{ActionItemId, PersonId};
use crate::domain::outcomes::{ActionError, ActionItem, ActionStatus};
use crate::domain::sort::SortByKey;
use crate::ui::choice::{choice_options, chosen};
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::now::now;
use crate::ui::state::{ActionsState, MeetingsState, ProblemsState, RosterState};
use leptos::prelude::*;

/// One action item, edited in place: what, owner, collaborators, due date, the problem it
/// serves, status and progress note. Each valid change is saved at once; an invalid one shows
/// why next to the field and saves nothing.
#[component]
pub fn ActionItemEditor(id: ActionItemId) -> impl IntoView {
    let actions = expect_context::<ActionsState>();
    let meetings = expect_context::<MeetingsState>();
    let problems = expect_context::<ProblemsState>();
    let roster = expect_context::<RosterState>();
    let action = Memo::new(move |_| actions.all().into_iter().find(|a| a.id == id));
    let error = RwSignal::new(None::<ActionError>);

    let initial = actions.get_untracked(id);
    let initial_what = initial.as_ref().map(|a| a.what.clone()).unwrap_or_default();
    let initial_note = initial
        .as_ref()
        .map(|a| a.progress_note.clone())
        .unwrap_or_default();
    let made_in = initial.as_ref().map(|a| a.made_in);
    // Owners and collaborators come from the meeting that made the item.
    let attendees = Memo::new(move |_| {
        let from_meeting = made_in.and_then(|m| meetings.get(m)).map(|m| m.attendees);
        from_meeting.unwrap_or_else(|| {
            action
                .get()
                .map(|a| a.people().collect::<Vec<PersonId>>())
                .unwrap_or_default()
        })
    });
    let owner = move || action.get().map(|a| a.owner);
    let what = move || action.get().map(|a| a.what).unwrap_or_default();
    let message_id = format!("action-{id}-message");
    let what_invalid = move || {
        matches!(
            error.get(),
            Some(ActionError::EmptyWhat | ActionError::WhatTooLong(_))
        )
    };
    let note_invalid = move || matches!(error.get(), Some(ActionError::ProgressNoteTooLong(_)));

    let edit = move |change: &dyn Fn(&mut ActionItem) -> Result<(), ActionError>| {
        if let Some(mut item) = actions.get_untracked(id) {
            match change(&mut item) {
                Ok(()) => {
                    error.set(None);
                    actions.save(item);
                }
                Err(reason) => error.set(Some(reason)),
            }
        }
    };
    let problem_choices = Memo::new(move |_| {
        let linked = action.get().and_then(|a| a.problem);
        let mut list: Vec<_> = problems
            .all()
            .into_iter()
            .filter(|p| p.status.is_active() || Some(p.id) == linked)
            .map(|p| (p.id, p.title))
            .collect();
        list.sort_by_key_dyn(|a| a.1.to_lowercase());
        list
    });

    view! {
        <li class="oc-action" aria-label=move || format!("Action item: {}", what())>
            <div class="field-row">
                <EditedText
                    label="What will be done"
                    class="field-grow"
                    initial=initial_what
                    invalid=Signal::derive(what_invalid)
                    described_by=message_id.clone()
                    on_input=Callback::new(move |text: String| edit(&|a| a.set_what(&text, now())))
                />
                <Field label="Owner">
                    <select on:change=move |ev| {
                        if let Ok(person) = event_target_value(&ev).parse::<PersonId>() {
                            let attending = attendees.get_untracked();
                            edit(&|a| a.set_owner(person, &attending, now()));
                        }
                    }>
                        {move || {
                            let mut people = attendees.get();
                            if let Some(current) = owner().filter(|o| !people.contains(o)) {
                                people.push(current);
                            }
                            record_options(
                                people.into_iter().map(move |p| (p, person_name(roster, p))),
                                move |person| owner() == Some(person),
                            )
                        }}
                    </select>
                </Field>
            </div>
            <div class="field-row">
                <Field label="Due">
                    <input
                        type="date"
                        prop:value=move || date_input_value(action.get().and_then(|a| a.due))
                        on:change=move |ev| {
                            let due = parse_date_input(&event_target_value(&ev));
                            edit(&|a| {
                                a.set_due(due, now());
                                Ok(())
                            });
                        }
                    />
                </Field>
                <Field label="Status">
                    <select on:change=move |ev| {
                        if let Some(status) = chosen(&ev) {
                            edit(&|a| {
                                a.set_status(status, now());
                                Ok(())
                            });
                        }
                    }>
                        {choice_options(
                            ActionStatus::ALL,
                            ActionStatus::label,
                            move |status| action.get().is_some_and(|a| a.status == status),
                        )}
                    </select>
                </Field>
                <LinkedProblemSelect
                    label="For problem"
                    choices=problem_choices
                    linked=Signal::derive(move || action.get().and_then(|a| a.problem))
                    on_change=Callback::new(move |problem| {
                        edit(&|a| {
                            a.set_problem(problem, now());
                            Ok(())
                        });
                    })
                />
            </div>
            <PeopleChecks
                legend="With"
                people=Signal::derive(move || {
                    let owner = owner();
                    attendees.get().into_iter().filter(|p| Some(*p) != owner).collect()
                })
                is_checked=Callback::new(move |person| {
                    action.get().is_some_and(|a| a.collaborators.contains(&person))
                })
                on_toggle=Callback::new(move |(person, on)| {
                    edit(&|a| {
                        if on {
                            a.add_collaborator(person, now())
                        } else {
                            a.remove_collaborator(person, now())
                        }
                    });
                })
            />
            <EditedText
                label="Progress note"
                initial=initial_note
                invalid=Signal::derive(note_invalid)
                described_by=message_id.clone()
                on_input=Callback::new(move |text: String| edit(&|a| a.set_progress_note(&text, now())))
            />
            <p id=message_id.clone() class="form-message oc-message" aria-live="polite">
                <FieldError error=error />
            </p>
            <ConfirmDelete
                ask="Delete action item"
                question="Delete this action item?"
                class="oc-small-button"
                on_delete=Callback::new(move |_| actions.delete(id))
            />
        </li>
    }
}
