use crate::domain::ids::TemplateId;
use crate::ui::now::now;
use crate::ui::route::{Route, navigate};
use crate::ui::state::TemplatesState;
use leptos::prelude::*;

/// Saves a copy ("Copy of …") of the template and opens it in the editor.
#[component]
pub fn CopyTemplateButton(
    id: TemplateId,
    /// The template's name, for the button's accessible name ("Copy Weekly smarketing").
    #[prop(into)]
    name: Signal<String>,
    /// The visible text.
    #[prop(default = "Copy")]
    label: &'static str,
    #[prop(default = "button-secondary")] class: &'static str,
) -> impl IntoView {
    let templates = expect_context::<TemplatesState>();
    let copy = move |_| {
        let Some(original) = templates.get(id) else {
            return;
        };
        let copy = original.copy_as(TemplateId::random(), now());
        let copy_id = copy.id;
        templates.save(copy);
        navigate(Route::Template(copy_id));
    };
    view! {
        <button type="button" class=class on:click=copy>
            {label}
            <span class="visually-hidden">" " {name}</span>
        </button>
    }
}
