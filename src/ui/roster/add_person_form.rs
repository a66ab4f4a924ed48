use super::team_select::TeamSelect;
use crate::domain::ids::PersonId;
use crate::domain::person::TeamKind;
use crate::domain::roster::{PersonDraft, RosterError, check_draft};
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::now::now;
use crate::ui::state::RosterState;
use leptos::html::Input;
use leptos::prelude::*;

/// Adds one person. Nothing is saved until the draft passes the roster's rules; a duplicate
/// name in the same team needs a second, deliberate click.
#[component]
pub fn AddPersonForm() -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let name = RwSignal::new(String::new());
    let team = RwSignal::new(TeamKind::Sales);
    let other_label = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let executive = RwSignal::new(false);
    let core = RwSignal::new(false);
    let error = RwSignal::new(None::<RosterError>);
    let duplicate_warning = RwSignal::new(None::<String>);
    let name_input = NodeRef::<Input>::new();

    // Any edit withdraws an earlier message: it was about the old text.
    let edited = move || {
        error.set(None);
        duplicate_warning.set(None);
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PersonDraft {
            name: name.get_untracked(),
            team: team
                .get_untracked()
                .with_label(&other_label.get_untracked()),
            executive: executive.get_untracked(),
            core: core.get_untracked(),
            email: Some(email.get_untracked()),
        };
        let checked = match roster.with_untracked(|people| check_draft(&draft, people, None)) {
            Ok(checked) => checked,
            Err(reason) => {
                error.set(Some(reason));
                return;
            }
        };
        if let Some(warning) = &checked.warning
            && duplicate_warning.get_untracked().is_none()
        {
            duplicate_warning.set(Some(warning.to_string()));
            return;
        }
        roster.add(checked.into_new_person(PersonId::random(), now()));
        name.set(String::new());
        email.set(String::new());
        executive.set(false);
        core.set(false);
        edited();
        if let Some(input) = name_input.get() {
            let _ = input.focus();
        }
    };

    view! {
        <form class="add-person" on:submit=submit aria-labelledby="add-person-title" novalidate>
            <h2 id="add-person-title">"Add a person"</h2>
            <div class="field-row">
                <Field label="Name" class="field-grow">
                    <input
                        id="new-person-name"
                        type="text"
                        autocomplete="off"
                        node_ref=name_input
                        prop:value=name
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby="new-person-message"
                        on:input=move |ev| {
                            name.set(event_target_value(&ev));
                            edited();
                        }
                    />
                </Field>
                <TeamSelect
                    id="new-person-team".into()
                    label="Team"
                    value=team
                    on_change=move |kind| {
                        team.set(kind);
                        edited();
                    }
                />
                <Show when=move || team.get() == TeamKind::Other>
                    <Field label="Which team">
                        <input
                            type="text"
                            placeholder="Support, Product…"
                            prop:value=other_label
                            on:input=move |ev| {
                                other_label.set(event_target_value(&ev));
                                edited();
                            }
                        />
                    </Field>
                </Show>
                <Field label="Email (optional)">
                    <input
                        type="email"
                        autocomplete="off"
                        prop:value=email
                        on:input=move |ev| {
                            email.set(event_target_value(&ev));
                            edited();
                        }
                    />
                </Field>
            </div>
            <div class="field-row">
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=executive
                        on:change=move |ev| executive.set(event_target_checked(&ev))
                    />
                    "Executive (sits out of the rotation)"
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=core
                        on:change=move |ev| core.set(event_target_checked(&ev))
                    />
                    "Core member (always attends)"
                </label>
                <button type="submit" class="button-primary">
                    {move || if duplicate_warning.get().is_some() { "Add anyway" } else { "Add person" }}
                </button>
            </div>
            <p id="new-person-message" class="form-message" aria-live="polite">
                <FieldError error=error />
                {move || {
                    duplicate_warning
                        .get()
                        .map(|w| {
                            view! {
                                <span class="field-warning">
                                    {w} " Press “Add anyway” to add a second one."
                                </span>
                            }
                        })
                }}
            </p>
        </form>
    }
}
