//! The app's pages as hash routes (`#/meeting/<id>`). Hash routes work from any sub-path (a
//! GitHub Pages project site) and survive a reload of a deep link without a server fallback.

use crate::domain::ids::{MeetingId, TemplateId};
use leptos::prelude::*;
use std::fmt;
use std::str::FromStr;

/// The five areas of the navigation bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Roster,
    Schedule,
    Meeting,
    Problems,
    Playbook,
    History,
    Exchange,
}

impl Area {
    pub const ALL: [Area; 7] = [
        Area::Roster,
        Area::Schedule,
        Area::Meeting,
        Area::Problems,
        Area::Playbook,
        Area::History,
        Area::Exchange,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Area::Roster => "Roster",
            Area::Schedule => "Schedule",
            Area::Meeting => "Meeting",
            Area::Problems => "Problems",
            Area::Playbook => "Playbook",
            Area::History => "History",
            Area::Exchange => "Import/Export",
        }
    }

    /// The route the area's link opens.
    pub fn home(self) -> Route {
        match self {
            Area::Roster => Route::Roster,
            Area::Schedule => Route::Schedule,
            Area::Meeting => Route::Meetings,
            Area::Problems => Route::Problems,
            Area::Playbook => Route::Playbook,
            Area::History => Route::History,
            Area::Exchange => Route::Exchange,
        }
    }
}

/// One page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Roster,
    Schedule,
    /// Meetings to run, and the form to plan one.
    Meetings,
    /// The live screen of one meeting.
    Meeting(MeetingId),
    /// The workspace's problem log and action items.
    Problems,
    Templates,
    Template(TemplateId),
    /// The shared definitions, the SLA, the shared goals and the decision log.
    Playbook,
    History,
    Exchange,
    /// The room display window of a meeting (`#/room/<id>`). `App` opens it before the
    /// workspace (it must not take the saving turn), never through the navigation.
    Room(MeetingId),
    /// The minutes a link carries, read-only (`#/minutes/<payload>`; the page reads the
    /// payload from the address itself: see `domain::share`).
    SharedMinutes,
}

impl Route {
    pub fn area(self) -> Area {
        match self {
            Route::Roster => Area::Roster,
            Route::Schedule => Area::Schedule,
            Route::Meetings
            | Route::Meeting(_)
            | Route::Room(_)
            | Route::Templates
            | Route::Template(_) => Area::Meeting,
            Route::Problems => Area::Problems,
            Route::Playbook => Area::Playbook,
            Route::History | Route::SharedMinutes => Area::History,
            Route::Exchange => Area::Exchange,
        }
    }

    pub fn href(self) -> String {
        format!("#/{self}")
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Roster => f.write_str("roster"),
            Route::Schedule => f.write_str("schedule"),
            Route::Meetings => f.write_str("meeting"),
            Route::Meeting(id) => write!(f, "meeting/{id}"),
            Route::Room(id) => write!(f, "room/{id}"),
            Route::Problems => f.write_str("problems"),
            Route::Templates => f.write_str("templates"),
            Route::Template(id) => write!(f, "templates/{id}"),
            Route::Playbook => f.write_str("playbook"),
            Route::History => f.write_str("history"),
            Route::Exchange => f.write_str("exchange"),
            Route::SharedMinutes => f.write_str(crate::domain::share::LINK_ROUTE),
        }
    }
}

impl FromStr for Route {
    type Err = ();

    /// Accepts `#/meeting/<id>`, `/meeting/<id>` or `meeting/<id>`; anything unknown is an error.
    fn from_str(hash: &str) -> Result<Self, Self::Err> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        let page = parts.next().unwrap_or_default();
        let id = parts.next().filter(|id| !id.is_empty());
        match (page, id) {
            ("roster", None) => Ok(Route::Roster),
            ("schedule", None) => Ok(Route::Schedule),
            ("meeting", None) => Ok(Route::Meetings),
            ("meeting", Some(id)) => id.parse().map(Route::Meeting).map_err(|_| ()),
            ("room", Some(id)) => id.parse().map(Route::Room).map_err(|_| ()),
            ("problems", None) => Ok(Route::Problems),
            ("templates", None) => Ok(Route::Templates),
            ("templates", Some(id)) => id.parse().map(Route::Template).map_err(|_| ()),
            ("playbook", None) => Ok(Route::Playbook),
            ("history", None) => Ok(Route::History),
            ("exchange", None) => Ok(Route::Exchange),
            (crate::domain::share::LINK_ROUTE, _) => Ok(Route::SharedMinutes),
            _ => Err(()),
        }
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
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(current_route())
    });
    on_cleanup(move || handle.remove());
    route
}

/// Opens `route`, as a link would.
pub fn navigate(route: Route) {
    let _ = window().location().set_hash(&format!("/{route}"));
}
