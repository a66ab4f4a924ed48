use super::nav_bar::NavBar;
use super::save_status::SaveStatus;
use crate::ui::pages::{CurrentPage, Notices, OtherAreas};
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
    // Above the notices and the pages, which reach other areas' code only through these.
    OtherAreas::provide();
    let settled = RwSignal::new(false);
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
        <Notices due=settled.read_only() />
        // Once another tab has the data, this page is read-only until "Use here": typing into it
        // would only pile up changes that cannot be saved.
        <main id="main" tabindex="-1" inert=move || persistence.handed_over().is_some()>
            <CurrentPage route settled />
        </main>
    }
}
