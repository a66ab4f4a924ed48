//! The schedule's plan and everything shown with it: the next meetings with a reason for every
//! seat, the changes by hand and their forms, the fairness table and the calendar file. Until
//! the cadence is set the page shows only the cadence form, which is what every first visit
//! sees, and the plan's code (the scheduler itself and its views) weighs more than the rest of
//! the page, so it is an area of its own (`schedule_plan`, nested in the Schedule's: see
//! `scripts/merge-chunks.mjs`), downloaded when a plan is first shown and fetched with the
//! other areas when the browser is idle.

use super::plan_view::SchedulePlan;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// Why the plan is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanLoadError {
    /// Its code could not be downloaded; the browser console has the details.
    #[error(
        "The plan could not be downloaded. Your schedule is saved; check the connection, then try again."
    )]
    Download,
}

impl From<SplitLoaderError> for PlanLoadError {
    fn from(_: SplitLoaderError) -> Self {
        PlanLoadError::Download
    }
}

/// The plan's view, once its code is here. Called through `OtherAreas`, not by the page.
#[wasm_split(schedule_plan, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_plan))]
pub fn schedule_plan() -> Result<AnyView, PlanLoadError> {
    Ok(untrack(|| view! { <SchedulePlan /> }.into_any()))
}

/// Downloads the plan's code if it is not here yet; a failure waits for the page that needs it.
pub async fn prefetch_plan() {
    let _ = preload_plan().await;
}
