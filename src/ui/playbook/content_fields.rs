use crate::domain::playbook::form::{ContentForm, StageForm};
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

fn side_label(side: Side) -> &'static str {
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

/// A select over an enum's keys.
#[component]
fn EnumSelect(
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    value: Signal<&'static str>,
    set: Callback<String>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <select on:change=move |ev| set.run(event_target_value(&ev))>
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        view! {
                            <option value=key selected=move || value.get() == key>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The funnel's stages in order, each with its entry criteria and owning team.
#[component]
fn FunnelFields(form: RwSignal<ContentForm>, edit: Callback<()>, prefix: String) -> impl IntoView {
    let count = Memo::new(move |_| form.with(|f| f.stages.len()));
    let change = move |index: usize, apply: &dyn Fn(&mut StageForm)| {
        form.update(|f| {
            if let Some(stage) = f.stages.get_mut(index) {
                apply(stage);
            }
        });
        edit.run(());
    };
    view! {
        <ol class="pb-stages">
            {move || {
                (0..count.get())
                    .map(|index| {
                        let prefix = format!("{prefix}-{index}");
                        let read = move |pick: fn(&StageForm) -> String| {
                            form.with(|f| f.stages.get(index).map(pick).unwrap_or_default())
                        };
                        view! {
                            <li class="field-row">
                                <label class="field field-grow">
                                    <span class="field-label">{format!("Stage {}", index + 1)}</span>
                                    <input
                                        type="text"
                                        id=format!("{prefix}-name")
                                        prop:value=move || read(|s| s.name.clone())
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            change(index, &|s| s.name = v.clone());
                                        }
                                    />
                                </label>
                                <label class="field field-grow">
                                    <span class="field-label">"Enters when"</span>
                                    <input
                                        type="text"
                                        id=format!("{prefix}-criteria")
                                        prop:value=move || read(|s| s.entry_criteria.clone())
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            change(index, &|s| s.entry_criteria = v.clone());
                                        }
                                    />
                                </label>
                                <EnumSelect
                                    label="Owned by"
                                    options=Side::ALL.iter().map(|s| (s.key(), side_label(*s))).collect()
                                    value=Signal::derive(move || {
                                        form.with(|f| f.stages.get(index).map_or("sales", |s| s.owner.key()))
                                    })
                                    set=Callback::new(move |key: String| {
                                        if let Ok(side) = Side::from_str(&key) {
                                            change(index, &|s| s.owner = side);
                                        }
                                    })
                                />
                                <button
                                    type="button"
                                    class="button-secondary"
                                    disabled=move || index == 0
                                    aria-label=format!("Move stage {} up", index + 1)
                                    on:click=move |_| {
                                        form.update(|f| f.stages.swap(index - 1, index));
                                        edit.run(());
                                    }
                                >
                                    "Up"
                                </button>
                                <button
                                    type="button"
                                    class="button-danger-quiet"
                                    aria-label=format!("Remove stage {}", index + 1)
                                    on:click=move |_| {
                                        form.update(|f| {
                                            if index < f.stages.len() {
                                                f.stages.remove(index);
                                            }
                                        });
                                        edit.run(());
                                    }
                                >
                                    "Remove"
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
        <button
            type="button"
            class="button-secondary"
            on:click=move |_| {
                form.update(|f| {
                    f.stages.push(StageForm {
                        name: String::new(),
                        entry_criteria: String::new(),
                        owner: Side::Sales,
                    })
                });
            }
        >
            "Add a stage"
        </button>
    }
}
