//! Reading and writing whole records of one kind. Every write is its own read-write
//! transaction and is committed before the call returns: indexed_db_futures rolls back a
//! transaction that is dropped without `commit`, which would lose data silently.

use super::database::Db;
use super::error::StorageError;
use super::json::{from_js_all, to_js};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

/// Every record in `store`, in key order.
pub async fn get_all<T: DeserializeOwned>(
    db: &Db,
    store: &'static str,
) -> Result<Vec<T>, StorageError> {
    from_js_all(get_all_js(db, store).await?).map_err(|e| StorageError::read(store, e))
}

/// Every record in `store` as stored, in key order.
pub(super) async fn get_all_js(db: &Db, store: &'static str) -> Result<Vec<JsValue>, StorageError> {
    let read = |e: indexed_db_futures::error::Error| StorageError::read(store, e);
    let tx = db.0.transaction(store).build().map_err(read)?;
    let object_store = tx.object_store(store).map_err(read)?;
    let values = object_store
        .get_all::<JsValue>()
        .primitive()
        .map_err(read)?
        .await
        .map_err(read)?;
    values.collect::<Result<_, _>>().map_err(read)
}

/// The records of `store` whose indexed field equals `key`, through the index `(store, index)`.
pub async fn get_all_by<T: DeserializeOwned>(
    db: &Db,
    (store, index): (&'static str, &'static str),
    key: String,
) -> Result<Vec<T>, StorageError> {
    let read = |e: indexed_db_futures::error::Error| StorageError::read(store, e);
    let tx = db.0.transaction(store).build().map_err(read)?;
    let object_store = tx.object_store(store).map_err(read)?;
    let values = object_store
        .index(index)
        .map_err(read)?
        .get_all::<JsValue>()
        .with_query::<String, _>(key)
        .primitive()
        .map_err(read)?
        .await
        .map_err(read)?;
    from_js_all(values.collect::<Result<Vec<_>, _>>().map_err(read)?)
        .map_err(|e| StorageError::read(store, e))
}

/// Inserts or replaces `records` in one transaction: all are written or none.
pub async fn put_all<T: Serialize>(
    db: &Db,
    store: &'static str,
    records: &[T],
) -> Result<(), StorageError> {
    let tx =
        db.0.transaction(store)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(StorageError::write)?;
    let object_store = tx.object_store(store).map_err(StorageError::write)?;
    for record in records {
        object_store
            .put(to_js(record)?)
            .primitive()
            .map_err(StorageError::write)?;
    }
    tx.commit().await.map_err(StorageError::write)
}

/// Inserts or replaces one record (keyed by its `id`).
pub async fn put<T: Serialize>(
    db: &Db,
    store: &'static str,
    record: &T,
) -> Result<(), StorageError> {
    put_all(db, store, std::slice::from_ref(record)).await
}

/// Deletes the record with this key; deleting a missing key is not an error.
pub async fn delete(db: &Db, store: &'static str, key: String) -> Result<(), StorageError> {
    let tx =
        db.0.transaction(store)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(StorageError::write)?;
    let object_store = tx.object_store(store).map_err(StorageError::write)?;
    object_store
        .delete(key)
        .primitive()
        .map_err(StorageError::write)?;
    tx.commit().await.map_err(StorageError::write)
}
