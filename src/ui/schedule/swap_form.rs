use super::context::{ScheduleContext, ScheduleFormError};
use super::focus::focus_on;
use super::person_select::{PersonChoices, PersonSelect};
use crate::domain::ids::PersonId;
use crate::domain::person::Person;
use crate::domain::scheduler::{PlannedMeeting, Swap};
use crate::ui::disclosure::Disclosure;
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

    // The form is made when the swap is first opened: with a large roster, the list of who can
    // take a seat on every card was most of the page (1,000 people: 8 lists of 1,000 names).
    let form = move || {
        let (out_options, in_options) = ctx
            .roster
            .with_untracked(|people| swap_options(&meeting, people));
        view! {
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
        }
    };
    view! {
        <Disclosure class="sched-swap" summary="Swap someone at this meeting">
            {form()}
        </Disclosure>
    }
}

/// The swap's two lists, as the selects show them.
fn swap_options(meeting: &PlannedMeeting, people: &[Person]) -> (PersonChoices, PersonChoices) {
    let out = meeting
        .may_swap_out(people)
        .into_iter()
        .map(|p| (p.id, p.name.clone()))
        .collect();
    let into = meeting
        .may_swap_in(people)
        .into_iter()
        .map(|p| (p.id, format!("{} ({})", p.name, p.team)))
        .collect();
    (out, into)
}
