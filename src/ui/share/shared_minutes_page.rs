use super::link::{MinutesLinkError, open_minutes_link};
use crate::domain::exchange::{ImportMode, plan_import};
use crate::domain::share::{SharedMinutes, payload_in_fragment};
use crate::storage::StorageError;
use crate::ui::download::download_text;
use crate::ui::exchange::{
    ExportError, ImportOutcome, Workspace, outcome_sentence, write_and_reload,
};
use crate::ui::format::date_time;
use crate::ui::outcome_note::OutcomeNote;
use crate::ui::outcomes::MarkdownView;
use crate::ui::pages::{OtherAreas, PageLoadError};
use crate::ui::route::Route;
use leptos::prelude::*;
use std::sync::Arc;

/// The payload in the address (`#/minutes/<payload>`); empty when there is none.
fn payload_in_address() -> String {
    let hash = window().location().hash().unwrap_or_default();
    payload_in_fragment(&hash).unwrap_or_default().to_string()
}

/// What a minutes link opens: the minutes read-only, with "Save to my workspace" and
/// "Download". A link that does not open says what is wrong with it; nothing is written.
#[component]
pub fn SharedMinutesPage() -> impl IntoView {
    // Another minutes link pasted into the address stays on this route: follow the fragment.
    let payload = RwSignal::new(payload_in_address());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        payload.set(payload_in_address())
    });
    on_cleanup(move || handle.remove());
    let opened = LocalResource::new(move || open_minutes_link(payload.get()));
    view! {
        <section class="page shared-minutes-page" aria-labelledby="page-title">
            <h1 id="page-title">"Minutes from a link"</h1>
            <ImportOutcome />
            {move || match opened.get() {
                None => view! { <p role="status">"Opening the minutes…"</p> }.into_any(),
                Some(Err(error)) => view! { <LinkRefused error /> }.into_any(),
                Some(Ok(shared)) => view! { <SharedMinutesView shared=Arc::new(shared) /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn LinkRefused(error: MinutesLinkError) -> impl IntoView {
    view! {
        <div class="notice notice-error link-refused" role="alert">
            <p><strong>"These minutes cannot be opened. Nothing was saved. "</strong>{error.to_string()}</p>
        </div>
    }
}

/// What "Save to my workspace" did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Nothing new: nothing was written.
    AlreadyHere,
    /// Written; the page reloads with the records (and says what was added).
    Reloading,
}

/// Why "Save to my workspace" saved nothing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveMinutesError {
    /// Saving is an import, whose code comes with the Import/Export page's.
    #[error(
        "the code that saves them could not be downloaded. Check the connection, then try again."
    )]
    NotDownloaded,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Merges the minutes a link carries into the workspace, as an imported file is merged, and
/// reloads the page when that wrote anything. Reached only through [`OtherAreas`], so that its
/// code is Import/Export's and not the link page's.
pub async fn save_shared_minutes(
    workspace: Workspace,
    shared: Arc<SharedMinutes>,
) -> Result<Saved, StorageError> {
    let existing = workspace.snapshot().await?;
    let plan = plan_import(&existing, shared.file(), ImportMode::Merge);
    if !plan.changes_anything() {
        return Ok(Saved::AlreadyHere);
    }
    let said = outcome_sentence("the minutes link", &plan.summaries);
    write_and_reload(workspace.persistence(), &plan.writes, &said).await?;
    Ok(Saved::Reloading)
}

#[component]
fn SharedMinutesView(shared: Arc<SharedMinutes>) -> impl IntoView {
    let workspace = Workspace::from_context();
    let meeting = shared.meeting().clone();
    let attendees = shared.attendee_names();
    let markdown = shared.minutes().markdown.clone();
    let mut counts = format!(
        "{} attendee{}, {} problem{}, {} action item{}",
        attendees.len(),
        plural(attendees.len()),
        shared.problems().len(),
        plural(shared.problems().len()),
        shared.action_items().len(),
        plural(shared.action_items().len()),
    );
    // The tally travels only when its maker chose to share it.
    match shared.tally_taps() {
        0 => {}
        taps => counts.push_str(&format!(", the talk tally ({taps} tap{})", plural(taps))),
    }
    let areas = expect_context::<OtherAreas>();
    let to_save = shared.clone();
    let save =
        Action::new_local(move |_: &()| (areas.save_shared_minutes)(workspace, to_save.clone()));
    let saved = save.value();
    let download = Action::new_local(move |_: &()| {
        let file = shared.to_file();
        async move {
            let name = file.file_name();
            let text = (areas.file_text)(file)
                .await
                .map_err(|PageLoadError::Download| ExportError::NotDownloaded)?;
            download_text(&name, "application/json", &text)?;
            Ok::<_, ExportError>(format!("Downloaded {name}."))
        }
    });
    view! {
        <p class="lead">
            "Read-only: these minutes came in a link, and nothing from it is in your workspace until you save it. "
            "Saving checks them as an imported file is checked and merges them: the newer copy of anything you already have wins."
        </p>
        <div class="shared-minutes-meta">
            <h2>{meeting.title.clone()}</h2>
            <p class="muted">{format!("{} · {counts}", date_time(meeting.scheduled_at))}</p>
            <p>{format!("Attendees: {}", attendees.join(", "))}</p>
        </div>
        <div class="oc-toolbar" role="group" aria-label="Keep these minutes">
            <button type="button" class="button-primary" disabled=move || save.pending().get() on:click=move |_| { save.dispatch(()); }>
                "Save to my workspace"
            </button>
            <button type="button" on:click=move |_| { download.dispatch(()); }>"Download"</button>
            <a class="oc-link-button" href=Route::History.href()>"Open History"</a>
        </div>
        <p class="form-message" role="status">
            {move || save.pending().get().then_some("Saving…")}
            {move || saved.get().map(|result| match result {
                Ok(Saved::AlreadyHere) => view! { <span class="save-note">"Everything in these minutes is already in your workspace: nothing to save."</span> }.into_any(),
                Ok(Saved::Reloading) => view! { <span class="save-note">"Saved. Reloading with the minutes…"</span> }.into_any(),
                Err(error) => view! { <span class="field-error">{format!("Nothing was saved: {error}")}</span> }.into_any(),
            })}
        </p>
        <OutcomeNote outcome=download.value() />
        <article class="oc-md shared-minutes" aria-label="The minutes">
            <MarkdownView markdown=markdown level_offset=2 />
        </article>
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
