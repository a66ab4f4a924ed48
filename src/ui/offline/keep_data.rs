//! Keeping the data: asks the browser not to clear it, and reminds to export a backup.
//!
//! The workspace lives in this browser's storage only, which a browser may clear to free space
//! unless the site's storage is persistent. Once there is something worth keeping the app asks
//! for that (`navigator.storage.persist()`); the Storage panel shows the answer. An export is the
//! only copy elsewhere, so the reminder's rule (`domain::backup`) watches how old the last one is.

use crate::domain::backup::BackupLog;
use crate::domain::exchange::path::read_json;
use crate::domain::time::Timestamp;
use crate::ui::now::now;
use crate::ui::state::{Persistence, RosterState};
use crate::ui::ticker::use_now;
use leptos::ev::{Custom, Event};
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Where this browser remembers the backup log (per browser, like the data it is about).
const LOG_KEY: &str = "smarketing.backup-log";
/// Fired on the window when the log is written, so every part of the page sees the new one.
const LOG_WRITTEN: &str = "smarketing-backup-log";
/// The reminder re-checks its rule this often on a page left open for days.
const RECHECK_MS: u32 = 60 * 60 * 1000;

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn read_log() -> BackupLog {
    local_storage()
        .and_then(|storage| storage.get_item(LOG_KEY).ok().flatten())
        .and_then(|text| read_json(&text).ok())
        .unwrap_or_default()
}

fn write_log(log: BackupLog) {
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(&log)) {
        let _ = storage.set_item(LOG_KEY, &text);
    }
    if let Ok(event) = web_sys::Event::new(LOG_WRITTEN) {
        let _ = window().dispatch_event(&event);
    }
}

/// The whole workspace was exported at `at`: remembered, and the reminder goes.
pub fn remember_export(at: Timestamp) {
    write_log(read_log().exported(at));
}

/// Asks the browser to keep this site's storage. The answer shows in the Storage panel.
async fn ask_to_persist() {
    let storage = window().navigator().storage();
    if let Ok(promise) = storage.persist() {
        let _ = JsFuture::from(promise).await;
    }
}

/// Mounted once in the shell: asks to persist once the workspace holds something, notes every
/// change for the backup rule, and shows the reminder when it is due.
#[component]
pub fn KeepData() -> impl IntoView {
    let persistence = expect_context::<Persistence>();
    let roster = expect_context::<RosterState>();
    let log = RwSignal::new(read_log());
    let handle = window_event_listener(Custom::<Event>::new(LOG_WRITTEN), move |_| {
        log.set(read_log())
    });
    on_cleanup(move || handle.remove());

    // A save starting is a change to the workspace (the records read at start-up are not).
    // This comes after the first page (see `pages::Notices`): a write made before it counts.
    let saving = Memo::new(move |_| persistence.is_saving());
    let wrote_before = persistence.has_written();
    let holds_something = Memo::new(move |_| roster.count() > 0 || wrote_before || saving.get());
    let persist = Action::new_local(|_: &()| ask_to_persist());
    Effect::new(move |asked: Option<bool>| {
        let asked = asked.unwrap_or(false);
        if !asked && holds_something.get() {
            persist.dispatch(());
            return true;
        }
        asked
    });
    Effect::new(move |first: Option<()>| {
        if saving.get() || (first.is_none() && wrote_before) {
            let before = log.get_untracked();
            let after = before.changed(now());
            if after != before {
                write_log(after);
            }
        }
    });

    let clock = use_now(RECHECK_MS);
    let due = Memo::new(move |_| log.get().reminder_due(clock.get()));
    let dismiss = move |_| write_log(log.get_untracked().dismissed(now()));
    move || {
        due.get().then(|| {
            let text = match log.get_untracked().days_since_export(clock.get_untracked()) {
                Some(days) => format!(
                    "Your workspace changed since the last backup, {days} days ago. It is kept in this browser only: export a copy."
                ),
                None => "Your workspace has never been exported. It is kept in this browser only: export a copy.".to_string(),
            };
            view! {
                <div class="notice backup-reminder" role="status">
                    <p>{text}</p>
                    <a href="#/exchange">"Export a backup"</a>
                    <button type="button" on:click=dismiss>"Not now"</button>
                </div>
            }
        })
    }
}
