use super::add_person_form::AddPersonForm;
use super::person_row::PersonRow;
use super::roster_summary::RosterSummary;
use crate::ui::state::RosterState;
use leptos::prelude::*;

#[component]
pub fn RosterPage() -> impl IntoView {
    let roster = expect_context::<RosterState>();
    view! {
        <section class="page roster-page" aria-labelledby="page-title">
            <h1 id="page-title">"Roster"</h1>
            <p class="lead">
                "The sales and marketing people who take turns in the meeting. "
                "Executives sit out by default; core members always attend. "
                "Changes are saved as you type."
            </p>
            <AddPersonForm />
            <RosterSummary />
            <Show
                when=move || !roster.ids().is_empty()
                fallback=|| {
                    view! {
                        <p class="empty-state">
                            "Nobody on the roster yet. Add the facilitator first, then the people from sales and marketing who want to take part."
                        </p>
                    }
                }
            >
                <ul class="roster-list" aria-label="People">
                    <For each=move || roster.ids() key=|id| *id let:id>
                        <PersonRow id />
                    </For>
                </ul>
            </Show>
        </section>
    }
}
