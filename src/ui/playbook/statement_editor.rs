use crate::domain::ids::StatementId;
use crate::domain::playbook::alignment::asked;
use crate::domain::playbook::{PlaybookError, Statement};
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::now::now;
use crate::ui::state::PlaybookState;
use leptos::prelude::*;

/// The statements as text, reworded as typed; retired ones keep their history.
#[component]
pub fn StatementEditor() -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let all = Memo::new(move |_| {
        playbook.with(|r| {
            asked(&r.statements)
                .into_iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        })
    });
    let error = RwSignal::new(None::<PlaybookError>);
    let change =
        move |id: StatementId, edit: &dyn Fn(&mut Statement) -> Result<(), PlaybookError>| {
            let found = playbook
                .with_untracked_records(|r| r.statements.iter().find(|s| s.id == id).cloned());
            if let Some(mut statement) = found {
                match edit(&mut statement) {
                    Ok(()) => {
                        error.set(None);
                        playbook.save_statements(vec![statement]);
                    }
                    Err(reason) => error.set(Some(reason)),
                }
            }
        };
    view! {
        <details class="pb-statement-editor">
            <summary>"Change the statements"</summary>
            <ul>
                <For each=move || all.get() key=|id| *id let:id>
                    {
                        let initial = playbook.with_untracked_records(|r| {
                            r.statements.iter().find(|s| s.id == id).map(|s| s.text.clone()).unwrap_or_default()
                        });
                        view! {
                            <li class="field-row">
                                <Field label="Statement" class="field-grow">
                                    <input
                                        type="text"
                                        value=initial
                                        aria-describedby="pb-statement-message"
                                        on:input=move |ev| {
                                            let text = event_target_value(&ev);
                                            change(id, &|s| s.reword(&text, now()));
                                        }
                                    />
                                </Field>
                                <button
                                    type="button"
                                    class="button-danger-quiet"
                                    on:click=move |_| {
                                        change(id, &|s| {
                                            s.retire(now());
                                            Ok(())
                                        })
                                    }
                                >
                                    "Stop asking"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button
                type="button"
                class="button-secondary"
                on:click=move |_| {
                    let position = playbook.with_untracked_records(|r| r.statements.iter().map(|s| s.position + 1).max().unwrap_or(0));
                    if let Ok(added) = Statement::new(StatementId::random(), "A new statement to score.", position, now()) {
                        playbook.save_statements(vec![added]);
                    }
                }
            >
                "Add a statement"
            </button>
            <p id="pb-statement-message" class="form-message" aria-live="polite">
                <FieldError error />
            </p>
        </details>
    }
}
