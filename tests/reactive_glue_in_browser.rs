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
use smarketing::domain::ids::{MeetingId, ReadingId, TallyEventId};
use smarketing::domain::playbook::{EntryContent, PlaybookEntry, Reading, Topic};
use smarketing::domain::tally::{TallyEvent, TallyEventKind};
use smarketing::domain::time::Timestamp;
use smarketing::storage::{
    CURRENT_VERSION, Db, append, delete_database, get_all, open_at, put, stores, tally_events_of,
};
use smarketing::ui::state::{Persistence, PlaybookRead, PlaybookState};
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
    // What the backup reminder counts as a change, when it arrives after the first writes.
    assert!(!persistence.has_written(), "reading is not a change");

    session.tap(ben(), 0);
    assert!(persistence.has_written());
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

/// The Playbook page reads only the entries and the decision log; a page that shows the
/// scorecard (or an export) reads the rest later, and nothing typed in between is lost.
#[wasm_bindgen_test]
async fn the_playbook_reads_its_document_first_and_the_readings_when_asked() {
    let name = "glue-playbook";
    let (owner, db, persistence) = glue(name).await;
    let content = EntryContent::Text {
        body: "Companies of 50 to 500 people".into(),
    };
    let entry = PlaybookEntry::new(
        smarketing::domain::ids::PlaybookEntryId::from_u128(1),
        Topic::TargetMarket,
        &content,
        Timestamp(1),
    )
    .unwrap();
    let reading = Reading {
        id: ReadingId::from_u128(2),
        entry: entry.id,
        meeting: MeetingId::from_u128(3),
        period_end: chrono::NaiveDate::from_ymd_opt(2030, 1, 8).unwrap(),
        actual: "12.5".parse().unwrap(),
        created_at: Timestamp(2),
        updated_at: Timestamp(2),
    };
    put(&db, stores::PLAYBOOK_ENTRIES, &entry).await.unwrap();
    put(&db, stores::READINGS, &reading).await.unwrap();
    let playbook = PlaybookState::new(persistence);
    assert_eq!(playbook.read_untracked(), PlaybookRead::Nothing);

    playbook.load_document().await.unwrap();
    assert_eq!(playbook.read_untracked(), PlaybookRead::Document);
    assert_eq!(playbook.records_untracked().entries, vec![entry.clone()]);
    assert!(
        playbook.records_untracked().readings.is_empty(),
        "not read yet"
    );

    // An edit on the Playbook page, before the rest is read.
    let mut edited = entry.clone();
    let content = EntryContent::Text {
        body: "Companies of 50 to 800 people".into(),
    };
    edited.edit(&content, Timestamp(5)).unwrap();
    playbook.save_entry(edited.clone());

    playbook.load().await.unwrap();
    assert_eq!(playbook.read_untracked(), PlaybookRead::Whole);
    let records = playbook.records_untracked();
    assert_eq!(records.entries, vec![edited.clone()], "the edit is kept");
    assert_eq!(records.readings, vec![reading]);
    // Read once: a second call changes nothing.
    playbook.load_document().await.unwrap();
    assert_eq!(playbook.read_untracked(), PlaybookRead::Whole);

    all_saved(persistence).await;
    let stored: Vec<PlaybookEntry> = get_all(&db, stores::PLAYBOOK_ENTRIES).await.unwrap();
    assert_eq!(stored, vec![edited]);

    drop(owner);
    db.close();
    delete_database(name).await.unwrap();
}

/// A task left for an idle moment is cancelled with the view that queued it (its signals and
/// actions are disposed by then), and runs when queued on behalf of a view that stays.
#[wasm_bindgen_test]
async fn an_idle_task_does_not_outlive_the_view_that_queued_it() {
    use smarketing::ui::idle::{when_idle, when_idle_for};
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    let _ = Executor::init_wasm_bindgen();
    let ran = Rc::new(RefCell::new(Vec::<&str>::new()));
    let task = |name: &'static str| {
        let ran = ran.clone();
        move || ran.borrow_mut().push(name)
    };
    let stays = Owner::new();
    let leaves = stays.child();
    leaves.with(|| when_idle(task("left")));
    stays.with(|| when_idle(task("stays")));
    leaves.with(|| when_idle_for(Some(&stays), task("for the view that stays")));
    leaves.cleanup();
    // Idle callbacks run in the order they were queued: once this one has, so have the others.
    let done = Rc::new(Cell::new(false));
    when_idle({
        let done = done.clone();
        move || done.set(true)
    });
    for _ in 0..500 {
        if done.get() {
            break;
        }
        TimeoutFuture::new(2).await;
    }
    assert!(done.get(), "the browser was never idle");
    assert_eq!(*ran.borrow(), ["stays", "for the view that stays"]);
}
