use crate::domain::ids::TemplateId;
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::state::TemplatesState;
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
    let delete = move |_| {
        templates.delete(id);
        on_deleted.run(());
    };
    view! {
        <div class="tpl-delete">
            <ConfirmDelete
                ask="Delete"
                subject=name
                question=Signal::derive(move || format!("Delete “{}” for good?", name.get()))
                on_delete=Callback::new(delete)
            />
        </div>
    }
}
