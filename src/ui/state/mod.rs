//! App-wide state, provided once as context. Each piece is a small `Copy` handle with methods;
//! no bare signal is put in context, so every change goes through a method that also saves it.

mod meetings;
mod outcomes;
mod persistence;
mod preferences;
mod roster;
mod schedule;
mod templates;

pub use meetings::MeetingsState;
pub use outcomes::{ActionsState, MinutesState, ProblemsState};
pub use persistence::{Handover, Persistence};
pub use preferences::PreferencesState;
pub use roster::RosterState;
pub use schedule::ScheduleState;
pub use templates::TemplatesState;

use crate::domain::agenda::Template;
use crate::domain::meeting::Meeting;
use crate::domain::outcomes::{ActionItem, Minutes, Problem};
use crate::domain::person::Person;
use crate::domain::scheduler::ScheduleSettings;
use crate::storage::{self, Db, StorageError, TabTurn, stores};
use leptos::prelude::*;
use serde::de::DeserializeOwned;

/// What was read from storage at start-up.
#[derive(Clone, Default)]
pub struct LoadedWorkspace {
    db: Option<Db>,
    /// Why the app runs in memory only, when it does.
    unavailable: Option<StorageError>,
    /// A store that could not be read; the app still runs and says so.
    read_error: Option<StorageError>,
    turn: Option<TabTurn>,
    people: Vec<Person>,
    templates: Vec<Template>,
    meetings: Vec<Meeting>,
    muted: bool,
    schedule: Option<ScheduleSettings>,
    problems: Vec<Problem>,
    actions: Vec<ActionItem>,
    minutes: Vec<Minutes>,
}

/// Opens the database and reads every record the pages need. Never fails: without storage the
/// app runs in memory and the banner explains why.
pub async fn load_workspace() -> LoadedWorkspace {
    let db = match storage::open().await {
        Ok(db) => db,
        Err(reason) => {
            return LoadedWorkspace {
                unavailable: Some(reason),
                ..LoadedWorkspace::default()
            };
        }
    };
    // Before reading: the other tabs stop saving, so what is read here is what stays stored.
    let turn = TabTurn::take();
    let mut read_error = None;
    let people = read_all::<Person>(&db, stores::PEOPLE, &mut read_error).await;
    let templates = read_all::<Template>(&db, stores::TEMPLATES, &mut read_error).await;
    let meetings = read_all::<Meeting>(&db, stores::MEETINGS, &mut read_error).await;
    let problems = read_all::<Problem>(&db, stores::PROBLEMS, &mut read_error).await;
    let actions = read_all::<ActionItem>(&db, stores::ACTION_ITEMS, &mut read_error).await;
    let minutes = read_all::<Minutes>(&db, stores::MINUTES, &mut read_error).await;
    let muted = storage::get_setting::<bool>(&db, preferences::MUTED_KEY)
        .await
        .ok()
        .flatten()
        .unwrap_or(false);
    let schedule = storage::get_setting::<ScheduleSettings>(&db, schedule::SCHEDULE_KEY)
        .await
        .unwrap_or_else(|error| {
            read_error.get_or_insert(error);
            None
        });
    LoadedWorkspace {
        db: Some(db),
        unavailable: None,
        read_error,
        turn,
        people,
        templates,
        meetings,
        muted,
        schedule,
        problems,
        actions,
        minutes,
    }
}

/// Reads one store; on failure keeps the first error for the user and carries on without it.
async fn read_all<T: DeserializeOwned>(
    db: &Db,
    store: &'static str,
    first_error: &mut Option<StorageError>,
) -> Vec<T> {
    match storage::get_all(db, store).await {
        Ok(records) => records,
        Err(error) => {
            first_error.get_or_insert(error);
            Vec::new()
        }
    }
}

/// Makes the workspace available to every component below the caller.
pub fn provide_workspace(loaded: LoadedWorkspace) {
    let persistence = Persistence::new(
        loaded.db,
        loaded.unavailable,
        loaded.read_error,
        loaded.turn,
    );
    provide_context(persistence);
    provide_context(RosterState::new(loaded.people, persistence));
    provide_context(TemplatesState::new(loaded.templates, persistence));
    provide_context(MeetingsState::new(loaded.meetings, persistence));
    provide_context(PreferencesState::new(loaded.muted, persistence));
    provide_context(ScheduleState::new(loaded.schedule, persistence));
    provide_context(ProblemsState::new(loaded.problems, persistence));
    provide_context(ActionsState::new(loaded.actions, persistence));
    provide_context(MinutesState::new(loaded.minutes, persistence));
}
