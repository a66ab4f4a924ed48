use super::breadcrumb::TemplatesBreadcrumb;
use super::builtin_template_view::BuiltinTemplateView;
use super::template_editor::TemplateEditor;
use crate::domain::agenda::builtin_template;
use crate::domain::ids::TemplateId;
use crate::ui::route::Route;
use crate::ui::state::TemplatesState;
use leptos::prelude::*;

/// What is at a template's address: one of the user's templates (the editor), a built-in
/// (read-only, copy to edit) or nothing any more.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    Missing,
    BuiltIn,
    Own,
}

#[component]
pub fn TemplateEditorPage(id: TemplateId) -> impl IntoView {
    let templates = expect_context::<TemplatesState>();
    // Only what kind of page to show: edits to the template must not rebuild the editor.
    let found = Memo::new(move |_| match templates.get(id) {
        None => Found::Missing,
        Some(t) if t.builtin => Found::BuiltIn,
        Some(_) => Found::Own,
    });
    move || match found.get() {
        Found::Own => view! { <TemplateEditor id /> }.into_any(),
        Found::BuiltIn => match builtin_template(id) {
            Some(template) => view! { <BuiltinTemplateView template /> }.into_any(),
            None => missing().into_any(),
        },
        Found::Missing => missing().into_any(),
    }
}

fn missing() -> impl IntoView {
    view! {
        <section class="page tpl-page" aria-labelledby="page-title">
            <TemplatesBreadcrumb current="Not found".to_string() />
            <h1 id="page-title">"Template not found"</h1>
            <p class="empty-state">
                "This template has been deleted, or the link is incomplete. "
                <a href=Route::Templates.href()>"See all agenda templates"</a>
            </p>
        </section>
    }
}
