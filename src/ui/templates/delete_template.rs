use crate::domain::ids::TemplateId;
use crate::ui::state::TemplatesState;
use leptos::html::Button;
use leptos::prelude::*;

/// Deletes one of the user's templates after an inline confirmation. Meetings already planned
/// keep their own copy of the agenda, so they are not affected.
#[component]
pub fn DeleteTemplate(
    id: TemplateId,
    #[prop(into)] name: Signal<String>,
    /// Runs after the template is gone, e.g. to move focus or leave the editor.
    on_deleted: Callback<()>,
) -> impl IntoView {
    let templates = expect_context::<TemplatesState>();
    let confirming = RwSignal::new(false);
    let ask_ref = NodeRef::<Button>::new();
    let keep_ref = NodeRef::<Button>::new();
    let focus = move |target: NodeRef<Button>| {
        request_animation_frame(move || {
            if let Some(button) = target.get_untracked() {
                let _ = button.focus();
            }
        })
    };
    let ask = move |_| {
        confirming.set(true);
        focus(keep_ref);
    };
    let keep = move |_| {
        confirming.set(false);
        focus(ask_ref);
    };
    let delete = move |_| {
        templates.delete(id);
        on_deleted.run(());
    };
    view! {
        <div class="tpl-delete">
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button-danger-quiet"
                            node_ref=ask_ref
                            on:click=ask
                        >
                            "Delete"
                            <span class="visually-hidden">" " {name}</span>
                        </button>
                    }
                }
            >
                <span class="confirm" role="group" aria-label="Confirm delete">
                    <span>"Delete “" {name} "” for good?"</span>
                    <button type="button" class="button-danger" on:click=delete>
                        "Delete"
                    </button>
                    <button type="button" node_ref=keep_ref on:click=keep>
                        "Keep"
                    </button>
                </span>
            </Show>
        </div>
    }
}
