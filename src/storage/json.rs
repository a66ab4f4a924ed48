//! Records cross into IndexedDB as JSON: written as `JSON.parse` of serde_json's text, read back
//! through `JSON.stringify`. A record is then stored just as the exchange file writes it (a
//! missing value is `null`), and the app carries one serde format, not two: serde-wasm-bindgen
//! compiled a second copy of every record's (de)serializer into the bundle.
//!
//! Batches (an import's records, a store read whole) take one `JSON.parse` or
//! `JSON.stringify` for all their records.

use super::error::StorageError;
use crate::domain::exchange::path::read_json;
use indexed_db_futures::primitive::TryToJs;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

/// A record already turned into a JS value, put as it is.
pub(super) struct Json(pub(super) JsValue);

impl TryToJs for Json {
    fn try_to_js(&self) -> indexed_db_futures::Result<JsValue> {
        Ok(self.0.clone())
    }
}

fn unwritable(detail: impl ToString) -> StorageError {
    StorageError::Write(detail.to_string())
}

/// One record, ready to put.
pub(super) fn to_js<T: Serialize>(record: &T) -> Result<Json, StorageError> {
    let text = serde_json::to_string(record).map_err(unwritable)?;
    js_sys::JSON::parse(&text)
        .map(Json)
        .map_err(|_| unwritable("the record could not be prepared"))
}

/// Many records in one go, ready to put one by one.
pub(super) fn to_js_all<T: Serialize>(
    records: &[T],
) -> Result<impl Iterator<Item = Json>, StorageError> {
    let text = serde_json::to_string(records).map_err(unwritable)?;
    let array = js_sys::JSON::parse(&text)
        .ok()
        .and_then(|parsed| parsed.dyn_into::<js_sys::Array>().ok())
        .ok_or_else(|| unwritable("the records could not be prepared"))?;
    Ok(array.into_iter().map(Json))
}

/// One stored value, as `T`, read as the import reads a record (see [`read_json`]).
pub(super) fn from_js<T: DeserializeOwned>(value: &JsValue) -> Result<T, String> {
    let text: String = js_sys::JSON::stringify(value)
        .map_err(|_| "a stored value is not JSON".to_string())?
        .into();
    read_json(&text)
}

/// Stored values, as `T`s, read in one go.
pub(super) fn from_js_all<T: DeserializeOwned>(
    values: impl IntoIterator<Item = JsValue>,
) -> Result<Vec<T>, String> {
    from_js(&values.into_iter().collect::<js_sys::Array>().into())
}
