use super::context::ScheduleContext;
use super::fairness_table::FairnessTable;
use super::hand_changes::HandChanges;
use super::held_meetings::held_meetings;
use super::ics_download::IcsDownload;
use super::plan_notes::PlanNotes;
use super::planned_meeting_card::PlannedMeetingCard;
use super::reshuffle_button::ReshuffleButton;
use crate::domain::scheduler::{OpenItem, ScheduleError, plan};
use crate::ui::format::{local_date, today};
use crate::ui::route::Route;
use crate::ui::state::{ActionsState, MeetingsState, ProblemsState, RosterState, ScheduleState};
use leptos::prelude::*;

/// The plan from the stored cadence, or why there is none; the changes by hand; how fair the
/// plan is. Shown once the cadence is set (its own area: see `plan_part`).
#[component]
pub fn SchedulePlan() -> impl IntoView {
    let schedule = expect_context::<ScheduleState>();
    let roster = expect_context::<RosterState>();
    let meetings = expect_context::<MeetingsState>();
    let actions = expect_context::<ActionsState>();
    let problems = expect_context::<ProblemsState>();

    let held = Memo::new(move |_| held_meetings(&meetings.all(), today(), local_date));
    let open_items = Memo::new(move |_| OpenItem::from_actions(&actions.all(), &problems.all()));
    let outcome = Memo::new(move |_| {
        let settings = schedule.settings()?;
        let people = roster.people();
        Some(held.with(|held| {
            open_items.with(|items| plan(&settings, &people, &held.history, items, held.from))
        }))
    });
    provide_context(ScheduleContext {
        schedule,
        roster,
        held,
        open_items,
        plan: outcome,
    });
    let error = move || outcome.with(|o| o.as_ref().and_then(|r| r.as_ref().err()).cloned());
    let has_plan = move || outcome.with(|o| matches!(o, Some(Ok(_))));

    view! {
        {move || error().map(|reason| view! { <PlanError reason /> })}
        <Show when=has_plan>
            <div class="sched-toolbar">
                <ReshuffleButton />
                <IcsDownload />
            </div>
            <PlanNotes />
        </Show>
        <HandChanges />
        <Show when=has_plan>
            <section class="sched-section" aria-labelledby="sched-meetings-title">
                <h2 id="sched-meetings-title" tabindex="-1">"Next meetings"</h2>
                <ol class="sched-meetings">
                    {move || {
                        outcome
                            .get()
                            .and_then(Result::ok)
                            .map(|plan| {
                                plan.meetings
                                    .into_iter()
                                    .enumerate()
                                    .map(|(index, meeting)| {
                                        view! { <PlannedMeetingCard meeting index /> }
                                    })
                                    .collect_view()
                            })
                    }}
                </ol>
            </section>
            <FairnessTable />
        </Show>
    }
}

/// Why there is no plan, in the scheduler's words, with the way to fix it.
#[component]
fn PlanError(reason: ScheduleError) -> impl IntoView {
    let about_roster = matches!(
        reason,
        ScheduleError::EmptyRoster | ScheduleError::TooManyCoreMembers { .. }
    );
    view! {
        <div class="notice notice-error sched-error" role="alert">
            <p>
                <strong>"No plan yet. "</strong>
                {reason.to_string()}
                {about_roster.then(|| view! { " " <a href=Route::Roster.href()>"Open the roster"</a> })}
            </p>
        </div>
    }
}
