//! Storage in a real browser (headless Chromium through wasm-bindgen-test). Each test uses its
//! own database name and deletes it afterwards.
#![cfg(target_arch = "wasm32")]

#[allow(dead_code)] // each user of the generator takes only part of it
#[path = "support/generate.rs"]
mod generate;

use smarketing::domain::exchange::{StoreWrites, Writes};
use smarketing::domain::ids::PersonId;
use smarketing::domain::ids::{
    AlignmentScoreId, DecisionId, MeetingId, PlaybookEntryId, ReadingId, StatementId, TallyEventId,
};
use smarketing::domain::person::Person;
use smarketing::domain::person::TeamKind;
use smarketing::domain::playbook::{
    Agreement, AlignmentScore, Decision, EntryContent, PlaybookEntry, Reading, Statement, Topic,
};
use smarketing::domain::tally::{TallyEvent, TallyEventKind};
use smarketing::domain::time::Timestamp;
use smarketing::storage::{
    self, CURRENT_VERSION, StorageError, StoreRead, TallyArchive, all_tally_events, append,
    delete_database, get_all, get_all_by, indexes, open_at, put, read_all, stores, tally_events_of,
    write_import,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn person(n: u128, name: &str) -> Person {
    Person {
        core: true,
        email: Some("a@example.com".into()),
        created_at: Timestamp(1),
        updated_at: Timestamp(2),
        ..Person::member(
            PersonId::from_u128(n),
            name,
            TeamKind::Other.with_label("Support"),
        )
    }
}

/// The test's database `name`, opened at the current version.
async fn open_current(name: &str) -> storage::Db {
    open_at(name, CURRENT_VERSION).await.unwrap()
}

/// Everyone in the people store.
async fn people_in(db: &storage::Db) -> Vec<Person> {
    get_all(db, stores::PEOPLE).await.unwrap()
}

/// Closes the test's connection and deletes its database.
async fn close_and_delete(db: storage::Db, name: &str) {
    db.close();
    delete_database(name).await.unwrap();
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
    let db = open_current(name).await;
    put(&db, stores::PEOPLE, &person(1, "Ada")).await.unwrap();
    put(&db, stores::PEOPLE, &person(2, "Bea")).await.unwrap();
    assert_eq!(
        people_in(&db).await,
        vec![person(1, "Ada"), person(2, "Bea")]
    );
    close_and_delete(db, name).await;
}

#[wasm_bindgen_test]
async fn a_put_replaces_the_record_with_the_same_id_and_delete_removes_it() {
    let name = "test-replace-delete";
    let db = open_current(name).await;
    put(&db, stores::PEOPLE, &person(1, "Ada")).await.unwrap();
    put(&db, stores::PEOPLE, &person(1, "Ada L."))
        .await
        .unwrap();
    assert_eq!(people_in(&db).await, vec![person(1, "Ada L.")]);
    storage::delete(&db, stores::PEOPLE, PersonId::from_u128(1).to_string())
        .await
        .unwrap();
    assert!(people_in(&db).await.is_empty());
    close_and_delete(db, name).await;
}

#[wasm_bindgen_test]
async fn data_survives_closing_and_reopening() {
    let name = "test-reopen";
    let db = open_current(name).await;
    put(&db, stores::PEOPLE, &person(7, "Cy")).await.unwrap();
    db.close();
    let db = open_current(name).await;
    assert_eq!(people_in(&db).await, vec![person(7, "Cy")]);
    close_and_delete(db, name).await;
}

#[wasm_bindgen_test]
async fn settings_are_kept_under_their_key() {
    let name = "test-settings";
    let db = open_current(name).await;
    assert_eq!(
        storage::get_setting::<bool>(&db, "muted").await.unwrap(),
        None
    );
    storage::put_setting(&db, "muted", &true).await.unwrap();
    assert_eq!(
        storage::get_setting::<bool>(&db, "muted").await.unwrap(),
        Some(true)
    );
    close_and_delete(db, name).await;
}

/// A database made by the first release (version 1) is upgraded in place and keeps its people.
#[wasm_bindgen_test]
async fn an_older_database_is_migrated_and_keeps_its_records() {
    let name = "test-migrate";
    let db = open_at(name, 1).await.unwrap();
    assert_eq!(db.version(), 1);
    put(&db, stores::PEOPLE, &person(3, "Dee")).await.unwrap();
    db.close();

    let db = open_current(name).await;
    assert_eq!(db.version(), CURRENT_VERSION);
    let names = db.store_names();
    for store in stores::ALL {
        assert!(names.iter().any(|n| n == store), "missing store {store}");
    }
    assert_eq!(people_in(&db).await, vec![person(3, "Dee")]);
    close_and_delete(db, name).await;
}

/// A record written before a field existed still reads, with the field's default.
#[wasm_bindgen_test]
async fn a_person_stored_without_later_fields_still_reads() {
    let name = "test-old-record";
    let db = open_current(name).await;
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
    let people = people_in(&db).await;
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "Eve");
    assert!(!people[0].executive_opt_in);
    assert_eq!(people[0].email, None);
    close_and_delete(db, name).await;
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
    let db = open_current(name).await;
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
    close_and_delete(db, name).await;
}

/// All or nothing: a batch with one record that cannot be stored writes none of them.
#[wasm_bindgen_test]
async fn a_failed_batch_writes_nothing() {
    let name = "test-batch";
    let db = open_current(name).await;
    let good = serde_json::to_value(person(1, "Ada")).unwrap();
    let without_key = serde_json::json!({ "name": "no id" });
    let result = storage::put_all(&db, stores::PEOPLE, &[good, without_key]).await;
    assert!(matches!(result, Err(StorageError::Write(_))));
    assert!(people_in(&db).await.is_empty());
    close_and_delete(db, name).await;
}

/// Imported taps go into one archive per meeting; readers see them with the appended ones, and
/// a replace that drops some takes them out of the archive.
#[wasm_bindgen_test]
async fn imported_taps_are_archived_per_meeting_and_read_with_appended_ones() {
    let name = "test-tally-archive";
    let db = open_current(name).await;
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
    assert_eq!(all_tally_events(&db).await.unwrap().records.len(), 4);
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
    assert_eq!(
        all_tally_events(&db).await.unwrap().records,
        vec![tap(4, 20)]
    );
    close_and_delete(db, name).await;
}

/// The first archives held their taps as a list; they still read, and an import rewrites them.
#[wasm_bindgen_test]
async fn archives_in_the_first_layout_still_read() {
    let name = "test-tally-archive-v1";
    let db = open_current(name).await;
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
        all_tally_events(&db).await.unwrap().records,
        vec![tap(2, 10), tap(3, 10)]
    );
    close_and_delete(db, name).await;
}

/// An import writes records through JSON, where a missing value is `null`: they read back
/// as they were.
#[wasm_bindgen_test]
async fn imported_records_read_back_equal() {
    let name = "test-import-records";
    let db = open_current(name).await;
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
    assert_eq!(people_in(&db).await, vec![person(1, "Al"), without_email]);
    close_and_delete(db, name).await;
}

/// Another tab opening a newer version is not left waiting: this connection gives way.
#[wasm_bindgen_test]
async fn an_open_connection_gives_way_to_a_newer_version() {
    let name = "test-newer-version";
    let db = open_current(name).await;
    let gave_way = std::rc::Rc::new(std::cell::Cell::new(false));
    let (waiting, flag) = (db.clone(), gave_way.clone());
    wasm_bindgen_futures::spawn_local(async move {
        flag.set(waiting.yield_to_newer_version().await);
    });
    // Blocked by the open connection, this would never finish.
    let newer = open_at(name, CURRENT_VERSION + 1).await.unwrap();
    assert!(gave_way.get());
    newer.close();
    close_and_delete(db, name).await;
}

/// Two connections to one database are two tabs. The bug: two tabs opened at once both kept
/// saving, and a stale copy in one overwrote a rename made in the other.
#[wasm_bindgen_test]
async fn the_tab_that_takes_the_turn_last_is_the_only_one_that_writes() {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    let name = "test-tab-turns";
    let tab_a = open_current(name).await;
    let turn_a = storage::TabTurn::take(&tab_a).await.unwrap();
    let a_stopped = Rc::new(Cell::new(false));
    turn_a.when_taken({
        let stopped = a_stopped.clone();
        move || stopped.set(true)
    });
    put(&tab_a, stores::PEOPLE, &person(1, "Ada"))
        .await
        .unwrap();

    // A's rename is on its way when B opens: B either reads it or A is told it failed.
    let tab_b = open_current(name).await;
    let a_rename = Rc::new(RefCell::new(None));
    wasm_bindgen_futures::spawn_local({
        let (tab_a, outcome) = (tab_a.clone(), a_rename.clone());
        async move {
            let result = put(&tab_a, stores::PEOPLE, &person(1, "Ada Lovelace")).await;
            *outcome.borrow_mut() = Some(result);
        }
    });
    let turn_b = storage::TabTurn::take(&tab_b).await.unwrap();
    let b_stopped = Rc::new(Cell::new(false));
    turn_b.when_taken({
        let stopped = b_stopped.clone();
        move || stopped.set(true)
    });
    let read_by_b = people_in(&tab_b).await;
    gloo_timers::future::TimeoutFuture::new(50).await;
    match a_rename
        .borrow_mut()
        .take()
        .expect("A's write has finished")
    {
        Ok(()) => assert_eq!(read_by_b, vec![person(1, "Ada Lovelace")], "B read it"),
        Err(error) => {
            assert_eq!(error, StorageError::OtherTab);
            assert_eq!(read_by_b, vec![person(1, "Ada")]);
        }
    }

    // From now on only B writes, and A hears of it.
    assert_eq!(
        put(&tab_a, stores::PEOPLE, &person(1, "Stale copy")).await,
        Err(StorageError::OtherTab)
    );
    assert_eq!(
        storage::delete(&tab_a, stores::PEOPLE, PersonId::from_u128(1).to_string()).await,
        Err(StorageError::OtherTab)
    );
    put(&tab_b, stores::PEOPLE, &person(2, "Bea"))
        .await
        .unwrap();
    let people = people_in(&tab_b).await;
    assert_eq!(people.len(), 2);
    assert!(people.iter().all(|p| p.name != "Stale copy"));
    assert!(a_stopped.get(), "A is told at once");
    // An old turn, as from a tab restored a moment earlier, arrives late: B keeps writing.
    web_sys::BroadcastChannel::new("smarketing-tabs")
        .unwrap()
        .post_message(&1.0.into())
        .unwrap();
    gloo_timers::future::TimeoutFuture::new(50).await;
    assert!(!b_stopped.get(), "B ignores an older turn");
    // The turns' listeners hold copies of the handles: close the connections themselves.
    tab_a.close_for_test();
    tab_b.close_for_test();
    delete_database(name).await.unwrap();
}

/// The bug: an `updated_at` of 9223372036854775807 came back from IndexedDB as
/// 9223372036854776000, and from then on the whole people store failed to read. Now the one
/// record is counted and left as it is, and the others load.
#[wasm_bindgen_test]
async fn one_unreadable_record_costs_only_itself_and_is_left_as_stored() {
    let name = "test-unreadable-record";
    let db = open_current(name).await;
    put(&db, stores::PEOPLE, &person(1, "Ada")).await.unwrap();
    let mut broken = serde_json::to_value(person(2, "Bea")).unwrap();
    broken["updated_at"] = serde_json::json!(i64::MAX);
    put(&db, stores::PEOPLE, &broken).await.unwrap();
    put(&db, stores::PEOPLE, &person(3, "Cy")).await.unwrap();

    let read: StoreRead<Person> = read_all(&db, stores::PEOPLE).await.unwrap();
    assert_eq!(read.records, vec![person(1, "Ada"), person(3, "Cy")]);
    assert_eq!(read.unreadable, 1);
    assert!(
        get_all::<Person>(&db, stores::PEOPLE).await.is_err(),
        "read as a whole, the store still fails: the record really is unreadable"
    );
    let stored: Vec<serde_json::Value> = get_all(&db, stores::PEOPLE).await.unwrap();
    assert_eq!(stored.len(), 3, "reading removes nothing");
    assert_eq!(stored[1]["name"], "Bea");
    close_and_delete(db, name).await;
}

/// The same for the tally: one tap that does not read (or one imported meeting's archive) costs
/// only itself. Before, History and every export failed whole on it.
#[wasm_bindgen_test]
async fn one_unreadable_tap_or_archive_costs_only_itself() {
    let name = "test-unreadable-tap";
    let db = open_current(name).await;
    append(&db, stores::TALLY_EVENTS, &tap(1, 10))
        .await
        .unwrap();
    let mut broken = serde_json::to_value(tap(2, 11)).unwrap();
    broken["at"] = serde_json::json!("not a time");
    put(&db, stores::TALLY_EVENTS, &broken).await.unwrap();
    put(
        &db,
        stores::TALLY_ARCHIVES,
        &serde_json::json!({ "meeting_id": "not an id", "events": "[" }),
    )
    .await
    .unwrap();

    let read = all_tally_events(&db).await.unwrap();
    assert_eq!(read.records, vec![tap(1, 10)]);
    assert_eq!(read.unreadable, 2);
    let stored: Vec<serde_json::Value> = get_all(&db, stores::TALLY_EVENTS).await.unwrap();
    assert_eq!(stored.len(), 2, "reading removes nothing");
    close_and_delete(db, name).await;
}

/// A small deterministic generator (xorshift), for the property test below: proptest does not
/// run in the browser.
struct Draws(u64);

impl Draws {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Every number in `value`, as a path of keys and indexes.
fn number_paths(value: &serde_json::Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        serde_json::Value::Number(_) => out.push(at.clone()),
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                at.push(index.to_string());
                number_paths(item, at, out);
                at.pop();
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                at.push(key.clone());
                number_paths(item, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn number_at<'a>(value: &'a mut serde_json::Value, path: &[String]) -> &'a mut serde_json::Value {
    path.iter().fold(value, |value, step| match value {
        serde_json::Value::Array(items) => &mut items[step.parse::<usize>().unwrap()],
        other => &mut other[step.as_str()],
    })
}

/// Asserts that `store` holds exactly `expected` (in id order, as the store reads back) in the
/// property's case number `case`.
async fn assert_store_holds<T>(db: &storage::Db, store: &'static str, expected: &[T], case: usize)
where
    T: smarketing::domain::exchange::Record,
{
    let stored: Vec<T> = get_all(db, store).await.unwrap();
    let mut expected = expected.to_vec();
    expected.sort_by_key(|record| record.id());
    assert_eq!(stored, expected, "case {case}: {store}");
}

/// Property: whatever the import check accepts survives a write to IndexedDB and a read back
/// unchanged. Each case puts extreme numbers (the largest exact whole number, the ends of a
/// JavaScript date, past them, random ones) at random places in a small exported workspace;
/// the accepted files are imported into an empty database and every store is read back.
#[wasm_bindgen_test]
async fn every_file_the_check_accepts_reads_back_from_indexeddb_unchanged() {
    use crate::generate::{WorkspaceShape, generate_workspace};
    use smarketing::domain::exchange::{
        ExistingIds, ImportMode, MAX_EXACT_WHOLE_NUMBER, WorkspaceSnapshot, export_workspace,
        plan_import, read_import,
    };
    use smarketing::domain::scheduler::ScheduleSettings;
    let exact = MAX_EXACT_WHOLE_NUMBER as i64;
    let extremes = [
        0,
        1,
        -1,
        exact,
        -exact,
        exact + 1,
        Timestamp::LIMIT_MS,
        -Timestamp::LIMIT_MS,
        Timestamp::LIMIT_MS + 1,
        i64::MAX,
        i64::MIN,
        4_294_967_295,
        86_400_000,
    ];
    let original = generate_workspace(&WorkspaceShape::SMALL, 7);
    let exported: serde_json::Value =
        serde_json::from_str(&export_workspace(&original, "0.1.0", Timestamp(1)).to_json())
            .unwrap();
    let mut paths = Vec::new();
    number_paths(&exported, &mut Vec::new(), &mut paths);
    let mut draws = Draws(0x5eed_1234_abcd_ef01);
    let (mut accepted, mut refused) = (0, 0);
    for case in 0..200 {
        let mut file = exported.clone();
        for _ in 0..1 + draws.below(2) {
            let path = &paths[draws.below(paths.len())];
            let number = match draws.below(3) {
                0 => extremes[draws.below(extremes.len())],
                1 => draws.below(10) as i64,
                _ => (draws.next() >> (draws.below(40) as u32 + 11)) as i64 - (1 << 30),
            };
            *number_at(&mut file, path) = serde_json::json!(number);
        }
        let Ok(checked) = read_import(&file.to_string(), &ExistingIds::default()) else {
            refused += 1;
            continue;
        };
        accepted += 1;
        let name = format!("test-property-round-trip-{case}");
        let db = open_at(&name, CURRENT_VERSION).await.unwrap();
        let plan = plan_import(&WorkspaceSnapshot::default(), &checked, ImportMode::Replace);
        write_import(&db, &plan.writes).await.unwrap();
        let records = checked.records();
        assert_store_holds(&db, stores::PEOPLE, &records.people, case).await;
        assert_store_holds(&db, stores::MEETINGS, &records.meetings, case).await;
        assert_store_holds(&db, stores::TEMPLATES, &records.templates, case).await;
        assert_store_holds(&db, stores::PROBLEMS, &records.problems, case).await;
        assert_store_holds(&db, stores::ACTION_ITEMS, &records.action_items, case).await;
        assert_store_holds(&db, stores::MINUTES, &records.minutes, case).await;
        let mut taps = all_tally_events(&db).await.unwrap().records;
        taps.sort_by_key(|t| t.id);
        let mut expected = records.tally_events.clone();
        expected.sort_by_key(|t| t.id);
        assert_eq!(taps, expected, "case {case}: taps");
        let settings: Option<ScheduleSettings> =
            storage::get_setting(&db, storage::SCHEDULE_SETTING)
                .await
                .unwrap();
        assert_eq!(settings, records.schedule_settings, "case {case}: settings");
        assert_store_holds(
            &db,
            stores::PLAYBOOK_ENTRIES,
            &records.playbook_entries,
            case,
        )
        .await;
        assert_store_holds(&db, stores::DECISIONS, &records.decisions, case).await;
        assert_store_holds(&db, stores::READINGS, &records.readings, case).await;
        assert_store_holds(&db, stores::STATEMENTS, &records.alignment_statements, case).await;
        assert_store_holds(
            &db,
            stores::ALIGNMENT_SCORES,
            &records.alignment_scores,
            case,
        )
        .await;
        close_and_delete(db, &name).await;
    }
    assert!(accepted >= 40, "accepted {accepted}, refused {refused}");
}

/// The bug: after a full disk Chromium closed the connection and every later edit failed with
/// "database connection is closing". Such a failure is told apart, and a new connection (which
/// keeps the tab's turn) writes again.
#[wasm_bindgen_test]
async fn a_closed_connection_is_told_apart_and_a_reopened_one_writes_with_the_same_turn() {
    let name = "test-closed-connection";
    let db = open_current(name).await;
    let turn = db.take_turn().await.unwrap();
    db.close_for_test();
    assert_eq!(
        put(&db, stores::PEOPLE, &person(1, "Ada")).await,
        Err(StorageError::Closed)
    );
    let reopened = db.reopen().await.unwrap();
    assert_eq!(reopened.turn(), Some(turn));
    put(&reopened, stores::PEOPLE, &person(1, "Ada"))
        .await
        .unwrap();
    // Another tab takes the turn: the reopened connection is refused like the first.
    let other = open_current(name).await;
    other.take_turn().await.unwrap();
    assert_eq!(
        put(&reopened, stores::PEOPLE, &person(1, "Stale")).await,
        Err(StorageError::OtherTab)
    );
    assert_eq!(people_in(&other).await, vec![person(1, "Ada")]);
    reopened.close();
    other.close();
    drop(db);
    delete_database(name).await.unwrap();
}

/// Seen on a full disk: Chromium emptied the database under the app, the stored turn went with
/// everything else, and the next edit said another tab had taken over (so "Use here" would
/// have saved into the empty database). An emptied database is told apart, and nothing is
/// written into it.
#[wasm_bindgen_test]
async fn an_emptied_database_is_told_apart_from_another_tab_and_nothing_is_written_into_it() {
    let name = "test-emptied-database";
    let db = open_current(name).await;
    db.take_turn().await.unwrap();
    put(&db, stores::PEOPLE, &person(1, "Ada")).await.unwrap();
    // What the browser leaves: the same stores, empty. (A connection that never took a turn
    // writes unconditionally; "writer_turn" is where storage::Db keeps the turn.)
    let browser = open_current(name).await;
    storage::delete(&browser, stores::PEOPLE, PersonId::from_u128(1).to_string())
        .await
        .unwrap();
    storage::delete(&browser, stores::SETTINGS, "writer_turn".to_string())
        .await
        .unwrap();
    assert_eq!(
        put(&db, stores::PEOPLE, &person(2, "Bo")).await,
        Err(StorageError::Emptied)
    );
    assert_eq!(people_in(&browser).await, Vec::<Person>::new());
    // Another tab's turn is still told as such.
    browser.take_turn().await.unwrap();
    assert_eq!(
        put(&db, stores::PEOPLE, &person(2, "Bo")).await,
        Err(StorageError::OtherTab)
    );
    browser.close();
    close_and_delete(db, name).await;
}

/// The bug: an older tab that did not let go of the database left a new version on "Opening
/// your data…" with no word why. The upgrade says it is blocked, and finishes once the older
/// connection closes.
#[wasm_bindgen_test]
async fn a_blocked_upgrade_says_so_and_finishes_when_the_older_connection_closes() {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    let name = "test-blocked-upgrade";
    // An older app, holding its connection and ignoring the request to close it.
    let older = open_at(name, 1).await.unwrap();
    let blocked = Rc::new(Cell::new(false));
    let opened = Rc::new(RefCell::new(None));
    wasm_bindgen_futures::spawn_local({
        let (blocked, opened) = (blocked.clone(), opened.clone());
        async move {
            let db =
                storage::open_blockable(name, CURRENT_VERSION, move || blocked.set(true)).await;
            *opened.borrow_mut() = Some(db);
        }
    });
    gloo_timers::future::TimeoutFuture::new(200).await;
    assert!(blocked.get(), "the wait is reported");
    assert!(opened.borrow().is_none(), "the upgrade waits");
    older.close();
    gloo_timers::future::TimeoutFuture::new(200).await;
    let db = opened
        .borrow_mut()
        .take()
        .expect("opened once the older tab let go")
        .unwrap();
    assert_eq!(db.version(), CURRENT_VERSION);
    close_and_delete(db, name).await;
}

fn agreed_entry(n: u128) -> PlaybookEntry {
    let mut entry = PlaybookEntry::new(
        PlaybookEntryId::from_u128(n),
        Topic::TargetMarket,
        &EntryContent::Text {
            body: "Mid-size software firms in the EU".into(),
        },
        Timestamp(10),
    )
    .unwrap();
    entry
        .agree(
            Agreement {
                meeting: MeetingId::from_u128(1),
                on: chrono::NaiveDate::from_ymd_opt(2030, 1, 8).unwrap(),
                attendees: vec![PersonId::from_u128(1), PersonId::from_u128(2)],
                recorded_at: Timestamp(11),
            },
            Timestamp(11),
        )
        .unwrap();
    entry
        .edit(
            &EntryContent::Text {
                body: "Mid-size software firms in Europe".into(),
            },
            Timestamp(12),
        )
        .unwrap();
    entry
}

/// One record of each playbook kind, as the app makes them.
struct PlaybookRecords {
    entry: PlaybookEntry,
    decision: Decision,
    reading: Reading,
    statement: Statement,
    score: AlignmentScore,
}

fn playbook_records() -> PlaybookRecords {
    let entry = agreed_entry(5);
    let on = chrono::NaiveDate::from_ymd_opt(2030, 1, 8).unwrap();
    PlaybookRecords {
        decision: Decision::agreed(
            DecisionId::from_u128(6),
            &entry,
            1,
            MeetingId::from_u128(1),
            on,
            Timestamp(11),
        ),
        reading: Reading {
            id: ReadingId::from_u128(7),
            entry: entry.id,
            meeting: MeetingId::from_u128(1),
            period_end: on,
            actual: "12.5".parse().unwrap(),
            created_at: Timestamp(13),
            updated_at: Timestamp(13),
        },
        statement: Statement::new(
            StatementId::from_u128(8),
            "We work from one funnel.",
            0,
            Timestamp(14),
        )
        .unwrap(),
        score: AlignmentScore {
            id: AlignmentScoreId::from_u128(9),
            meeting: MeetingId::from_u128(1),
            on,
            statement: StatementId::from_u128(8),
            person: PersonId::from_u128(1),
            team: TeamKind::Sales,
            score: 4,
            updated_at: Timestamp(15),
        },
        entry,
    }
}

async fn put_playbook(db: &storage::Db, records: &PlaybookRecords) {
    put(db, stores::PLAYBOOK_ENTRIES, &records.entry)
        .await
        .unwrap();
    put(db, stores::DECISIONS, &records.decision).await.unwrap();
    put(db, stores::READINGS, &records.reading).await.unwrap();
    put(db, stores::STATEMENTS, &records.statement)
        .await
        .unwrap();
    put(db, stores::ALIGNMENT_SCORES, &records.score)
        .await
        .unwrap();
}

async fn assert_playbook_reads_back(db: &storage::Db, records: &PlaybookRecords) {
    let entries: StoreRead<PlaybookEntry> = read_all(db, stores::PLAYBOOK_ENTRIES).await.unwrap();
    assert_eq!(entries.records, vec![records.entry.clone()]);
    assert_eq!(entries.unreadable, 0);
    assert_eq!(entries.records[0].versions().len(), 2, "both versions kept");
    let decisions: Vec<Decision> = get_all(db, stores::DECISIONS).await.unwrap();
    assert_eq!(decisions, vec![records.decision.clone()]);
    let readings: Vec<Reading> = get_all(db, stores::READINGS).await.unwrap();
    assert_eq!(readings, vec![records.reading.clone()]);
    let statements: Vec<Statement> = get_all(db, stores::STATEMENTS).await.unwrap();
    assert_eq!(statements, vec![records.statement.clone()]);
    let scores: Vec<AlignmentScore> = get_all(db, stores::ALIGNMENT_SCORES).await.unwrap();
    assert_eq!(scores, vec![records.score.clone()]);
}

/// The playbook's records, versions and agreements included, survive closing the database.
#[wasm_bindgen_test]
async fn playbook_records_survive_reopening() {
    let name = "test-playbook-reopen";
    let db = open_current(name).await;
    let records = playbook_records();
    put_playbook(&db, &records).await;
    db.close();
    let db = open_current(name).await;
    assert_playbook_reads_back(&db, &records).await;
    close_and_delete(db, name).await;
}

/// A database of the version before the playbook (5) is upgraded in place: everything it held
/// stays, and the playbook's stores are there, empty, then written.
#[wasm_bindgen_test]
async fn the_playbook_upgrade_keeps_the_older_data() {
    let name = "test-playbook-upgrade";
    let before = CURRENT_VERSION - 1;
    let db = open_at(name, before).await.unwrap();
    assert!(
        !db.store_names()
            .iter()
            .any(|n| n == stores::PLAYBOOK_ENTRIES),
        "version {before} has no playbook"
    );
    put(&db, stores::PEOPLE, &person(3, "Dee")).await.unwrap();
    storage::put_setting(&db, "muted", &true).await.unwrap();
    db.close();

    let db = open_current(name).await;
    assert_eq!(people_in(&db).await, vec![person(3, "Dee")]);
    assert_eq!(
        storage::get_setting::<bool>(&db, "muted").await.unwrap(),
        Some(true)
    );
    let entries: Vec<PlaybookEntry> = get_all(&db, stores::PLAYBOOK_ENTRIES).await.unwrap();
    assert!(entries.is_empty());
    let records = playbook_records();
    put_playbook(&db, &records).await;
    assert_playbook_reads_back(&db, &records).await;
    close_and_delete(db, name).await;
}

/// One damaged entry costs only itself: the others read, and it stays stored as it was.
#[wasm_bindgen_test]
async fn an_unreadable_playbook_entry_is_counted_and_left_as_stored() {
    let name = "test-playbook-unreadable";
    let db = open_current(name).await;
    put(&db, stores::PLAYBOOK_ENTRIES, &agreed_entry(1))
        .await
        .unwrap();
    let mut broken = serde_json::to_value(agreed_entry(2)).unwrap();
    broken["topic"] = serde_json::json!("not_a_topic");
    put(&db, stores::PLAYBOOK_ENTRIES, &broken).await.unwrap();
    let read: StoreRead<PlaybookEntry> = read_all(&db, stores::PLAYBOOK_ENTRIES).await.unwrap();
    assert_eq!(read.records, vec![agreed_entry(1)]);
    assert_eq!(read.unreadable, 1);
    let stored: Vec<serde_json::Value> = get_all(&db, stores::PLAYBOOK_ENTRIES).await.unwrap();
    assert_eq!(stored.len(), 2);
    close_and_delete(db, name).await;
}
