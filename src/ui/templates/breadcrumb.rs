use crate::ui::opening::Breadcrumb;
use crate::ui::route::Route;
use leptos::prelude::*;

/// Meetings › Agenda templates › the open template: the way back up. (The templates list
/// itself has it in its opening.)
#[component]
pub fn TemplatesBreadcrumb(
    /// The open template's name.
    #[prop(into)]
    current: Signal<String>,
) -> impl IntoView {
    const UP: &[(Route, &str)] = &[
        (Route::Meetings, "Meetings"),
        (Route::Templates, "Agenda templates"),
    ];
    view! { <Breadcrumb up=UP current /> }
}
