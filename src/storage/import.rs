//! Writing an import: every store it touches in ONE transaction, so a file is imported whole
//! or not at all, whatever happens halfway (a full disk, a closed tab).

use super::database::{Db, stores};
use super::error::StorageError;
use super::settings::SCHEDULE_SETTING;
use crate::domain::exchange::{Record, SettingsWrite, StoreWrites, Writes};
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;

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
    for record in &writes.puts {
        object_store
            .put(record)
            .serde()
            .map_err(StorageError::write)?;
    }
    Ok(())
}

/// Carries out an import plan's writes in one read-write transaction over all stores.
pub async fn write_import(db: &Db, writes: &Writes) -> Result<(), StorageError> {
    let tx =
        db.0.transaction(stores::ALL)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(StorageError::write)?;
    queue(&tx, stores::PEOPLE, &writes.people)?;
    queue(&tx, stores::TEMPLATES, &writes.templates)?;
    queue(&tx, stores::MEETINGS, &writes.meetings)?;
    queue(&tx, stores::TALLY_EVENTS, &writes.tally_events)?;
    queue(&tx, stores::PROBLEMS, &writes.problems)?;
    queue(&tx, stores::ACTION_ITEMS, &writes.action_items)?;
    queue(&tx, stores::MINUTES, &writes.minutes)?;
    let settings = tx
        .object_store(stores::SETTINGS)
        .map_err(StorageError::write)?;
    match &writes.schedule_settings {
        SettingsWrite::Keep => {}
        SettingsWrite::Put(value) => {
            settings
                .put(value)
                .with_key(SCHEDULE_SETTING.to_string())
                .serde()
                .map_err(StorageError::write)?;
        }
        SettingsWrite::Delete => {
            settings
                .delete(SCHEDULE_SETTING.to_string())
                .primitive()
                .map_err(StorageError::write)?;
        }
    }
    tx.commit().await.map_err(StorageError::write)
}
