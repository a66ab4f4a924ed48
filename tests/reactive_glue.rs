//! The reactive glue between the domain and the pages, tested natively under a Leptos `Owner`
//! as leptos-use tests its hooks: the addresses of the pages, the live tally session and the
//! state handles the pages read and change. Natively the handles run in memory, as the app does
//! when the browser refuses storage; the same glue over IndexedDB is tested in a browser in
//! `reactive_glue_in_browser.rs`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/tally.rs"]
mod tally;

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use chrono::{NaiveDate, NaiveTime, Weekday};
use futures::executor::{LocalPool, LocalSpawner};
use futures::task::LocalSpawnExt;
use leptos::prelude::*;
use smarketing::domain::agenda::builtin_templates;
use smarketing::domain::exchange::UnreadableRecords;
use smarketing::domain::ids::{MeetingId, PersonId, TemplateId};
use smarketing::domain::person::{Person, Team};
use smarketing::domain::roster::{PersonDraft, check_draft};
use smarketing::domain::scheduler::{Cadence, Frequency, ScheduleSettings};
use smarketing::domain::time::Timestamp;
use smarketing::storage::StorageError;
use smarketing::ui::now::now;
use smarketing::ui::route::{Area, Route};
use smarketing::ui::state::{Persistence, RosterState, ScheduleState, TemplatesState};
use smarketing::ui::tally::TallySession;
use std::cell::RefCell;
use tally::{ada, ben, turns};

/// Leptos's tasks, run on the test's own thread whenever it calls `Executor::poll_local`: by
/// then every task the glue started, and every task those started, has run as far as it can.
/// No thread pool, so nothing finishes later than the test looks.
struct OnTheTestsThread {
    pool: RefCell<LocalPool>,
    spawner: LocalSpawner,
}

impl OnTheTestsThread {
    fn start() {
        let pool = LocalPool::new();
        let spawner = pool.spawner();
        // Each test thread has its own; only the first call sets the global dispatch to them.
        let _ = Executor::init_local_custom_executor(OnTheTestsThread {
            pool: RefCell::new(pool),
            spawner,
        });
    }
}

impl CustomExecutor for OnTheTestsThread {
    fn spawn(&self, task: PinnedFuture<()>) {
        self.spawner
            .spawn_local(task)
            .expect("the pool lives as long as the thread");
    }

    fn spawn_local(&self, task: PinnedLocalFuture<()>) {
        self.spawner
            .spawn_local(task)
            .expect("the pool lives as long as the thread");
    }

    fn poll_local(&self) {
        // A task that polls the executor itself finds the pool busy and leaves it be.
        if let Ok(mut pool) = self.pool.try_borrow_mut() {
            pool.run_until_stalled();
        }
    }
}

/// An owner for the test's signals, Leptos's executor for its tasks, and the app's save queue
/// without a database (the app in memory).
fn glue() -> (Owner, Persistence) {
    OnTheTestsThread::start();
    let owner = Owner::new();
    owner.set();
    let persistence = Persistence::new(None, None, None, UnreadableRecords::default(), None);
    (owner, persistence)
}

/// A tally session whose earlier taps (none, in memory) have been read back.
fn open_tally(persistence: Persistence, tick: ReadSignal<Timestamp>) -> TallySession {
    let session = TallySession::open(
        MeetingId::from_u128(7),
        vec![ada(), ben()],
        persistence,
        tick,
    );
    // Runs the read-back task: the session is ready once nothing is left to run.
    Executor::poll_local();
    assert!(session.is_ready());
    session
}

#[test]
fn every_page_has_an_address_that_opens_it_again() {
    let meeting = MeetingId::from_u128(9);
    let routes = [
        (Route::Roster, Area::Roster),
        (Route::Schedule, Area::Schedule),
        (Route::Meetings, Area::Meeting),
        (Route::Meeting(meeting), Area::Meeting),
        (Route::Room(meeting), Area::Meeting),
        (Route::Problems, Area::Problems),
        (Route::Templates, Area::Meeting),
        (Route::Playbook, Area::Playbook),
        (Route::History, Area::History),
        (Route::Exchange, Area::Exchange),
    ];
    for (route, area) in routes {
        assert_eq!(route.href().parse::<Route>(), Ok(route));
        assert_eq!(route.area(), area, "{route}");
    }
    for unknown in ["#/nowhere", "#/meeting/not-an-id", "#/roster/extra", ""] {
        assert_eq!(unknown.parse::<Route>(), Err(()), "{unknown:?}");
    }
}

#[test]
fn a_tap_before_the_tally_is_read_back_is_ignored() {
    let (_owner, persistence) = glue();
    let (tick, _) = signal(Timestamp(10));
    let session = TallySession::open(
        MeetingId::from_u128(7),
        vec![ada(), ben()],
        persistence,
        tick,
    );
    assert!(!session.is_ready());
    // Counted now, it would be counted against a summary that misses the stored taps.
    session.tap(ben(), 0);
    Executor::poll_local();
    assert_eq!(turns(&session), [(ada(), 0), (ben(), 0)]);
    assert_eq!(session.undo_person(), None);
}

#[test]
fn taps_and_undo_change_the_tally_and_what_reads_it() {
    let (_owner, persistence) = glue();
    let (tick, _) = signal(Timestamp(10));
    let session = open_tally(persistence, tick);
    // What the tally board shows is derived from the session and follows each tap.
    let bens_turns = Memo::new(move |_| {
        session
            .attendee_tallies()
            .and_then(|lines| lines.into_iter().find(|line| line.person == ben()))
            .map_or(0, |line| line.turns)
    });
    assert_eq!(bens_turns.get(), 0);

    session.tap(ben(), 0);
    session.tap(ben(), 1);
    session.tap(ada(), 1);
    assert_eq!(bens_turns.get(), 2);
    assert_eq!(turns(&session), [(ada(), 1), (ben(), 2)]);

    // Undo takes back the latest checkmark, then the one before it.
    assert_eq!(session.undo_person(), Some(ada()));
    session.undo(1);
    assert_eq!(turns(&session), [(ada(), 0), (ben(), 2)]);
    session.undo(1);
    assert_eq!(bens_turns.get(), 1);
    // Nothing is stored in memory, so nothing is waiting to be saved.
    assert!(!persistence.is_saving());
}

#[test]
fn in_timed_mode_the_speakers_time_follows_the_screens_clock() {
    let (_owner, persistence) = glue();
    let started = now();
    let (tick, set_tick) = signal(started);
    let session = open_tally(persistence, tick);

    session.set_timed(true, 0);
    assert!(session.is_timed());
    session.tap(ada(), 0);
    set_tick.set(Timestamp(started.0 + 5_000));
    let speaking = session.speaking_ms_of(ada());
    // The tap's own time stamp is a moment after `started`.
    assert!((4_900..=5_000).contains(&speaking), "{speaking} ms");
    assert_eq!(session.speaking_ms_of(ben()), 0);
    // A second tap on the speaker takes the floor back: the stretch stops growing.
    session.tap(ada(), 0);
    let stopped = session.speaking_ms_of(ada());
    set_tick.set(Timestamp(started.0 + 9_000));
    assert_eq!(session.speaking_ms_of(ada()), stopped);

    // Leaving timed mode closes Ben's stretch; later ticks add nothing.
    session.tap(ben(), 0);
    session.set_timed(false, 0);
    assert!(!session.is_timed());
    let closed = session.speaking_ms_of(ben());
    set_tick.set(Timestamp(started.0 + 60_000));
    assert_eq!(session.speaking_ms_of(ben()), closed);
    // Out of timed mode a tap is a checkmark only.
    session.tap(ben(), 0);
    assert_eq!(session.speaking_ms_of(ben()), closed);
}

/// A person added the way the roster page adds them, created at `created`.
fn person(id: u128, name: &str, team: Team, created: i64) -> Person {
    let draft = PersonDraft {
        name: name.into(),
        team,
        executive: false,
        core: false,
        email: None,
    };
    check_draft(&draft, &[], None)
        .expect("a valid draft")
        .into_new_person(PersonId::from_u128(id), Timestamp(created))
}

fn names(roster: RosterState) -> Vec<String> {
    roster.with(|people| people.iter().map(|p| p.name.clone()).collect())
}

#[test]
fn the_roster_handle_keeps_display_order_through_every_change() {
    let (_owner, persistence) = glue();
    let roster = RosterState::new(
        vec![
            person(2, "Mo", Team::Marketing, 2),
            person(1, "Sal", Team::Sales, 1),
        ],
        persistence,
    );
    let count = Memo::new(move |_| roster.count());
    assert_eq!(names(roster), ["Sal", "Mo"]);

    roster.add(person(3, "Sue", Team::Sales, 3));
    assert_eq!(names(roster), ["Sal", "Sue", "Mo"]);
    assert_eq!(count.get(), 3);

    // Saving someone who is there replaces them in place of adding a copy.
    let mut sue = roster.person(PersonId::from_u128(3)).unwrap();
    sue.active = false;
    roster.save(sue);
    assert_eq!(
        names(roster),
        ["Sal", "Mo", "Sue"],
        "inactive people go last"
    );
    assert_eq!(count.get(), 3);

    roster.add_all(vec![
        person(4, "Max", Team::Marketing, 4),
        person(5, "Sam", Team::Sales, 5),
    ]);
    assert_eq!(names(roster), ["Sal", "Sam", "Mo", "Max", "Sue"]);

    roster.delete(PersonId::from_u128(1));
    assert_eq!(count.get(), 4);
    assert_eq!(roster.person(PersonId::from_u128(1)), None);
}

fn weekly() -> ScheduleSettings {
    let cadence = Cadence {
        frequency: Frequency::Weekly,
        weekday: Weekday::Tue,
        time_of_day: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        start: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    };
    ScheduleSettings::new(cadence, 1)
}

#[test]
fn schedule_settings_that_did_not_read_are_never_written_over() {
    let (_owner, persistence) = glue();
    let readable = ScheduleState::new(None, false, persistence);
    readable.save(weekly());
    assert_eq!(readable.settings(), Some(weekly()));

    // The stored settings did not read: changes are refused, not saved over them.
    let unreadable = ScheduleState::new(None, true, persistence);
    unreadable.save(weekly());
    assert_eq!(unreadable.settings(), None);
    assert!(unreadable.is_unreadable());
}

#[test]
fn without_storage_an_import_is_refused_with_the_reason() {
    OnTheTestsThread::start();
    let owner = Owner::new();
    owner.set();
    let refused = StorageError::Unavailable("private browsing".into());
    let persistence = Persistence::new(
        None,
        Some(refused.clone()),
        None,
        UnreadableRecords::default(),
        None,
    );
    assert_eq!(persistence.unavailable(), Some(refused.clone()));
    let written = futures::executor::block_on(persistence.write_import(&Default::default()));
    // An import that vanished on reload would look like data loss.
    assert_eq!(written, Err(refused));
}

#[test]
fn built_in_templates_come_first_and_are_never_saved_over() {
    let (_owner, persistence) = glue();
    let templates = TemplatesState::new(Vec::new(), persistence);
    let builtin = builtin_templates();
    let names = move || -> Vec<String> { templates.all().into_iter().map(|t| t.name).collect() };
    let names_of_builtins: Vec<String> = builtin.iter().map(|t| t.name.clone()).collect();
    assert_eq!(names(), names_of_builtins);

    // A changed built-in is not stored: the built-ins come from the code, never from storage.
    let mut renamed = builtin[0].clone();
    renamed.name = "Renamed".into();
    templates.save(renamed);
    assert_eq!(names(), names_of_builtins);

    // The user's copy comes after the built-ins, and a second save replaces it.
    let mut own = builtin[0].clone();
    own.id = TemplateId::from_u128(42);
    own.builtin = false;
    own.name = "Our weekly".into();
    templates.save(own.clone());
    own.name = "Our weekly, shorter".into();
    templates.save(own.clone());
    assert_eq!(
        names().last().map(String::as_str),
        Some("Our weekly, shorter")
    );
    assert_eq!(names().len(), builtin.len() + 1);
    assert_eq!(templates.get(own.id), Some(own.clone()));

    templates.delete(own.id);
    assert_eq!(templates.get(own.id), None);
    assert_eq!(templates.get(builtin[0].id), Some(builtin[0].clone()));
}
