use super::new_problems_work::RaiseDraft;
use super::raise_problem_panel::RAISE_TITLE_ID;
use super::support::{focus_by_id, person_name};
use crate::domain::ids::PersonId;
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::{ProblemsState, RosterState};
use leptos::prelude::*;

/// Next to someone the go-round marked "raised a problem": logs it with them as raiser (moves
/// the cursor to the problem form with their name chosen). Shows nothing outside the "new
/// problems" segment.
#[component]
pub fn LogProblemOffer(person: PersonId) -> impl IntoView {
    let Some(draft) = use_context::<RaiseDraft>() else {
        return ().into_any();
    };
    let live = expect_context::<LiveMeeting>();
    let problems = expect_context::<ProblemsState>();
    let roster = expect_context::<RosterState>();
    let logged = move || {
        problems
            .all()
            .iter()
            .filter(|p| p.raised_in == Some(live.id) && p.raised_by == Some(person))
            .count()
    };
    let offer = move |_| {
        draft.raiser.set(Some(person));
        focus_by_id(RAISE_TITLE_ID);
    };
    view! {
        <span class="oc-offer">
            <span class="muted">
                {move || match logged() {
                    0 => String::new(),
                    n => format!("{n} logged"),
                }}
            </span>
            <button type="button" class="button-secondary oc-small-button" on:click=offer>
                {move || if logged() == 0 { "Log problem" } else { "Log another" }}
                <span class="visually-hidden">" raised by " {move || person_name(roster, person)}</span>
            </button>
        </span>
    }
    .into_any()
}
