//! The tools of the segment under way, each kind's code in an area of its own.
//!
//! The live screen's clock, tally and agenda are one area (`live` in `ui::pages`); what sits
//! below them changes with the segment, and together those tools weighed more than the rest of
//! the screen. So a cold visit downloads the screen and the current segment's tools only; the
//! idle prefetch brings the others before the clock reaches them. Their areas are named
//! `live_<part>`: the release build (`scripts/merge-chunks.mjs`) then loads the screen's area
//! first and leaves out of each the code the screen's area already holds.

use super::deliverables_panel::DeliverablesPanel;
use super::go_round_panel::GoRoundPanel;
use super::review_panel::ReviewPanel;
use crate::domain::agenda::SegmentKind;
use crate::ui::outcomes::{
    ActionItemsPanel, MeetingOutcomes, MeetingProblemsPanel, MinutesPanel, NewProblemsWork,
    ProgressLoopPanel, ReviewLoopPanel,
};
use crate::ui::pages::{OnDemand, OtherAreas, changes, replacing};
use crate::ui::playbook::{MeetingDecisions, PlaybookProgress, PlaybookReview};
use crate::ui::tally::MeetingSummary;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// Which tools the screen shows below the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentTools {
    Review,
    Progress,
    NewProblems,
    Actions,
    /// Any other segment: the problems worked on in this meeting.
    Problems,
    /// A closed meeting is read-only: its tally, minutes and outcomes.
    Closed,
}

impl SegmentTools {
    pub fn of(closed: bool, segment: Option<SegmentKind>) -> Self {
        match (closed, segment) {
            (true, _) => SegmentTools::Closed,
            (false, Some(SegmentKind::Review)) => SegmentTools::Review,
            (false, Some(SegmentKind::Progress)) => SegmentTools::Progress,
            (false, Some(SegmentKind::NewProblems)) => SegmentTools::NewProblems,
            (false, Some(SegmentKind::Actions)) => SegmentTools::Actions,
            (false, Some(SegmentKind::Other) | None) => SegmentTools::Problems,
        }
    }

    /// Its view, once its area's code is here. Called through [`OtherAreas`], not by the screen.
    pub async fn view(self) -> ToolsResult {
        match self {
            SegmentTools::Review => review_tools().await,
            SegmentTools::Progress => progress_tools().await,
            SegmentTools::NewProblems => new_problems_tools().await,
            SegmentTools::Actions => actions_tools().await,
            SegmentTools::Problems => problems_tools().await,
            SegmentTools::Closed => closed_tools().await,
        }
    }
}

/// Why the segment's tools are not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ToolsLoadError {
    /// Their code could not be downloaded; the browser console has the details.
    #[error(
        "The tools for this part of the meeting could not be downloaded. The clock and the tally keep working; check the connection, then try again."
    )]
    Download,
}

impl From<SplitLoaderError> for ToolsLoadError {
    fn from(_: SplitLoaderError) -> Self {
        ToolsLoadError::Download
    }
}

type ToolsResult = Result<AnyView, ToolsLoadError>;

#[wasm_split(live_review, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_review_tools))]
fn review_tools() -> ToolsResult {
    Ok(untrack(|| {
        view! { <ReviewPanel /> <ReviewLoopPanel /> <PlaybookReview /> }.into_any()
    }))
}

#[wasm_split(live_progress, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_progress_tools))]
fn progress_tools() -> ToolsResult {
    Ok(untrack(|| {
        view! { <ProgressLoopPanel /> <DeliverablesPanel /> <PlaybookProgress /> }.into_any()
    }))
}

#[wasm_split(live_new_problems, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_new_problems_tools))]
fn new_problems_tools() -> ToolsResult {
    Ok(untrack(|| {
        view! { <NewProblemsWork><GoRoundPanel /></NewProblemsWork> }.into_any()
    }))
}

#[wasm_split(live_actions, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_actions_tools))]
fn actions_tools() -> ToolsResult {
    Ok(untrack(|| {
        view! { <ActionItemsPanel /> <MeetingDecisions /> }.into_any()
    }))
}

#[wasm_split(live_problems, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_problems_tools))]
fn problems_tools() -> ToolsResult {
    Ok(untrack(|| view! { <MeetingProblemsPanel /> }.into_any()))
}

#[wasm_split(live_closed, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_closed_tools))]
fn closed_tools() -> ToolsResult {
    Ok(untrack(|| {
        view! { <MeetingSummary /> <MinutesPanel /> <MeetingOutcomes /> }.into_any()
    }))
}

/// Downloads every segment's tools that are not here yet; the live screen's area comes first.
pub async fn prefetch_segment_tools() {
    // A failure is not an error yet: the screen retries when it needs them, and says so.
    let _ = preload_review_tools().await;
    let _ = preload_progress_tools().await;
    let _ = preload_new_problems_tools().await;
    let _ = preload_actions_tools().await;
    let _ = preload_problems_tools().await;
    let _ = preload_closed_tools().await;
}

/// The tools for `tools`, once their code is here (see [`OnDemand`]).
#[component]
pub fn SegmentWork(tools: Memo<SegmentTools>) -> impl IntoView {
    let load = expect_context::<OtherAreas>().segment_tools;
    // Each change replaces the tools rather than rebuilding them in place.
    let change = changes(move || tools.track());
    move || {
        let shown = tools.get();
        let part = view! {
            <OnDemand
                load=move || load(shown)
                waiting="Downloading the tools for this part of the meeting…"
            />
        };
        replacing(change.get(), part)
    }
}
