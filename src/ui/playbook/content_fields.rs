use super::enum_select::EnumSelect;
use super::funnel_fields::FunnelFields;
use crate::domain::playbook::form::ContentForm;
use crate::domain::playbook::{Direction, GoalOwner, Side, Topic};
use leptos::prelude::*;
use std::str::FromStr;

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
        view! {
            <label class="field field-grow">
                <span class="field-label">{label}</span>
                <input
                    type="text"
                    id=id(field)
                    aria-describedby=message_id
                    prop:value=move || form.with(read)
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        edit(&|f| write(f, value.clone()));
                    }
                />
            </label>
        }
    };
    let target = move || {
        view! {
            <div class="field-row">
                <EnumSelect
                    label="Target"
                    options=Direction::ALL.iter().map(|d| (d.key(), d.label())).collect()
                    value=Signal::derive(move || form.with(|f| f.direction.key()))
                    set=Callback::new(move |key: String| {
                        if let Ok(direction) = Direction::from_str(&key) {
                            edit(&|f| f.direction = direction);
                        }
                    })
                />
                {text("value", "Value", |f| f.value.clone(), |f, v| f.value = v)}
                {text("unit", "Unit", |f| f.unit.clone(), |f, v| f.unit = v)}
            </div>
        }
    };
    let side_select = move |label: &'static str| {
        view! {
            <EnumSelect
                label
                options=Side::ALL.iter().map(|s| (s.key(), side_label(*s))).collect()
                value=Signal::derive(move || form.with(|f| f.side.key()))
                set=Callback::new(move |key: String| {
                    if let Ok(side) = Side::from_str(&key) {
                        edit(&|f| f.side = side);
                    }
                })
            />
        }
    };
    match topic {
        Topic::IdealCustomer | Topic::ValueProposition | Topic::TargetMarket | Topic::HandOff => {
            let message_id = message_id.clone();
            view! {
                <label class="field">
                    <span class="field-label">"Text"</span>
                    <textarea
                        id=id("body")
                        rows="4"
                        aria-describedby=message_id
                        prop:value=move || form.with(|f| f.body.clone())
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            edit(&|f| f.body = value.clone());
                        }
                    ></textarea>
                </label>
            }
            .into_any()
        }
        Topic::Lead | Topic::MarketingQualifiedLead | Topic::SalesQualifiedLead => {
            let message_id = message_id.clone();
            view! {
                <label class="field">
                    <span class="field-label">"Criteria, one per line (every one must hold)"</span>
                    <textarea
                        id=id("criteria")
                        rows="4"
                        aria-describedby=message_id
                        prop:value=move || form.with(|f| f.body.clone())
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            edit(&|f| f.body = value.clone());
                        }
                    ></textarea>
                </label>
            }
            .into_any()
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
        Topic::Kpi => view! {
            <div class="pb-fields">
                <div class="field-row">
                    {text("name", "Goal", |f| f.name.clone(), |f, v| f.name = v)}
                    <EnumSelect
                        label="Owned by"
                        options=GoalOwner::ALL.iter().map(|o| (o.key(), owner_label(*o))).collect()
                        value=Signal::derive(move || form.with(|f| f.owner.key()))
                        set=Callback::new(move |key: String| {
                            if let Ok(owner) = GoalOwner::from_str(&key) {
                                edit(&|f| f.owner = owner);
                            }
                        })
                    />
                    <label class="field">
                        <span class="field-label">"Deadline"</span>
                        <input
                            type="date"
                            id=id("deadline")
                            prop:value=move || form.with(|f| f.deadline.clone())
                            on:input=move |ev| {
                                let value = event_target_value(&ev);
                                edit(&|f| f.deadline = value.clone());
                            }
                        />
                    </label>
                </div>
                {target()}
            </div>
        }
        .into_any(),
    }
}

pub(super) fn side_label(side: Side) -> &'static str {
    match side {
        Side::Sales => "Sales",
        Side::Marketing => "Marketing",
    }
}

fn owner_label(owner: GoalOwner) -> &'static str {
    match owner {
        GoalOwner::Sales => "Sales",
        GoalOwner::Marketing => "Marketing",
        GoalOwner::Both => "Both teams",
    }
}
