//! Wall-clock time as plain values. The domain never reads a clock: callers pass `now` in
//! (the browser's `Date.now()`), so every rule can be tested to the millisecond.

use serde::{Deserialize, Serialize};

/// An instant in milliseconds since the Unix epoch, as `Date.now()` returns it.
///
/// Read only within [`Timestamp::LIMIT_MS`] of the epoch, the range a JavaScript `Date` holds:
/// a stored or imported time beyond it could not be shown, and one beyond 2^53 would not even
/// survive IndexedDB (it comes back rounded).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "i64", into = "i64")]
pub struct Timestamp(pub i64);

/// Why a number is not a [`Timestamp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "this time is {0} ms from 1970; a browser keeps times up to 8640000000000000 ms (about \
     270,000 years) either side"
)]
pub struct OutOfRange(i64);

impl TryFrom<i64> for Timestamp {
    type Error = OutOfRange;

    fn try_from(millis: i64) -> Result<Self, Self::Error> {
        if millis.unsigned_abs() > Timestamp::LIMIT_MS.unsigned_abs() {
            Err(OutOfRange(millis))
        } else {
            Ok(Timestamp(millis))
        }
    }
}

impl From<Timestamp> for i64 {
    fn from(at: Timestamp) -> i64 {
        at.0
    }
}

impl Timestamp {
    /// The furthest a JavaScript `Date` reaches from the epoch, either way: 100,000,000 days.
    pub const LIMIT_MS: i64 = 8_640_000_000_000_000;

    /// Milliseconds from `earlier` to `self`; negative when `earlier` is later.
    pub fn millis_since(self, earlier: Timestamp) -> i64 {
        self.0 - earlier.0
    }

    pub fn plus_millis(self, millis: i64) -> Timestamp {
        Timestamp(self.0 + millis)
    }

    /// The instant as a UTC date-time, for display and file names.
    pub fn to_utc(self) -> Option<chrono::DateTime<chrono::Utc>> {
        chrono::DateTime::from_timestamp_millis(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millis_since_is_signed() {
        assert_eq!(Timestamp(1_500).millis_since(Timestamp(1_000)), 500);
        assert_eq!(Timestamp(1_000).millis_since(Timestamp(1_500)), -500);
    }

    #[test]
    fn reads_only_times_a_browser_can_hold() {
        let read = |json: &str| serde_json::from_str::<Timestamp>(json);
        assert_eq!(
            read("8640000000000000").unwrap(),
            Timestamp(Timestamp::LIMIT_MS)
        );
        assert_eq!(
            read("-8640000000000000").unwrap(),
            Timestamp(-Timestamp::LIMIT_MS)
        );
        // The number from the bug report: it came back from IndexedDB as 9223372036854776000.
        let refused = read("9223372036854775807").unwrap_err().to_string();
        assert!(refused.contains("a browser keeps times"), "{refused}");
        assert!(read("8640000000000001").is_err());
        assert!(read("-9223372036854775808").is_err());
        assert_eq!(serde_json::to_string(&Timestamp(42)).unwrap(), "42");
    }

    #[test]
    fn converts_to_utc() {
        let utc = Timestamp(1_764_000_000_000).to_utc().unwrap();
        assert_eq!(utc.to_rfc3339(), "2025-11-24T16:00:00+00:00");
    }
}
