//! Writing an import: every store it touches in ONE transaction, so a file is imported whole
//! or not at all, whatever happens halfway (a full disk, a closed tab).

use super::database::{Db, stores};
use super::error::StorageError;
use super::json::{to_js, to_js_all};
use super::settings::SCHEDULE_SETTING;
use super::tally::TallyArchive;
use crate::domain::exchange::{Record, SettingsWrite, StoreWrites, Writes};
use crate::domain::ids::{MeetingId, TallyEventId};
use crate::domain::tally::TallyEvent;
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use std::collections::{BTreeMap, HashSet};
use wasm_bindgen::JsValue;

fn queue<T: Record>(
    tx: &indexed_db_futures::transaction::Transaction<'_>,
    store: &str,
    writes: &StoreWrites<T>,
) -> Result<(), StorageError> {
    if writes.is_empty() {
        return Ok(());
    }
    let object_store: ObjectStore<'_> = tx.object_store(store).map_err(StorageError::write)?;
    for id in &writes.deletes {
        object_store
            .delete(id.to_string())
            .primitive()
            .map_err(StorageError::write)?;
    }
    for record in to_js_all(&writes.puts)? {
        object_store
            .put(record)
            .primitive()
            .map_err(StorageError::write)?;
    }
    Ok(())
}

/// Adds imported taps to their meetings' archives and takes deleted ones out of them.
async fn archive_taps(
    tx: &indexed_db_futures::transaction::Transaction<'_>,
    writes: &StoreWrites<TallyEvent>,
) -> Result<(), StorageError> {
    if writes.is_empty() {
        return Ok(());
    }
    let store = tx
        .object_store(stores::TALLY_ARCHIVES)
        .map_err(StorageError::write)?;
    let stored = store
        .get_all::<JsValue>()
        .primitive()
        .map_err(StorageError::write)?
        .await
        .map_err(StorageError::write)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(StorageError::write)?;
    let existing = stored
        .iter()
        .map(TallyArchive::from_js)
        .collect::<Result<Vec<_>, _>>()?;
    // A tap put again replaces its archived copy; a deleted one goes.
    let replaced: HashSet<TallyEventId> = writes
        .deletes
        .iter()
        .copied()
        .chain(writes.puts.iter().map(|e| e.id))
        .collect();
    let mut archives: BTreeMap<MeetingId, (Vec<TallyEvent>, bool)> = BTreeMap::new();
    for archive in existing {
        let meeting_id = archive.meeting_id;
        let mut events = archive.events()?;
        let before = events.len();
        events.retain(|e| !replaced.contains(&e.id));
        let changed = events.len() != before;
        archives.insert(meeting_id, (events, changed));
    }
    for event in &writes.puts {
        let (events, changed) = archives.entry(event.meeting_id).or_default();
        events.push(event.clone());
        *changed = true;
    }
    for (meeting_id, (events, changed)) in archives {
        if !changed {
            continue;
        }
        if events.is_empty() {
            store
                .delete(meeting_id.to_string())
                .primitive()
                .map_err(StorageError::write)?;
        } else {
            store
                .put(TallyArchive::new(meeting_id, &events)?.to_js()?)
                .primitive()
                .map_err(StorageError::write)?;
        }
    }
    Ok(())
}

/// Carries out an import plan's writes in one read-write transaction over all stores.
pub async fn write_import(db: &Db, writes: &Writes) -> Result<(), StorageError> {
    let tx = db.write_transaction(stores::ALL).await?;
    queue(&tx, stores::PEOPLE, &writes.people)?;
    queue(&tx, stores::TEMPLATES, &writes.templates)?;
    queue(&tx, stores::MEETINGS, &writes.meetings)?;
    // Taps arrive by the thousand: they go into one archive per meeting (see `tally.rs`).
    let removed_taps = StoreWrites::<TallyEvent> {
        puts: Vec::new(),
        deletes: writes.tally_events.deletes.clone(),
    };
    queue(&tx, stores::TALLY_EVENTS, &removed_taps)?;
    archive_taps(&tx, &writes.tally_events).await?;
    queue(&tx, stores::PROBLEMS, &writes.problems)?;
    queue(&tx, stores::ACTION_ITEMS, &writes.action_items)?;
    queue(&tx, stores::MINUTES, &writes.minutes)?;
    queue(&tx, stores::PLAYBOOK_ENTRIES, &writes.playbook_entries)?;
    queue(&tx, stores::DECISIONS, &writes.decisions)?;
    queue(&tx, stores::READINGS, &writes.readings)?;
    queue(&tx, stores::STATEMENTS, &writes.alignment_statements)?;
    queue(&tx, stores::ALIGNMENT_SCORES, &writes.alignment_scores)?;
    let settings = tx
        .object_store(stores::SETTINGS)
        .map_err(StorageError::write)?;
    match &writes.schedule_settings {
        SettingsWrite::Keep => {}
        SettingsWrite::Put(value) => {
            settings
                .put(to_js(value)?)
                .with_key(SCHEDULE_SETTING.to_string())
                .primitive()
                .map_err(StorageError::write)?;
        }
        SettingsWrite::Delete => {
            settings
                .delete(SCHEDULE_SETTING.to_string())
                .primitive()
                .map_err(StorageError::write)?;
        }
    }
    super::error::commit(tx).await
}
