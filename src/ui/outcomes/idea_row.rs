use crate::domain::ids::ProblemId;
use crate::domain::outcomes::Idea;
use crate::ui::now::now;
use crate::ui::state::ProblemsState;
use leptos::prelude::*;

/// One brainstormed idea: a tick box marks it chosen, Remove takes it off. Kept by id in its
/// list, so ticking never moves the keyboard focus.
#[component]
pub fn IdeaRow(problem: ProblemId, idea: u32, #[prop(into)] locked: Signal<bool>) -> impl IntoView {
    let problems = expect_context::<ProblemsState>();
    let current = Memo::new(move |_| {
        problems
            .get(problem)
            .and_then(|p| p.ideas.into_iter().find(|i| i.id == idea))
    });
    let text = move || current.get().map(|i| i.text).unwrap_or_default();
    let chosen = move || current.get().is_some_and(|i: Idea| i.chosen);
    let edit = move |toggle: bool| {
        if let Some(mut record) = problems.get_untracked(problem) {
            let changed = if toggle {
                record.toggle_chosen(idea, now()).map(|_| ())
            } else {
                record.remove_idea(idea, now())
            };
            if changed.is_ok() {
                problems.save(record);
            }
        }
    };
    view! {
        <li class:chosen=chosen>
            <Show
                when=move || !locked.get()
                fallback=move || {
                    view! {
                        <span class="oc-idea-text">{text}</span>
                        <Show when=chosen>
                            <span class="badge">"Chosen"</span>
                        </Show>
                    }
                }
            >
                <label class="check oc-idea-check">
                    <input type="checkbox" prop:checked=chosen on:change=move |_| edit(true) />
                    <span class="oc-idea-text">{text}</span>
                </label>
                <Show when=chosen>
                    <span class="badge" aria-hidden="true">"Chosen"</span>
                </Show>
                <button
                    type="button"
                    class="button-danger-quiet oc-small-button"
                    on:click=move |_| edit(false)
                >
                    "Remove"
                    <span class="visually-hidden">" idea " {text}</span>
                </button>
            </Show>
        </li>
    }
}
