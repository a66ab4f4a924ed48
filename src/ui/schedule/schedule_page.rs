use crate::ui::pages::PlannedPage;
use crate::ui::route::Area;
use leptos::prelude::*;

#[component]
pub fn SchedulePage() -> impl IntoView {
    view! { <PlannedPage area=Area::Schedule /> }
}
