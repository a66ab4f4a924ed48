use crate::ui::route::{Area, Route};
use leptos::prelude::*;

#[component]
pub fn NavBar(route: ReadSignal<Route>) -> impl IntoView {
    view! {
        <nav class="nav-bar" aria-label="Main">
            <ul>
                {Area::ALL
                    .into_iter()
                    .map(|area| {
                        let current = move || (route.get().area() == area).then_some("page");
                        view! {
                            <li>
                                <a href=area.home().href() aria-current=current>
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
