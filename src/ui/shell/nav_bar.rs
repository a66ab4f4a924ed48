use crate::ui::route::{Area, Route};
use leptos::prelude::*;

/// The main navigation. On a narrow screen it folds behind a "Menu" button that names the
/// current page, so the header takes one line instead of three; opening a page folds it
/// again.
#[component]
pub fn NavBar(route: ReadSignal<Route>) -> impl IntoView {
    let open = RwSignal::new(false);
    let current_title = move || route.get().area().title();
    view! {
        <nav class="nav-bar" class:nav-open=move || open.get() aria-label="Main">
            <button
                type="button"
                class="nav-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="main-nav-links"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span aria-hidden="true">"☰ "</span>
                "Menu"
                <span class="nav-toggle-current">": " {current_title}</span>
            </button>
            <ul id="main-nav-links">
                {Area::ALL
                    .into_iter()
                    .map(|area| {
                        let current = move || (route.get().area() == area).then_some("page");
                        view! {
                            <li>
                                <a
                                    href=area.home().href()
                                    aria-current=current
                                    on:click=move |_| open.set(false)
                                >
                                    {area.title()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
