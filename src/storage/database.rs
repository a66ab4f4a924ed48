//! Opening the database and bringing older ones up to date.
//!
//! Each kind of record lives in its own object store, keyed by its id, so a change writes one
//! record and never the whole workspace. The database version counts migrations: version N has
//! run `MIGRATIONS[0..N]`, and a browser that last ran an older app is upgraded step by step.

use super::error::StorageError;
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use std::rc::Rc;

/// The database every page of the app uses.
pub const DATABASE_NAME: &str = "smarketing";

/// Object store names. Records are keyed by their `id` field unless noted.
pub mod stores {
    pub const PEOPLE: &str = "people";
    /// Small app-wide values (preferences), keyed by a name given at the call.
    pub const SETTINGS: &str = "settings";
    /// The user's own agenda templates (built-ins ship with the app and are never stored).
    pub const TEMPLATES: &str = "templates";
    /// One record per meeting: agenda snapshot, attendees and the live clock.
    pub const MEETINGS: &str = "meetings";

    /// Talk tally events, appended one by one and never rewritten.
    pub const TALLY_EVENTS: &str = "tally_events";

    /// The problem log, one record per problem (its brainstormed ideas inside).
    pub const PROBLEMS: &str = "problems";
    pub const ACTION_ITEMS: &str = "action_items";
    /// One record per meeting, keyed by `meeting_id`: the minutes as generated or edited.
    pub const MINUTES: &str = "minutes";

    /// Imported tally events, one record per meeting keyed by `meeting_id` (see `tally.rs`).
    pub const TALLY_ARCHIVES: &str = "tally_archives";

    /// Every store an up-to-date database has.
    pub const ALL: &[&str] = &[
        PEOPLE,
        SETTINGS,
        TEMPLATES,
        MEETINGS,
        TALLY_EVENTS,
        PROBLEMS,
        ACTION_ITEMS,
        MINUTES,
        TALLY_ARCHIVES,
    ];
}

/// Index names, as `(store, index)`: records looked up by something other than their id.
pub mod indexes {
    /// Tally events by `meeting_id`, so opening a meeting reads only its own taps.
    pub const TALLY_BY_MEETING: (&str, &str) = (super::stores::TALLY_EVENTS, "meeting_id");
}

type Migration = fn(&Database) -> indexed_db_futures::Result<()>;

/// Run in order; never edit one that has shipped, add a new one instead.
const MIGRATIONS: &[Migration] = &[
    create_people_and_settings,
    create_templates_and_meetings,
    create_tally_events,
    create_problems_actions_and_minutes,
    create_tally_archives,
];

/// The version an up-to-date database has.
pub const CURRENT_VERSION: u32 = MIGRATIONS.len() as u32;

fn create_people_and_settings(db: &Database) -> indexed_db_futures::Result<()> {
    db.create_object_store(stores::PEOPLE)
        .with_key_path("id".into())
        .build()?;
    db.create_object_store(stores::SETTINGS).build()?;
    Ok(())
}

fn create_templates_and_meetings(db: &Database) -> indexed_db_futures::Result<()> {
    for store in [stores::TEMPLATES, stores::MEETINGS] {
        db.create_object_store(store)
            .with_key_path("id".into())
            .build()?;
    }
    Ok(())
}

fn create_tally_events(db: &Database) -> indexed_db_futures::Result<()> {
    let (store, index) = indexes::TALLY_BY_MEETING;
    db.create_object_store(store)
        .with_key_path("id".into())
        .build()?
        .create_index(index, "meeting_id".into())
        .build()?;
    Ok(())
}

fn create_problems_actions_and_minutes(db: &Database) -> indexed_db_futures::Result<()> {
    for store in [stores::PROBLEMS, stores::ACTION_ITEMS] {
        db.create_object_store(store)
            .with_key_path("id".into())
            .build()?;
    }
    db.create_object_store(stores::MINUTES)
        .with_key_path("meeting_id".into())
        .build()?;
    Ok(())
}

fn create_tally_archives(db: &Database) -> indexed_db_futures::Result<()> {
    db.create_object_store(stores::TALLY_ARCHIVES)
        .with_key_path("meeting_id".into())
        .build()?;
    Ok(())
}

/// An open database, cheap to clone.
#[derive(Clone, Debug)]
pub struct Db(pub(crate) Rc<Database>);

/// Opens (creating or upgrading as needed) the app's database.
pub async fn open() -> Result<Db, StorageError> {
    open_at(DATABASE_NAME, CURRENT_VERSION).await
}

/// Opens `name` at `version`, running the migrations it lacks. Tests use other names and
/// older versions.
pub async fn open_at(name: &str, version: u32) -> Result<Db, StorageError> {
    let database = Database::open(name)
        .with_version(version)
        .with_on_upgrade_needed(move |event, db| {
            let from = event.old_version() as usize;
            let to = event.new_version().map_or(from, |v| v as usize);
            for migration in &MIGRATIONS[from.min(to)..to.min(MIGRATIONS.len())] {
                migration(&db)?;
            }
            Ok(())
        })
        .await
        .map_err(open_error)?;
    Ok(Db(Rc::new(database)))
}

fn open_error(error: indexed_db_futures::error::OpenDbError) -> StorageError {
    use indexed_db_futures::error::{DomException, Error, OpenDbError};
    match error {
        OpenDbError::Base(Error::DomException(DomException::Other(e)))
            if e.name() == "VersionError" =>
        {
            StorageError::NewerVersion
        }
        other => StorageError::Unavailable(other.to_string()),
    }
}

impl Db {
    /// The names of the object stores this database has.
    pub fn store_names(&self) -> Vec<String> {
        self.0.object_store_names().collect()
    }

    pub fn version(&self) -> u32 {
        self.0.version() as u32
    }

    /// Waits until another tab opens a newer version of the app (or deletes the database),
    /// then closes this connection so that tab is not left waiting for it. Returns whether
    /// that happened; `false` when the connection closed for another reason.
    pub async fn yield_to_newer_version(&self) -> bool {
        let Ok(mut changes) = self.0.version_changes() else {
            return false;
        };
        let asked = changes.recv().await.is_some();
        if asked {
            Database::clone(&self.0).close();
        }
        asked
    }

    /// Closes the connection (tests do this before deleting their database).
    pub fn close(self) {
        if let Ok(database) = Rc::try_unwrap(self.0) {
            database.close();
        }
    }
}

/// Deletes a whole database; used by tests to leave nothing behind.
pub async fn delete_database(name: &str) -> Result<(), StorageError> {
    Database::delete_by_name(name)
        .map_err(|e| StorageError::Unavailable(e.to_string()))?
        .await
        .map_err(|e| StorageError::Unavailable(e.to_string()))
}
