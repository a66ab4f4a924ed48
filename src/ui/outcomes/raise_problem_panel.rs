use super::new_problems_work::RaiseDraft;
use super::problem_card::ProblemCard;
use super::problem_form::ProblemForm;
use super::support::use_raised_in;
use crate::domain::ids::ProblemId;
use crate::domain::meeting::GoRoundMark;
use crate::ui::meeting::LiveMeeting;
use crate::ui::route::Route;
use crate::ui::state::ProblemsState;
use leptos::prelude::*;

/// The id of the raise form's title input, where the go-round's offers put the cursor.
pub const RAISE_TITLE_ID: &str = "raise-problem-title";

/// Logs the problems raised in this meeting and holds their brainstorm. The raiser defaults to
/// whoever the go-round offered, else the first attendee marked "raised a problem" who has
/// nothing logged yet.
#[component]
pub fn RaiseProblemPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let problems = expect_context::<ProblemsState>();
    let draft = use_context::<RaiseDraft>().unwrap_or(RaiseDraft {
        raiser: RwSignal::new(None),
    });
    let raised_here = use_raised_in(live.id);
    let pending = move || {
        let meeting = live.meeting.get();
        let logged: Vec<_> = problems
            .all()
            .into_iter()
            .filter(|p| p.raised_in == Some(live.id))
            .filter_map(|p| p.raised_by)
            .collect();
        meeting.attendees.iter().copied().find(|person| {
            meeting.go_round_mark(*person) == Some(GoRoundMark::RaisedProblem)
                && !logged.contains(person)
        })
    };
    let default_raiser = Memo::new(move |_| draft.raiser.get().or_else(pending));
    let attendees = Signal::derive(move || live.meeting.get().attendees);
    let logged = Callback::new(move |_: ProblemId| draft.raiser.set(None));

    view! {
        <section class="segment-panel oc-raise" aria-labelledby="raise-title">
            <h3 id="raise-title">"Log the problems raised"</h3>
            <p class="muted">
                "Focus on the biggest impact. Everything logged here goes to the "
                <a href=Route::Problems.href()>"problem log"</a> "."
            </p>
            <ProblemForm
                raised_in=Some(live.id)
                people=attendees
                default_raiser
                title_id=RAISE_TITLE_ID
                on_logged=logged
            />
            <Show when=move || !raised_here.get().is_empty()>
                <h4 class="oc-subhead">
                    {move || match raised_here.get().len() {
                        1 => "1 problem raised in this meeting".to_string(),
                        n => format!("{n} problems raised in this meeting"),
                    }}
                </h4>
            </Show>
            <ul class="oc-problems">
                <For each=move || raised_here.get() key=|id| *id let:id>
                    <ProblemCard id locked=false level=5 />
                </For>
            </ul>
        </section>
    }
}
