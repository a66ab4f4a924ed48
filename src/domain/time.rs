//! Wall-clock time as plain values. The domain never reads a clock: callers pass `now` in
//! (the browser's `Date.now()`), so every rule can be tested to the millisecond.

use serde::{Deserialize, Serialize};

/// An instant in milliseconds since the Unix epoch, as `Date.now()` returns it.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
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
    fn converts_to_utc() {
        let utc = Timestamp(1_764_000_000_000).to_utc().unwrap();
        assert_eq!(utc.to_rfc3339(), "2025-11-24T16:00:00+00:00");
    }
}
