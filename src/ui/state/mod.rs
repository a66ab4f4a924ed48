//! App-wide state, provided once as context. Each piece is a small `Copy` handle with methods;
//! no bare signal is put in context, so every change goes through a method that also saves it.

mod persistence;
mod roster;

pub use persistence::Persistence;
pub use roster::RosterState;

use crate::domain::person::Person;
use crate::storage::{self, Db, StorageError, stores};
use leptos::prelude::*;

/// What was read from storage at start-up.
#[derive(Clone)]
pub struct LoadedWorkspace {
    db: Option<Db>,
    /// Why the app runs in memory only, when it does.
    unavailable: Option<StorageError>,
    /// A store that could not be read; the app still runs and says so.
    read_error: Option<StorageError>,
    people: Vec<Person>,
}

/// Opens the database and reads every record the pages need. Never fails: without storage the
/// app runs in memory and the banner explains why.
pub async fn load_workspace() -> LoadedWorkspace {
    let db = match storage::open().await {
        Ok(db) => db,
        Err(reason) => {
            return LoadedWorkspace {
                db: None,
                unavailable: Some(reason),
                read_error: None,
                people: Vec::new(),
            };
        }
    };
    let (people, read_error) = match storage::get_all::<Person>(&db, stores::PEOPLE).await {
        Ok(people) => (people, None),
        Err(error) => (Vec::new(), Some(error)),
    };
    LoadedWorkspace {
        db: Some(db),
        unavailable: None,
        read_error,
        people,
    }
}

/// Makes the workspace available to every component below the caller.
pub fn provide_workspace(loaded: LoadedWorkspace) {
    let persistence = Persistence::new(loaded.db, loaded.unavailable, loaded.read_error);
    provide_context(persistence);
    provide_context(RosterState::new(loaded.people, persistence));
}
