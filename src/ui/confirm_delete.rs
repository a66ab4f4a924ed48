use leptos::html::Button;
use leptos::prelude::*;

/// A delete button that asks first, inline: "Delete …? [Delete] [Keep]". Focus moves to
/// "Keep" when the question appears and back to the button when it goes, so keyboard users
/// never lose their place.
#[component]
pub fn ConfirmDelete(
    /// The button's text, e.g. "Delete problem".
    ask: &'static str,
    /// Who or what is deleted, read only by screen readers after `ask` ("Delete Ada").
    #[prop(optional, into)]
    subject: Option<Signal<String>>,
    /// The question, e.g. "Delete this problem for good?".
    #[prop(into)]
    question: Signal<String>,
    /// Extra classes for the button.
    #[prop(optional)]
    class: &'static str,
    on_delete: Callback<()>,
) -> impl IntoView {
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
    let ask_first = move |_| {
        confirming.set(true);
        focus(keep_ref);
    };
    let keep = move |_| {
        confirming.set(false);
        focus(ask_ref);
    };
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class=format!("button-danger-quiet {class}")
                        node_ref=ask_ref
                        on:click=ask_first
                    >
                        {ask}
                        {subject.map(|subject| view! { <span class="visually-hidden">" " {subject}</span> })}
                    </button>
                }
            }
        >
            <span class="confirm" role="group" aria-label="Confirm delete">
                <span>{question}" "</span>
                <button type="button" class="button-danger" on:click=move |_| on_delete.run(())>
                    "Delete"
                </button>
                <button type="button" node_ref=keep_ref on:click=keep>
                    "Keep"
                </button>
            </span>
        </Show>
    }
}
