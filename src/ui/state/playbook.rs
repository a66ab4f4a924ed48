//! The playbook's records: entries with their versions, the decision log, scorecard readings
//! and the alignment check. Read from storage the first time a page needs them, not at start-up,
//! so their code stays out of the first visit's download (the roster does not need it).

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

/// Where the playbook stands in this tab.
#[derive(Clone, Debug, PartialEq)]
enum Loading {
    NotYet,
    Loaded(PlaybookRecords),
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
            records: RwSignal::new(Loading::NotYet),
            unreadable: RwSignal::new(UnreadableRecords::default()),
            persistence,
        }
    }

    /// Reads the playbook from storage unless it is here already.
    pub async fn load(self) -> Result<(), StorageError> {
        if self.is_loaded_untracked() {
            return Ok(());
        }
        let mut unreadable = UnreadableRecords::default();
        let mut records = PlaybookRecords::default();
        if let Some(db) = self.persistence.database() {
            records.entries = read(&db, RecordKind::PlaybookEntry, &mut unreadable).await?;
            records.decisions = read(&db, RecordKind::Decision, &mut unreadable).await?;
            records.readings = read(&db, RecordKind::Reading, &mut unreadable).await?;
            records.statements = read(&db, RecordKind::Statement, &mut unreadable).await?;
            records.scores = read(&db, RecordKind::AlignmentScore, &mut unreadable).await?;
        }
        // Another call may have finished while this one read.
        if self.is_loaded_untracked() {
            return Ok(());
        }
        self.records.set(Loading::Loaded(records));
        self.unreadable.set(unreadable);
        Ok(())
    }

    /// Whether the playbook has been read. Tracks changes.
    pub fn is_loaded(&self) -> bool {
        self.records.with(|r| matches!(r, Loading::Loaded(_)))
    }

    /// Whether the playbook has been read, in an event handler.
    pub fn is_loaded_untracked(&self) -> bool {
        self.records
            .with_untracked(|r| matches!(r, Loading::Loaded(_)))
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
        self.records.with(|loading| match loading {
            Loading::Loaded(records) => read(records),
            Loading::NotYet => read(&PlaybookRecords::default()),
        })
    }

    /// Reads the records without tracking (empty until loaded).
    pub fn with_untracked_records<R>(&self, read: impl FnOnce(&PlaybookRecords) -> R) -> R {
        self.records.with_untracked(|loading| match loading {
            Loading::Loaded(records) => read(records),
            Loading::NotYet => read(&PlaybookRecords::default()),
        })
    }

    pub fn records_untracked(&self) -> PlaybookRecords {
        self.records.with_untracked(|loading| match loading {
            Loading::Loaded(records) => records.clone(),
            Loading::NotYet => PlaybookRecords::default(),
        })
    }

    fn change(&self, change: impl FnOnce(&mut PlaybookRecords)) {
        self.records.update(|loading| {
            if let Loading::Loaded(records) = loading {
                change(records);
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
        let changes = self.records.with_untracked(|loading| match loading {
            Loading::Loaded(r) => {
                MeetingDeleted::of(meeting, &r.readings, &r.scores, &r.decisions, now())
            }
            Loading::NotYet => MeetingDeleted::default(),
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
