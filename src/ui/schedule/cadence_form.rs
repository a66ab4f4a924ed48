use super::context::ScheduleFormError;
use super::local_time::fresh_seed;
use crate::domain::date_text::{hour_minute, iso_date, read_hour_minute, read_iso_date};
use crate::domain::scheduler::{
    Cadence, DEFAULT_HORIZON, DEFAULT_SEAT_CAP, Frequency, Horizon, RotationStyle, SeatCap,
    SettingsForm,
};
use crate::ui::choice::{choice_options, chosen};
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::format::today;
use crate::ui::state::ScheduleState;
use chrono::{NaiveTime, Weekday};
use leptos::prelude::*;

const WEEKDAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "Monday"),
    (Weekday::Tue, "Tuesday"),
    (Weekday::Wed, "Wednesday"),
    (Weekday::Thu, "Thursday"),
    (Weekday::Fri, "Friday"),
    (Weekday::Sat, "Saturday"),
    (Weekday::Sun, "Sunday"),
];

fn default_cadence() -> Cadence {
    Cadence {
        frequency: Frequency::Weekly,
        weekday: Weekday::Tue,
        time_of_day: NaiveTime::from_hms_opt(9, 30, 0).unwrap_or_default(),
        start: today(),
    }
}

/// Keeps the value, or shows the reason and keeps nothing.
fn checked<T, E: Into<ScheduleFormError>>(
    result: Result<T, E>,
    message: RwSignal<Option<ScheduleFormError>>,
) -> Option<T> {
    let result = result.map_err(Into::into);
    message.set(result.as_ref().err().cloned());
    result.ok()
}

/// When the meeting happens and how many seats it has. Each valid change is saved at once; a
/// bad value shows its reason next to the field and leaves the stored settings as they were.
#[component]
pub fn CadenceForm() -> impl IntoView {
    let schedule = expect_context::<ScheduleState>();
    let stored = schedule.settings_untracked();
    let initial = stored
        .as_ref()
        .map_or_else(default_cadence, |s| s.cadence.clone());

    let frequency = RwSignal::new(initial.frequency);
    let weekday = RwSignal::new(initial.weekday);
    let time = RwSignal::new(hour_minute(initial.time_of_day));
    let start = RwSignal::new(iso_date(initial.start));
    let seats = RwSignal::new(
        stored
            .as_ref()
            .map_or(DEFAULT_SEAT_CAP, |s| s.seat_cap.get())
            .to_string(),
    );
    let horizon = RwSignal::new(
        stored
            .as_ref()
            .map_or(DEFAULT_HORIZON, |s| s.horizon.get())
            .to_string(),
    );
    let rotation = RwSignal::new(stored.as_ref().map(|s| s.rotation).unwrap_or_default());
    let by_group = RwSignal::new(stored.as_ref().is_some_and(|s| s.by_group));
    let [time_error, start_error, seats_error, horizon_error] =
        std::array::from_fn(|_| RwSignal::new(None::<ScheduleFormError>));

    // Saves every valid field; an invalid one keeps its stored value.
    let save = move || {
        let time = read_hour_minute(&time.get_untracked()).ok_or(ScheduleFormError::Time);
        let start = read_iso_date(&start.get_untracked()).ok_or(ScheduleFormError::Date);
        let time = checked(time, time_error);
        let start = checked(start, start_error);
        let form = SettingsForm {
            cadence: time.zip(start).map(|(time_of_day, start)| Cadence {
                frequency: frequency.get_untracked(),
                weekday: weekday.get_untracked(),
                time_of_day,
                start,
            }),
            seat_cap: checked(seats.get_untracked().parse::<SeatCap>(), seats_error),
            horizon: checked(horizon.get_untracked().parse::<Horizon>(), horizon_error),
            rotation: rotation.get_untracked(),
            by_group: by_group.get_untracked(),
        };
        if let Some(settings) = form.apply(schedule.settings_untracked().as_ref(), fresh_seed()) {
            schedule.save(settings);
        }
    };
    let is_set = move || schedule.settings().is_some();

    view! {
        <form
            class="sched-cadence"
            aria-labelledby="sched-cadence-title"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                save();
            }
        >
            <h2 id="sched-cadence-title">"When and how many"</h2>
            <Show when=move || !is_set()>
                <p class="sched-hint">
                    "Nothing is planned yet. Choose when the meeting happens; the plan appears as soon as you change a field or press “Plan meetings”."
                </p>
            </Show>
            <div class="field-row">
                <Field label="How often">
                    <select
                        id="sched-frequency"
                        on:change=move |ev| {
                            if let Some(picked) = chosen(&ev) {
                                frequency.set(picked);
                                save();
                            }
                        }
                    >
                        {choice_options(Frequency::ALL, Frequency::label, move |f| frequency.get() == f)}
                    </select>
                </Field>
                <Field label="Day">
                    <select
                        id="sched-weekday"
                        on:change=move |ev| {
                            let key = event_target_value(&ev);
                            if let Some((d, _)) = WEEKDAYS.iter().find(|(_, name)| *name == key) {
                                weekday.set(*d);
                                save();
                            }
                        }
                    >
                        {WEEKDAYS
                            .iter()
                            .map(|&(d, name)| {
                                view! { <option value=name selected=move || weekday.get() == d>{name}</option> }
                            })
                            .collect_view()}
                    </select>
                </Field>
                <TextField id="sched-time" label="Time" kind="time" value=time error=time_error on_input=save />
                <TextField
                    id="sched-start"
                    label="Starting from"
                    kind="date"
                    value=start
                    error=start_error
                    on_input=save
                />
            </div>
            <div class="field-row">
                <TextField
                    id="sched-seats"
                    label="Seats per meeting (2–9)"
                    kind="number"
                    value=seats
                    error=seats_error
                    on_input=save
                />
                <TextField
                    id="sched-horizon"
                    label="Meetings to plan ahead"
                    kind="number"
                    value=horizon
                    error=horizon_error
                    on_input=save
                />
                <div class="field field-grow sched-field">
                    <label class="field-label" for="sched-rotation">"Rotation"</label>
                    <select
                        id="sched-rotation"
                        aria-describedby="sched-rotation-hint"
                        on:change=move |ev| {
                            if let Some(picked) = chosen(&ev) {
                                rotation.set(picked);
                                save();
                            }
                        }
                    >
                        {choice_options(RotationStyle::ALL, RotationStyle::label, move |r| rotation.get() == r)}
                    </select>
                    <p id="sched-rotation-hint" class="sched-message sched-hint">
                        {move || rotation.get().hint()}
                    </p>
                </div>
            </div>
            <label class="check">
                <input
                    id="sched-by-group"
                    type="checkbox"
                    prop:checked=by_group
                    on:change=move |ev| {
                        by_group.set(event_target_checked(&ev));
                        save();
                    }
                />
                "Rotate each group (region or product line) on its own, each with its own seats"
            </label>
            <Show when=move || !is_set()>
                <div class="field-row">
                    <button type="submit" class="button-primary">"Plan meetings"</button>
                </div>
            </Show>
        </form>
    }
}

/// A labelled input whose reason for refusing a value sits right under it.
#[component]
fn TextField(
    id: &'static str,
    label: &'static str,
    kind: &'static str,
    value: RwSignal<String>,
    error: RwSignal<Option<ScheduleFormError>>,
    on_input: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let message_id = format!("{id}-message");
    view! {
        <div class="field sched-field">
            <label class="field-label" for=id>{label}</label>
            <input
                id=id
                type=kind
                inputmode=(kind == "number").then_some("numeric")
                prop:value=value
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=message_id.clone()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    on_input();
                }
            />
            <p id=message_id class="form-message sched-message" aria-live="polite">
                <FieldError error=error />
            </p>
        </div>
    }
}
