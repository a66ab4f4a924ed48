use super::context::{ScheduleContext, ScheduleFormError};
use super::focus::focus_on;
use super::person_select::PersonSelect;
use crate::domain::ids::PersonId;
use crate::domain::scheduler::{AttendanceReason, PlannedMeeting, Swap};
use leptos::prelude::*;

/// Puts someone in another attendee's seat at this meeting; the rest of the plan is re-planned
/// around the swap.
#[component]
pub fn SwapForm(
    meeting: PlannedMeeting,
    index: usize,
    /// Where the card shows why a swap was refused.
    message: RwSignal<Option<ScheduleFormError>>,
) -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let date = meeting.date();
    let swapped_out = RwSignal::new(None::<PersonId>);
    let swapped_in = RwSignal::new(None::<PersonId>);

    let (out_options, in_options) = ctx.roster.with_untracked(|people| {
        let out: Vec<(PersonId, String)> = meeting
            .attendees
            .iter()
            .filter(|a| a.reason != AttendanceReason::CoreMember)
            .filter_map(|a| people.iter().find(|p| p.id == a.person))
            .map(|p| (p.id, p.name.clone()))
            .collect();
        let into: Vec<(PersonId, String)> = people
            .iter()
            .filter(|p| p.is_rotation_eligible() && !p.core && !meeting.attends(p.id))
            .map(|p| (p.id, format!("{} ({})", p.name, p.team)))
            .collect();
        (out, into)
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(out), Some(into)) = (swapped_out.get_untracked(), swapped_in.get_untracked())
        else {
            message.set(Some(ScheduleFormError::NoSwap));
            return;
        };
        let result = ctx.try_change(|s| {
            s.hand_changes
                .swaps
                .retain(|w| !(w.date == date && w.swapped_out == out));
            s.hand_changes.swaps.push(Swap {
                date,
                swapped_out: out,
                swapped_in: into,
            });
        });
        if result.is_ok() {
            focus_on("sched-meetings-title");
        }
        message.set(result.err());
    };

    view! {
        <details class="sched-swap">
            <summary>"Swap someone at this meeting"</summary>
            <form class="field-row" on:submit=submit novalidate>
                <PersonSelect
                    id=format!("sched-swap-out-{index}")
                    label="Gives up the seat"
                    options=Signal::stored(out_options)
                    value=swapped_out
                />
                <PersonSelect
                    id=format!("sched-swap-in-{index}")
                    label="Takes the seat"
                    options=Signal::stored(in_options)
                    value=swapped_in
                />
                <button type="submit">"Swap"</button>
            </form>
        </details>
    }
}
