use super::handover_banner::HandoverBanner;
use super::nav_bar::NavBar;
use super::save_status::SaveStatus;
use super::storage_banner::StorageBanner;
use super::unreadable_banner::UnreadableBanner;
use crate::ui::offline::{KeepData, UpdateBanner};
use crate::ui::pages::CurrentPage;
use crate::ui::route::use_route;
use crate::ui::state::Persistence;
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
        <UpdateBanner />
        <KeepData />
        // Once another tab has the data, this page is read-only until "Use here": typing into it
        // would only pile up changes that cannot be saved.
        <main id="main" tabindex="-1" inert=move || persistence.handed_over().is_some()>
            <CurrentPage route />
        </main>
    }
}
