//! Small app-wide values (the mute switch, say), each under its own key.

use super::database::{Db, stores};
use super::error::StorageError;
use super::json::{from_js, to_js};
use super::records::get_js;
use indexed_db_futures::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The key the rotation's settings are stored under.
pub const SCHEDULE_SETTING: &str = "schedule";

pub async fn get_setting<T: DeserializeOwned>(
    db: &Db,
    key: &str,
) -> Result<Option<T>, StorageError> {
    get_js(db, stores::SETTINGS, key.to_string())
        .await?
        .map(|v| from_js(&v))
        .transpose()
        .map_err(|e| StorageError::unreadable(stores::SETTINGS, e))
}

pub async fn put_setting<T: Serialize>(db: &Db, key: &str, value: &T) -> Result<(), StorageError> {
    let tx = db.write_transaction(&[stores::SETTINGS]).await?;
    let store = tx
        .object_store(stores::SETTINGS)
        .map_err(StorageError::write)?;
    store
        .put(to_js(value)?)
        .with_key(key.to_string())
        .primitive()
        .map_err(StorageError::write)?;
    super::error::commit(tx).await
}
