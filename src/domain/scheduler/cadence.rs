//! When meetings happen: weekly, fortnightly or monthly on a weekday at a time of day.
//!
//! The first meeting is the first chosen weekday on or after the start date. Fortnightly
//! meetings count their fortnights from it. Monthly meetings keep its place in the month: a
//! first meeting on the 2nd Tuesday gives the 2nd Tuesday of every month. A 5th weekday
//! exists in only some months, so a first meeting in the fifth week means "the last such
//! weekday of each month". (The same day of the month would drift across weekdays, and the
//! meeting is tied to a weekday.)

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// One name for serde, form values, storage keys and URLs: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Frequency {
    Weekly,
    Fortnightly,
    Monthly,
}

impl Frequency {
    pub const ALL: [Frequency; 3] = [
        Frequency::Weekly,
        Frequency::Fortnightly,
        Frequency::Monthly,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Frequency::Weekly => "Weekly",
            Frequency::Fortnightly => "Every two weeks",
            Frequency::Monthly => "Monthly (same week of the month)",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cadence {
    pub frequency: Frequency,
    pub weekday: Weekday,
    /// Local wall-clock time; exported as floating time, so it stays 9:30 wherever it opens.
    #[serde(deserialize_with = "crate::domain::date_text::read::time_of_day")]
    pub time_of_day: NaiveTime,
    #[serde(deserialize_with = "crate::domain::date_text::read::date")]
    pub start: NaiveDate,
}

impl Cadence {
    /// The first `weekday` on or after `start`.
    pub fn first_date(&self) -> NaiveDate {
        let ahead = (7 + self.weekday.num_days_from_monday()
            - self.start.weekday().num_days_from_monday())
            % 7;
        self.start
            .checked_add_days(Days::new(u64::from(ahead)))
            .unwrap_or(self.start)
    }

    /// Meeting dates on or after `from`, in order, until the calendar runs out.
    pub fn dates_from(&self, from: NaiveDate) -> Box<dyn Iterator<Item = NaiveDate>> {
        let first = self.first_date();
        let from = from.max(first);
        match self.frequency {
            Frequency::Weekly => every_n_days(first, from, 7),
            Frequency::Fortnightly => every_n_days(first, from, 14),
            Frequency::Monthly => monthly(first, from),
        }
    }
}

/// The next `count` meetings on or after `from`, leaving out the `skipped` dates (holidays):
/// a skipped date does not shorten the list.
pub fn upcoming_meetings(
    cadence: &Cadence,
    from: NaiveDate,
    skipped: &[NaiveDate],
    count: usize,
) -> Vec<NaiveDateTime> {
    let skipped: BTreeSet<NaiveDate> = skipped.iter().copied().collect();
    cadence
        .dates_from(from)
        .filter(|date| !skipped.contains(date))
        .take(count)
        .map(|date| date.and_time(cadence.time_of_day))
        .collect()
}

fn every_n_days(
    first: NaiveDate,
    from: NaiveDate,
    step: u64,
) -> Box<dyn Iterator<Item = NaiveDate>> {
    // Jump straight to the first date on or after `from` instead of walking from the start.
    let behind = u64::try_from((from - first).num_days()).unwrap_or(0);
    let steps = behind.div_ceil(step);
    let start = first.checked_add_days(Days::new(steps * step));
    Box::new(std::iter::successors(start, move |date| {
        date.checked_add_days(Days::new(step))
    }))
}

/// Which week of the month the meeting keeps.
#[derive(Clone, Copy)]
enum WeekOfMonth {
    Nth(u8),
    Last,
}

fn monthly(first: NaiveDate, from: NaiveDate) -> Box<dyn Iterator<Item = NaiveDate>> {
    let weekday = first.weekday();
    let week = match (first.day() - 1) / 7 + 1 {
        5 => WeekOfMonth::Last,
        n => WeekOfMonth::Nth(n as u8),
    };
    let months_behind =
        (from.year() - first.year()) * 12 + from.month() as i32 - first.month() as i32;
    let first_month = first.with_day(1).expect("the first of a month exists");
    let start_month = first_month.checked_add_months(Months::new(months_behind.max(0) as u32));
    Box::new(
        std::iter::successors(start_month, |month| {
            month.checked_add_months(Months::new(1))
        })
        .filter_map(move |month| day_in_month(month, weekday, week))
        .filter(move |date| *date >= from),
    )
}

fn day_in_month(month: NaiveDate, weekday: Weekday, week: WeekOfMonth) -> Option<NaiveDate> {
    match week {
        WeekOfMonth::Nth(n) => {
            NaiveDate::from_weekday_of_month_opt(month.year(), month.month(), weekday, n)
        }
        WeekOfMonth::Last => {
            let last_day = month.checked_add_months(Months::new(1))?.pred_opt()?;
            let back = (7 + last_day.weekday().num_days_from_monday()
                - weekday.num_days_from_monday())
                % 7;
            last_day.checked_sub_days(Days::new(u64::from(back)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn cadence(frequency: Frequency, weekday: Weekday, start: NaiveDate) -> Cadence {
        Cadence {
            frequency,
            weekday,
            time_of_day: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
            start,
        }
    }

    /// The days of `times`, as ISO dates.
    fn dates(times: &[NaiveDateTime]) -> Vec<String> {
        times.iter().map(|t| t.date().to_string()).collect()
    }

    #[test]
    fn first_meeting_is_the_first_weekday_on_or_after_the_start() {
        // 2025-06-03 is a Tuesday.
        let on_the_day = cadence(Frequency::Weekly, Weekday::Tue, date(2025, 6, 3));
        assert_eq!(on_the_day.first_date(), date(2025, 6, 3));
        let day_after = cadence(Frequency::Weekly, Weekday::Mon, date(2025, 6, 3));
        assert_eq!(day_after.first_date(), date(2025, 6, 9));
    }

    #[test]
    fn weekly_meetings_carry_the_time_of_day() {
        let c = cadence(Frequency::Weekly, Weekday::Tue, date(2025, 6, 3));
        let times = upcoming_meetings(&c, date(2025, 1, 1), &[], 3);
        assert_eq!(
            times,
            vec![
                date(2025, 6, 3).and_hms_opt(9, 30, 0).unwrap(),
                date(2025, 6, 10).and_hms_opt(9, 30, 0).unwrap(),
                date(2025, 6, 17).and_hms_opt(9, 30, 0).unwrap(),
            ]
        );
    }

    #[test]
    fn fortnightly_keeps_its_fortnights_when_planning_from_a_later_date() {
        let c = cadence(Frequency::Fortnightly, Weekday::Tue, date(2025, 6, 3));
        // 2025-06-11 falls in an "off" week: the next meeting is 17 June.
        let times = upcoming_meetings(&c, date(2025, 6, 11), &[], 2);
        assert_eq!(dates(&times), ["2025-06-17", "2025-07-01"]);
        // Planning from a meeting day includes that meeting.
        let times = upcoming_meetings(&c, date(2025, 6, 17), &[], 1);
        assert_eq!(dates(&times), ["2025-06-17"]);
    }

    #[test]
    fn monthly_keeps_the_nth_weekday_of_the_month() {
        // 2025-06-10 is the 2nd Tuesday of June.
        let c = cadence(Frequency::Monthly, Weekday::Tue, date(2025, 6, 10));
        let times = upcoming_meetings(&c, date(2025, 6, 1), &[], 4);
        assert_eq!(
            dates(&times),
            ["2025-06-10", "2025-07-08", "2025-08-12", "2025-09-09"]
        );
    }

    #[test]
    fn monthly_from_a_fifth_weekday_means_the_last_one() {
        // 2025-01-31 is the 5th Friday of January; February has only four Fridays.
        let c = cadence(Frequency::Monthly, Weekday::Fri, date(2025, 1, 29));
        let times = upcoming_meetings(&c, date(2025, 1, 1), &[], 3);
        assert_eq!(dates(&times), ["2025-01-31", "2025-02-28", "2025-03-28"]);
    }

    #[test]
    fn monthly_planning_from_years_later_jumps_ahead() {
        let c = cadence(Frequency::Monthly, Weekday::Tue, date(2025, 6, 10));
        // 2nd Tuesday of March 2030 is the 12th; from the 13th the next is April's 9th.
        let times = upcoming_meetings(&c, date(2030, 3, 13), &[], 1);
        assert_eq!(dates(&times), ["2030-04-09"]);
    }

    #[test]
    fn skipped_dates_are_left_out_and_the_count_is_kept() {
        let c = cadence(Frequency::Weekly, Weekday::Tue, date(2025, 6, 3));
        let skipped = [date(2025, 6, 10), date(2025, 6, 24), date(2025, 1, 1)];
        let times = upcoming_meetings(&c, date(2025, 6, 1), &skipped, 4);
        assert_eq!(
            dates(&times),
            ["2025-06-03", "2025-06-17", "2025-07-01", "2025-07-08"]
        );
    }

    #[test]
    fn the_calendar_running_out_ends_the_list_instead_of_panicking() {
        let c = cadence(
            Frequency::Weekly,
            Weekday::Tue,
            NaiveDate::MAX - Days::new(10),
        );
        assert!(upcoming_meetings(&c, NaiveDate::MIN, &[], 5).len() <= 2);
        let monthly = cadence(
            Frequency::Monthly,
            Weekday::Tue,
            NaiveDate::MAX - Days::new(40),
        );
        assert!(upcoming_meetings(&monthly, NaiveDate::MIN, &[], 5).len() <= 2);
    }
}
