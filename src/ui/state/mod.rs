//! App-wide state, provided once as context. Each piece is a small `Copy` handle with methods;
//! no bare signal is put in context, so every change goes through a method that also saves it.

mod meetings;
mod outcomes;
mod persistence;
mod playbook;
mod preferences;
mod roster;
mod schedule;
mod templates;

pub use meetings::MeetingsState;
pub use outcomes::{ActionsState, MinutesState, ProblemsState};
pub use persistence::{Handover, Persistence};
pub use playbook::{PlaybookRead, PlaybookState};
pub use preferences::PreferencesState;
pub use roster::RosterState;
pub use schedule::ScheduleState;
pub use templates::TemplatesState;

use crate::domain::agenda::Template;
use crate::domain::exchange::{RecordKind, UnreadableRecords};
use crate::domain::meeting::Meeting;
use crate::domain::outcomes::{ActionItem, Minutes, Problem};
use crate::domain::person::Person;
use crate::domain::scheduler::ScheduleSettings;
use crate::storage::{self, Db, StorageError, TabTurn, stores};
use leptos::prelude::*;
use serde::de::DeserializeOwned;

/// Replaces the record with the same key, or appends it; says whether it was appended.
fn upsert<T, K: PartialEq>(records: &mut Vec<T>, record: T, key: impl Fn(&T) -> K) -> bool {
    match records.iter_mut().find(|r| key(r) == key(&record)) {
        Some(existing) => {
            *existing = record;
            false
        }
        None => {
            records.push(record);
            true
        }
    }
}

/// What was read from storage at start-up.
#[derive(Clone, Default)]
pub struct LoadedWorkspace {
    db: Option<Db>,
    /// Why the app runs in memory only, when it does.
    unavailable: Option<StorageError>,
    /// A store that could not be read; the app still runs and says so.
    read_error: Option<StorageError>,
    /// Stored records that did not read, left as they are.
    unreadable: UnreadableRecords,
    turn: Option<TabTurn>,
    people: Vec<Person>,
    templates: Vec<Template>,
    meetings: Vec<Meeting>,
    muted: bool,
    room_options: crate::domain::room::RoomOptions,
    schedule: Option<ScheduleSettings>,
    problems: Vec<Problem>,
    actions: Vec<ActionItem>,
    minutes: Vec<Minutes>,
}

/// Opens the database and reads every record the pages need. Never fails: without storage the
/// app runs in memory and the banner explains why. `waiting_for_other_tab` is set while an
/// upgrade of the database waits for an older tab to close.
pub async fn load_workspace(waiting_for_other_tab: RwSignal<bool>) -> LoadedWorkspace {
    let db = match storage::open(move || waiting_for_other_tab.set(true)).await {
        Ok(db) => db,
        Err(reason) => {
            return LoadedWorkspace {
                unavailable: Some(reason),
                ..LoadedWorkspace::default()
            };
        }
    };
    // Before reading: the other tabs stop saving, so what is read here is what stays stored.
    let mut reading = Reading::default();
    let turn = match TabTurn::take(&db).await {
        Ok(turn) => Some(turn),
        Err(error) => {
            reading.read_error = Some(error);
            None
        }
    };
    let people = reading.all::<Person>(&db, RecordKind::Person).await;
    let templates = reading.all::<Template>(&db, RecordKind::Template).await;
    let meetings = reading.all::<Meeting>(&db, RecordKind::Meeting).await;
    let problems = reading.all::<Problem>(&db, RecordKind::Problem).await;
    let actions = reading.all::<ActionItem>(&db, RecordKind::ActionItem).await;
    let minutes = reading.all::<Minutes>(&db, RecordKind::Minutes).await;
    let Reading {
        read_error,
        mut unreadable,
    } = reading;
    let muted = storage::get_setting::<bool>(&db, preferences::MUTED_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or(false);
    // Options that do not read fall back to the defaults (strip off, chimes on the laptop).
    let room_options = storage::get_setting(&db, preferences::ROOM_OPTIONS_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    // Settings that do not read are kept as stored and counted like any other record: the
    // schedule then refuses changes instead of writing fresh settings over them.
    let schedule = storage::get_setting::<ScheduleSettings>(&db, schedule::SCHEDULE_KEY)
        .await
        .unwrap_or_else(|_| {
            unreadable.add(RecordKind::ScheduleSettings, 1);
            None
        });
    LoadedWorkspace {
        db: Some(db),
        unavailable: None,
        read_error,
        unreadable,
        turn,
        people,
        templates,
        meetings,
        muted,
        room_options,
        schedule,
        problems,
        actions,
        minutes,
    }
}

/// What went wrong while reading the stores at start-up.
#[derive(Default)]
struct Reading {
    /// The first store that could not be read at all.
    read_error: Option<StorageError>,
    unreadable: UnreadableRecords,
}

impl Reading {
    /// Reads one store record by record; keeps the first failure for the user and carries on.
    async fn all<T: DeserializeOwned>(&mut self, db: &Db, kind: RecordKind) -> Vec<T> {
        let store = store_of(kind);
        match storage::read_all(db, store).await {
            Ok(read) => {
                self.unreadable.add(kind, read.unreadable);
                read.records
            }
            Err(error) => {
                self.read_error.get_or_insert(error);
                Vec::new()
            }
        }
    }
}

/// The object store that keeps each kind of record the workspace loads.
pub(crate) fn store_of(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Person => stores::PEOPLE,
        RecordKind::Template => stores::TEMPLATES,
        RecordKind::Meeting => stores::MEETINGS,
        RecordKind::TallyEvent => stores::TALLY_EVENTS,
        RecordKind::Problem => stores::PROBLEMS,
        RecordKind::ActionItem => stores::ACTION_ITEMS,
        RecordKind::Minutes => stores::MINUTES,
        RecordKind::ScheduleSettings => stores::SETTINGS,
        RecordKind::PlaybookEntry => stores::PLAYBOOK_ENTRIES,
        RecordKind::Decision => stores::DECISIONS,
        RecordKind::Reading => stores::READINGS,
        RecordKind::Statement => stores::STATEMENTS,
        RecordKind::AlignmentScore => stores::ALIGNMENT_SCORES,
    }
}

/// Makes the workspace available to every component below the caller.
pub fn provide_workspace(loaded: LoadedWorkspace) {
    let schedule_unreadable = loaded.unreadable.of(RecordKind::ScheduleSettings) > 0;
    let persistence = Persistence::new(
        loaded.db,
        loaded.unavailable,
        loaded.read_error,
        loaded.unreadable,
        loaded.turn,
    );
    provide_context(persistence);
    provide_context(RosterState::new(loaded.people, persistence));
    provide_context(TemplatesState::new(loaded.templates, persistence));
    provide_context(MeetingsState::new(loaded.meetings, persistence));
    provide_context(PreferencesState::new(
        loaded.muted,
        loaded.room_options,
        persistence,
    ));
    provide_context(ScheduleState::new(
        loaded.schedule,
        schedule_unreadable,
        persistence,
    ));
    provide_context(ProblemsState::new(loaded.problems, persistence));
    provide_context(ActionsState::new(loaded.actions, persistence));
    provide_context(MinutesState::new(loaded.minutes, persistence));
    provide_context(PlaybookState::new(persistence));
}
