//! The pages, downloaded one area at a time.
//!
//! Each group of pages is a split point (`wasm_split`): the build (`scripts/split-wasm.sh`)
//! cuts their code out of the main module into a module of their own that is fetched the first
//! time one of them opens. The splitter puts code that several modules share into one chunk per
//! combination of modules (five modules made 19 to 21 files a visit); the release build then
//! merges each module with its chunks (`scripts/merge-chunks.mjs`), so a page's code is one
//! file and a group can be as small as one page without adding requests.
//! Once the first page has painted, the other areas are fetched while the browser is idle, so a
//! flaky connection mid-meeting cannot break a navigation.

use crate::domain::ids::MeetingId;
use crate::ui::exchange::{ExchangePage, ExportError, Workspace, write_workspace_file};
use crate::ui::history::HistoryPage;
use crate::ui::idle::when_idle;
use crate::ui::meeting::{LiveMeetingPage, MeetingsPage};
use crate::ui::opening::opening_while_loading;
use crate::ui::outcomes::ProblemLogPage;
use crate::ui::playbook::PlaybookPage;
use crate::ui::room::RoomDisplay;
use crate::ui::roster::RosterPage;
use crate::ui::route::{Area, Route};
use crate::ui::schedule::SchedulePage;
use crate::ui::share::SharedMinutesPage;
use crate::ui::templates::{TemplateEditorPage, TemplatesPage};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::fmt;

/// Why a page could not be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageLoadError {
    /// Its code could not be downloaded (offline before the app was ever fully loaded, or a
    /// server error); the browser console has the details.
    Download,
}

impl fmt::Display for PageLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageLoadError::Download => f.write_str(
                "This page could not be downloaded. Check the connection, then try again.",
            ),
        }
    }
}

impl From<SplitLoaderError> for PageLoadError {
    fn from(_: SplitLoaderError) -> Self {
        PageLoadError::Download
    }
}

type PageResult = Result<AnyView, PageLoadError>;

#[wasm_split(roster, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_roster))]
fn roster_pages(_route: Route) -> PageResult {
    Ok(untrack(|| view! { <RosterPage /> }.into_any()))
}

/// The rotation's schedule.
#[wasm_split(schedule, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_schedule))]
fn schedule_pages(_route: Route) -> PageResult {
    Ok(untrack(|| view! { <SchedulePage /> }.into_any()))
}

/// The meetings to run, with the form that plans one. Planning is light next to running a
/// meeting, so opening the app on the meetings list does not wait for the live screen's code
/// (fetched when idle, before it is opened); nor for the schedule's (measured, with the files
/// merged: 266 KB gzip a visit, against 320 with the schedule).
#[wasm_split(planning, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_planning))]
fn planning_pages(_route: Route) -> PageResult {
    Ok(untrack(|| view! { <MeetingsPage /> }.into_any()))
}

#[wasm_split(meeting, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_meeting))]
fn meeting_pages(route: Route) -> PageResult {
    Ok(untrack(|| match route {
        Route::Meeting(id) => view! { <LiveMeetingPage id /> }.into_any(),
        Route::Room(meeting) => view! { <RoomDisplay meeting /> }.into_any(),
        Route::Problems => view! { <ProblemLogPage /> }.into_any(),
        Route::Templates => view! { <TemplatesPage /> }.into_any(),
        Route::Template(id) => view! { <TemplateEditorPage id /> }.into_any(),
        _ => view! { <PlaybookPage /> }.into_any(),
    }))
}

/// History, Import/Export and the minutes a link carries share one module: they read the whole
/// workspace or import into it, and fewer modules make fewer shared chunks.
#[wasm_split(records, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_records))]
fn records_pages(route: Route) -> PageResult {
    Ok(untrack(|| match route {
        Route::Exchange => view! { <ExchangePage /> }.into_any(),
        Route::SharedMinutes => view! { <SharedMinutesPage /> }.into_any(),
        _ => view! { <HistoryPage /> }.into_any(),
    }))
}

/// Writing the whole workspace to a file, in the records area's module: the shell offers this
/// export after a failed write on any page, and the code that gathers every record (the
/// playbook read from storage included) and writes the file should not weigh on first visits.
#[wasm_split(records, wasm_split_path = ::leptos::wasm_split, fallible)]
fn workspace_file_writer(workspace: Workspace) -> Result<WorkspaceFileWrite, PageLoadError> {
    Ok(Box::pin(write_workspace_file(workspace)))
}

type WorkspaceFileWrite =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<String, ExportError>>>>;

/// Gathers the whole workspace and offers it as a file (downloading the records area's code
/// first when needed); the file's name, or why there is none.
pub async fn export_workspace_file(workspace: Workspace) -> Result<String, ExportError> {
    match workspace_file_writer(workspace).await {
        Ok(write) => write.await,
        Err(PageLoadError::Download) => Err(ExportError::NotDownloaded),
    }
}

/// The page for `route`, once its area's code is here (at once when it already is).
///
/// The pages are made inside the `Suspend` below, which re-runs on any signal read while it
/// polls; `untrack` in each area keeps what a page reads as it is set up from rebuilding (and
/// so disposing) the whole page. Only the route and "Try again" choose the page.
async fn page(route: Route) -> PageResult {
    match route.area() {
        Area::Roster => roster_pages(route).await,
        Area::Schedule => schedule_pages(route).await,
        // The meetings list and its form on their own, not with the live meeting's code (see
        // `planning_pages`).
        Area::Meeting if route == Route::Meetings => planning_pages(route).await,
        // The Playbook page shares most of its code with the live meeting's playbook panels:
        // in the records area instead, a cold visit to the meeting measured the same (785 KB
        // gzip) and one to History 149 KB more, so it lives with the meeting.
        Area::Meeting | Area::Problems | Area::Playbook => meeting_pages(route).await,
        Area::History | Area::Exchange => records_pages(route).await,
    }
}

/// Downloads every area's code that is not here yet, one area after the other.
async fn prefetch_all_areas() {
    // A failure is not an error yet: the page that needs the code retries and says so.
    let _ = preload_meeting().await;
    let _ = preload_roster().await;
    let _ = preload_schedule().await;
    let _ = preload_planning().await;
    let _ = preload_records().await;
}

/// The current page, below the header. Downloads its area's code first when needed, then, once
/// painted, the other areas' code in the background.
///
/// Each navigation (and each "Try again") replaces the page rather than rebuilding one
/// `Suspend` in place: a rebuilt `Suspend` keeps the old page mounted until the new one is
/// ready, after the old page's signals are already disposed, and any of its effects woken in
/// that window (a save finishing, a resource resolving) would read a disposed signal and panic.
/// Navigations alternate between the two sides of an `Either`, and a side that changes
/// unmounts the old page at once (a keyed `<For>` did the same for 5 KB more code).
#[component]
pub fn CurrentPage(route: ReadSignal<Route>) -> impl IntoView {
    // "Try again" after a failed download: the loader starts afresh on the next call.
    let attempt = RwSignal::new(0_u32);
    let prefetch = Action::new_local(|_: &()| prefetch_all_areas());
    // Counts the navigations: a route or an attempt that changes is the next one.
    let navigation = Memo::new(move |previous: Option<&u32>| {
        route.track();
        attempt.track();
        previous.map_or(0, |n| n.wrapping_add(1))
    });
    let shown = move |route: Route| {
        // Until the area's code is here, the page's opening (as index.html drew it) stands in,
        // and it stays above the message when the code cannot be downloaded. Not a
        // `<Suspense>` fallback: that would also stand in while anything the page reads loads
        // (the Storage panel's estimate), hiding the whole page.
        let arrived = RwSignal::new(false);
        let opening = move || (!arrived.get()).then(|| opening_while_loading(route));
        let page = Suspend::new(async move {
            match page(route).await {
                Ok(view) => {
                    arrived.set(true);
                    // After the first page, not before: its own download comes first.
                    if prefetch.version().get_untracked() == 0
                        && !prefetch.pending().get_untracked()
                    {
                        when_idle(move || {
                            prefetch.dispatch(());
                        });
                    }
                    view
                }
                Err(error) => view! {
                    <div class="page-load-error notice notice-error" role="alert">
                        <p>{error.to_string()}</p>
                        <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                            "Try again"
                        </button>
                    </div>
                }
                .into_any(),
            }
        });
        view! {
            {opening}
            {page}
        }
    };
    move || {
        let page = shown(route.get());
        if navigation.get() % 2 == 0 {
            Either::Left(page)
        } else {
            Either::Right(page)
        }
    }
}

/// The room display window: its code is the meeting area's (the facilitator's tab has it
/// already), so the first visit to any other page does not carry it.
#[component]
pub fn RoomWindow(meeting: MeetingId) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    move || {
        attempt.track();
        Suspend::new(async move {
            match meeting_pages(Route::Room(meeting)).await {
                Ok(view) => view,
                Err(error) => view! {
                    <main class="room">
                        <div class="page-load-error room-waiting" role="alert">
                            <h1 id="room-title">"The room display could not start"</h1>
                            <p>{error.to_string()}</p>
                            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                "Try again"
                            </button>
                        </div>
                    </main>
                }
                .into_any(),
            }
        })
    }
}
