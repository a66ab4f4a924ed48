use super::enum_select::EnumSelect;
use crate::domain::playbook::Side;
use crate::domain::playbook::form::{ContentForm, StageForm};
use crate::ui::choice::{choice_options, chosen};
use leptos::prelude::*;

/// The funnel's stages in order, each with its entry criteria and owning team.
#[component]
pub fn FunnelFields(
    form: RwSignal<ContentForm>,
    edit: Callback<()>,
    prefix: String,
) -> impl IntoView {
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
                        let text = |field: &str,
                                    label: String,
                                    read: fn(&StageForm) -> String,
                                    write: fn(&mut StageForm, String)| {
                            view! {
                                <label class="field field-grow">
                                    <span class="field-label">{label}</span>
                                    <input
                                        type="text"
                                        id=format!("{prefix}-{field}")
                                        prop:value=move || {
                                            form.with(|f| f.stages.get(index).map(read).unwrap_or_default())
                                        }
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            change(index, &|s| write(s, v.clone()));
                                        }
                                    />
                                </label>
                            }
                        };
                        view! {
                            <li class="field-row">
                                {text("name", format!("Stage {}", index + 1), |s| s.name.clone(), |s, v| s.name = v)}
                                {text(
                                    "criteria",
                                    "Enters when".to_string(),
                                    |s| s.entry_criteria.clone(),
                                    |s, v| s.entry_criteria = v,
                                )}
                                <EnumSelect
                                    label="Owned by"
                                    on_change=Callback::new(move |ev| {
                                        if let Some(side) = chosen(&ev) {
                                            change(index, &|s| s.owner = side);
                                        }
                                    })
                                >
                                    {choice_options(
                                        Side::ALL,
                                        Side::label,
                                        move |side| {
                                            form.with(|f| f.stages.get(index).map_or(Side::Sales, |s| s.owner) == side)
                                        },
                                    )}
                                </EnumSelect>
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
