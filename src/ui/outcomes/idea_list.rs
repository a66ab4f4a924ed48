use super::idea_row::IdeaRow;
use crate::domain::ids::ProblemId;
use crate::domain::outcomes::ProblemError;
use crate::ui::field_error::FieldError;
use crate::ui::now::now;
use crate::ui::state::ProblemsState;
use leptos::prelude::*;

/// A problem's brainstorm: quick to type (Enter adds the idea and clears the box for the next
/// one), each idea ticked when it is chosen. Read-only when `locked`.
#[component]
pub fn IdeaList(id: ProblemId, #[prop(into)] locked: Signal<bool>) -> impl IntoView {
    let problems = expect_context::<ProblemsState>();
    let problem = Memo::new(move |_| problems.get(id));
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ProblemError>);
    let input_id = format!("idea-{id}");
    let message_id = format!("idea-{id}-message");
    let describedby = message_id.clone();
    let title = move || problem.get().map(|p| p.title).unwrap_or_default();

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut current) = problems.get_untracked(id) else {
            return;
        };
        match current.add_idea(&draft.get_untracked(), now()) {
            Ok(_) => {
                problems.save(current);
                error.set(None);
                draft.set(String::new());
            }
            Err(reason) => error.set(Some(reason)),
        }
    };
    let ideas = move || problem.get().map(|p| p.ideas).unwrap_or_default();
    let idea_ids = move || ideas().into_iter().map(|i| i.id).collect::<Vec<u32>>();

    view! {
        <div class="oc-ideas">
            <p class="oc-ideas-title">
                "Brainstorm "
                <span class="muted">
                    {move || {
                        let list = ideas();
                        let chosen = list.iter().filter(|i| i.chosen).count();
                        match list.len() {
                            0 => "· no ideas yet".to_string(),
                            1 => format!("· 1 idea, {chosen} chosen"),
                            n => format!("· {n} ideas, {chosen} chosen"),
                        }
                    }}
                </span>
            </p>
            <ul class="oc-idea-list">
                <For each=idea_ids key=|idea| *idea let:idea>
                    <IdeaRow problem=id idea locked />
                </For>
            </ul>
            <Show when=move || !locked.get()>
                <form class="field-row oc-idea-form" on:submit=add novalidate>
                    <label class="field field-grow">
                        <span class="field-label">
                            "New idea" <span class="visually-hidden">" for " {title}</span>
                        </span>
                        <input
                            id=input_id.clone()
                            type="text"
                            autocomplete="off"
                            placeholder="Type an idea, press Enter"
                            prop:value=draft
                            aria-invalid=move || error.get().is_some().to_string()
                            aria-describedby=describedby.clone()
                            on:input=move |ev| draft.set(event_target_value(&ev))
                        />
                    </label>
                    <button type="submit">"Add idea"</button>
                </form>
            </Show>
            <p id=message_id.clone() class="form-message oc-message" aria-live="polite">
                <FieldError error=error />
            </p>
        </div>
    }
}
