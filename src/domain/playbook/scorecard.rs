//! The scorecard: each KPI's and SLA measure's actual value, recorded in a meeting for the
//! period just ended, judged on or off track against its target, and its trend over meetings.

use super::content::Target;
use super::entry::PlaybookEntry;
use super::quantity::Quantity;
use crate::domain::ids::{MeetingId, PlaybookEntryId, ReadingId};
use crate::domain::time::Timestamp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One measured value: what a measure came to by `period_end`, recorded in `meeting`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    pub id: ReadingId,
    pub entry: PlaybookEntryId,
    pub meeting: MeetingId,
    pub period_end: NaiveDate,
    pub actual: Quantity,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Against the target, in words (and, on screen, in colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    OnTrack,
    OffTrack,
}

impl Standing {
    pub fn of(target: &Target, actual: Quantity) -> Standing {
        if target.is_met_by(actual) {
            Standing::OnTrack
        } else {
            Standing::OffTrack
        }
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Standing::OnTrack => "on track",
            Standing::OffTrack => "off track",
        })
    }
}

/// One point of a measure's trend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendPoint {
    pub period_end: NaiveDate,
    pub actual: Quantity,
    pub standing: Standing,
}

/// A measure's readings in date order, each judged against the target in force (the newest
/// agreed version's, or the draft's while nothing is agreed). A second reading for the same
/// period replaces the first (the one updated last wins). Empty for entries without a target.
pub fn trend(entry: &PlaybookEntry, readings: &[Reading]) -> Vec<TrendPoint> {
    let version = entry.in_force().unwrap_or_else(|| entry.newest());
    let Some(target) = version.content.target() else {
        return Vec::new();
    };
    let mut mine: Vec<&Reading> = readings.iter().filter(|r| r.entry == entry.id).collect();
    mine.sort_by_key(|r| (r.period_end, r.updated_at, r.id));
    let mut points: Vec<TrendPoint> = Vec::new();
    for reading in mine {
        let point = TrendPoint {
            period_end: reading.period_end,
            actual: reading.actual,
            standing: Standing::of(target, reading.actual),
        };
        match points.last_mut() {
            Some(last) if last.period_end == reading.period_end => *last = point,
            _ => points.push(point),
        }
    }
    points
}

/// The latest point of each measured entry: the scorecard as the meeting reads it.
pub fn latest(entry: &PlaybookEntry, readings: &[Reading]) -> Option<TrendPoint> {
    trend(entry, readings).pop()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::playbook::content::{Direction, EntryContent, GoalOwner, Topic};

    const T0: Timestamp = Timestamp(1_900_000_000_000);

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2030, m, d).unwrap()
    }

    fn goal(direction: Direction, value: i64) -> PlaybookEntry {
        PlaybookEntry::new(
            PlaybookEntryId::from_u128(5),
            Topic::Kpi,
            &EntryContent::Goal {
                name: "MQL to SQL rate".into(),
                owner: GoalOwner::Both,
                target: Target {
                    direction,
                    value: Quantity::whole(value).unwrap(),
                    unit: "%".into(),
                },
                deadline: day(12, 31),
            },
            T0,
        )
        .unwrap()
    }

    fn reading(n: u128, period_end: NaiveDate, actual: &str, at: i64) -> Reading {
        Reading {
            id: ReadingId::from_u128(n),
            entry: PlaybookEntryId::from_u128(5),
            meeting: MeetingId::from_u128(n),
            period_end,
            actual: actual.parse().unwrap(),
            created_at: Timestamp(at),
            updated_at: Timestamp(at),
        }
    }

    #[test]
    fn each_reading_is_on_or_off_track_against_the_target() {
        let entry = goal(Direction::AtLeast, 20);
        let readings = [
            reading(2, day(2, 28), "21.5", 2),
            reading(1, day(1, 31), "18", 1),
            reading(3, day(3, 31), "20", 3),
        ];
        let points = trend(&entry, &readings);
        let standings: Vec<String> = points.iter().map(|p| p.standing.to_string()).collect();
        assert_eq!(standings, ["off track", "on track", "on track"]);
        assert_eq!(points[0].period_end, day(1, 31));
        assert_eq!(latest(&entry, &readings).unwrap().actual.to_string(), "20");
    }

    #[test]
    fn at_most_targets_are_met_from_below() {
        let entry = goal(Direction::AtMost, 24);
        let points = trend(&entry, &[reading(1, day(1, 31), "30", 1)]);
        assert_eq!(points[0].standing, Standing::OffTrack);
    }

    #[test]
    fn a_period_recorded_twice_keeps_the_last_update() {
        let entry = goal(Direction::AtLeast, 20);
        let readings = [
            reading(1, day(1, 31), "10", 5),
            reading(2, day(1, 31), "25", 9),
        ];
        let points = trend(&entry, &readings);
        assert_eq!(points.len(), 1);
        assert_eq!(points[0].actual.to_string(), "25");
    }
}
