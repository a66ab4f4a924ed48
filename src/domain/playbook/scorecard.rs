//! The scorecard: each KPI's and SLA measure's actual value, recorded in a meeting for the
//! period just ended, judged on or off track against its target, and its trend over meetings.

use super::content::Target;
use super::entry::PlaybookEntry;
use super::quantity::Quantity;
use crate::domain::ids::{MeetingId, PlaybookEntryId, ReadingId};
use crate::domain::sort::SortByKey;
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
    #[serde(deserialize_with = "crate::domain::date_text::read::date")]
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
    mine.sort_by_key_dyn(|r| (r.period_end, r.updated_at, r.id));
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

/// The reading `meeting` recorded for `entry`, if any: a meeting records one value per measure,
/// and typing again changes it.
pub fn reading_of(
    readings: &[Reading],
    entry: PlaybookEntryId,
    meeting: MeetingId,
) -> Option<&Reading> {
    readings
        .iter()
        .filter(|r| r.entry == entry && r.meeting == meeting)
        .max_by_key(|r| (r.updated_at, r.id))
}

/// Records `actual` as `meeting`'s value of `entry` for the period ending `period_end`: the
/// meeting's existing reading changed, or a new one with `id`.
pub fn record(
    readings: &[Reading],
    entry: PlaybookEntryId,
    meeting: MeetingId,
    period_end: NaiveDate,
    actual: Quantity,
    id: ReadingId,
    now: Timestamp,
) -> Reading {
    match reading_of(readings, entry, meeting) {
        Some(existing) => Reading {
            actual,
            period_end,
            updated_at: now.max(existing.updated_at.plus_millis(1)),
            ..existing.clone()
        },
        None => Reading {
            id,
            entry,
            meeting,
            period_end,
            actual,
            created_at: now,
            updated_at: now,
        },
    }
}

/// Where a trend's points and its target line go in a chart of `width` × `height` pixels with
/// `pad` around the plot, in whole pixels (no floats in the bundle). The scale spans the
/// points and the target, so the line to reach is always in view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartGeometry {
    pub points: Vec<(i64, i64)>,
    pub target_y: i64,
}

pub fn chart(
    points: &[TrendPoint],
    target: Quantity,
    width: i64,
    height: i64,
    pad: i64,
) -> ChartGeometry {
    let values = points.iter().map(|p| p.actual.hundredths());
    let low = values
        .clone()
        .chain([target.hundredths()])
        .min()
        .unwrap_or(0);
    let high = values.chain([target.hundredths()]).max().unwrap_or(0);
    let span = (high - low).max(1);
    let plot_h = height - 2 * pad;
    let y = |v: i64| height - pad - ((v - low) as i128 * plot_h as i128 / span as i128) as i64;
    let step = if points.len() > 1 {
        (width - 2 * pad) / (points.len() as i64 - 1)
    } else {
        0
    };
    ChartGeometry {
        points: points
            .iter()
            .enumerate()
            .map(|(i, p)| (pad + step * i as i64, y(p.actual.hundredths())))
            .collect(),
        target_y: y(target.hundredths()),
    }
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
    fn a_meeting_records_one_value_per_measure_and_typing_again_changes_it() {
        let first = record(
            &[],
            PlaybookEntryId::from_u128(5),
            MeetingId::from_u128(1),
            day(1, 31),
            "18".parse().unwrap(),
            ReadingId::from_u128(9),
            Timestamp(10),
        );
        assert_eq!(first.id, ReadingId::from_u128(9));
        let again = record(
            std::slice::from_ref(&first),
            PlaybookEntryId::from_u128(5),
            MeetingId::from_u128(1),
            day(1, 31),
            "19".parse().unwrap(),
            ReadingId::from_u128(10),
            Timestamp(5),
        );
        assert_eq!(again.id, first.id, "the same reading, changed");
        assert_eq!(
            again.updated_at,
            Timestamp(11),
            "later than before, whatever the clock"
        );
    }

    #[test]
    fn the_chart_keeps_points_and_target_in_the_plot() {
        let entry = goal(Direction::AtLeast, 20);
        let readings = [
            reading(1, day(1, 31), "10", 1),
            reading(2, day(2, 28), "30", 2),
            reading(3, day(3, 31), "20", 3),
        ];
        let geometry = chart(
            &trend(&entry, &readings),
            Quantity::whole(20).unwrap(),
            200,
            100,
            10,
        );
        assert_eq!(geometry.points, [(10, 90), (100, 10), (190, 50)]);
        assert_eq!(geometry.target_y, 50);
        let single = chart(
            &trend(&entry, &readings[..1]),
            Quantity::whole(10).unwrap(),
            200,
            100,
            10,
        );
        assert_eq!(single.points, [(10, 90)]);
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
