use super::nav_bar::NavBar;
use super::save_status::SaveStatus;
use super::storage_banner::StorageBanner;
use crate::ui::history::HistoryPage;
use crate::ui::meeting::{LiveMeetingPage, MeetingsPage};
use crate::ui::pages::PlannedPage;
use crate::ui::roster::RosterPage;
use crate::ui::route::{Route, use_route};
use crate::ui::schedule::SchedulePage;
use crate::ui::templates::{TemplateEditorPage, TemplatesPage};
use leptos::prelude::*;

#[component]
pub fn Shell() -> impl IntoView {
    let route = use_route();
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} · Smarketing Meetings",
            route.get().area().title()
        ));
    });
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="app-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">"S"</span>
                <span class="brand-name">"Smarketing Meetings"</span>
            </div>
            <NavBar route />
            <SaveStatus />
        </header>
        <StorageBanner />
        <main id="main" tabindex="-1">
            {move || match route.get() {
                Route::Roster => view! { <RosterPage /> }.into_any(),
                Route::Schedule => view! { <SchedulePage /> }.into_any(),
                Route::History => view! { <HistoryPage /> }.into_any(),
                Route::Meetings => view! { <MeetingsPage /> }.into_any(),
                Route::Meeting(id) => view! { <LiveMeetingPage id /> }.into_any(),
                Route::Templates => view! { <TemplatesPage /> }.into_any(),
                Route::Template(id) => view! { <TemplateEditorPage id /> }.into_any(),
                other => view! { <PlannedPage area=other.area() /> }.into_any(),
            }}
        </main>
    }
}
