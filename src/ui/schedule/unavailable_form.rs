use super::context::{ScheduleContext, ScheduleFormError};
use super::person_select::PersonSelect;
use crate::domain::date_text::{read_iso_date, short_day as day};
use crate::domain::ids::PersonId;
use crate::domain::scheduler::Unavailability;
use crate::ui::field::Field;
use crate::ui::outcome_note::OutcomeNote;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Marks someone away on one planned date; the plan fills their seat with someone else.
#[component]
pub fn UnavailableForm() -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let person = RwSignal::new(None::<PersonId>);
    let chosen_date = RwSignal::new(None::<NaiveDate>);
    let message = RwSignal::new(None::<Result<String, ScheduleFormError>>);

    let options = Signal::derive(move || {
        ctx.roster
            .people()
            .into_iter()
            .filter(|p| p.is_rotation_eligible())
            .map(|p| (p.id, format!("{} ({})", p.name, p.team)))
            .collect::<Vec<_>>()
    });
    let dates = Memo::new(move |_| ctx.dates());
    // The first planned date until another is chosen.
    let date = move || {
        chosen_date
            .get()
            .or_else(|| dates.with(|d| d.first().copied()))
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(id), Some(date)) = (person.get_untracked(), untrack(date)) else {
            message.set(Some(Err(ScheduleFormError::NoAbsence)));
            return;
        };
        let result = ctx.try_change(|s| {
            let away = Unavailability { person: id, date };
            if !s.hand_changes.unavailable.contains(&away) {
                s.hand_changes.unavailable.push(away);
            }
        });
        message.set(Some(
            result.map(|()| format!("{} is away on {}.", ctx.name(id), day(date))),
        ));
    };

    view! {
        <form class="sched-change-form" on:submit=submit aria-labelledby="sched-away-title" novalidate>
            <h3 id="sched-away-title">"Mark someone unavailable"</h3>
            <div class="field-row">
                <PersonSelect id="sched-away-person".into() label="Person" options value=person />
                <Field label="Date" class="field-grow">
                    <select
                        id="sched-away-date"
                        on:change=move |ev| chosen_date.set(read_iso_date(&event_target_value(&ev)))
                    >
                        {move || {
                            let selected = date();
                            dates
                                .get()
                                .into_iter()
                                .map(|d| {
                                    view! {
                                        <option value=d.to_string() selected=selected == Some(d)>{day(d)}</option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </Field>
            </div>
            <div class="field-row">
                <button type="submit" class="button-primary">"Mark unavailable"</button>
            </div>
            <OutcomeNote outcome=message />
        </form>
    }
}
