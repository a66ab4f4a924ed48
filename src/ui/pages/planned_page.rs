use crate::ui::route::Area;
use leptos::prelude::*;

fn plan(area: Area) -> (&'static str, &'static [&'static str]) {
    match area {
        Area::Schedule => (
            "Pick who attends each meeting, fairly and always fewer than ten people.",
            &[
                "Weekly, fortnightly or monthly cadence with a seat cap of at most 9.",
                "Rotates people in by who has waited longest; executives left out by default.",
                "Someone who raised a problem can attend out of turn.",
                "Rotates the note-taker and exports the calendar as an .ics file.",
            ],
        ),
        Area::Meeting => (
            "Run the meeting: a timeboxed agenda with a hard cap and a talk tally.",
            &[
                "Templates such as 5 min review, 10 min progress, 10 min new problems, 5 min actions.",
                "A live countdown per segment, and 30 minutes means 30 minutes.",
                "One tap per contribution, and a prompt to invite the quiet ones in.",
            ],
        ),
        Area::History => (
            "Every past meeting with its minutes, problems and action items.",
            &[
                "Searchable, newest first, opens read-only.",
                "Participation trends across meetings.",
            ],
        ),
        Area::Exchange => (
            "Share meeting files and move your workspace between browsers.",
            &[
                "Export the whole workspace or one meeting as JSON.",
                "Import with a preview; a bad file changes nothing.",
            ],
        ),
        Area::Roster => ("", &[]),
    }
}

/// A page whose feature is still to come: what it will offer, in plain words.
#[component]
pub fn PlannedPage(area: Area) -> impl IntoView {
    let (summary, points) = plan(area);
    view! {
        <section class="page planned-page" aria-labelledby="page-title">
            <h1 id="page-title">{area.title()}</h1>
            <p class="lead">{summary}</p>
            <p class="planned-note">"Coming soon. This is what it will do:"</p>
            <ul>{points.iter().map(|point| view! { <li>{*point}</li> }).collect_view()}</ul>
        </section>
    }
}
