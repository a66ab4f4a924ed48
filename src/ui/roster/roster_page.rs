use super::add_people_list::AddPeopleList;
use super::add_person_form::AddPersonForm;
use super::person_row::PersonRow;
use super::roster_summary::RosterSummary;
use crate::domain::roster_search::{ROWS_PER_PAGE, RosterSearch};
use crate::ui::find_people::{FindPeopleBox, MoreRows};
use crate::ui::opening::{self, PageOpening};
use crate::ui::state::RosterState;
use leptos::prelude::*;

#[component]
pub fn RosterPage() -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let query = RwSignal::new(String::new());
    let limit = RwSignal::new(ROWS_PER_PAGE);
    // Taken when the query changes, not on every edit: see `domain::roster_search`.
    let search = Memo::new(move |_| {
        let query = query.get();
        roster.with_untracked(|people| RosterSearch::new(&query, people))
    });
    let rows =
        Memo::new(move |_| search.with(|s| s.visible(&roster.ids(), limit.get(), |_| false)));
    let match_counts = Signal::derive(move || {
        let total = roster.count();
        rows.with(|r| (r.matching, r.also_listed, total))
    });
    let page_counts = Signal::derive(move || rows.with(|r| (r.ids.len(), r.hidden)));

    view! {
        <section class=opening::ROSTER.section_class aria-labelledby="page-title">
            <PageOpening opening=&opening::ROSTER />
            <AddPersonForm />
            <AddPeopleList />
            <RosterSummary />
            <Show
                when=move || { roster.count() > 0 }
                fallback=|| {
                    view! {
                        <p class="empty-state">
                            "Nobody on the roster yet. Add the facilitator first, then the people from sales and marketing who want to take part."
                        </p>
                    }
                }
            >
                <FindPeopleBox
                    id="roster-search"
                    query
                    limit
                    counts=match_counts
                    always_listed="just added"
                />
                <ul class="roster-list" aria-label="People">
                    <For each=move || rows.with(|r| r.ids.clone()) key=|id| *id let:id>
                        <PersonRow id />
                    </For>
                </ul>
                <MoreRows counts=page_counts limit />
            </Show>
        </section>
    }
}
