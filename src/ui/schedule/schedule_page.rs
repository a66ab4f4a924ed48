use super::cadence_form::CadenceForm;
use crate::ui::opening::{self, PageOpening};
use crate::ui::pages::{OnDemand, OtherAreas};
use crate::ui::state::ScheduleState;
use leptos::prelude::*;

/// The rotation: cadence and seats, the next meetings with who attends and why, the changes
/// made by hand, and how fair the plan is.
#[component]
pub fn SchedulePage() -> impl IntoView {
    let schedule = expect_context::<ScheduleState>();
    let load_plan = expect_context::<OtherAreas>().schedule_plan;
    let is_set = move || schedule.settings().is_some();

    view! {
        <section class=opening::SCHEDULE.section_class aria-labelledby="page-title">
            <PageOpening opening=&opening::SCHEDULE />
            <Show when=move || schedule.is_unreadable()>
                <div class="notice notice-error" role="alert">
                    <p>
                        <strong>"Your saved schedule could not be read. "</strong>
                        "It is kept in this browser as stored, and changes here are not saved \
                         over it. Import your last backup (Replace) to bring it back."
                    </p>
                </div>
            </Show>
            <CadenceForm />
            <Show when=is_set>
                <OnDemand load=load_plan waiting="Downloading the plan…" />
            </Show>
        </section>
    }
}
