//! Saving in the background, with the outcome visible: the shell shows "Saving…", "All changes
//! saved" or the error, so a failed write is never silent.

use crate::domain::exchange::{UnreadableRecords, Writes};
use crate::storage::{self, Db, StorageError, TabTurn};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;
use std::future::Future;
use std::rc::Rc;

/// Why this tab stopped saving though storage works: another tab has the data now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handover {
    /// A newer version of the app opened in another tab; this one let go of the database.
    NewerVersion,
    /// The app opened in another tab, which saves from now on (see `storage::TabTurn`).
    OtherTab,
}

impl Handover {
    fn error(self) -> StorageError {
        match self {
            Handover::NewerVersion => StorageError::Superseded,
            Handover::OtherTab => StorageError::OtherTab,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Persistence {
    // LocalStorage: the database handle is a JS object and never leaves this thread.
    db: StoredValue<Option<Db>, LocalStorage>,
    unavailable: StoredValue<Option<StorageError>>,
    /// Stored records that did not read at start-up; they stay in storage untouched.
    unreadable: StoredValue<UnreadableRecords>,
    pending_writes: RwSignal<u32>,
    /// A write started since the page loaded: the workspace changed.
    wrote: StoredValue<bool>,
    /// A write failed since the page loaded: what is on screen is not all stored.
    unsaved: RwSignal<bool>,
    last_error: RwSignal<Option<StorageError>>,
    handed_over: RwSignal<Option<Handover>>,
    /// A write found the database emptied by the browser: what storage still holds is not
    /// this workspace, so reads for an export must not be taken from it.
    emptied: StoredValue<bool>,
    /// Listens for another tab taking the turn to save, for as long as the app runs.
    _turn: StoredValue<Option<TabTurn>, LocalStorage>,
}

impl Persistence {
    pub fn new(
        db: Option<Db>,
        unavailable: Option<StorageError>,
        read_error: Option<StorageError>,
        unreadable: UnreadableRecords,
        turn: Option<TabTurn>,
    ) -> Self {
        let handed_over = RwSignal::new(None);
        if let Some(db) = db.clone() {
            spawn_local(async move {
                if db.yield_to_newer_version().await {
                    handed_over.set(Some(Handover::NewerVersion));
                }
            });
        }
        // A newer version needs a reload anyway; it is the reason worth telling.
        if let Some(turn) = &turn {
            turn.when_taken(move || {
                handed_over.update(|now| {
                    now.get_or_insert(Handover::OtherTab);
                });
            });
        }
        Persistence {
            db: StoredValue::new_local(db),
            unavailable: StoredValue::new(unavailable),
            unreadable: StoredValue::new(unreadable),
            pending_writes: RwSignal::new(0),
            wrote: StoredValue::new(false),
            unsaved: RwSignal::new(false),
            last_error: RwSignal::new(read_error),
            handed_over,
            emptied: StoredValue::new(false),
            _turn: StoredValue::new_local(turn),
        }
    }

    /// The open database, for reads that are not made at start-up (the playbook's); `None`
    /// when the app runs in memory.
    pub(crate) fn database(&self) -> Option<Db> {
        self.db.get_value()
    }

    /// Whether another tab has the data now, so this page no longer saves.
    pub fn handed_over(&self) -> Option<Handover> {
        self.handed_over.get()
    }

    /// The same, read in an event handler.
    pub fn handed_over_untracked(&self) -> Option<Handover> {
        self.handed_over.get_untracked()
    }

    /// Why nothing is being kept, when the browser refused storage.
    pub fn unavailable(&self) -> Option<StorageError> {
        self.unavailable.get_value()
    }

    /// Stored records that could not be read when the app opened.
    pub fn unreadable(&self) -> UnreadableRecords {
        self.unreadable.get_value()
    }

    pub fn is_saving(&self) -> bool {
        self.pending_writes.get() > 0
    }

    /// Whether anything was written since the page loaded (not reactive: see
    /// [`Self::is_saving`] for each write as it starts).
    pub fn has_written(&self) -> bool {
        self.wrote.get_value()
    }

    /// Counts a write that starts; [`Self::finished_write`] counts it out.
    fn started_write(&self) {
        self.wrote.set_value(true);
        self.pending_writes.update(|n| *n += 1);
    }

    fn finished_write(&self) {
        self.pending_writes.update(|n| *n -= 1);
    }

    pub fn last_error(&self) -> Option<StorageError> {
        self.last_error.get()
    }

    pub fn dismiss_error(&self) {
        self.last_error.set(None);
    }

    /// Whether the browser emptied the database under this page (see
    /// [`StorageError::Emptied`]); it stays so until a reload.
    pub fn was_emptied(&self) -> bool {
        self.emptied.get_value()
    }

    /// Notes a failed change: it is on screen but not stored.
    fn failed(&self, error: StorageError) {
        self.note_lost_turn(&error);
        self.unsaved.set(true);
        self.last_error.set(Some(error));
    }

    /// A write that found the turn to save gone: another tab has it, or the browser emptied
    /// the database it was stored in. Either lasts until a reload.
    fn note_lost_turn(&self, error: &StorageError) {
        match error {
            StorageError::OtherTab => self.handed_over.update(|now| {
                now.get_or_insert(Handover::OtherTab);
            }),
            StorageError::Emptied => self.emptied.set_value(true),
            _ => {}
        }
    }

    /// Stores one record (keyed by its `id`) in `store`.
    pub fn put<T: Serialize + 'static>(&self, store: &'static str, record: T) {
        let record = Rc::new(record);
        self.run(move |db| {
            let record = record.clone();
            async move { storage::put(&db, store, &*record).await }
        });
    }

    /// Adds a record that replaces none (a tap), handed to the browser at once; see
    /// `storage::append`.
    pub fn append<T: Serialize + 'static>(&self, store: &'static str, record: T) {
        let record = Rc::new(record);
        self.run(move |db| {
            let record = record.clone();
            async move { storage::append(&db, store, &*record).await }
        });
    }

    /// Stores several records of one kind in one transaction: all of them or none.
    pub fn put_all<T: Serialize + 'static>(&self, store: &'static str, records: Vec<T>) {
        let records = Rc::new(records);
        self.run(move |db| {
            let records = records.clone();
            async move { storage::put_all(&db, store, &records).await }
        });
    }

    /// Every tally event of `meeting`; nothing when the app runs without storage.
    pub async fn tally_events_of(
        self,
        meeting: crate::domain::ids::MeetingId,
    ) -> Result<Vec<crate::domain::tally::TallyEvent>, StorageError> {
        match self.db.get_value() {
            Some(db) => storage::tally_events_of(&db, meeting).await,
            None => Ok(Vec::new()),
        }
    }

    /// Deletes every tally event of `meeting`.
    pub fn delete_tally_of(&self, meeting: crate::domain::ids::MeetingId) {
        self.run(move |db| async move { storage::delete_tally_of(&db, meeting).await });
    }

    /// Every readable tally event of every meeting, with how many stored taps did not read;
    /// nothing when the app runs without storage.
    pub async fn all_tally_events(
        self,
    ) -> Result<storage::StoreRead<crate::domain::tally::TallyEvent>, StorageError> {
        match self.db.get_value() {
            // The export offered after a failed write reads through here: a connection the
            // browser closed is opened again first.
            Some(db) => match storage::all_tally_events(&db).await {
                Err(StorageError::Closed) => {
                    storage::all_tally_events(&self.reopened(&db).await?).await
                }
                read => read,
            },
            None => Ok(storage::StoreRead {
                records: Vec::new(),
                unreadable: 0,
            }),
        }
    }

    /// Writes an import's records, all stores in one transaction. Refused without storage: an
    /// import that vanishes on reload would look like data loss.
    pub async fn write_import(self, writes: &Writes) -> Result<(), StorageError> {
        if let Some(handover) = self.handed_over.get_untracked() {
            return Err(handover.error());
        }
        match self.db.get_value() {
            Some(db) => {
                self.started_write();
                let result = storage::write_import(&db, writes).await;
                self.finished_write();
                if let Err(error) = &result {
                    self.note_lost_turn(error);
                }
                result
            }
            None => Err(self
                .unavailable()
                .unwrap_or(StorageError::Unavailable("no database is open".into()))),
        }
    }

    /// Shows a failure that happened outside a write (a read, say).
    pub fn report(&self, error: StorageError) {
        self.last_error.set(Some(error));
    }

    /// Stores a small app-wide value under `key`.
    pub fn put_setting<T: Serialize + 'static>(&self, key: &'static str, value: T) {
        let value = Rc::new(value);
        self.run(move |db| {
            let value = value.clone();
            async move { storage::put_setting(&db, key, &*value).await }
        });
    }

    /// Removes the record with this key from `store`.
    pub fn delete(&self, store: &'static str, key: String) {
        self.run(move |db| {
            let key = key.clone();
            async move { storage::delete(&db, store, key).await }
        });
    }

    /// Runs one write. Writes start in call order, and IndexedDB runs read-write transactions on
    /// the same store in the order they were created, so the last change always wins.
    ///
    /// A write the browser refuses because it closed the connection (it does after a full disk)
    /// is tried once more on a new connection. A write that still fails leaves the save status
    /// at "Not saved" until the page is reloaded: the change is on screen but not stored, and
    /// no later success makes it so.
    fn run<F, Fut>(&self, write: F)
    where
        F: Fn(Db) -> Fut + 'static,
        Fut: Future<Output = Result<(), StorageError>> + 'static,
    {
        let Some(db) = self.db.get_value() else {
            return;
        };
        if let Some(handover) = self.handed_over.get_untracked() {
            self.last_error.set(Some(handover.error()));
            return;
        }
        let this = *self;
        this.started_write();
        spawn_local(async move {
            let mut result = write(db.clone()).await;
            if result == Err(StorageError::Closed) {
                result = match this.reopened(&db).await {
                    Ok(db) => write(db).await,
                    Err(error) => Err(error),
                };
            }
            this.finished_write();
            if let Err(error) = result {
                this.failed(error);
            }
        });
    }

    /// A working connection in place of `closed`: the one another write already reopened, or a
    /// new one (which keeps this tab's turn).
    async fn reopened(&self, closed: &Db) -> Result<Db, StorageError> {
        if let Some(current) = self.db.get_value().filter(|db| !db.same_connection(closed)) {
            return Ok(current);
        }
        // A connection that cannot be had again is a closed one, whatever the browser says
        // (after a full disk: "Internal error opening backing store").
        let db = closed.reopen().await.map_err(|_| StorageError::Closed)?;
        self.db.set_value(Some(db.clone()));
        Ok(db)
    }

    /// Whether a change shown on screen failed to be stored since the page was loaded.
    pub fn has_unsaved_changes(&self) -> bool {
        self.unsaved.get()
    }
}
