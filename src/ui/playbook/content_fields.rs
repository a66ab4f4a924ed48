use super::enum_select::EnumSelect;
use super::funnel_fields::FunnelFields;
use crate::domain::playbook::form::ContentForm;
use crate::domain::playbook::{Direction, GoalOwner, Side, Topic};
use crate::ui::choice::{choice_options, chosen};
use crate::ui::field::Field;
use leptos::prelude::*;

/// The fields of one entry, by the shape its topic is written in. Every keystroke updates
/// `form` and calls `changed`, which saves when the form makes a whole entry.
#[component]
pub fn ContentFields(
    topic: Topic,
    form: RwSignal<ContentForm>,
    changed: Callback<()>,
    /// Makes the fields' ids unique on the page.
    prefix: String,
    /// The id of the message that says what is missing.
    message_id: String,
) -> impl IntoView {
    let edit = move |change: &dyn Fn(&mut ContentForm)| {
        form.update(|f| change(f));
        changed.run(());
    };
    let id = move |field: &str| format!("{prefix}-{field}");
    let text = |field: &'static str,
                label: &'static str,
                read: fn(&ContentForm) -> String,
                write: fn(&mut ContentForm, String)| {
        let message_id = message_id.clone();
        let input_id = id(field);
        view! {
            <Field label class="field-grow">
                <input
                    type="text"
                    id=input_id
                    aria-describedby=message_id
                    prop:value=move || form.with(read)
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        edit(&|f| write(f, value.clone()));
                    }
                />
            </Field>
        }
    };
    // The text of a definition, or a lead's criteria one per line: both are the form's body.
    let body = |field: &'static str, label: &'static str| {
        let message_id = message_id.clone();
        let textarea_id = id(field);
        view! {
            <Field label>
                <textarea
                    id=textarea_id
                    rows="4"
                    aria-describedby=message_id
                    prop:value=move || form.with(|f| f.body.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        edit(&|f| f.body = value.clone());
                    }
                ></textarea>
            </Field>
        }
    };
    let target = move || {
        view! {
            <div class="field-row">
                <EnumSelect
                    label="Target"
                    on_change=Callback::new(move |ev| {
                        if let Some(direction) = chosen(&ev) {
                            edit(&|f| f.direction = direction);
                        }
                    })
                >
                    {choice_options(Direction::ALL, Direction::label, move |d| form.with(|f| f.direction == d))}
                </EnumSelect>
                {text("value", "Value", |f| f.value.clone(), |f, v| f.value = v)}
                {text("unit", "Unit", |f| f.unit.clone(), |f, v| f.unit = v)}
            </div>
        }
    };
    let side_select = move |label: &'static str| {
        view! {
            <EnumSelect
                label
                on_change=Callback::new(move |ev| {
                    if let Some(side) = chosen(&ev) {
                        edit(&|f| f.side = side);
                    }
                })
            >
                {choice_options(Side::ALL, Side::label, move |s| form.with(|f| f.side == s))}
            </EnumSelect>
        }
    };
    match topic {
        Topic::IdealCustomer | Topic::ValueProposition | Topic::TargetMarket | Topic::HandOff => {
            body("body", "Text").into_any()
        }
        Topic::Lead | Topic::MarketingQualifiedLead | Topic::SalesQualifiedLead => {
            body("criteria", "Criteria, one per line (every one must hold)").into_any()
        }
        Topic::Funnel => view! { <FunnelFields form edit=Callback::new(move |()| changed.run(())) prefix=id("stage") /> }.into_any(),
        Topic::Sla => view! {
            <div class="pb-fields">
                <div class="field-row">
                    {side_select("Side")}
                    {text("promise", "Commitment", |f| f.promise.clone(), |f, v| f.promise = v)}
                </div>
                <div class="field-row">
                    {text("measure", "Measure", |f| f.measure.clone(), |f, v| f.measure = v)}
                    {text("period", "Time limit or period", |f| f.period.clone(), |f, v| f.period = v)}
                </div>
                {target()}
            </div>
        }
        .into_any(),
        Topic::Kpi => {
            let deadline_id = id("deadline");
            view! {
                <div class="pb-fields">
                    <div class="field-row">
                        {text("name", "Goal", |f| f.name.clone(), |f, v| f.name = v)}
                        <EnumSelect
                            label="Owned by"
                            on_change=Callback::new(move |ev| {
                                if let Some(owner) = chosen(&ev) {
                                    edit(&|f| f.owner = owner);
                                }
                            })
                        >
                            {choice_options(GoalOwner::ALL, owner_choice, move |o| form.with(|f| f.owner == o))}
                        </EnumSelect>
                        <Field label="Deadline">
                            <input
                                type="date"
                                id=deadline_id
                                prop:value=move || form.with(|f| f.deadline.clone())
                                on:input=move |ev| {
                                    let value = event_target_value(&ev);
                                    edit(&|f| f.deadline = value.clone());
                                }
                            />
                        </Field>
                    </div>
                    {target()}
                </div>
            }
            .into_any()
        }
    }
}

/// A goal's owner as the select offers it (the playbook writes "Sales and Marketing").
fn owner_choice(owner: GoalOwner) -> &'static str {
    match owner {
        GoalOwner::Sales => "Sales",
        GoalOwner::Marketing => "Marketing",
        GoalOwner::Both => "Both teams",
    }
}
