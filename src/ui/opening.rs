//! Each page's heading and introduction, the same before and after the app starts.
//!
//! On a slow phone the app's code takes seconds to arrive. index.html's first paint already
//! shows the opening of the page in the address (scripts/finish-site.mjs embeds
//! `web/page-openings.json`, which a test below keeps equal to these), the current page shows
//! it while its area's code downloads, and the page itself starts with it: the visitor reads
//! where they are at once, and nothing moves when the page arrives.

use crate::ui::route::Route;
use leptos::either::Either;
use leptos::prelude::*;

/// A page's `<section>` classes, its heading and its introduction.
pub struct Opening {
    pub section_class: &'static str,
    /// The pages above this one, as a breadcrumb before the heading: the way back up.
    pub up: &'static [(Route, &'static str)],
    pub title: &'static str,
    pub lead: &'static [LeadPart],
}

/// A piece of an introduction: plain text, or a link to another page.
pub enum LeadPart {
    Text(&'static str),
    Link(Route, &'static str),
}

pub const ROSTER: Opening = Opening {
    section_class: "page roster-page",
    up: &[],
    title: "Roster",
    lead: &[LeadPart::Text(
        "The sales and marketing people who take turns in the meeting. Executives sit out by \
         default; core members always attend. Changes are saved as you type.",
    )],
};

pub const SCHEDULE: Opening = Opening {
    section_class: "page sched-page",
    up: &[],
    title: "Schedule",
    lead: &[LeadPart::Text(
        "Who attends each meeting: always fewer than ten people, everyone in turn, executives \
         left out unless invited. Every change is saved at once.",
    )],
};

pub const MEETINGS: Opening = Opening {
    section_class: "page meetings-page",
    up: &[],
    title: "Meeting",
    lead: &[
        LeadPart::Text("Plan a meeting from an agenda template, then run it with a live clock. "),
        LeadPart::Link(Route::Templates, "Agenda templates"),
        LeadPart::Text(" · "),
        LeadPart::Link(Route::Problems, "Problem log and action items"),
    ],
};

pub const PROBLEMS: Opening = Opening {
    section_class: "page oc-page",
    up: &[],
    title: "Problem log",
    lead: &[
        LeadPart::Text(
            "Problems raised in meetings stay here until they are solved or dropped, biggest \
             impact first. Log them in the meeting's new-problems segment, or here between \
             meetings. ",
        ),
        LeadPart::Link(Route::Meetings, "Meetings"),
    ],
};

pub const TEMPLATES: Opening = Opening {
    section_class: "page tpl-page",
    up: &[(Route::Meetings, "Meetings")],
    title: "Agenda templates",
    lead: &[LeadPart::Text(
        "Timeboxed agendas to plan meetings from. Built-in templates can be copied; copies and \
         new templates are yours to rename, reorder and retime.",
    )],
};

pub const PLAYBOOK: Opening = Opening {
    section_class: "page pb-page",
    up: &[],
    title: "Playbook",
    lead: &[LeadPart::Text(
        "What both teams agree on and work from: the same words for customers and leads, one \
         funnel, the service level agreement and the shared goals. An entry is a draft until a \
         meeting agrees it; changing an agreed entry makes a new draft. Everything is saved as \
         you type.",
    )],
};

pub const HISTORY: Opening = Opening {
    section_class: "page history-page",
    up: &[],
    title: "History",
    lead: &[LeadPart::Text(
        "Every meeting held, and how evenly people spoke across them. The figures are a nudge \
         for the facilitator, not a grade.",
    )],
};

pub const EXCHANGE: Opening = Opening {
    section_class: "page exchange-page",
    up: &[],
    title: "Import/Export",
    lead: &[LeadPart::Text(
        "Meeting files are plain JSON: share one meeting with a colleague, keep a backup, or \
         move your whole workspace to another browser. An import is checked completely before \
         anything is saved, and you see what it will change first.",
    )],
};

impl Opening {
    /// The opening `route`'s page starts with; none where the heading depends on the data (a
    /// meeting, a template, shared minutes).
    pub fn of(route: Route) -> Option<&'static Opening> {
        match route {
            Route::Roster => Some(&ROSTER),
            Route::Schedule => Some(&SCHEDULE),
            Route::Meetings => Some(&MEETINGS),
            Route::Problems => Some(&PROBLEMS),
            Route::Templates => Some(&TEMPLATES),
            Route::Playbook => Some(&PLAYBOOK),
            Route::History => Some(&HISTORY),
            Route::Exchange => Some(&EXCHANGE),
            Route::Meeting(_) | Route::Room(_) | Route::Template(_) | Route::SharedMinutes => None,
        }
    }
}

/// The heading and introduction, at the top of the page's `<section>`.
#[component]
pub fn PageOpening(opening: &'static Opening) -> impl IntoView {
    let lead = opening
        .lead
        .iter()
        .map(|part| match part {
            LeadPart::Text(text) => Either::Left(*text),
            LeadPart::Link(route, text) => {
                Either::Right(view! { <a href=route.href()>{*text}</a> })
            }
        })
        .collect_view();
    view! {
        {(!opening.up.is_empty())
            .then(|| view! { <Breadcrumb up=opening.up current=opening.title /> })}
        <h1 id="page-title">{opening.title}</h1>
        <p class="lead">{lead}</p>
    }
}

/// The pages above the current one, each a link, then the current one.
#[component]
pub fn Breadcrumb(
    up: &'static [(Route, &'static str)],
    #[prop(into)] current: Signal<String>,
) -> impl IntoView {
    view! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <ol>
                {up
                    .iter()
                    .map(|(route, name)| {
                        view! {
                            <li>
                                <a href=route.href()>{*name}</a>
                            </li>
                        }
                    })
                    .collect_view()}
                <li>
                    <span aria-current="page">{current}</span>
                </li>
            </ol>
        </nav>
    }
}

/// What shows of `route`'s page while its code downloads: its opening, where it has one.
pub fn opening_while_loading(route: Route) -> impl IntoView {
    Opening::of(route).map(|opening| {
        view! {
            <section class=opening.section_class aria-labelledby="page-title">
                <PageOpening opening />
            </section>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{MeetingId, TemplateId};
    use std::collections::BTreeMap;

    const ROUTES: [Route; 8] = [
        Route::Roster,
        Route::Schedule,
        Route::Meetings,
        Route::Problems,
        Route::Templates,
        Route::Playbook,
        Route::History,
        Route::Exchange,
    ];

    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    /// The markup `PageOpening` makes inside its section, as index.html draws it.
    fn boot_frame_html(opening: &Opening) -> String {
        let lead: String = opening
            .lead
            .iter()
            .map(|part| match part {
                LeadPart::Text(text) => escape(text),
                LeadPart::Link(route, text) => {
                    format!("<a href=\"{}\">{}</a>", escape(&route.href()), escape(text))
                }
            })
            .collect();
        let breadcrumb = if opening.up.is_empty() {
            String::new()
        } else {
            let up: String = opening
                .up
                .iter()
                .map(|(route, name)| {
                    format!(
                        "<li><a href=\"{}\">{}</a></li>",
                        escape(&route.href()),
                        escape(name)
                    )
                })
                .collect();
            format!(
                "<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol>{up}<li>\
                 <span aria-current=\"page\">{}</span></li></ol></nav>",
                escape(opening.title)
            )
        };
        format!(
            "<section class=\"{}\" aria-labelledby=\"page-title\">{breadcrumb}\
             <h1 id=\"page-title\">{}</h1><p class=\"lead\">{lead}</p></section>",
            escape(opening.section_class),
            escape(opening.title),
        )
    }

    /// By the first part of each page's address (as the boot script reads it): the openings as
    /// index.html draws them, and the area the navigation marks as current (by its link).
    fn boot_frame_openings() -> String {
        let openings: BTreeMap<String, String> = ROUTES
            .into_iter()
            .map(|route| {
                let opening = Opening::of(route).expect("listed routes have an opening");
                (route.to_string(), boot_frame_html(opening))
            })
            .collect();
        let (meeting, template) = (MeetingId::from_u128(1), TemplateId::from_u128(1));
        let every_route = ROUTES.into_iter().chain([
            Route::Meeting(meeting),
            Route::Room(meeting),
            Route::Template(template),
            Route::SharedMinutes,
        ]);
        let areas: BTreeMap<String, String> = every_route
            .map(|route| {
                let address = route.to_string();
                let page = address.split('/').next().unwrap_or_default().to_string();
                (page, route.area().home().to_string())
            })
            .collect();
        let frame = serde_json::json!({ "openings": openings, "areas": areas });
        serde_json::to_string_pretty(&frame).expect("strings serialize") + "\n"
    }

    /// index.html's first paint must show what the app then draws. Run with
    /// `UPDATE_PAGE_OPENINGS=1` to rewrite the file after changing an opening.
    #[test]
    fn the_boot_frame_draws_the_same_openings() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/web/page-openings.json");
        let expected = boot_frame_openings();
        if std::env::var_os("UPDATE_PAGE_OPENINGS").is_some() {
            std::fs::write(path, &expected).expect("web/ is writable");
        }
        let stored = std::fs::read_to_string(path).unwrap_or_default();
        assert_eq!(
            stored, expected,
            "web/page-openings.json is stale: run with UPDATE_PAGE_OPENINGS=1"
        );
    }
}
