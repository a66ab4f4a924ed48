//! The reactive glue over IndexedDB, under a Leptos `Owner`, in a real browser (wasm-bindgen-test
//! in headless Chromium): the live tally session stores each tap and reads them back. The same
//! glue in memory is tested natively in `reactive_glue.rs`.
#![cfg(target_arch = "wasm32")]

#[path = "support/tally.rs"]
mod tally;

use any_spawner::Executor;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use smarketing::domain::exchange::UnreadableRecords;
use smarketing::domain::ids::{MeetingId, TallyEventId};
use smarketing::domain::tally::{TallyEvent, TallyEventKind};
use smarketing::domain::time::Timestamp;
use smarketing::storage::{
    CURRENT_VERSION, Db, append, delete_database, open_at, stores, tally_events_of,
};
use smarketing::ui::state::Persistence;
use smarketing::ui::tally::TallySession;
use tally::{ada, ben, turns};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// An owner for the test's signals, an executor for its tasks, and the app's save queue over
/// a fresh database called `name`.
async fn glue(name: &str) -> (Owner, Db, Persistence) {
    let _ = Executor::init_wasm_bindgen();
    let _ = delete_database(name).await;
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    let owner = Owner::new();
    owner.set();
    let persistence = Persistence::new(
        Some(db.clone()),
        None,
        None,
        UnreadableRecords::default(),
        None,
    );
    (owner, db, persistence)
}

/// Until the save queue has written everything (the status line's "All changes saved").
async fn all_saved(persistence: Persistence) {
    for _ in 0..500 {
        if !persistence.is_saving() {
            return;
        }
        TimeoutFuture::new(2).await;
    }
    panic!("the writes did not finish");
}

#[wasm_bindgen_test]
async fn the_tally_reads_back_stored_taps_and_stores_each_new_one() {
    let name = "glue-tally";
    let (owner, db, persistence) = glue(name).await;
    let meeting = MeetingId::from_u128(7);
    let earlier = TallyEvent::new(
        TallyEventId::from_u128(1),
        meeting,
        Timestamp(1),
        0,
        TallyEventKind::Contribution { person: ada() },
    );
    append(&db, stores::TALLY_EVENTS, &earlier).await.unwrap();
    let (tick, _) = signal(Timestamp(10));

    let session = TallySession::open(meeting, vec![ada(), ben()], persistence, tick);
    assert!(!session.is_ready());
    // Before the earlier taps are read, a tap would be counted against a summary without them.
    session.tap(ben(), 0);
    session.ready().await;
    assert_eq!(turns(&session), [(ada(), 1), (ben(), 0)]);

    session.tap(ben(), 0);
    session.tap(ben(), 1);
    assert_eq!(turns(&session), [(ada(), 1), (ben(), 2)]);
    assert_eq!(session.undo_person(), Some(ben()));
    session.undo(1);
    assert_eq!(turns(&session), [(ada(), 1), (ben(), 1)]);

    all_saved(persistence).await;
    // The earlier tap, two taps and the undo: one appended event each.
    assert_eq!(tally_events_of(&db, meeting).await.unwrap().len(), 4);
    // A reload reads the same tally back.
    let reloaded = TallySession::open(meeting, vec![ada(), ben()], persistence, tick);
    reloaded.ready().await;
    assert_eq!(turns(&reloaded), [(ada(), 1), (ben(), 1)]);

    drop(owner);
    db.close();
    delete_database(name).await.unwrap();
}
