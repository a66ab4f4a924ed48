//! Opening the database and bringing older ones up to date.
//!
//! Each kind of record lives in its own object store, keyed by its id, so a change writes one
//! record and never the whole workspace. The database version counts migrations: version N has
//! run `MIGRATIONS[0..N]`, and a browser that last ran an older app is upgraded step by step.

use super::error::StorageError;
use super::json::Json;
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsValue;

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

    /// The playbook: one record per entry, its versions and agreements inside.
    pub const PLAYBOOK_ENTRIES: &str = "playbook_entries";
    /// The decision log, one record per decision.
    pub const DECISIONS: &str = "decisions";
    /// Scorecard readings: one measure's actual value for one period.
    pub const READINGS: &str = "readings";
    /// The alignment check's statements.
    pub const STATEMENTS: &str = "statements";
    /// One attendee's score for one statement in one meeting.
    pub const ALIGNMENT_SCORES: &str = "alignment_scores";

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
        PLAYBOOK_ENTRIES,
        DECISIONS,
        READINGS,
        STATEMENTS,
        ALIGNMENT_SCORES,
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
    create_playbook_stores,
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

/// The playbook's records, each kind in its own store keyed by id (version 6).
fn create_playbook_stores(db: &Database) -> indexed_db_futures::Result<()> {
    for store in [
        stores::PLAYBOOK_ENTRIES,
        stores::DECISIONS,
        stores::READINGS,
        stores::STATEMENTS,
        stores::ALIGNMENT_SCORES,
    ] {
        db.create_object_store(store)
            .with_key_path("id".into())
            .build()?;
    }
    Ok(())
}

/// The settings key of the writers' turn: higher each time a tab takes the turn.
const TURN_KEY: &str = "writer_turn";

/// An open database, cheap to clone. Once this tab has taken the turn to write
/// ([`Db::take_turn`]), every write is conditional on it: a write finds another tab's turn
/// stored and is refused ([`StorageError::OtherTab`]), in the same transaction, so exactly one
/// tab writes at any instant.
#[derive(Clone, Debug)]
pub struct Db(pub(crate) Rc<Database>, Rc<Cell<Option<u64>>>);

/// Opens (creating or upgrading as needed) the app's database. `on_blocked` is called when an
/// upgrade waits for another tab (an older version of the app) to let go of the database; the
/// open then finishes by itself once that tab closes.
pub async fn open(on_blocked: impl FnOnce() + 'static) -> Result<Db, StorageError> {
    open_blockable(DATABASE_NAME, CURRENT_VERSION, on_blocked).await
}

/// Opens `name` at `version`, running the migrations it lacks. Tests use other names and
/// older versions.
pub async fn open_at(name: &str, version: u32) -> Result<Db, StorageError> {
    open_blockable(name, version, || ()).await
}

/// [`open_at`], calling `on_blocked` if the upgrade has to wait for another connection.
pub async fn open_blockable(
    name: &str,
    version: u32,
    on_blocked: impl FnOnce() + 'static,
) -> Result<Db, StorageError> {
    let database = Database::open(name)
        .with_version(version)
        .with_on_blocked(move |_| {
            on_blocked();
            Ok(())
        })
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
    Ok(Db(Rc::new(database), Rc::default()))
}

fn open_error(error: indexed_db_futures::error::OpenDbError) -> StorageError {
    use indexed_db_futures::error::{DomException, Error, OpenDbError};
    match error {
        OpenDbError::Base(Error::DomException(DomException::Other(e)))
            if e.name() == "VersionError" =>
        {
            StorageError::NewerVersion
        }
        OpenDbError::Base(error) => StorageError::Unavailable(super::error::browser_words(&error)),
        other => StorageError::Unavailable(other.to_string()),
    }
}

impl Db {
    /// Makes this connection the one that writes, from now on: every other tab's writes are
    /// refused. Call it before reading what the tab will show, so that what it reads is what
    /// stays stored (writes are ordered: every write that lands before the turn is taken is
    /// read, every one after is refused). Returns the turn, which is higher than every earlier
    /// one.
    pub async fn take_turn(&self) -> Result<u64, StorageError> {
        let tx = self
            .0
            .transaction(stores::SETTINGS)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(StorageError::write)?;
        let settings = tx
            .object_store(stores::SETTINGS)
            .map_err(StorageError::write)?;
        let last = settings
            .get::<JsValue, _, _>(TURN_KEY.to_string())
            .primitive()
            .map_err(StorageError::write)?
            .await
            .map_err(StorageError::write)?
            .and_then(|turn| turn.as_f64())
            .map_or(0, |turn| turn as u64);
        // At least the clock's milliseconds, not only one more: if the browser empties the
        // database (it can after a full disk), the count would start again at 1 and a new tab
        // could take the very turn an older tab still holds. Taken in one read-write
        // transaction, so two tabs in the same millisecond still get different turns.
        let mine = (last + 1).max(js_sys::Date::now() as u64);
        settings
            .put(Json(JsValue::from_f64(mine as f64)))
            .with_key(TURN_KEY.to_string())
            .primitive()
            .map_err(StorageError::write)?;
        super::error::commit(tx).await?;
        self.1.set(Some(mine));
        Ok(mine)
    }

    /// A new connection to the same database, in place of this one after the browser closed
    /// it. It keeps this tab's turn: writes through it are still refused once another tab
    /// takes the turn.
    pub async fn reopen(&self) -> Result<Db, StorageError> {
        let reopened = open_at(&self.0.name(), self.version()).await?;
        Ok(Db(reopened.0, self.1.clone()))
    }

    /// Whether both are the same connection.
    pub fn same_connection(&self, other: &Db) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// This tab's turn, once taken.
    pub fn turn(&self) -> Option<u64> {
        self.1.get()
    }

    /// A read-write transaction over `scope` (and the settings, where the turn is kept), opened
    /// only while this tab has the turn: a tab that took it checks, inside the transaction,
    /// that no other tab has taken it since. A connection that never took a turn (tests, a
    /// browser without other tabs) writes unconditionally.
    pub(crate) async fn write_transaction(
        &self,
        scope: &[&str],
    ) -> Result<Transaction<'_>, StorageError> {
        let mut names = scope.to_vec();
        if !names.contains(&stores::SETTINGS) {
            names.push(stores::SETTINGS);
        }
        // Strict: "committed" means on disk. Relaxed, Chromium reports success before the data
        // is written, and a full disk then loses it after "All changes saved" was shown.
        let tx = self
            .0
            .transaction(names)
            .with_mode(TransactionMode::Readwrite)
            .with_options(TransactionOptions::new().with_durability(TransactionDurability::Strict))
            .build()
            .map_err(StorageError::write)?;
        if let Some(mine) = self.1.get() {
            let stored = tx
                .object_store(stores::SETTINGS)
                .map_err(StorageError::write)?
                .get::<JsValue, _, _>(TURN_KEY.to_string())
                .primitive()
                .map_err(StorageError::write)?
                .await
                .map_err(StorageError::write)?
                .and_then(|turn| turn.as_f64());
            // Dropped without a commit, the transaction is rolled back.
            match stored {
                Some(turn) if turn == mine as f64 => {}
                // Another tab takes the turn by writing a higher one; none at all means the
                // database is not the one this tab opened any more.
                Some(_) => return Err(StorageError::OtherTab),
                None => return Err(StorageError::Emptied),
            }
        }
        Ok(tx)
    }

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

    /// Closes the connection while copies of this handle live on, as the browser does after a
    /// full disk; for tests of what follows.
    pub fn close_for_test(&self) {
        Database::clone(&self.0).close();
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
