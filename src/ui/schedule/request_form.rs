use super::context::{ScheduleContext, ScheduleFormError};
use super::person_select::PersonSelect;
use crate::domain::ids::PersonId;
use crate::domain::scheduler::AttendanceRequest;
use crate::ui::field::Field;
use crate::ui::outcome_note::OutcomeNote;
use leptos::prelude::*;

const DEFAULT_REASON: &str = "raised a problem";

/// Asks for someone at the next meeting, out of turn: whoever raised a problem, say.
#[component]
pub fn RequestForm() -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let person = RwSignal::new(None::<PersonId>);
    let reason = RwSignal::new(DEFAULT_REASON.to_string());
    let message = RwSignal::new(None::<Result<String, ScheduleFormError>>);

    // Core members attend anyway and executives only when invited, so neither is offered.
    let options = Signal::derive(move || {
        ctx.roster
            .people()
            .into_iter()
            .filter(|p| p.is_rotation_eligible() && !p.core)
            .map(|p| (p.id, format!("{} ({})", p.name, p.team)))
            .collect::<Vec<_>>()
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(id) = person.get_untracked() else {
            message.set(Some(Err(ScheduleFormError::NoOneRequested)));
            return;
        };
        let made_on = ctx.from();
        let request = AttendanceRequest {
            person: id,
            made_on,
            reason: reason.get_untracked().trim().to_string(),
        };
        let result = ctx.try_change(|s| {
            let requests = &mut s.hand_changes.requests;
            requests.retain(|r| !(r.person == id && r.made_on == made_on));
            requests.push(request);
        });
        if result.is_ok() {
            person.set(None);
            reason.set(DEFAULT_REASON.into());
        }
        message.set(Some(result.map(|()| {
            format!("{} will attend the next meeting.", ctx.name(id))
        })));
    };

    view! {
        <form class="sched-change-form" on:submit=submit aria-labelledby="sched-request-title" novalidate>
            <h3 id="sched-request-title">"Request someone for the next meeting"</h3>
            <div class="field-row">
                <PersonSelect id="sched-request-person".into() label="Person" options value=person />
                <Field label="Why" class="field-grow">
                    <input
                        id="sched-request-reason"
                        type="text"
                        maxlength="80"
                        prop:value=reason
                        on:input=move |ev| reason.set(event_target_value(&ev))
                    />
                </Field>
            </div>
            <div class="field-row">
                <button type="submit" class="button-primary">"Request"</button>
            </div>
            <OutcomeNote outcome=message />
        </form>
    }
}
