use super::linked_problem_select::LinkedProblemSelect;
use super::people_checks::PeopleChecks;
use super::support::{
    date_input_value, default_due, parse_date_input, person_name, record_options,
};
use crate::domain::ids::{ActionItemId, PersonId, ProblemId};
use crate::domain::outcomes::{
    ActionError, ActionItem, NewActionItem, ProblemFilter, ProblemStatus, filtered_problems,
};
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::now;
use crate::ui::state::{ActionsState, MeetingsState, ProblemsState, RosterState};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The id of the new action's "what" input, where "Give … an item" puts the cursor.
pub const ACTION_WHAT_ID: &str = "new-action-what";

/// Makes an action item in the live meeting: what, the owner (an attendee), optional
/// collaborators, the due date (the next meeting's by default) and the problem it serves.
#[component]
pub fn ActionForm(
    /// The owner the user picked, or the pairing offer chose; `None` follows `default_owner`.
    owner_choice: RwSignal<Option<PersonId>>,
    #[prop(into)] default_owner: Signal<Option<PersonId>>,
) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let actions = expect_context::<ActionsState>();
    let problems = expect_context::<ProblemsState>();
    let meetings = expect_context::<MeetingsState>();
    let roster = expect_context::<RosterState>();

    let what = RwSignal::new(String::new());
    let collaborators = RwSignal::new(BTreeSet::<PersonId>::new());
    // `None` until the user types a date: the default follows the meeting plan.
    let due = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<ProblemId>);
    let error = RwSignal::new(None::<ActionError>);

    let attendees = Memo::new(move |_| live.meeting.get().attendees);
    let owner = Memo::new(move |_| {
        owner_choice
            .get()
            .filter(|p| attendees.get().contains(p))
            .or_else(|| default_owner.get())
            .or_else(|| attendees.get().first().copied())
    });
    let default_due_value = move || {
        let all = meetings.all();
        date_input_value(default_due(&all, &live.meeting.get()))
    };
    let due_value = move || due.get().unwrap_or_else(default_due_value);
    // Problems raised here first, then the rest still open, biggest impact first.
    let problem_choices = Memo::new(move |_| {
        let all = problems.all();
        let mut here = Vec::new();
        let mut others = Vec::new();
        for p in filtered_problems(&all, ProblemFilter::All) {
            if p.raised_in == Some(live.id) {
                here.push((p.id, p.title.clone()));
            } else if p.status.is_active() {
                others.push((p.id, p.title.clone()));
            }
        }
        here.extend(others);
        here
    });

    let what_invalid = move || {
        matches!(
            error.get(),
            Some(ActionError::EmptyWhat | ActionError::WhatTooLong(_))
        )
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let meeting = live.meeting.get_untracked();
        let Some(owner) = owner.get_untracked() else {
            return;
        };
        let mut new =
            NewActionItem::new(&what.get_untracked(), owner, parse_date_input(&due_value()));
        new.collaborators = collaborators
            .get_untracked()
            .into_iter()
            .filter(|p| *p != owner && meeting.attendees.contains(p))
            .collect();
        new.problem = problem.get_untracked();
        match ActionItem::new(ActionItemId::random(), &meeting, new, now()) {
            Ok(action) => {
                // A problem someone now works on is being solved.
                if let Some(mut served) = action.problem.and_then(|p| problems.get_untracked(p))
                    && served.status == ProblemStatus::Open
                {
                    served.set_status(ProblemStatus::BeingSolved, now());
                    problems.save(served);
                }
                actions.save(action);
                error.set(None);
                what.set(String::new());
                collaborators.set(BTreeSet::new());
                problem.set(None);
                owner_choice.set(None);
            }
            Err(reason) => error.set(Some(reason)),
        }
    };

    view! {
        <form class="oc-form oc-action-form" on:submit=submit novalidate aria-labelledby="new-action-title">
            <h4 id="new-action-title" class="oc-subhead">"New action item"</h4>
            <div class="field-row">
                <Field label="What will be done" class="field-grow">
                    <input
                        id=ACTION_WHAT_ID
                        type="text"
                        autocomplete="off"
                        placeholder="e.g. Call every webinar lead within a day"
                        prop:value=what
                        aria-invalid=move || what_invalid().to_string()
                        aria-describedby="new-action-message"
                        on:input=move |ev| {
                            what.set(event_target_value(&ev));
                            if what_invalid() {
                                error.set(None);
                            }
                        }
                    />
                </Field>
                <Field label="Owner">
                    <select
                        id="new-action-owner"
                        on:change=move |ev| owner_choice.set(event_target_value(&ev).parse().ok())
                    >
                        {move || {
                            record_options(
                                attendees.get().into_iter().map(move |p| (p, person_name(roster, p))),
                                move |person| owner.get() == Some(person),
                            )
                        }}
                    </select>
                </Field>
            </div>
            <div class="field-row">
                <Field label="Due">
                    <input
                        id="new-action-due"
                        type="date"
                        prop:value=due_value
                        on:input=move |ev| due.set(Some(event_target_value(&ev)))
                    />
                </Field>
                <LinkedProblemSelect
                    label="For problem (optional)"
                    id="new-action-problem"
                    choices=problem_choices
                    linked=problem
                    on_change=Callback::new(move |linked| problem.set(linked))
                />
            </div>
            <PeopleChecks
                legend="With (optional)"
                people=Signal::derive(move || {
                    let owner = owner.get();
                    attendees.get().into_iter().filter(|p| Some(*p) != owner).collect()
                })
                is_checked=Callback::new(move |person| collaborators.with(|set| set.contains(&person)))
                on_toggle=Callback::new(move |(person, on)| {
                    collaborators
                        .update(|set| {
                            if on {
                                set.insert(person);
                            } else {
                                set.remove(&person);
                            }
                        });
                })
            />
            <div class="oc-form-actions">
                <button type="submit" class="button-primary">"Add action item"</button>
            </div>
            <p id="new-action-message" class="form-message" aria-live="polite">
                <FieldError error=error />
            </p>
        </form>
    }
}
