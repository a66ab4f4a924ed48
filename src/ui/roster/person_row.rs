use super::reassign_actions::ReassignActions;
use super::team_select::TeamSelect;
use crate::domain::ids::PersonId;
use crate::domain::person::{Person, TeamKind};
use crate::domain::roster::{PersonDraft, check_draft};
use crate::ui::field::Field;
use crate::ui::now::now;
use crate::ui::outcomes::focus_by_id;
use crate::ui::state::{ActionsState, MeetingsState, RosterState};
use leptos::prelude::*;

/// One person: a read-only line (name, team, group, address, marks) with an "Edit" button that
/// opens the line as a form, so a long roster stays short to scroll. Every valid change is
/// saved at once; an invalid one shows its message and saves nothing, leaving the stored
/// person as they were. Focus moves to the name on opening and back to "Edit" on "Done".
#[component]
pub fn PersonRow(id: PersonId) -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let person = Memo::new(move |_| roster.person(id));
    let editing = RwSignal::new(false);
    let edit_button_id = format!("edit-{id}");
    let open = move |_| {
        editing.set(true);
        let name_input = format!("name-{id}");
        request_animation_frame(move || focus_by_id(&name_input));
    };
    let close = {
        let edit_button_id = edit_button_id.clone();
        move |_| {
            editing.set(false);
            let edit_button_id = edit_button_id.clone();
            request_animation_frame(move || focus_by_id(&edit_button_id));
        }
    };
    let message = RwSignal::new(None::<(bool, String)>);
    let confirming_delete = RwSignal::new(false);
    let meetings = expect_context::<MeetingsState>();
    let actions = expect_context::<ActionsState>();
    // Records keep ids, not names: a person named on them is deactivated, never deleted.
    let on_past_records = move || {
        meetings
            .all()
            .iter()
            .any(|m| m.attendees.contains(&id) || m.note_taker == Some(id))
            || actions
                .all()
                .iter()
                .any(|a| a.owner == id || a.collaborators.contains(&id))
    };

    let edit = move |change: &dyn Fn(&mut PersonDraft)| {
        let Some(current) = person.get_untracked() else {
            return;
        };
        let mut draft = PersonDraft::of(&current);
        change(&mut draft);
        match roster.with_untracked(|people| check_draft(&draft, people, Some(id))) {
            Err(reason) => message.set(Some((true, reason.to_string()))),
            Ok(checked) => {
                message.set(checked.warning.as_ref().map(|w| (false, w.to_string())));
                roster.save(checked.apply_to(&current, now()));
            }
        }
    };
    let set_flag = move |change: fn(&mut Person, bool), value: bool| {
        if let Some(mut current) = person.get_untracked() {
            change(&mut current, value);
            current.updated_at = now();
            roster.save(current);
        }
    };

    // Inputs start from the stored values when the form opens, and are then left to the user:
    // writing the trimmed name back while they type would eat the space before a surname.
    let stored = move |field: fn(&Person) -> Option<String>| {
        person.with_untracked(|p| p.as_ref().and_then(field).unwrap_or_default())
    };
    // Ids made on demand from the person's id: the edit form is built again at each opening.
    let name_id = move || format!("name-{id}");
    let message_id = move || format!("message-{id}");
    let display_name = move || person.get().map(|p| p.name).unwrap_or_default();
    let team_kind = Signal::derive(move || person.get().map_or(TeamKind::Sales, |p| p.team.kind()));
    let active = move || person.get().is_some_and(|p| p.active);

    let facts = move || {
        person.get().map_or_else(String::new, |p| {
            let mut facts = vec![p.team.to_string()];
            facts.extend(p.group.clone());
            facts.extend(p.email.clone());
            if p.executive {
                facts.push(
                    if p.executive_opt_in {
                        "executive, invited"
                    } else {
                        "executive"
                    }
                    .into(),
                );
            }
            if p.core {
                facts.push("core".into());
            }
            facts.join(" · ")
        })
    };

    view! {
        <li class="person-row" class:inactive=move || !active() class:editing=move || editing.get() data-person=id.to_string()>
            <Show
                when=move || editing.get()
                fallback=move || {
                    view! {
                        <div class="person-line">
                            <p class="person-line-text">
                                <span class="person-line-name">{display_name}</span>
                                " "
                                <span class="person-line-facts muted">{facts}</span>
                                <Show when=move || !active()>
                                    " "
                                    <span class="badge badge-muted">"Inactive"</span>
                                </Show>
                            </p>
                            <button
                                type="button"
                                class="button-secondary person-edit"
                                id=edit_button_id.clone()
                                aria-expanded="false"
                                on:click=open
                            >
                                "Edit"
                                <span class="visually-hidden">" " {display_name}</span>
                            </button>
                        </div>
                    }
                }
            >
            <div class="field-row">
                    <Field label="Name" class="field-grow">
                        <input
                            id=name_id()
                            type="text"
                            class="person-name"
                            autocomplete="off"
                            prop:value=stored(|p| Some(p.name.clone()))
                            aria-invalid=move || message.get().is_some_and(|(e, _)| e).to_string()
                            aria-describedby=message_id()
                            on:input=move |ev| {
                                let name = event_target_value(&ev);
                                edit(&|draft| draft.name = name.clone());
                            }
                        />
                    </Field>
                    <TeamSelect
                        id=format!("team-{id}")
                        label="Team"
                        value=team_kind
                        on_change={
                            let label = stored(|p| match &p.team {
                                crate::domain::person::Team::Other { label } => Some(label.clone()),
                                _ => None,
                            });
                            move |kind| edit(&|draft| draft.team = kind.with_label(&label))
                        }
                    />
                    <Show when=move || team_kind.get() == TeamKind::Other>
                        <Field label="Which team">
                            <input
                                type="text"
                                prop:value=move || {
                                    person.get_untracked().map(|p| p.team.to_string()).unwrap_or_default()
                                }
                                on:input=move |ev| {
                                    let label = event_target_value(&ev);
                                    edit(&|draft| draft.team = TeamKind::Other.with_label(&label));
                                }
                            />
                        </Field>
                    </Show>
                    <Field label="Group (optional)">
                        <input
                            type="text"
                            class="person-group"
                            placeholder="Region or product line"
                            prop:value=stored(|p| p.group.clone())
                            on:input=move |ev| {
                                let group = event_target_value(&ev);
                                if let Some(mut current) = person.get_untracked() {
                                    current.group = Some(group.trim().to_string()).filter(|g| !g.is_empty());
                                    current.updated_at = now();
                                    roster.save(current);
                                }
                            }
                        />
                    </Field>
                    <Field label="Email">
                        <input
                            type="email"
                            autocomplete="off"
                            prop:value=stored(|p| p.email.clone())
                            on:input=move |ev| {
                                let email = event_target_value(&ev);
                                edit(&|draft| draft.email = Some(email.clone()));
                            }
                        />
                    </Field>
                </div>
                <div class="field-row">
                    <label class="check">
                        <input
                            type="checkbox"
                            prop:checked=move || person.get().is_some_and(|p| p.executive)
                            on:change=move |ev| set_flag(|p, v| p.executive = v, event_target_checked(&ev))
                        />
                        "Executive"
                    </label>
                    <Show when=move || person.get().is_some_and(|p| p.executive)>
                        <label class="check">
                            <input
                                type="checkbox"
                                prop:checked=move || person.get().is_some_and(|p| p.executive_opt_in)
                                on:change=move |ev| {
                                    set_flag(|p, v| p.executive_opt_in = v, event_target_checked(&ev))
                                }
                            />
                            "Invite to the rotation anyway"
                        </label>
                    </Show>
                    <label class="check">
                        <input
                            type="checkbox"
                            prop:checked=move || person.get().is_some_and(|p| p.core)
                            on:change=move |ev| set_flag(|p, v| p.core = v, event_target_checked(&ev))
                        />
                        "Core"
                    </label>
                    <span class="badge" class:badge-muted=move || !active()>
                        {move || if active() { "Active" } else { "Inactive" }}
                    </span>
                    <button
                        type="button"
                        class="button-secondary"
                        on:click=move |_| set_flag(|p, v| p.active = v, !active())
                    >
                        {move || if active() { "Deactivate" } else { "Reactivate" }}
                        <span class="visually-hidden">" " {display_name}</span>
                    </button>
                    <Show
                        when=move || confirming_delete.get()
                        fallback=move || {
                            view! {
                                <button
                                    type="button"
                                    class="button-danger-quiet"
                                    on:click=move |_| confirming_delete.set(true)
                                >
                                    "Delete"
                                    <span class="visually-hidden">" " {display_name}</span>
                                </button>
                            }
                        }
                    >
                        <span class="confirm" role="group" aria-label="Confirm delete">
                            <Show
                                when=move || !on_past_records()
                                fallback=move || {
                                    view! {
                                        {display_name}
                                        " is on past meetings or action items, so deleting would lose their name there. Deactivate them instead: they leave the rotation and the records stay readable. "
                                    }
                                }
                            >
                                "Delete " {display_name} " for good? "
                                <button type="button" class="button-danger" on:click=move |_| roster.delete(id)>
                                    "Delete"
                                </button>
                            </Show>
                            <button type="button" on:click=move |_| confirming_delete.set(false)>
                                "Keep"
                            </button>
                        </span>
                    </Show>
                </div>
                <div class="field-row">
                    <button type="button" class="button-primary" aria-expanded="true" on:click=close.clone()>
                        "Done"
                        <span class="visually-hidden">" editing " {display_name}</span>
                    </button>
                </div>
            </Show>
            <ReassignActions id />
            <p id=message_id() class="form-message" aria-live="polite">
                {move || {
                    message
                        .get()
                        .map(|(is_error, text)| {
                            let class = if is_error { "field-error" } else { "field-warning" };
                            view! { <span class=class>{text}</span> }
                        })
                }}
            </p>
        </li>
    }
}
