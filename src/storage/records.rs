//! Reading and writing whole records of one kind. Every write is its own read-write
//! transaction and is committed before the call returns: indexed_db_futures rolls back a
//! transaction that is dropped without `commit`, which would lose data silently.

use super::database::Db;
use super::error::StorageError;
use super::json::{from_js, from_js_all, to_js};
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

/// Every record in `store`, in key order; an error if any one does not read (the app loads
/// with [`read_all`], which reads around it).
pub async fn get_all<T: DeserializeOwned>(
    db: &Db,
    store: &'static str,
) -> Result<Vec<T>, StorageError> {
    from_js_all(get_all_js(db, store).await?).map_err(|e| StorageError::unreadable(store, e))
}

/// A store read record by record: what read, and how many stored records did not.
#[derive(Debug)]
pub struct StoreRead<T> {
    pub records: Vec<T>,
    /// Records left in storage as they are: never rewritten, never exported as something else.
    pub unreadable: usize,
}

/// Every readable record in `store`, in key order. One record that does not read costs that
/// record only: the rest load and it is counted (the bug: one out-of-range `updated_at` made
/// the whole roster unreadable, and the next export wrote everyone as "Removed person").
pub async fn read_all<T: DeserializeOwned>(
    db: &Db,
    store: &'static str,
) -> Result<StoreRead<T>, StorageError> {
    let values = get_all_js(db, store).await?;
    // All at once, the quick way; one by one only when something in the store does not read.
    if let Ok(records) = from_js_all(values.iter().cloned()) {
        return Ok(StoreRead {
            records,
            unreadable: 0,
        });
    }
    let mut read = StoreRead {
        records: Vec::with_capacity(values.len()),
        unreadable: 0,
    };
    for value in &values {
        match from_js(value) {
            Ok(record) => read.records.push(record),
            Err(_) => read.unreadable += 1,
        }
    }
    Ok(read)
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

/// The value stored under `key` in `store`, as stored.
pub(super) async fn get_js(
    db: &Db,
    store: &'static str,
    key: String,
) -> Result<Option<JsValue>, StorageError> {
    let read = |e: indexed_db_futures::error::Error| StorageError::read(store, e);
    let tx = db.0.transaction(store).build().map_err(read)?;
    let object_store = tx.object_store(store).map_err(read)?;
    object_store
        .get::<JsValue, _, _>(key)
        .primitive()
        .map_err(read)?
        .await
        .map_err(read)
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
        .map_err(|e| StorageError::unreadable(store, e))
}

/// Inserts or replaces `records` in one transaction: all are written or none.
pub async fn put_all<T: Serialize>(
    db: &Db,
    store: &'static str,
    records: &[T],
) -> Result<(), StorageError> {
    let tx = db.write_transaction(&[store]).await?;
    let object_store = tx.object_store(store).map_err(StorageError::write)?;
    for record in records {
        object_store
            .put(to_js(record)?)
            .primitive()
            .map_err(StorageError::write)?;
    }
    super::error::commit(tx).await
}

/// Inserts or replaces one record (keyed by its `id`).
pub async fn put<T: Serialize>(
    db: &Db,
    store: &'static str,
    record: &T,
) -> Result<(), StorageError> {
    put_all(db, store, std::slice::from_ref(record)).await
}

/// Adds a record that never replaces another (a tap, with a fresh id), committed at once and
/// without waiting for the turn check of [`put`]: in a burst of taps each one's transaction is
/// handed to the browser straight away, so a tab killed a moment later loses as few as it can
/// (a put behind a check waits for the check to come back). Skipping the check overwrites
/// nothing: a tab that lost its turn adds at most a tap its user made.
pub async fn append<T: Serialize>(
    db: &Db,
    store: &'static str,
    record: &T,
) -> Result<(), StorageError> {
    let tx =
        db.0.transaction(store)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(StorageError::write)?;
    tx.object_store(store)
        .map_err(StorageError::write)?
        .put(to_js(record)?)
        .primitive()
        .map_err(StorageError::write)?;
    super::error::commit(tx).await
}

/// Deletes the record with this key; deleting a missing key is not an error.
pub async fn delete(db: &Db, store: &'static str, key: String) -> Result<(), StorageError> {
    let tx = db.write_transaction(&[store]).await?;
    let object_store = tx.object_store(store).map_err(StorageError::write)?;
    object_store
        .delete(key)
        .primitive()
        .map_err(StorageError::write)?;
    super::error::commit(tx).await
}
