//! Small app-wide values (the mute switch, say), each under its own key.

use super::database::{Db, stores};
use super::error::StorageError;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The key the rotation's settings are stored under.
pub const SCHEDULE_SETTING: &str = "schedule";

pub async fn get_setting<T: DeserializeOwned>(
    db: &Db,
    key: &str,
) -> Result<Option<T>, StorageError> {
    let read = |e: indexed_db_futures::error::Error| StorageError::read("settings", e);
    let tx = db.0.transaction(stores::SETTINGS).build().map_err(read)?;
    let store = tx.object_store(stores::SETTINGS).map_err(read)?;
    store
        .get(key.to_string())
        .serde()
        .map_err(read)?
        .await
        .map_err(read)
}

pub async fn put_setting<T: Serialize>(db: &Db, key: &str, value: &T) -> Result<(), StorageError> {
    let tx =
        db.0.transaction(stores::SETTINGS)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(StorageError::write)?;
    let store = tx
        .object_store(stores::SETTINGS)
        .map_err(StorageError::write)?;
    store
        .put(value)
        .with_key(key.to_string())
        .serde()
        .map_err(StorageError::write)?;
    tx.commit().await.map_err(StorageError::write)
}
