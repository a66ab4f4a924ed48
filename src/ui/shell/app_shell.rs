use super::handover_banner::HandoverBanner;
use super::nav_bar::NavBar;
use super::save_status::SaveStatus;
use super::storage_banner::StorageBanner;
use super::unreadable_banner::UnreadableBanner;
use crate::ui::exchange::ExchangePage;
use crate::ui::history::HistoryPage;
use crate::ui::meeting::{LiveMeetingPage, MeetingsPage};
use crate::ui::outcomes::ProblemLogPage;
use crate::ui::roster::RosterPage;
use crate::ui::route::{Route, use_route};
use crate::ui::schedule::SchedulePage;
use crate::ui::state::Persistence;
use crate::ui::templates::{TemplateEditorPage, TemplatesPage};
use leptos::prelude::*;

fn skip_to_content(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = main.focus();
    }
}

#[component]
pub fn Shell() -> impl IntoView {
    let route = use_route();
    let persistence = expect_context::<Persistence>();
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} · Smarketing Meetings",
            route.get().area().title()
        ));
    });
    view! {
        // Not a plain `#main` link: the address bar's hash is the route.
        <a class="skip-link" href="#main" on:click=skip_to_content>"Skip to content"</a>
        <header class="app-header">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">"S"</span>
                <span class="brand-name">"Smarketing Meetings"</span>
            </div>
            <NavBar route />
            <SaveStatus />
        </header>
        <StorageBanner />
        <UnreadableBanner />
        <HandoverBanner />
        // Once another tab has the data, this page is read-only until "Use here": typing into it
        // would only pile up changes that cannot be saved.
        <main id="main" tabindex="-1" inert=move || persistence.handed_over().is_some()>
            {move || match route.get() {
                Route::Roster => view! { <RosterPage /> }.into_any(),
                Route::Schedule => view! { <SchedulePage /> }.into_any(),
                Route::History => view! { <HistoryPage /> }.into_any(),
                Route::Exchange => view! { <ExchangePage /> }.into_any(),
                Route::Meetings => view! { <MeetingsPage /> }.into_any(),
                Route::Meeting(id) => view! { <LiveMeetingPage id /> }.into_any(),
                Route::Problems => view! { <ProblemLogPage /> }.into_any(),
                Route::Templates => view! { <TemplatesPage /> }.into_any(),
                Route::Template(id) => view! { <TemplateEditorPage id /> }.into_any(),
            }}
        </main>
    }
}
