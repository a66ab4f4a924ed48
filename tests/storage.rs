//! Storage in a real browser (headless Chromium through wasm-bindgen-test). Each test uses its
//! own database name and deletes it afterwards.
#![cfg(target_arch = "wasm32")]

use smarketing::domain::exchange::{StoreWrites, Writes};
use smarketing::domain::ids::PersonId;
use smarketing::domain::ids::{MeetingId, TallyEventId};
use smarketing::domain::person::{Person, Team};
use smarketing::domain::tally::{TallyEvent, TallyEventKind};
use smarketing::domain::time::Timestamp;
use smarketing::storage::{
    self, CURRENT_VERSION, StorageError, TallyArchive, all_tally_events, delete_database, get_all,
    get_all_by, indexes, open_at, put, stores, tally_events_of, write_import,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn person(n: u128, name: &str) -> Person {
    Person {
        id: PersonId::from_u128(n),
        name: name.into(),
        team: Team::Other {
            label: "Support".into(),
        },
        executive: false,
        core: true,
        active: true,
        executive_opt_in: false,
        email: Some("a@example.com".into()),
        group: None,
        created_at: Timestamp(1),
        updated_at: Timestamp(2),
    }
}

/// Tap `n` (also its time stamp) by person 1 in meeting `meeting`.
fn tap(n: u128, meeting: u128) -> TallyEvent {
    TallyEvent::new(
        TallyEventId::from_u128(n),
        MeetingId::from_u128(meeting),
        Timestamp(n as i64),
        0,
        TallyEventKind::Contribution {
            person: PersonId::from_u128(1),
        },
    )
}

#[wasm_bindgen_test]
async fn a_person_written_is_read_back_equal() {
    let name = "test-write-read";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    put(&db, stores::PEOPLE, &person(1, "Ada")).await.unwrap();
    put(&db, stores::PEOPLE, &person(2, "Bea")).await.unwrap();
    let people: Vec<Person> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert_eq!(people, vec![person(1, "Ada"), person(2, "Bea")]);
    db.close();
    delete_database(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_put_replaces_the_record_with_the_same_id_and_delete_removes_it() {
    let name = "test-replace-delete";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    put(&db, stores::PEOPLE, &person(1, "Ada")).await.unwrap();
    put(&db, stores::PEOPLE, &person(1, "Ada L."))
        .await
        .unwrap();
    let people: Vec<Person> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert_eq!(people, vec![person(1, "Ada L.")]);
    storage::delete(&db, stores::PEOPLE, PersonId::from_u128(1).to_string())
        .await
        .unwrap();
    let people: Vec<Person> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert!(people.is_empty());
    db.close();
    delete_database(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn data_survives_closing_and_reopening() {
    let name = "test-reopen";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    put(&db, stores::PEOPLE, &person(7, "Cy")).await.unwrap();
    db.close();
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    let people: Vec<Person> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert_eq!(people, vec![person(7, "Cy")]);
    db.close();
    delete_database(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn settings_are_kept_under_their_key() {
    let name = "test-settings";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    assert_eq!(
        storage::get_setting::<bool>(&db, "muted").await.unwrap(),
        None
    );
    storage::put_setting(&db, "muted", &true).await.unwrap();
    assert_eq!(
        storage::get_setting::<bool>(&db, "muted").await.unwrap(),
        Some(true)
    );
    db.close();
    delete_database(name).await.unwrap();
}

/// A database made by the first release (version 1) is upgraded in place and keeps its people.
#[wasm_bindgen_test]
async fn an_older_database_is_migrated_and_keeps_its_records() {
    let name = "test-migrate";
    let db = open_at(name, 1).await.unwrap();
    assert_eq!(db.version(), 1);
    put(&db, stores::PEOPLE, &person(3, "Dee")).await.unwrap();
    db.close();

    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    assert_eq!(db.version(), CURRENT_VERSION);
    let names = db.store_names();
    for store in stores::ALL {
        assert!(names.iter().any(|n| n == store), "missing store {store}");
    }
    let people: Vec<Person> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert_eq!(people, vec![person(3, "Dee")]);
    db.close();
    delete_database(name).await.unwrap();
}

/// A record written before a field existed still reads, with the field's default.
#[wasm_bindgen_test]
async fn a_person_stored_without_later_fields_still_reads() {
    let name = "test-old-record";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    let old = serde_json::json!({
        "id": PersonId::from_u128(9).to_string(),
        "name": "Eve",
        "team": { "kind": "sales" },
        "executive": true,
        "core": false,
        "active": true,
        "created_at": 5,
        "updated_at": 6
    });
    put(&db, stores::PEOPLE, &old).await.unwrap();
    let people: Vec<Person> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "Eve");
    assert!(!people[0].executive_opt_in);
    assert_eq!(people[0].email, None);
    db.close();
    delete_database(name).await.unwrap();
}

/// The path the app takes when storage is refused: opening reports an error, never panics.
/// Here the database on disk is newer than the version asked for.
#[wasm_bindgen_test]
async fn opening_a_newer_database_is_refused_with_a_clear_error() {
    let name = "test-newer";
    let db = open_at(name, CURRENT_VERSION + 1).await.unwrap();
    db.close();
    let error = open_at(name, CURRENT_VERSION).await.unwrap_err();
    assert_eq!(error, StorageError::NewerVersion);
    assert!(error.to_string().contains("newer version"));
    delete_database(name).await.unwrap();
}

/// Opening a meeting reads only its own taps, through the meeting index.
#[wasm_bindgen_test]
async fn tally_events_are_read_back_per_meeting() {
    let name = "test-tally-index";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    for (n, meeting) in [(1, 10), (2, 20), (3, 10)] {
        put(&db, stores::TALLY_EVENTS, &tap(n, meeting))
            .await
            .unwrap();
    }
    let mut events: Vec<TallyEvent> = get_all_by(
        &db,
        indexes::TALLY_BY_MEETING,
        MeetingId::from_u128(10).to_string(),
    )
    .await
    .unwrap();
    events.sort_by_key(|e| e.at);
    assert_eq!(events, vec![tap(1, 10), tap(3, 10)]);
    db.close();
    delete_database(name).await.unwrap();
}

/// All or nothing: a batch with one record that cannot be stored writes none of them.
#[wasm_bindgen_test]
async fn a_failed_batch_writes_nothing() {
    let name = "test-batch";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    let good = serde_json::to_value(person(1, "Ada")).unwrap();
    let without_key = serde_json::json!({ "name": "no id" });
    let result = storage::put_all(&db, stores::PEOPLE, &[good, without_key]).await;
    assert!(matches!(result, Err(StorageError::Write(_))));
    let people: Vec<Person> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert!(people.is_empty());
    db.close();
    delete_database(name).await.unwrap();
}

/// Imported taps go into one archive per meeting; readers see them with the appended ones, and
/// a replace that drops some takes them out of the archive.
#[wasm_bindgen_test]
async fn imported_taps_are_archived_per_meeting_and_read_with_appended_ones() {
    let name = "test-tally-archive";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    put(&db, stores::TALLY_EVENTS, &tap(1, 10)).await.unwrap();
    let imported = Writes {
        tally_events: StoreWrites {
            puts: vec![tap(2, 10), tap(3, 10), tap(4, 20)],
            deletes: Vec::new(),
        },
        ..Writes::default()
    };
    write_import(&db, &imported).await.unwrap();
    let mut of_ten = tally_events_of(&db, MeetingId::from_u128(10))
        .await
        .unwrap();
    of_ten.sort_by_key(|e| e.at);
    assert_eq!(of_ten, vec![tap(1, 10), tap(2, 10), tap(3, 10)]);
    assert_eq!(all_tally_events(&db).await.unwrap().len(), 4);
    let archived: Vec<TallyEvent> = get_all_by(
        &db,
        indexes::TALLY_BY_MEETING,
        MeetingId::from_u128(10).to_string(),
    )
    .await
    .unwrap();
    assert_eq!(
        archived,
        vec![tap(1, 10)],
        "imports do not add single records"
    );

    let replace = Writes {
        tally_events: StoreWrites {
            puts: Vec::new(),
            deletes: vec![TallyEventId::from_u128(1), TallyEventId::from_u128(3)],
        },
        ..Writes::default()
    };
    write_import(&db, &replace).await.unwrap();
    let of_ten = tally_events_of(&db, MeetingId::from_u128(10))
        .await
        .unwrap();
    assert_eq!(of_ten, vec![tap(2, 10)]);

    // Deleting a meeting's taps takes both kinds and leaves other meetings alone.
    put(&db, stores::TALLY_EVENTS, &tap(5, 10)).await.unwrap();
    storage::delete_tally_of(&db, MeetingId::from_u128(10))
        .await
        .unwrap();
    assert!(
        tally_events_of(&db, MeetingId::from_u128(10))
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(all_tally_events(&db).await.unwrap(), vec![tap(4, 20)]);
    db.close();
    delete_database(name).await.unwrap();
}

/// The first archives held their taps as a list; they still read, and an import rewrites them.
#[wasm_bindgen_test]
async fn archives_in_the_first_layout_still_read() {
    let name = "test-tally-archive-v1";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    let first = TallyArchive::listed(MeetingId::from_u128(10), vec![tap(1, 10), tap(2, 10)]);
    put(&db, stores::TALLY_ARCHIVES, &first).await.unwrap();
    assert_eq!(
        tally_events_of(&db, MeetingId::from_u128(10))
            .await
            .unwrap(),
        vec![tap(1, 10), tap(2, 10)]
    );
    let imported = Writes {
        tally_events: StoreWrites {
            puts: vec![tap(3, 10)],
            deletes: vec![TallyEventId::from_u128(1)],
        },
        ..Writes::default()
    };
    write_import(&db, &imported).await.unwrap();
    assert_eq!(
        all_tally_events(&db).await.unwrap(),
        vec![tap(2, 10), tap(3, 10)]
    );
    db.close();
    delete_database(name).await.unwrap();
}

/// An import writes records through JSON, where a missing value is `null`: they read back
/// as they were.
#[wasm_bindgen_test]
async fn imported_records_read_back_equal() {
    let name = "test-import-records";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    let mut without_email = person(2, "Bo");
    without_email.email = None;
    let imported = Writes {
        people: StoreWrites {
            puts: vec![person(1, "Al"), without_email.clone()],
            deletes: Vec::new(),
        },
        ..Writes::default()
    };
    write_import(&db, &imported).await.unwrap();
    let people: Vec<Person> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert_eq!(people, vec![person(1, "Al"), without_email]);
    db.close();
    delete_database(name).await.unwrap();
}

/// Another tab opening a newer version is not left waiting: this connection gives way.
#[wasm_bindgen_test]
async fn an_open_connection_gives_way_to_a_newer_version() {
    let name = "test-newer-version";
    let db = open_at(name, CURRENT_VERSION).await.unwrap();
    let gave_way = std::rc::Rc::new(std::cell::Cell::new(false));
    let (waiting, flag) = (db.clone(), gave_way.clone());
    wasm_bindgen_futures::spawn_local(async move {
        flag.set(waiting.yield_to_newer_version().await);
    });
    // Blocked by the open connection, this would never finish.
    let newer = open_at(name, CURRENT_VERSION + 1).await.unwrap();
    assert!(gave_way.get());
    newer.close();
    db.close();
    delete_database(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_tab_that_takes_the_turn_last_keeps_it() {
    use std::cell::Cell;
    use std::rc::Rc;
    let first = storage::TabTurn::take().expect("Chromium has BroadcastChannel");
    let first_stopped = Rc::new(Cell::new(false));
    let _first_listens = first.when_taken({
        let stopped = first_stopped.clone();
        move || stopped.set(true)
    });
    let second = storage::TabTurn::take().expect("Chromium has BroadcastChannel");
    let second_stopped = Rc::new(Cell::new(false));
    let _second_listens = second.when_taken({
        let stopped = second_stopped.clone();
        move || stopped.set(true)
    });
    // An old claim, as from a tab restored a moment earlier, arrives late.
    web_sys::BroadcastChannel::new("smarketing-tabs")
        .unwrap()
        .post_message(&js_sys::Array::of2(&1.0.into(), &0.5.into()))
        .unwrap();
    gloo_timers::future::TimeoutFuture::new(100).await;
    assert!(first_stopped.get(), "the first tab stops for the second");
    assert!(
        !second_stopped.get(),
        "the second tab ignores an older claim"
    );
}
