use crate::domain::ids::PersonId;
use crate::domain::person::REMOVED_PERSON;
use crate::domain::tally::NON_CONTRIBUTOR_STREAK;
use crate::ui::state::{RosterState, ScheduleState};
use leptos::prelude::*;

/// People with nothing tallied in their last meetings. The source documents advise
/// dis-inviting people who have nothing to contribute; the facilitator decides, and the
/// rotation reads the decision.
#[component]
pub fn NonContributors(people: Vec<PersonId>) -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let schedule = expect_context::<ScheduleState>();
    let replaced = move |id| {
        schedule
            .settings()
            .is_some_and(|s| s.hand_changes.replaced.contains(&id))
    };
    let decide = move |id: PersonId, replace: bool| {
        schedule.update(|settings| {
            let list = &mut settings.hand_changes.replaced;
            list.retain(|p| *p != id);
            if replace {
                list.push(id);
            }
        });
    };
    if people.is_empty() {
        return ().into_any();
    }
    let rows = people
        .into_iter()
        .map(|id| {
            let name = roster.person(id).map_or_else(|| REMOVED_PERSON.into(), |p| p.name);
            view! {
                <li>
                    <strong>{name.clone()}</strong>
                    <span class="muted">
                        {move || if replaced(id) { " · left the rotation" } else { " · stays in the rotation" }}
                    </span>
                    <span class="go-round-buttons">
                        <button
                            type="button"
                            aria-pressed=move || (!replaced(id)).to_string()
                            on:click=move |_| decide(id, false)
                        >
                            "Re-invite with a nudge"
                            <span class="visually-hidden">" (" {name.clone()} ")"</span>
                        </button>
                        <button
                            type="button"
                            aria-pressed=move || replaced(id).to_string()
                            on:click=move |_| decide(id, true)
                        >
                            "Replace in the rotation"
                            <span class="visually-hidden">" (" {name} ")"</span>
                        </button>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="quiet-title" class="segment-panel">
            <h2 id="quiet-title">"Nothing to contribute lately"</h2>
            <p>
                {format!(
                    "No contributions in each of their last {NON_CONTRIBUTOR_STREAK} meetings. Invite them in with a nudge, or give their seat to someone else."
                )}
            </p>
            <Show when=move || schedule.settings().is_none()>
                <p class="field-warning">"Set up the schedule first: the rotation keeps this decision."</p>
            </Show>
            <ul class="go-round">{rows}</ul>
        </section>
    }
    .into_any()
}
