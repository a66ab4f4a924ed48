use super::context::{ScheduleContext, name_in};
use super::focus::focus_on;
use crate::domain::date_text::short_day as day;
use crate::domain::ids::PersonId;
use crate::domain::person::Person;
use crate::domain::scheduler::{HandChange, PersonHistory, last_attended};
use crate::ui::disclosure::Disclosure;
use leptos::prelude::*;

/// What the change says, and what the button that takes it back is called.
fn describe(
    change: &HandChange,
    people: &[Person],
    history: &[PersonHistory],
) -> (String, &'static str) {
    let name = |id: PersonId| name_in(people, id);
    match change {
        HandChange::Request(r) => {
            let why = if r.reason.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", r.reason.trim())
            };
            let state = if r.is_done(last_attended(history, r.person)) {
                " (done: they attended)"
            } else {
                ""
            };
            (
                format!(
                    "{} requested for the next meeting{why}{state}",
                    name(r.person)
                ),
                "Withdraw",
            )
        }
        HandChange::Away(a) => (
            format!("{} unavailable on {}", name(a.person), day(a.date)),
            "Remove",
        ),
        HandChange::Skip(d) => (format!("No meeting on {}", day(*d)), "Restore"),
        HandChange::Swap(s) => (
            format!(
                "{} takes {}’s seat on {}",
                name(s.swapped_in),
                name(s.swapped_out),
                day(s.date)
            ),
            "Undo",
        ),
        HandChange::Replaced(p) => (format!("{} is out of the rotation", name(*p)), "Re-invite"),
    }
}

/// The changes by hand, split by whether they can still shape the plan.
#[derive(Clone, Debug, Default, PartialEq)]
struct Listed {
    in_force: Vec<HandChange>,
    spent: Vec<HandChange>,
}

/// Every change made by hand, each with the button that takes it back. Taking a change back
/// is always allowed: it is how a change the plan cannot keep is fixed. The changes whose time
/// has passed are folded away under the ones in force, so the list stays short over months.
#[component]
pub fn HandChangeList() -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let listed = Memo::new(move |_| {
        let Some(settings) = ctx.schedule.settings() else {
            return Listed::default();
        };
        ctx.held.with(|held| {
            let (spent, in_force) = settings
                .hand_changes
                .each()
                .into_iter()
                .partition(|change| change.is_spent(held.from, &held.history));
            Listed { in_force, spent }
        })
    });
    let in_force = Memo::new(move |_| listed.with(|l| l.in_force.clone()));
    let spent = Memo::new(move |_| listed.with(|l| l.spent.clone()));
    let hint = move || match (in_force.with(Vec::is_empty), spent.with(Vec::is_empty)) {
        (true, true) => Some("No changes by hand yet."),
        (true, false) => Some("None at the moment."),
        (false, _) => None,
    };

    view! {
        <h3 id="sched-change-list-title" tabindex="-1">"Changes in force"</h3>
        {move || hint().map(|text| view! { <p class="sched-hint">{text}</p> })}
        <ChangeRows changes=in_force labelled_by="sched-change-list-title" />
        <Show when=move || !spent.with(Vec::is_empty)>
            <Disclosure
                class="sched-earlier"
                summary=view! {
                    <span id="sched-earlier-title">
                        {move || format!("Earlier changes ({})", spent.with(Vec::len))}
                    </span>
                }
            >
                <p class="sched-hint">
                    "Their dates have passed, or the person requested has attended: the plan "
                    "no longer needs them. They stay stored; take one back to tidy the list."
                </p>
                <ChangeRows changes=spent labelled_by="sched-earlier-title" />
            </Disclosure>
        </Show>
    }
}

/// One list of changes, each with the button that takes it back.
#[component]
fn ChangeRows(changes: Memo<Vec<HandChange>>, labelled_by: &'static str) -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let rows = move || {
        let people = ctx.roster.people();
        ctx.held.with(|held| {
            changes
                .get()
                .into_iter()
                .map(|change| {
                    let (text, undo) = describe(&change, &people, &held.history);
                    let take_back = move |_| {
                        ctx.schedule.update(|s| s.hand_changes.take_back(&change));
                        focus_on("sched-change-list-title");
                    };
                    view! {
                        <li>
                            <span class="sched-change-text">{text.clone()}</span>
                            <button type="button" class="button-secondary" on:click=take_back>
                                {undo}
                                <span class="visually-hidden">": " {text}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || !changes.with(Vec::is_empty)>
            <ul class="sched-change-list" aria-labelledby=labelled_by>
                {rows}
            </ul>
        </Show>
    }
}
