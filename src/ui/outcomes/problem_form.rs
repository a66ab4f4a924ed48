use super::support::{person_name, record_options};
use crate::domain::ids::{MeetingId, PersonId, ProblemId};
use crate::domain::outcomes::{
    DEFAULT_IMPACT, MAX_IMPACT, MIN_IMPACT, NewProblem, Problem, ProblemError,
};
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::now::now;
use crate::ui::state::{ProblemsState, RosterState};
use leptos::prelude::*;

/// Logs a new problem: a title, who raised it, how big it is, and (on the log page) details.
/// Enter in the title logs it and leaves the cursor there for the next one.
#[component]
pub fn ProblemForm(
    /// The meeting it is raised in; `None` on the problem log page.
    raised_in: Option<MeetingId>,
    /// Whom "Raised by" offers, in order.
    #[prop(into)]
    people: Signal<Vec<PersonId>>,
    /// Who raised it unless the user picks someone else (the go-round's offer sets it).
    #[prop(into)]
    default_raiser: Signal<Option<PersonId>>,
    /// The title input's id, so other parts of the screen can move the cursor to it.
    title_id: &'static str,
    /// Shows the details box (the log page; the live screen keeps the form short).
    #[prop(optional)]
    with_details: bool,
    /// Called with each problem logged.
    #[prop(optional, into)]
    on_logged: Option<Callback<ProblemId>>,
) -> impl IntoView {
    let problems = expect_context::<ProblemsState>();
    let roster = expect_context::<RosterState>();
    let title = RwSignal::new(String::new());
    let details = RwSignal::new(String::new());
    let impact = RwSignal::new(DEFAULT_IMPACT);
    // `None`: follow the default; `Some((default, pick))`: the user picked someone, or nobody,
    // while `default` was offered.
    let choice = RwSignal::new(None::<(Option<PersonId>, Option<PersonId>)>);
    let error = RwSignal::new(None::<ProblemError>);
    // A new default (the go-round offered to log someone's problem) overrides a stale pick.
    let raiser = Memo::new(move |_| {
        let default = default_raiser.get();
        match choice.get() {
            Some((picked_under, pick)) if picked_under == default => pick,
            _ => default,
        }
    });

    let message_id = format!("{title_id}-message");
    let title_described_by = message_id.clone();
    let title_invalid = move || {
        matches!(
            error.get(),
            Some(ProblemError::EmptyTitle | ProblemError::TitleTooLong(_))
        )
    };
    let details_invalid = move || matches!(error.get(), Some(ProblemError::DetailsTooLong(_)));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new = NewProblem {
            title: title.get_untracked(),
            details: details.get_untracked(),
            raised_by: raiser.get_untracked(),
            raised_in,
            impact: impact.get_untracked(),
        };
        match Problem::new(ProblemId::random(), new, now()) {
            Ok(problem) => {
                let id = problem.id;
                problems.save(problem);
                error.set(None);
                title.set(String::new());
                details.set(String::new());
                impact.set(DEFAULT_IMPACT);
                choice.set(None);
                if let Some(logged) = on_logged {
                    logged.run(id);
                }
            }
            Err(reason) => error.set(Some(reason)),
        }
    };

    view! {
        <form class="oc-form" on:submit=submit novalidate>
            <div class="field-row">
                <Field label="Problem" class="field-grow">
                    <input
                        id=title_id
                        type="text"
                        autocomplete="off"
                        placeholder="e.g. Webinar leads go cold before sales calls"
                        prop:value=title
                        aria-invalid=move || title_invalid().to_string()
                        aria-describedby=title_described_by
                        on:input=move |ev| {
                            title.set(event_target_value(&ev));
                            if title_invalid() {
                                error.set(None);
                            }
                        }
                    />
                </Field>
                <Field label="Raised by">
                    <select on:change=move |ev| {
                        let value = event_target_value(&ev);
                        let pick = value.parse::<PersonId>().ok();
                        choice.set(Some((default_raiser.get_untracked(), pick)));
                    }>
                        <option value="" selected=move || raiser.get().is_none()>"Not recorded"</option>
                        {move || {
                            record_options(
                                people.get().into_iter().map(move |p| (p, person_name(roster, p))),
                                move |person| raiser.get() == Some(person),
                            )
                        }}
                    </select>
                </Field>
                <Field label="Impact" class="oc-impact-field">
                    <select on:change=move |ev| {
                        if let Ok(value) = event_target_value(&ev).parse::<u8>() {
                            impact.set(value);
                        }
                    }>
                        {(MIN_IMPACT..=MAX_IMPACT)
                            .map(|value| {
                                view! {
                                    <option value=value.to_string() selected=move || impact.get() == value>
                                        {impact_label(value)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </Field>
            </div>
            {with_details
                .then(|| {
                    view! {
                        <Field label="Details (optional)" class="oc-details-field">
                            <textarea
                                rows="2"
                                prop:value=details
                                aria-invalid=move || details_invalid().to_string()
                                aria-describedby=format!("{title_id}-message")
                                on:input=move |ev| details.set(event_target_value(&ev))
                            ></textarea>
                        </Field>
                    }
                })}
            <div class="oc-form-actions">
                <button type="submit" class="button-primary">"Log problem"</button>
            </div>
            <p id=message_id class="form-message" aria-live="polite">
                <FieldError error=error />
            </p>
        </form>
    }
}

/// "1 · small" to "5 · biggest", as the impact selects show it.
pub fn impact_label(value: u8) -> String {
    match value {
        MIN_IMPACT => format!("{value} · small"),
        MAX_IMPACT => format!("{value} · biggest"),
        _ => value.to_string(),
    }
}
