//! The app's pages as hash routes (`#/roster`). Hash routes work from any sub-path (a GitHub
//! Pages project site) and survive a reload of a deep link without a server-side fallback.

use leptos::prelude::*;
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Roster,
    Schedule,
    Meeting,
    History,
    Exchange,
}

impl Route {
    pub const ALL: [Route; 5] = [
        Route::Roster,
        Route::Schedule,
        Route::Meeting,
        Route::History,
        Route::Exchange,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Route::Roster => "Roster",
            Route::Schedule => "Schedule",
            Route::Meeting => "Meeting",
            Route::History => "History",
            Route::Exchange => "Import/Export",
        }
    }

    pub fn href(self) -> String {
        format!("#/{self}")
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Route::Roster => "roster",
            Route::Schedule => "schedule",
            Route::Meeting => "meeting",
            Route::History => "history",
            Route::Exchange => "exchange",
        })
    }
}

impl FromStr for Route {
    type Err = ();

    /// Accepts `#/roster`, `/roster` or `roster`; anything unknown is an error.
    fn from_str(hash: &str) -> Result<Self, Self::Err> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let page = path.split(['/', '?']).next().unwrap_or_default();
        Route::ALL
            .into_iter()
            .find(|route| route.to_string() == page)
            .ok_or(())
    }
}

fn current_route() -> Route {
    window()
        .location()
        .hash()
        .ok()
        .and_then(|hash| hash.parse().ok())
        .unwrap_or(Route::Roster)
}

/// The current route, following the address bar's hash.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current_route());
    // The listener lives as long as the app: this is called once, by the shell.
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(current_route())
    });
    on_cleanup(move || handle.remove());
    route
}
