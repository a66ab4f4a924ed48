//! What a meeting's clock says once it is over (or about to be): each segment's actual time
//! against its plan, and what finishing now would skip.

use super::MeetingClock;
use crate::domain::agenda::format_elapsed;
use crate::domain::time::Timestamp;

/// One segment's actual time against its plan (as extended during the meeting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentReport {
    pub planned_ms: u64,
    pub actual_ms: u64,
}

/// How a segment went, in words for the finished screen and the minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentVerdict {
    /// No time was spent on it.
    NotHeld,
    Early {
        ms: u64,
    },
    OnTime,
    Over {
        ms: u64,
    },
}

impl SegmentReport {
    /// Compared in the whole seconds the screen shows (actual times are shown rounded down),
    /// so "4:00 of 5:00" always reads "1:00 under", never "0:59 under".
    pub fn verdict(&self) -> SegmentVerdict {
        if self.actual_ms == 0 {
            return SegmentVerdict::NotHeld;
        }
        let (planned, actual) = (self.planned_ms / 1000, self.actual_ms / 1000);
        match actual.cmp(&planned) {
            std::cmp::Ordering::Equal => SegmentVerdict::OnTime,
            std::cmp::Ordering::Less => SegmentVerdict::Early {
                ms: (planned - actual) * 1000,
            },
            std::cmp::Ordering::Greater => SegmentVerdict::Over {
                ms: (actual - planned) * 1000,
            },
        }
    }
}

impl std::fmt::Display for SegmentVerdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            SegmentVerdict::NotHeld => f.write_str("not held"),
            SegmentVerdict::Early { ms } => write!(f, "{} under", format_elapsed(ms)),
            SegmentVerdict::OnTime => f.write_str("on time"),
            SegmentVerdict::Over { ms } => write!(f, "{} over", format_elapsed(ms)),
        }
    }
}

impl MeetingClock {
    /// Planned and actual time per segment at `now`, in agenda order.
    pub fn report(&self, now: Timestamp) -> Vec<SegmentReport> {
        self.planned_ms
            .iter()
            .zip(self.actual_ms(now))
            .map(|(&planned_ms, actual_ms)| SegmentReport {
                planned_ms,
                actual_ms,
            })
            .collect()
    }
}

/// The question to ask before finishing when segments have not started, naming them
/// (`titles` in agenda order); `None` when nothing would be skipped, so no question is needed.
pub fn finish_question(titles: &[&str]) -> Option<String> {
    let quoted: Vec<String> = titles.iter().map(|t| format!("“{t}”")).collect();
    let (last, rest) = quoted.split_last()?;
    let (names, verb) = if rest.is_empty() {
        (last.clone(), "has")
    } else {
        (format!("{} and {last}", rest.join(", ")), "have")
    };
    Some(format!(
        "{names} {verb} not started. Finish the meeting anyway?"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_read_as_words() {
        let report = |planned_ms, actual_ms| {
            SegmentReport {
                planned_ms,
                actual_ms,
            }
            .verdict()
            .to_string()
        };
        assert_eq!(report(300_000, 0), "not held");
        assert_eq!(report(300_000, 240_000), "1:00 under");
        assert_eq!(report(300_000, 240_100), "1:00 under", "as 4:00 is shown");
        assert_eq!(report(300_000, 299_999), "0:01 under");
        assert_eq!(report(300_000, 300_400), "on time");
        assert_eq!(report(300_000, 450_000), "2:30 over");
        assert_eq!(report(0, 5_000), "0:05 over");
    }

    #[test]
    fn the_finish_question_names_what_has_not_started() {
        assert_eq!(finish_question(&[]), None);
        assert_eq!(
            finish_question(&["New action items"]).unwrap(),
            "“New action items” has not started. Finish the meeting anyway?"
        );
        assert_eq!(
            finish_question(&["A", "B", "C"]).unwrap(),
            "“A”, “B” and “C” have not started. Finish the meeting anyway?"
        );
    }
}
