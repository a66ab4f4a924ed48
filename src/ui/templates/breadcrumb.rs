use crate::ui::route::Route;
use leptos::prelude::*;

/// Meetings › Agenda templates › the template being edited: the way back up.
#[component]
pub fn TemplatesBreadcrumb(
    /// The open template's name; without one, the templates list is the current page.
    #[prop(optional, into)]
    current: Option<Signal<String>>,
) -> impl IntoView {
    let on_list = current.is_none();
    view! {
        <nav class="tpl-breadcrumb" aria-label="Breadcrumb">
            <ol>
                <li>
                    <a href=Route::Meetings.href()>"Meetings"</a>
                </li>
                <li>
                    {if on_list {
                        view! { <span aria-current="page">"Agenda templates"</span> }.into_any()
                    } else {
                        view! { <a href=Route::Templates.href()>"Agenda templates"</a> }.into_any()
                    }}
                </li>
                {current
                    .map(|name| {
                        view! {
                            <li>
                                <span aria-current="page">{name}</span>
                            </li>
                        }
                    })}
            </ol>
        </nav>
    }
}
