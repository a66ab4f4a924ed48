use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn NavBar(route: ReadSignal<Route>) -> impl IntoView {
    view! {
        <nav class="nav-bar" aria-label="Main">
            <ul>
                {Route::ALL
                    .into_iter()
                    .map(|target| {
                        let current = move || (route.get() == target).then_some("page");
                        view! {
                            <li>
                                <a href=target.href() aria-current=current>
                                    {target.title()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
