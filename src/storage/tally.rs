//! Reading tally events, wherever they are kept. Taps made in this browser are appended one
//! record each (`tally_events`); the taps of imported meetings arrive by the thousand and are
//! kept as one archive record per meeting (`tally_archives`), since writing tens of thousands
//! of single records in one transaction takes seconds. Readers see one list either way.

use super::database::{Db, indexes, stores};
use super::error::StorageError;
use super::json::{self, Json};
use super::records::{StoreRead, get_all_by, get_all_js, get_js, read_all};
use crate::domain::exchange::path::read_json;
use crate::domain::ids::MeetingId;
use crate::domain::tally::TallyEvent;
use indexed_db_futures::prelude::*;
use js_sys::Reflect;
use serde::de::value::SeqAccessDeserializer;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;
use wasm_bindgen::JsValue;

/// The imported taps of one meeting. Never changed by tapping; only imports write it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TallyArchive {
    pub meeting_id: MeetingId,
    events: ArchivedTaps,
}

/// How an archive holds its taps. Archives are written as one JSON text: IndexedDB copies a
/// string far faster than hundreds of small objects (the five-year import's taps went from
/// 250 to 60 ms). The first archives held the list itself, and still read.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
enum ArchivedTaps {
    Text(String),
    List(Vec<TallyEvent>),
}

/// Read by the JSON's own shape, a text or a list: serde's untagged enums copy the value into
/// a generic tree first, with a second deserializer for every type inside (see
/// [`crate::domain::tagged`]).
impl<'de> Deserialize<'de> for ArchivedTaps {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ArchivedTaps, D::Error> {
        struct TapsVisitor;

        impl<'de> Visitor<'de> for TapsVisitor {
            type Value = ArchivedTaps;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("the taps as JSON text or as a list")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<ArchivedTaps, E> {
                Ok(ArchivedTaps::Text(text.to_owned()))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<ArchivedTaps, E> {
                Ok(ArchivedTaps::Text(text))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<ArchivedTaps, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq)).map(ArchivedTaps::List)
            }
        }

        deserializer.deserialize_any(TapsVisitor)
    }
}

impl TallyArchive {
    pub fn new(meeting_id: MeetingId, events: &[TallyEvent]) -> Result<TallyArchive, StorageError> {
        let text = serde_json::to_string(events).map_err(|e| StorageError::Write(e.to_string()))?;
        Ok(TallyArchive {
            meeting_id,
            events: ArchivedTaps::Text(text),
        })
    }

    /// An archive as the first version wrote it, for tests of reading old records.
    pub fn listed(meeting_id: MeetingId, events: Vec<TallyEvent>) -> TallyArchive {
        TallyArchive {
            meeting_id,
            events: ArchivedTaps::List(events),
        }
    }

    /// The record as stored, built field by field: through serde_json the taps' JSON text
    /// would be escaped into a JSON string and parsed back, megabytes of work for nothing.
    pub(super) fn to_js(&self) -> Result<Json, StorageError> {
        let events = match &self.events {
            ArchivedTaps::Text(text) => JsValue::from_str(text),
            ArchivedTaps::List(events) => serde_json::to_string(events)
                .map_err(|e| StorageError::Write(e.to_string()))?
                .into(),
        };
        let record = js_sys::Object::new();
        // Setting a property on a fresh plain object cannot fail.
        let meeting_id = self.meeting_id.to_string().into();
        let _ = Reflect::set(&record, &"meeting_id".into(), &meeting_id);
        let _ = Reflect::set(&record, &"events".into(), &events);
        Ok(Json(record.into()))
    }

    /// Reads a stored archive, taking the taps' text as it is.
    pub(super) fn from_js(stored: &JsValue) -> Result<TallyArchive, StorageError> {
        let unreadable = |e: String| StorageError::unreadable(stores::TALLY_ARCHIVES, e);
        let field = |name: &str| Reflect::get(stored, &name.into()).unwrap_or(JsValue::UNDEFINED);
        match field("events").as_string() {
            Some(text) => Ok(TallyArchive {
                meeting_id: json::from_js(&field("meeting_id")).map_err(unreadable)?,
                events: ArchivedTaps::Text(text),
            }),
            None => json::from_js(stored).map_err(unreadable),
        }
    }

    pub fn events(self) -> Result<Vec<TallyEvent>, StorageError> {
        match self.events {
            ArchivedTaps::List(events) => Ok(events),
            ArchivedTaps::Text(text) => {
                read_json(&text).map_err(|e| StorageError::unreadable(stores::TALLY_ARCHIVES, e))
            }
        }
    }
}

/// Every tally event of `meeting`, appended and archived, in no particular order.
pub async fn tally_events_of(db: &Db, meeting: MeetingId) -> Result<Vec<TallyEvent>, StorageError> {
    let mut events: Vec<TallyEvent> =
        get_all_by(db, indexes::TALLY_BY_MEETING, meeting.to_string()).await?;
    if let Some(archive) = get_js(db, stores::TALLY_ARCHIVES, meeting.to_string()).await? {
        events.extend(TallyArchive::from_js(&archive)?.events()?);
    }
    Ok(events)
}

/// Deletes every tally event of `meeting`, appended and archived, in one transaction.
pub async fn delete_tally_of(db: &Db, meeting: MeetingId) -> Result<(), StorageError> {
    let appended = tally_events_of_appended(db, meeting).await?;
    let tx = db
        .write_transaction(&[stores::TALLY_EVENTS, stores::TALLY_ARCHIVES])
        .await?;
    let taps = tx
        .object_store(stores::TALLY_EVENTS)
        .map_err(StorageError::write)?;
    for event in appended {
        taps.delete(event.id.to_string())
            .primitive()
            .map_err(StorageError::write)?;
    }
    tx.object_store(stores::TALLY_ARCHIVES)
        .map_err(StorageError::write)?
        .delete(meeting.to_string())
        .primitive()
        .map_err(StorageError::write)?;
    super::error::commit(tx).await
}

async fn tally_events_of_appended(
    db: &Db,
    meeting: MeetingId,
) -> Result<Vec<TallyEvent>, StorageError> {
    get_all_by(db, indexes::TALLY_BY_MEETING, meeting.to_string()).await
}

/// Every readable tally event of every meeting. A tap or an imported meeting's archive that
/// does not read costs only itself: it is counted (an archive as one record), left as stored,
/// and the rest load, as for every other store.
pub async fn all_tally_events(db: &Db) -> Result<StoreRead<TallyEvent>, StorageError> {
    let mut read: StoreRead<TallyEvent> = read_all(db, stores::TALLY_EVENTS).await?;
    for archive in get_all_js(db, stores::TALLY_ARCHIVES).await? {
        match TallyArchive::from_js(&archive).and_then(TallyArchive::events) {
            Ok(events) => read.records.extend(events),
            Err(_) => read.unreadable += 1,
        }
    }
    Ok(read)
}
