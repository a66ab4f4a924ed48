//! The tally's records. Every tap is appended as its own event and never rewritten: a mistake
//! is corrected by appending an undo, so the record survives a reload and two stored copies of
//! a meeting merge by event id.

use crate::domain::ids::{MeetingId, PersonId, TallyEventId};
use crate::domain::sort::SortByKey;
use crate::domain::tagged::{MissingField, Object, required};
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// One tap on the tally, stored on its own in IndexedDB (keyed by `id`, so ids are unique).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TallyEvent {
    pub id: TallyEventId,
    pub meeting_id: MeetingId,
    pub at: Timestamp,
    /// Index of the agenda segment that was running at the tap.
    pub segment: usize,
    pub kind: TallyEventKind,
}

/// What a tap recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "snake_case",
    try_from = "Object<StoredTallyEventKind>"
)]
pub enum TallyEventKind {
    /// A checkmark next to a name: `person` spoke up once. This is what "turns" count.
    Contribution { person: PersonId },
    /// Cancels the contribution `cancels`. Naming the event (rather than saying "the last
    /// one") keeps the meaning fixed however the events are replayed.
    Undo { cancels: TallyEventId },
    /// Timed mode: `person` has the floor from `at`; whoever had it stops.
    SpeakerStarted { person: PersonId },
    /// Timed mode: nobody has the floor from `at`.
    SpeakerStopped,
}

/// A tap's kind as stored, read in one pass (see [`crate::domain::tagged`]).
#[derive(Deserialize)]
struct StoredTallyEventKind {
    #[serde(rename = "type")]
    name: TallyEventName,
    person: Option<PersonId>,
    cancels: Option<TallyEventId>,
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum TallyEventName {
    Contribution,
    Undo,
    SpeakerStarted,
    SpeakerStopped,
}

impl TryFrom<Object<StoredTallyEventKind>> for TallyEventKind {
    type Error = MissingField;

    fn try_from(
        Object(stored): Object<StoredTallyEventKind>,
    ) -> Result<TallyEventKind, MissingField> {
        let person = || required(stored.person, "person");
        Ok(match stored.name {
            TallyEventName::Contribution => TallyEventKind::Contribution { person: person()? },
            TallyEventName::Undo => TallyEventKind::Undo {
                cancels: required(stored.cancels, "cancels")?,
            },
            TallyEventName::SpeakerStarted => TallyEventKind::SpeakerStarted { person: person()? },
            TallyEventName::SpeakerStopped => TallyEventKind::SpeakerStopped,
        })
    }
}

impl TallyEvent {
    pub fn new(
        id: TallyEventId,
        meeting_id: MeetingId,
        at: Timestamp,
        segment: usize,
        kind: TallyEventKind,
    ) -> TallyEvent {
        TallyEvent {
            id,
            meeting_id,
            at,
            segment,
            kind,
        }
    }
}

/// Puts one meeting's events loaded from storage in the order they happened. IndexedDB returns
/// them by id, which is random; the sort is stable, so taps in the same millisecond keep the
/// order they were loaded in.
pub fn sort_for_replay(events: &mut [TallyEvent]) {
    events.sort_by_key_dyn(|event| event.at);
}

/// Why a tap cannot be recorded. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TallyError {
    #[error("There is nothing to undo.")]
    NothingToUndo,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(n: u128, at: i64, kind: TallyEventKind) -> TallyEvent {
        TallyEvent::new(
            TallyEventId::from_u128(n),
            MeetingId::from_u128(1),
            Timestamp(at),
            0,
            kind,
        )
    }

    #[test]
    fn kind_serializes_with_a_type_tag() {
        let kind = TallyEventKind::Contribution {
            person: PersonId::from_u128(7),
        };
        assert_eq!(
            serde_json::to_string(&kind).unwrap(),
            r#"{"type":"contribution","person":"00000000-0000-0000-0000-000000000007"}"#
        );
        assert_eq!(
            serde_json::to_string(&TallyEventKind::SpeakerStopped).unwrap(),
            r#"{"type":"speaker_stopped"}"#
        );
    }

    #[test]
    fn event_round_trips_through_json() {
        let undo = event(
            2,
            5,
            TallyEventKind::Undo {
                cancels: TallyEventId::from_u128(1),
            },
        );
        let json = serde_json::to_string(&undo).unwrap();
        assert_eq!(serde_json::from_str::<TallyEvent>(&json).unwrap(), undo);
        let person = PersonId::from_u128(7);
        for kind in [
            TallyEventKind::Contribution { person },
            TallyEventKind::SpeakerStarted { person },
            TallyEventKind::SpeakerStopped,
        ] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(serde_json::from_str::<TallyEventKind>(&json).unwrap(), kind);
        }
        let error = serde_json::from_str::<TallyEventKind>(r#"{"type":"undo"}"#).unwrap_err();
        assert!(
            error.to_string().contains("missing field `cancels`"),
            "{error}"
        );
        let error = serde_json::from_str::<TallyEventKind>(r#"{"type":"cheer"}"#).unwrap_err();
        assert!(
            error.to_string().contains("unknown variant `cheer`"),
            "{error}"
        );
    }

    #[test]
    fn replay_order_is_by_time_and_stable_for_ties() {
        let stop = TallyEventKind::SpeakerStopped;
        let mut events = vec![event(3, 20, stop), event(1, 10, stop), event(2, 10, stop)];
        sort_for_replay(&mut events);
        let ids: Vec<_> = events.iter().map(|e| e.id).collect();
        assert_eq!(
            ids,
            [1, 2, 3].map(TallyEventId::from_u128),
            "same-millisecond taps keep their loaded order"
        );
    }

    #[test]
    fn nothing_to_undo_reads_as_a_sentence() {
        assert_eq!(
            TallyError::NothingToUndo.to_string(),
            "There is nothing to undo."
        );
    }
}
