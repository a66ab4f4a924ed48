use super::action_progress::ActionProgress;
use super::problems_in_progress::ProblemsInProgress;
use super::support::{CARRIED_PER_PAGE, use_review};
use crate::domain::ids::ActionItemId;
use crate::domain::outcomes::{ActionItem, Review};
use crate::ui::find_people::{MoreRows, cut_short};
use crate::ui::meeting::LiveMeeting;
use leptos::prelude::*;

/// The loop closed: the previous meeting's action items (and any still open from before) with
/// their status updated here, what was finished since, and the problems in progress.
#[component]
pub fn ReviewLoopPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let review = use_review(live.meeting);
    let present = Signal::derive(move || live.meeting.with(|m| m.attendees.clone()));
    let section = move |title: &'static str,
                        hint: &'static str,
                        pick: fn(&Review) -> &Vec<ActionItem>| {
        let all = Memo::new(move |_| {
            review.with(|r| pick(r).iter().map(|a| a.id).collect::<Vec<ActionItemId>>())
        });
        let limit = RwSignal::new(CARRIED_PER_PAGE);
        let (listed, counts) = cut_short(all, limit);
        view! {
            <Show when=move || !all.with(Vec::is_empty)>
                <h4 class="oc-subhead">{title} " " <span class="muted">{move || format!("({})", all.with(Vec::len))}</span></h4>
                <p class="muted oc-hint">{hint}</p>
                <ul class="oc-loop-list">
                    <For each=move || listed.get() key=|id| *id let:id>
                        <li><ActionProgress id present /></li>
                    </For>
                </ul>
                <MoreRows
                    counts
                    limit
                    what="action items"
                    show_all="Show all action items"
                    page=CARRIED_PER_PAGE
                />
            </Show>
        }
    };
    view! {
        <section class="segment-panel oc-loop" aria-labelledby="loop-title">
            <h3 id="loop-title">"Action items and problems carried over"</h3>
            <Show when=move || review.with(Review::is_empty)>
                <p class="empty-state">"Nothing carried over: no open action items or problems in progress."</p>
            </Show>
            {section(
                "Action items from the last meeting",
                "Each owner says where it stands; mark it done, blocked or dropped.",
                |r| &r.open_from_previous,
            )}
            {section(
                "Still open from earlier meetings",
                "They stay on the review until they are done or dropped.",
                |r| &r.open_from_earlier,
            )}
            {section(
                "Done or dropped since the last meeting",
                "Confirm what was completed.",
                |r| &r.closed_from_previous,
            )}
            <ProblemsInProgress review />
        </section>
    }
}
