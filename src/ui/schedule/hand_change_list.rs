use super::context::{ScheduleContext, name_in};
use super::focus::focus_on;
use crate::domain::date_text::short_day as day;
use crate::domain::ids::PersonId;
use crate::domain::person::Person;
use crate::domain::scheduler::{
    AttendanceRequest, HandChanges, PersonHistory, Swap, Unavailability,
};
use crate::domain::sort::SortByKey;
use chrono::NaiveDate;
use leptos::prelude::*;

/// One stored change by hand.
#[derive(Clone, PartialEq)]
enum Change {
    Request(AttendanceRequest),
    Away(Unavailability),
    Skip(NaiveDate),
    Swap(Swap),
    Replaced(PersonId),
}

impl Change {
    fn all(changes: &HandChanges) -> Vec<Change> {
        let mut away = changes.unavailable.clone();
        away.sort_by_key_dyn(|a| a.date);
        let mut skipped = changes.skipped_dates.clone();
        skipped.sort_dyn();
        let mut swaps = changes.swaps.clone();
        swaps.sort_by_key_dyn(|s| s.date);
        changes
            .requests
            .iter()
            .cloned()
            .map(Change::Request)
            .chain(away.into_iter().map(Change::Away))
            .chain(skipped.into_iter().map(Change::Skip))
            .chain(swaps.into_iter().map(Change::Swap))
            .chain(changes.replaced.iter().copied().map(Change::Replaced))
            .collect()
    }

    fn remove_from(&self, changes: &mut HandChanges) {
        match self {
            Change::Request(r) => changes.requests.retain(|x| x != r),
            Change::Away(a) => changes.unavailable.retain(|x| x != a),
            Change::Skip(d) => changes.skipped_dates.retain(|x| x != d),
            Change::Swap(s) => changes.swaps.retain(|x| x != s),
            Change::Replaced(p) => changes.replaced.retain(|x| x != p),
        }
    }

    /// What the change says, and what the button that takes it back is called.
    fn describe(&self, people: &[Person], history: &[PersonHistory]) -> (String, &'static str) {
        let name = |id: PersonId| name_in(people, id);
        match self {
            Change::Request(r) => {
                let done = history
                    .iter()
                    .any(|h| h.person == r.person && h.last_attended >= Some(r.made_on));
                let why = if r.reason.trim().is_empty() {
                    String::new()
                } else {
                    format!(": {}", r.reason.trim())
                };
                let state = if done { " (done: they attended)" } else { "" };
                (
                    format!(
                        "{} requested for the next meeting{why}{state}",
                        name(r.person)
                    ),
                    "Withdraw",
                )
            }
            Change::Away(a) => (
                format!("{} unavailable on {}", name(a.person), day(a.date)),
                "Remove",
            ),
            Change::Skip(d) => (format!("No meeting on {}", day(*d)), "Restore"),
            Change::Swap(s) => (
                format!(
                    "{} takes {}’s seat on {}",
                    name(s.swapped_in),
                    name(s.swapped_out),
                    day(s.date)
                ),
                "Undo",
            ),
            Change::Replaced(p) => (format!("{} is out of the rotation", name(*p)), "Re-invite"),
        }
    }
}

/// Every change made by hand, each with the button that takes it back. Taking a change back
/// is always allowed: it is how a change the plan cannot keep is fixed.
#[component]
pub fn HandChangeList() -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let changes = Memo::new(move |_| {
        ctx.schedule
            .settings()
            .map(|s| Change::all(&s.hand_changes))
            .unwrap_or_default()
    });
    let rows = move || {
        let people = ctx.roster.people();
        let history = ctx.held.with(|held| held.history.clone());
        changes
            .get()
            .into_iter()
            .map(|change| {
                let (text, undo) = change.describe(&people, &history);
                let remove = move |_| {
                    ctx.schedule
                        .update(|s| change.remove_from(&mut s.hand_changes));
                    focus_on("sched-change-list-title");
                };
                view! {
                    <li>
                        <span class="sched-change-text">{text.clone()}</span>
                        <button type="button" class="button-secondary" on:click=remove>
                            {undo}
                            <span class="visually-hidden">": " {text}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <h3 id="sched-change-list-title" tabindex="-1">"Changes so far"</h3>
        <Show
            when=move || changes.with(|c| !c.is_empty())
            fallback=|| view! { <p class="sched-hint">"No changes by hand yet."</p> }
        >
            <ul class="sched-change-list" aria-labelledby="sched-change-list-title">
                {rows}
            </ul>
        </Show>
    }
}
