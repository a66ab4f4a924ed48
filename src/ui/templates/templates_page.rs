use super::edit::TemplateEditError;
use super::template_card::TemplateCard;
use crate::domain::agenda::{DEFAULT_CAP_SECS, Segment, SegmentKind, Template, builtin_templates};
use crate::domain::ids::TemplateId;
use crate::ui::now::now;
use crate::ui::opening::{self, PageOpening};
use crate::ui::route::{Route, navigate};
use crate::ui::state::TemplatesState;
use leptos::html::H2;
use leptos::prelude::*;

/// Every agenda template: the user's own first (editable), then the built-ins (copy only).
#[component]
pub fn TemplatesPage() -> impl IntoView {
    let templates = expect_context::<TemplatesState>();
    let own = Memo::new(move |_| {
        templates
            .all()
            .into_iter()
            .filter(|t| !t.builtin)
            .collect::<Vec<_>>()
    });
    let own_heading = NodeRef::<H2>::new();
    let error = RwSignal::new(None::<TemplateEditError>);

    let create = move |_| {
        let first = Segment::new("New segment", 5 * 60, SegmentKind::Other, "");
        match Template::new(
            TemplateId::random(),
            "New template",
            vec![first],
            DEFAULT_CAP_SECS,
            now(),
        ) {
            Ok(template) => {
                let id = template.id;
                templates.save(template);
                navigate(Route::Template(id));
            }
            Err(reason) => error.set(Some(reason.into())),
        }
    };
    // A deleted card takes its buttons with it: keep keyboard focus in the section.
    let on_deleted = Callback::new(move |()| {
        request_animation_frame(move || {
            if let Some(heading) = own_heading.get_untracked() {
                let _ = heading.focus();
            }
        })
    });

    view! {
        <section class=opening::TEMPLATES.section_class aria-labelledby="page-title">
            <PageOpening opening=&opening::TEMPLATES />
            <section class="tpl-section" aria-labelledby="own-templates-title">
                <div class="tpl-section-head">
                    <h2 id="own-templates-title" tabindex="-1" node_ref=own_heading>
                        "Your templates"
                    </h2>
                    <button type="button" class="button-primary" on:click=create>
                        "New template"
                    </button>
                </div>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e.to_string()}</p> })}
                <Show
                    when=move || !own.with(Vec::is_empty)
                    fallback=|| {
                        view! {
                            <p class="empty-state">
                                "No templates of your own yet. Copy a built-in template below, or start a new one."
                            </p>
                        }
                    }
                >
                    <ul class="tpl-cards" aria-label="Your templates">
                        <For
                            each=move || own.get()
                            key=|t| (t.id, t.updated_at)
                            children=move |template| view! { <TemplateCard template on_deleted /> }
                        />
                    </ul>
                </Show>
            </section>
            <section class="tpl-section" aria-labelledby="builtin-templates-title">
                <h2 id="builtin-templates-title">"Built-in templates"</h2>
                <ul class="tpl-cards" aria-label="Built-in templates">
                    {builtin_templates()
                        .into_iter()
                        .map(|template| view! { <TemplateCard template /> })
                        .collect_view()}
                </ul>
            </section>
        </section>
    }
}
