//! The playbook's records: entries with their versions, the decision log, scorecard readings
//! and the alignment check. Read from storage the first time a page needs them, not at start-up,
//! so their code stays out of the first visit's download (the roster does not need it). The
//! Playbook page reads only its document (entries and decisions, [`PlaybookState::load_document`]):
//! the readers of the readings and the alignment check stay with the pages that show them.

use super::persistence::Persistence;
use crate::domain::exchange::{RecordKind, UnreadableRecords};
use crate::domain::ids::MeetingId;
use crate::domain::playbook::{
    AlignmentScore, Decision, MeetingDeleted, PlaybookEntry, Reading, Statement,
};
use crate::domain::time::Timestamp;
use crate::storage::{self, StorageError, stores};
use crate::ui::now::now;
use leptos::prelude::*;

/// Everything the playbook holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaybookRecords {
    pub entries: Vec<PlaybookEntry>,
    pub decisions: Vec<Decision>,
    pub readings: Vec<Reading>,
    pub statements: Vec<Statement>,
    pub scores: Vec<AlignmentScore>,
}

/// How much of the playbook this tab has read from storage.
/// In the order read: `Document` covers less than `Whole`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaybookRead {
    Nothing,
    /// The entries and the decision log; the readings and the alignment check not yet.
    Document,
    Whole,
}

/// Where the playbook stands in this tab: the records read so far (see [`PlaybookRead`]).
#[derive(Clone, Debug, PartialEq)]
struct Loading {
    read: PlaybookRead,
    records: PlaybookRecords,
}

#[derive(Clone, Copy)]
pub struct PlaybookState {
    records: RwSignal<Loading>,
    /// Stored playbook records that did not read; they stay in storage untouched.
    unreadable: RwSignal<UnreadableRecords>,
    persistence: Persistence,
}

impl PlaybookState {
    pub fn new(persistence: Persistence) -> Self {
        PlaybookState {
            records: RwSignal::new(Loading {
                read: PlaybookRead::Nothing,
                records: PlaybookRecords::default(),
            }),
            unreadable: RwSignal::new(UnreadableRecords::default()),
            persistence,
        }
    }

    /// Reads the whole playbook from storage unless it is here already.
    pub async fn load(self) -> Result<(), StorageError> {
        if self.read_untracked() == PlaybookRead::Whole {
            return Ok(());
        }
        self.load_document().await?;
        // The document's unreadable records, and the rest's added to them.
        let mut unreadable = self.unreadable_untracked();
        let (mut readings, mut statements, mut scores) = Default::default();
        if let Some(db) = self.persistence.database() {
            readings = read(&db, RecordKind::Reading, &mut unreadable).await?;
            statements = read(&db, RecordKind::Statement, &mut unreadable).await?;
            scores = read(&db, RecordKind::AlignmentScore, &mut unreadable).await?;
        }
        // Another call may have finished while this one read.
        if self.read_untracked() == PlaybookRead::Whole {
            return Ok(());
        }
        self.records.update(|loading| {
            loading.read = PlaybookRead::Whole;
            loading.records.readings = readings;
            loading.records.statements = statements;
            loading.records.scores = scores;
        });
        self.unreadable.set(unreadable);
        Ok(())
    }

    /// Reads the playbook's entries and decision log from storage unless they are here already.
    pub async fn load_document(self) -> Result<(), StorageError> {
        if self.read_untracked() != PlaybookRead::Nothing {
            return Ok(());
        }
        let mut unreadable = UnreadableRecords::default();
        let mut records = PlaybookRecords::default();
        if let Some(db) = self.persistence.database() {
            records.entries = read(&db, RecordKind::PlaybookEntry, &mut unreadable).await?;
            records.decisions = read(&db, RecordKind::Decision, &mut unreadable).await?;
        }
        // Another call may have finished while this one read.
        if self.read_untracked() != PlaybookRead::Nothing {
            return Ok(());
        }
        self.records.set(Loading {
            read: PlaybookRead::Document,
            records,
        });
        self.unreadable.set(unreadable);
        Ok(())
    }

    /// How much of the playbook has been read. Tracks changes.
    pub fn read(&self) -> PlaybookRead {
        self.records.with(|loading| loading.read)
    }

    /// How much of the playbook has been read, in an event handler.
    pub fn read_untracked(&self) -> PlaybookRead {
        self.records.with_untracked(|loading| loading.read)
    }

    /// Stored playbook records that could not be read. Tracks changes.
    pub fn unreadable(&self) -> UnreadableRecords {
        self.unreadable.get()
    }

    pub fn unreadable_untracked(&self) -> UnreadableRecords {
        self.unreadable.get_untracked()
    }

    /// Reads the records (empty until loaded). Tracks changes.
    pub fn with<R>(&self, read: impl FnOnce(&PlaybookRecords) -> R) -> R {
        self.records.with(|loading| read(&loading.records))
    }

    /// Reads the records without tracking (empty until loaded).
    pub fn with_untracked_records<R>(&self, read: impl FnOnce(&PlaybookRecords) -> R) -> R {
        self.records
            .with_untracked(|loading| read(&loading.records))
    }

    pub fn records_untracked(&self) -> PlaybookRecords {
        self.records
            .with_untracked(|loading| loading.records.clone())
    }

    fn change(&self, change: impl FnOnce(&mut PlaybookRecords)) {
        self.records.update(|loading| {
            if loading.read != PlaybookRead::Nothing {
                change(&mut loading.records);
            }
        });
    }

    pub fn save_entry(&self, entry: PlaybookEntry) {
        self.change(|r| upsert(&mut r.entries, entry.clone(), |e| e.id));
        self.persistence.put(stores::PLAYBOOK_ENTRIES, entry);
    }

    /// An agreement: the entry and the decision that logs it, saved together.
    pub fn save_agreement(&self, entry: PlaybookEntry, decision: Decision) {
        self.save_entry(entry);
        self.save_decision(decision);
    }

    pub fn save_reading(&self, reading: Reading) {
        self.change(|r| upsert(&mut r.readings, reading.clone(), |x| x.id));
        self.persistence.put(stores::READINGS, reading);
    }

    pub fn save_score(&self, score: AlignmentScore) {
        self.change(|r| upsert(&mut r.scores, score.clone(), |s| s.id));
        self.persistence.put(stores::ALIGNMENT_SCORES, score);
    }

    pub fn save_decision(&self, decision: Decision) {
        self.change(|r| upsert(&mut r.decisions, decision.clone(), |d| d.id));
        self.persistence.put(stores::DECISIONS, decision);
    }

    pub fn save_statements(&self, statements: Vec<Statement>) {
        self.change(|r| {
            for statement in &statements {
                upsert(&mut r.statements, statement.clone(), |s| s.id);
            }
        });
        self.persistence.put_all(stores::STATEMENTS, statements);
    }

    /// Takes out what the playbook holds of `meeting`, which is being deleted (see
    /// [`MeetingDeleted`]); reads the playbook first when no page has yet.
    pub async fn forget_meeting(self, meeting: MeetingId) -> Result<(), StorageError> {
        self.load().await?;
        let changes = self.with_untracked_records(|r| {
            MeetingDeleted::of(meeting, &r.readings, &r.scores, &r.decisions, now())
        });
        self.change(|r| {
            r.readings
                .retain(|reading| !changes.readings.contains(&reading.id));
            r.scores.retain(|score| !changes.scores.contains(&score.id));
        });
        for id in changes.readings {
            self.persistence.delete(stores::READINGS, id.to_string());
        }
        for id in changes.scores {
            self.persistence
                .delete(stores::ALIGNMENT_SCORES, id.to_string());
        }
        for decision in changes.decisions {
            self.save_decision(decision);
        }
        Ok(())
    }

    /// The instant to stamp a change with: never before the record's last change, so the
    /// newer copy keeps winning a merge even if this device's clock is behind.
    pub fn stamp(after: Timestamp) -> Timestamp {
        let now = now();
        if now > after {
            now
        } else {
            after.plus_millis(1)
        }
    }
}

async fn read<T: serde::de::DeserializeOwned>(
    db: &storage::Db,
    kind: RecordKind,
    unreadable: &mut UnreadableRecords,
) -> Result<Vec<T>, StorageError> {
    let read = storage::read_all(db, super::store_of(kind)).await?;
    unreadable.add(kind, read.unreadable);
    Ok(read.records)
}

fn upsert<T, K: PartialEq>(records: &mut Vec<T>, record: T, key: impl Fn(&T) -> K) {
    match records.iter_mut().find(|r| key(r) == key(&record)) {
        Some(existing) => *existing = record,
        None => records.push(record),
    }
}
