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

use crate::domain::exchange::ExchangeFile;
use crate::domain::ids::{MeetingId, TemplateId};
use crate::domain::playbook::PlaybookEntry;
use crate::domain::share::SharedMinutes;
use crate::storage::StorageError;
use crate::ui::exchange::{
    CheckedImport, ExchangePage, ExportError, ImportFailure, Offered, Workspace, check_import,
    import_preview, prefetch_import, write_workspace_file,
};
use crate::ui::history::HistoryPage;
use crate::ui::idle::when_idle_for;
use crate::ui::meeting::{
    LiveMeetingPage, MeetingNotFound, MeetingsPage, SegmentTools, ToolsLoadError,
    prefetch_segment_tools,
};
use crate::ui::opening::opening_while_loading;
use crate::ui::outcomes::ProblemLogPage;
use crate::ui::playbook::{
    DecisionLogLoadError, PlaybookNames, PlaybookPage, PrintError, VersionsPart, VersionsResult,
    decision_log, download_markdown, prefetch_decisions, prefetch_print, prefetch_versions,
    print_code, print_view,
};
use crate::ui::room::RoomDisplay;
use crate::ui::roster::RosterPage;
use crate::ui::route::Route;
use crate::ui::schedule::{PlanLoadError, SchedulePage, prefetch_plan, schedule_plan};
use crate::ui::share::{SaveMinutesError, Saved, SharedMinutesPage, save_shared_minutes};
use crate::ui::shell::ShellNotices;
use crate::ui::state::{MeetingsState, PlaybookState};
use crate::ui::templates::{TemplateEditorPage, TemplatesPage};
use chrono::NaiveDate;
use leptos::either::Either;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::fmt;
use std::sync::Arc;

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
type BoxFuture<T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send>>;
type LocalBoxFuture<T> = std::pin::Pin<Box<dyn std::future::Future<Output = T>>>;

#[wasm_split(roster, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_roster))]
fn roster_page() -> PageResult {
    Ok(untrack(|| view! { <RosterPage /> }.into_any()))
}

/// The rotation's schedule.
#[wasm_split(schedule, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_schedule))]
fn schedule_page() -> PageResult {
    Ok(untrack(|| view! { <SchedulePage /> }.into_any()))
}

/// The meetings to run, with the form that plans one. Planning is light next to running a
/// meeting, so opening the app on the meetings list does not wait for the live screen's code
/// (fetched when idle, before it is opened); nor for the schedule's (measured, with the files
/// merged: 266 KB gzip a visit, against 320 with the schedule).
#[wasm_split(planning, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_planning))]
fn meetings_page() -> PageResult {
    Ok(untrack(|| view! { <MeetingsPage /> }.into_any()))
}

/// The live meeting screen.
#[wasm_split(live, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_live))]
fn live_page(id: MeetingId) -> PageResult {
    Ok(untrack(|| view! { <LiveMeetingPage id /> }.into_any()))
}

/// The room display, on its own: the second screen needs nothing else.
#[wasm_split(room, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_room))]
fn room_page(meeting: MeetingId) -> PageResult {
    Ok(untrack(|| view! { <RoomDisplay meeting /> }.into_any()))
}

#[wasm_split(problems, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_problems))]
fn problems_page() -> PageResult {
    Ok(untrack(|| view! { <ProblemLogPage /> }.into_any()))
}

/// The agenda templates and the editor of one.
#[wasm_split(templates, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_templates))]
fn templates_pages(template: Option<TemplateId>) -> PageResult {
    Ok(untrack(|| match template {
        Some(id) => view! { <TemplateEditorPage id /> }.into_any(),
        None => view! { <TemplatesPage /> }.into_any(),
    }))
}

#[wasm_split(playbook, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_playbook))]
fn playbook_page() -> PageResult {
    Ok(untrack(|| view! { <PlaybookPage /> }.into_any()))
}

#[wasm_split(history, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_history))]
fn history_page() -> PageResult {
    Ok(untrack(|| view! { <HistoryPage /> }.into_any()))
}

/// The minutes a link carries, on their own: reading the link (the careful reader of untrusted
/// records) weighs more than History itself (measured with the two together, and the merge
/// still here: 437 KB gzip a visit to History, against 266 KB apart). Saving and downloading
/// them is Import/Export's code (`OtherAreas`).
#[wasm_split(minutes, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_minutes))]
fn shared_minutes_page() -> PageResult {
    Ok(untrack(|| view! { <SharedMinutesPage /> }.into_any()))
}

#[wasm_split(exchange, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_exchange))]
fn exchange_page() -> PageResult {
    Ok(untrack(|| view! { <ExchangePage /> }.into_any()))
}

/// The shell's notices (`shell::ShellNotices`), in a module of their own: no page needs them
/// to show (measured: the main module 183.0 -> 166.4 KB gzip; each first visit 7 to 18 KB
/// lighter, since some of what they used moved into the areas that use it too).
#[wasm_split(notices, wasm_split_path = ::leptos::wasm_split, fallible)]
fn shell_notices() -> PageResult {
    Ok(untrack(|| view! { <ShellNotices /> }.into_any()))
}

/// The shell's notices, once `due`: downloaded after the first page has shown, when the
/// browser is idle, so they never delay it. Should their code not arrive, nothing shows in
/// their place: the save status in the header still says when changes are not kept, and the
/// next page load tries again.
#[component]
pub fn Notices(due: ReadSignal<bool>) -> impl IntoView {
    // Rendered once, however often `due` is set: rendered anew, the first notices' actions
    // were disposed while their idle work was still queued (a trap in `Action::dispatch`).
    let due = Memo::new(move |_| due.get());
    move || {
        due.get()
            .then(|| Suspend::new(async { shell_notices().await.ok() }))
    }
}

/// Writing the whole workspace to a file, in Import/Export's module: the shell offers this
/// export after a failed write on any page, and the code that gathers every record (the
/// playbook read from storage included) and writes the file should not weigh on first visits.
#[wasm_split(exchange, wasm_split_path = ::leptos::wasm_split, fallible)]
fn workspace_file_writer(workspace: Workspace) -> Result<WorkspaceFileWrite, PageLoadError> {
    Ok(Box::pin(write_workspace_file(workspace)))
}

type WorkspaceFileWrite = LocalBoxFuture<Result<String, ExportError>>;

/// Gathers the whole workspace and offers it as a file (downloading Import/Export's code
/// first when needed); the file's name, or why there is none.
async fn export_workspace_file(workspace: Workspace) -> Result<String, ExportError> {
    run_in_area(workspace_file_writer(workspace), ExportError::NotDownloaded).await
}

/// Runs the work another area's code `made`, once that code is here; `not_downloaded` when it
/// could not be downloaded (then nothing was done).
async fn run_in_area<T, WorkError, E: From<WorkError>>(
    made: impl Future<Output = Result<LocalBoxFuture<Result<T, WorkError>>, PageLoadError>>,
    not_downloaded: E,
) -> Result<T, E> {
    match made.await {
        Ok(work) => Ok(work.await?),
        Err(PageLoadError::Download) => Err(not_downloaded),
    }
}

/// Saving the minutes a link carries, with the import's code (nested in Import/Export's): it is
/// an import (the workspace read whole with the playbook, the merge planned, written, the page
/// reloaded), which the link's page needs only when "Save to my workspace" is pressed
/// (measured: 37 KB gzip off opening a link, and 8 KB more for the file writer below).
#[wasm_split(exchange_import, wasm_split_path = ::leptos::wasm_split, fallible)]
fn shared_minutes_saver(
    workspace: Workspace,
    shared: Arc<SharedMinutes>,
) -> Result<MinutesSave, PageLoadError> {
    Ok(Box::pin(save_shared_minutes(workspace, shared)))
}

type MinutesSave = LocalBoxFuture<Result<Saved, StorageError>>;

/// Saves the minutes a link carries (downloading Import/Export's code first when needed).
async fn save_minutes_from_link(
    workspace: Workspace,
    shared: Arc<SharedMinutes>,
) -> Result<Saved, SaveMinutesError> {
    run_in_area(
        shared_minutes_saver(workspace, shared),
        SaveMinutesError::NotDownloaded,
    )
    .await
}

/// A file's text, written in Import/Export's module, which holds the writer of every kind of
/// record: a minutes link's "Download" needs it only when pressed.
#[wasm_split(exchange, wasm_split_path = ::leptos::wasm_split, fallible)]
fn exchange_file_text(file: ExchangeFile) -> Result<String, PageLoadError> {
    Ok(file.to_json())
}

/// Taking a deleted meeting's readings, scores and decision links out of the playbook, in an
/// area nested in the Playbook's (`playbook_forget`, which brings the Playbook's code first):
/// reading the playbook and its rule should not weigh on the live screen, which needs them
/// only when a meeting is deleted, nor the Playbook's first visit (3.3 KB gzip).
#[wasm_split(playbook_forget, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_forget))]
fn meeting_forgetter(
    playbook: PlaybookState,
    meeting: MeetingId,
) -> Result<PlaybookForget, PageLoadError> {
    Ok(Box::pin(playbook.forget_meeting(meeting)))
}

type PlaybookForget = LocalBoxFuture<Result<(), StorageError>>;

/// Why the playbook could not forget a meeting being deleted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ForgetMeetingError {
    /// The Playbook's code did not arrive: nothing was deleted.
    #[error(
        "The meeting was not deleted: the code that takes its scores out of the playbook could not be downloaded. Check the connection, then try again."
    )]
    NotDownloaded,
    /// Read or written by storage; the meeting may be deleted, what the playbook holds of it not.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Takes `meeting` out of the playbook (downloading the Playbook's code first when needed).
async fn forget_meeting_in_playbook(
    playbook: PlaybookState,
    meeting: MeetingId,
) -> Result<(), ForgetMeetingError> {
    run_in_area(
        meeting_forgetter(playbook, meeting),
        ForgetMeetingError::NotDownloaded,
    )
    .await
}

/// The code of other areas that a page's area calls, reached through context (provided with the
/// current page) rather than by name. An area's code is also in the test binaries, which are
/// not split: there, naming another area's loader would leave an import that no one provides,
/// and the test would not start.
#[derive(Clone, Copy)]
pub struct OtherAreas {
    /// The tools of a segment of the live screen (their own areas, nested in the screen's).
    pub segment_tools: fn(SegmentTools) -> BoxFuture<Result<AnyView, ToolsLoadError>>,
    /// Takes a meeting being deleted out of the playbook, with the Playbook's code.
    pub forget_meeting:
        fn(PlaybookState, MeetingId) -> LocalBoxFuture<Result<(), ForgetMeetingError>>,
    /// Gathers the whole workspace into a file, with Import/Export's code: the shell's notices
    /// offer it whenever storage cannot keep the user's work.
    pub export_workspace: fn(Workspace) -> LocalBoxFuture<Result<String, ExportError>>,
    /// Writes a file's text, with Import/Export's code.
    pub file_text: fn(ExchangeFile) -> LocalBoxFuture<Result<String, PageLoadError>>,
    /// The parts of a playbook entry's card that compare its versions, with their diff code.
    pub entry_versions: fn(VersionsPart, Memo<Option<PlaybookEntry>>) -> BoxFuture<VersionsResult>,
    /// The Playbook page's decision log, with its code (nested in the Playbook's area).
    pub decision_log: fn() -> BoxFuture<Result<AnyView, DecisionLogLoadError>>,
    /// The playbook as one document to print, with its code (nested in the Playbook's area).
    pub print_view: fn() -> BoxFuture<Result<AnyView, PrintError>>,
    /// The print view's code, to print once it is here.
    pub print_code: fn() -> BoxFuture<Result<(), PrintError>>,
    /// Offers the playbook as a Markdown file, with the print view's code.
    pub download_markdown:
        fn(PlaybookState, PlaybookNames, NaiveDate) -> LocalBoxFuture<Result<(), PrintError>>,
    /// The Schedule's plan and what is shown with it, with the scheduler's code (nested in the
    /// Schedule's area).
    pub schedule_plan: fn() -> BoxFuture<Result<AnyView, PlanLoadError>>,
    /// Merges the minutes a link carries into the workspace, with the import's code.
    pub save_shared_minutes:
        fn(Workspace, Arc<SharedMinutes>) -> LocalBoxFuture<Result<Saved, SaveMinutesError>>,
    /// Checks a file offered for import, with the import's code (nested in Import/Export's).
    pub check_import:
        fn(Workspace, Offered) -> LocalBoxFuture<Result<CheckedImport, ImportFailure>>,
    /// The preview of a checked import, with the import's code.
    pub import_preview: fn(CheckedImport) -> BoxFuture<Result<AnyView, ImportFailure>>,
}

impl OtherAreas {
    /// Makes the loaders available to the shell and every page below the caller.
    pub fn provide() {
        provide_context(Self::LOADERS);
    }

    const LOADERS: OtherAreas = OtherAreas {
        segment_tools: |tools| Box::pin(tools.view()),
        forget_meeting: |playbook, meeting| Box::pin(forget_meeting_in_playbook(playbook, meeting)),
        export_workspace: |workspace| Box::pin(export_workspace_file(workspace)),
        file_text: |file| Box::pin(exchange_file_text(file)),
        entry_versions: |part, entry| Box::pin(part.view(entry)),
        decision_log: || Box::pin(decision_log()),
        print_view: || Box::pin(print_view()),
        print_code: || Box::pin(print_code()),
        download_markdown: |playbook, names, today| {
            Box::pin(download_markdown(playbook, names, today))
        },
        schedule_plan: || Box::pin(schedule_plan()),
        save_shared_minutes: |workspace, shared| {
            Box::pin(save_minutes_from_link(workspace, shared))
        },
        check_import: |workspace, offered| Box::pin(check_import(workspace, offered)),
        import_preview: |checked| Box::pin(import_preview(checked)),
    };
}

/// The page for `route`, once its area's code is here (at once when it already is, or when the
/// page needs none of it).
///
/// The pages are made inside the `Suspend` below, which re-runs on any signal read while it
/// polls; `untrack` in each area keeps what a page reads as it is set up from rebuilding (and
/// so disposing) the whole page. Only the route and "Try again" choose the page.
async fn page(route: Route, meetings: MeetingsState) -> PageResult {
    match route {
        Route::Meeting(id) if meetings.get_untracked(id).is_none() => {
            Ok(view! { <MeetingNotFound /> }.into_any())
        }
        Route::Roster => roster_page().await,
        Route::Schedule => schedule_page().await,
        Route::Meetings => meetings_page().await,
        Route::Meeting(id) => live_page(id).await,
        Route::Room(meeting) => room_page(meeting).await,
        Route::Problems => problems_page().await,
        Route::Templates => templates_pages(None).await,
        Route::Template(id) => templates_pages(Some(id)).await,
        Route::Playbook => playbook_page().await,
        Route::History => history_page().await,
        Route::SharedMinutes => shared_minutes_page().await,
        Route::Exchange => exchange_page().await,
    }
}

/// Downloads every area's code that is not here yet, one area after the other.
async fn prefetch_all_areas() {
    // A failure is not an error yet: the page that needs the code retries and says so.
    let _ = preload_live().await;
    prefetch_segment_tools().await;
    let _ = preload_room().await;
    let _ = preload_problems().await;
    let _ = preload_templates().await;
    let _ = preload_playbook().await;
    prefetch_decisions().await;
    prefetch_versions().await;
    prefetch_print().await;
    let _ = preload_forget().await;
    let _ = preload_roster().await;
    let _ = preload_schedule().await;
    prefetch_plan().await;
    let _ = preload_planning().await;
    let _ = preload_history().await;
    let _ = preload_minutes().await;
    let _ = preload_exchange().await;
    prefetch_import().await;
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
///
/// `settled` is set when the browser is first idle after the first page shows (or failed to).
#[component]
pub fn CurrentPage(route: ReadSignal<Route>, settled: RwSignal<bool>) -> impl IntoView {
    let meetings = expect_context::<MeetingsState>();
    // "Try again" after a failed download: the loader starts afresh on the next call.
    let attempt = RwSignal::new(0_u32);
    let prefetch = Action::new_local(|_: &()| prefetch_all_areas());
    // Each is queued once: pages shown before the browser is idle must not queue them again.
    // Queued for this component, which stays, not for the page that queues them: leaving that
    // page before the browser is idle must not cancel them.
    let settle_queued = StoredValue::new(false);
    let prefetch_queued = StoredValue::new(false);
    let lasting = Owner::current();
    // A route or an attempt that changes is the next navigation.
    let navigation = changes(move || {
        route.track();
        attempt.track();
    });
    let shown = move |route: Route| {
        // Until the area's code is here, the page's opening (as index.html drew it) stands in,
        // and it stays above the message when the code cannot be downloaded. Not a
        // `<Suspense>` fallback: that would also stand in while anything the page reads loads
        // (the Storage panel's estimate), hiding the whole page.
        let arrived = RwSignal::new(false);
        let opening = move || (!arrived.get()).then(|| opening_while_loading(route));
        let lasting = lasting.clone();
        let page = Suspend::new(async move {
            let shown = page(route, meetings).await;
            // After the first page (or its failure), not before: its own download comes first.
            if !settle_queued.get_value() {
                settle_queued.set_value(true);
                when_idle_for(lasting.as_ref(), move || settled.set(true));
            }
            match shown {
                Ok(view) => {
                    arrived.set(true);
                    // After the first page that shows: one that failed to download did not.
                    if !prefetch_queued.get_value() {
                        prefetch_queued.set_value(true);
                        when_idle_for(lasting.as_ref(), move || {
                            prefetch.dispatch(());
                        });
                    }
                    view
                }
                Err(error) => view! { <PageLoadFailed error attempt /> }.into_any(),
            }
        });
        view! {
            {opening}
            {page}
        }
    };
    move || replacing(navigation.get(), shown(route.get()))
}

/// Counts the changes of what `track` reads (0 before the first), for [`replacing`].
pub fn changes(track: impl Fn() + Send + Sync + 'static) -> Memo<u32> {
    Memo::new(move |previous: Option<&u32>| {
        track();
        previous.map_or(0, |n| n.wrapping_add(1))
    })
}

/// `view` on the side of an `Either` that the `change`th change puts it, the other side than
/// the change before: tachys then unmounts the old view at once instead of rebuilding it in
/// place (see [`CurrentPage`]).
pub fn replacing<V>(change: u32, view: V) -> Either<V, V> {
    if change.is_multiple_of(2) {
        Either::Left(view)
    } else {
        Either::Right(view)
    }
}

/// Why a page's (or part of a page's) code did not arrive; "Try again" counts one more
/// `attempt`.
#[component]
fn PageLoadFailed<E: fmt::Display>(error: E, attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <div class="page-load-error notice notice-error" role="alert">
            <p>{error.to_string()}</p>
            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                "Try again"
            </button>
        </div>
    }
}

/// A part of a page whose code is an area of its own, shown once `load` brings it: until then
/// `waiting` says so (code already here arrives in the same frame, and nothing shows), and a
/// failed download says why, with "Try again".
#[component]
pub fn OnDemand<Load, Part, E>(load: Load, waiting: &'static str) -> impl IntoView
where
    Load: Fn() -> Part + Send + Sync + 'static,
    Part: Future<Output = Result<AnyView, E>> + Send + 'static,
    E: fmt::Display + Send + Sync + 'static,
{
    // Only this conversion is made for each kind of part; the rest is compiled once (measured:
    // about 1 KB gzip off the Playbook's three kinds of part, 0.5 KB more on a page with one).
    let load: PartLoader = Arc::new(move || {
        let part = load();
        Box::pin(async move { part.await.map_err(|error| Arc::new(error) as PartLoadError) })
    });
    on_demand(load, waiting)
}

type PartLoadError = Arc<dyn fmt::Display + Send + Sync>;
type PartLoader = Arc<dyn Fn() -> BoxFuture<Result<AnyView, PartLoadError>> + Send + Sync>;

fn on_demand(load: PartLoader, waiting: &'static str) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    // Each attempt replaces the part rather than rebuilding it in place (see `CurrentPage`).
    let change = changes(move || attempt.track());
    move || {
        let arrived = RwSignal::new(false);
        let waiting = move || {
            (!arrived.get()).then(|| view! { <p class="muted" role="status">{waiting}</p> })
        };
        let part = load();
        let view = Suspend::new(async move {
            let view = match part.await {
                Ok(view) => view,
                Err(error) => view! { <PageLoadFailed error attempt /> }.into_any(),
            };
            arrived.set(true);
            view
        });
        replacing(change.get(), view! { {waiting} {view} })
    }
}

/// The room display window: its code is an area of its own, so the second screen downloads
/// only what it shows, and the first visit to any other page does not carry it.
#[component]
pub fn RoomWindow(meeting: MeetingId) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    move || {
        attempt.track();
        Suspend::new(async move {
            match room_page(meeting).await {
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
