use super::breadcrumb::TemplatesBreadcrumb;
use super::copy_template_button::CopyTemplateButton;
use super::planned_total::PlannedTotal;
use super::segment_list::SegmentList;
use crate::domain::agenda::{Template, TemplateError};
use leptos::prelude::*;

/// A built-in template opened by its address: shown as it is, with the copy button as the
/// only action. Built-ins never change, so this view is not reactive.
#[component]
pub fn BuiltinTemplateView(template: Template) -> impl IntoView {
    let name = template.name.clone();
    view! {
        <section class="page tpl-page tpl-builtin" aria-labelledby="page-title">
            <TemplatesBreadcrumb current=name.clone() />
            <div class="tpl-card-head">
                <h1 id="page-title">{name.clone()}</h1>
                <span class="badge badge-muted">"Built-in"</span>
            </div>
            <p class="lead">{TemplateError::BuiltIn.to_string()}</p>
            <PlannedTotal total_secs=template.total_planned_secs() cap_secs=template.cap_secs />
            <h2>"Segments"</h2>
            <SegmentList segments=template.segments.clone() />
            <div class="tpl-actions">
                <CopyTemplateButton
                    id=template.id
                    name=name
                    label="Copy and edit"
                    class="button-primary"
                />
            </div>
        </section>
    }
}
