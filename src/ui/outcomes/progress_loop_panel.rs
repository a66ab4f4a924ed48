use super::action_progress::ActionProgress;
use super::problems_in_progress::ProblemsInProgress;
use super::support::{CARRIED_PER_PAGE, person_name, running_order, use_review};
use crate::domain::agenda::{SegmentKind, format_duration};
use crate::domain::outcomes::DeliverableSource;
use crate::ui::find_people::{MoreRows, cut_short};
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// The progress segment's carried action items, each with its 2-minute slot in the running
/// order (the current slot is marked while the segment runs, a slot that ends after the
/// segment's time says so) and its status updated in place; then the problems being solved.
#[component]
pub fn ProgressLoopPanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let roster = expect_context::<RosterState>();
    let review = use_review(live.meeting);
    let present = Signal::derive(move || live.meeting.with(|m| m.attendees.clone()));
    // Each carried item's slot, and whether it ends within the segment's time as planned now.
    let order = Memo::new(move |_| {
        let (order, segment_secs) = live
            .meeting
            .with(|m| (running_order(m, &review.get()), m.progress_segment_secs()));
        order
            .into_iter()
            .filter_map(|d| {
                let fits = segment_secs.is_none_or(|secs| d.fits_in(secs));
                match d.source {
                    DeliverableSource::Action(id) => {
                        Some((id, d.owner, d.starts_at_secs, d.slot_secs, fits))
                    }
                    DeliverableSource::Typed(_) => None,
                }
            })
            .collect::<Vec<_>>()
    });
    let limit = RwSignal::new(CARRIED_PER_PAGE);
    let (listed, counts) = cut_short(order, limit);
    // Which slot the clock is in, while a progress segment runs.
    let current_slot = Memo::new(move |_| {
        let view = live.view.get();
        let in_progress = live.meeting.with(|m| {
            m.segment(view.segment_index)
                .is_some_and(|s| s.kind == SegmentKind::Progress)
        });
        (in_progress && !view.is_over() && view.segment_elapsed_ms > 0)
            .then(|| u32::try_from(view.segment_elapsed_ms / 1000).unwrap_or(u32::MAX))
    });
    view! {
        <section class="segment-panel oc-loop" aria-labelledby="progress-loop-title">
            <h3 id="progress-loop-title">"Carried-over action items: 2 minutes each"</h3>
            <Show
                when=move || !order.with(Vec::is_empty)
                fallback=|| view! { <p class="muted">"No open action items carried over from earlier meetings."</p> }
            >
                <ol class="oc-slots">
                    <For
                        each=move || listed.get()
                        key=|(id, _, start, _, fits)| (*id, *start, *fits)
                        let:slot
                    >
                        {
                            let (id, owner, start, length, fits) = slot;
                            let current = move || {
                                current_slot.get().is_some_and(|at| at >= start && at < start + length)
                            };
                            view! {
                                <li class:oc-current=current aria-current=move || current().then_some("step")>
                                    <p class="oc-slot-time">
                                        {format!("{}–{}", format_duration(start), format_duration(start + length))}
                                        {owner.map(|p| format!(" · {} presents", person_name(roster, p)))}
                                        {(!fits)
                                            .then(|| {
                                                view! {
                                                    " · "
                                                    <span class="field-warning">"past the segment's time"</span>
                                                }
                                            })}
                                    </p>
                                    <ActionProgress id present />
                                </li>
                            }
                        }
                    </For>
                </ol>
                <MoreRows
                    counts
                    limit
                    what="action items"
                    show_all="Show all action items"
                    page=CARRIED_PER_PAGE
                />
            </Show>
            <ProblemsInProgress review />
        </section>
    }
}
