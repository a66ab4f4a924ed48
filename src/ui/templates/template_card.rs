use super::copy_template_button::CopyTemplateButton;
use super::delete_template::DeleteTemplate;
use super::planned_total::slack_text;
use super::segment_list::SegmentList;
use crate::domain::agenda::{Template, format_duration};
use crate::ui::route::Route;
use leptos::prelude::*;

/// One template in the list. Built-ins offer only a copy; the user's own templates can also be
/// opened in the editor or deleted.
#[component]
pub fn TemplateCard(
    template: Template,
    /// Runs after this template has been deleted.
    #[prop(optional)]
    on_deleted: Option<Callback<()>>,
) -> impl IntoView {
    let id = template.id;
    let title_id = format!("template-title-{id}");
    let article_label = title_id.clone();
    let name = template.name.clone();
    let href = Route::Template(id).href();
    let cap = format_duration(template.cap_secs);
    let count = template.segments.len();
    let facts = format!(
        "{count} segment{} · {}",
        if count == 1 { "" } else { "s" },
        slack_text(template.total_planned_secs(), template.cap_secs)
    );
    let title = if template.builtin {
        view! { {name.clone()} }.into_any()
    } else {
        view! { <a href=href.clone()>{name.clone()}</a> }.into_any()
    };
    let actions = if template.builtin {
        view! { <CopyTemplateButton id name=name.clone() /> }.into_any()
    } else {
        let on_deleted = on_deleted.unwrap_or_else(|| Callback::new(|()| {}));
        view! {
            <a class="tpl-link-button" href=href>
                "Edit"
                <span class="visually-hidden">" " {name.clone()}</span>
            </a>
            <CopyTemplateButton id name=name.clone() />
            <DeleteTemplate id name=name.clone() on_deleted />
        }
        .into_any()
    };
    view! {
        <li
            class="tpl-card"
            class:tpl-card-builtin=template.builtin
            data-template=id.to_string()
        >
            <article aria-labelledby=article_label>
                <div class="tpl-card-head">
                    <h3 id=title_id>{title}</h3>
                    {template.builtin.then(|| view! { <span class="badge badge-muted">"Built-in"</span> })}
                </div>
                <p class="tpl-facts">
                    "Cap " <span class="tpl-cap">{cap}</span> " · " {facts}
                </p>
                <SegmentList segments=template.segments.clone() />
                <div class="tpl-actions">{actions}</div>
            </article>
        </li>
    }
}
