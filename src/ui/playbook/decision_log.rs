use super::names::PlaybookNames;
use crate::domain::date_text::iso_date;
use crate::domain::ids::{DecisionId, MeetingId, PersonId, ProblemId};
use crate::domain::playbook::{Decision, NewDecision, PlaybookError, sort_decisions};
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::now::{local_today, now};
use crate::ui::outcomes::record_options;
use crate::ui::state::{PlaybookState, ProblemsState, RosterState};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The decision log, newest first, and a form to log one decided outside the playbook's
/// agreements (those log themselves). In a meeting (`in_meeting`), the form logs decisions
/// taken there, on its date, and the list shows only those.
#[component]
pub fn DecisionLog(#[prop(optional)] in_meeting: Option<(MeetingId, NaiveDate)>) -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let roster = expect_context::<RosterState>();
    let problems = expect_context::<ProblemsState>();
    let names = PlaybookNames::from_context();
    let log = Memo::new(move |_| {
        let mut all = playbook.with(|r| {
            r.decisions
                .iter()
                .filter(|d| in_meeting.is_none_or(|(m, _)| d.meeting == Some(m)))
                .cloned()
                .collect::<Vec<_>>()
        });
        sort_decisions(&mut all);
        all
    });
    let what = RwSignal::new(String::new());
    let why = RwSignal::new(String::new());
    let owner = RwSignal::new(None::<PersonId>);
    let linked = RwSignal::new(None::<ProblemId>);
    let error = RwSignal::new(None::<PlaybookError>);
    let log_it = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new = NewDecision {
            what: what.get_untracked(),
            why: why.get_untracked(),
            owner: owner.get_untracked(),
            problem: linked.get_untracked(),
            meeting: in_meeting.map(|(m, _)| m),
            decided_on: in_meeting.map(|(_, on)| on),
        };
        match Decision::new(DecisionId::random(), new, local_today(), now()) {
            Ok(decision) => {
                playbook.save_decision(decision);
                what.set(String::new());
                why.set(String::new());
                error.set(None);
            }
            Err(reason) => error.set(Some(reason)),
        }
    };
    view! {
        <section class="oc-section pb-section" aria-labelledby="pb-decisions-title">
            {match in_meeting {
                None => view! {
                    <h2 id="pb-decisions-title">"Decision log"</h2>
                    <p class="lead">
                        "What was decided, in which meeting, why and who owns it. Agreeing or changing an entry in a meeting logs itself here."
                    </p>
                }
                .into_any(),
                Some(_) => view! {
                    <h3 id="pb-decisions-title">"Decisions in this meeting"</h3>
                    <p class="muted">"They go in the minutes and the playbook's decision log."</p>
                }
                .into_any(),
            }}
            <form class="pb-decision-form" on:submit=log_it>
                <div class="field-row">
                    <Field label="Decision" class="field-grow">
                        <input
                            type="text"
                            id="pb-decision-what"
                            aria-describedby="pb-decision-message"
                            prop:value=move || what.get()
                            on:input=move |ev| what.set(event_target_value(&ev))
                        />
                    </Field>
                    <Field label="Why" class="field-grow">
                        <input
                            type="text"
                            id="pb-decision-why"
                            prop:value=move || why.get()
                            on:input=move |ev| why.set(event_target_value(&ev))
                        />
                    </Field>
                    <Field label="Owner">
                        <select on:change=move |ev| owner.set(event_target_value(&ev).parse().ok())>
                            <option value="">"Nobody in particular"</option>
                            {move || {
                                let active = roster.people().into_iter().filter(|p| p.active);
                                record_options(active.map(|p| (p.id, p.name)), |_| false)
                            }}
                        </select>
                    </Field>
                    <Field label="About the problem">
                        <select on:change=move |ev| linked.set(event_target_value(&ev).parse().ok())>
                            <option value="">"None"</option>
                            {move || {
                                record_options(problems.all().into_iter().map(|p| (p.id, p.title)), |_| false)
                            }}
                        </select>
                    </Field>
                    <button type="submit" class="button-primary">"Log decision"</button>
                </div>
                <p id="pb-decision-message" class="form-message" aria-live="polite">
                    <FieldError error />
                </p>
            </form>
            <Show
                when=move || log.with(|l| !l.is_empty())
                fallback=|| view! { <p class="empty-state">"No decisions logged yet."</p> }
            >
                <ul class="pb-decisions">
                    // Not a keyed `<For>`: the lines hold no input or focus to keep, and its
                    // keyed diff cost 4 KB gzip on the Playbook's first visit.
                    {move || {
                        log.get()
                            .into_iter()
                            .map(|decision| {
                                view! {
                                    <li>
                                        <span class="pb-decision-date">{iso_date(decision.decided_on)}</span>
                                        " "
                                        <strong>{decision.what}</strong>
                                        {decision.meeting.map(|m| format!(" in {}", names.meeting(m)))}
                                        {decision.owner.map(|p| format!("; owner {}", names.person(p)))}
                                        {decision
                                            .problem
                                            .and_then(|p| problems.get(p))
                                            .map(|p| format!("; about the problem “{}”", p.title))}
                                        {(!decision.why.is_empty()).then(|| format!("; why: {}", decision.why))}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}
