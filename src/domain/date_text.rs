//! Dates and times as text, written out by hand. chrono's `format("%…")` interprets its format
//! string at run time, and that interpreter is a sizeable part of the browser bundle.

use chrono::{Datelike, Month, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// "2026-12-01", as date inputs and file names want it.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// "09:30".
pub fn hour_minute(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// "1 December 2026".
pub fn long_date(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), month_name(date), date.year())
}

/// "Tue 1 Dec 2026".
pub fn short_day(date: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        date.weekday(),
        date.day(),
        &month_name(date)[..3],
        date.year()
    )
}

/// "Tue 1 Dec 2026, 09:30".
pub fn short_day_time(at: NaiveDateTime) -> String {
    format!("{}, {}", short_day(at.date()), hour_minute(at.time()))
}

/// "20261201": iCalendar's basic date.
pub fn compact_date(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// "20261201T093000": iCalendar's basic date-time.
pub fn compact_date_time(at: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        compact_date(at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// Reads what a date input holds ("2026-12-01").
pub fn read_iso_date(text: &str) -> Option<NaiveDate> {
    text.trim().parse().ok()
}

/// Reads what a time input holds: "09:30", or "09:30:15" where the browser adds seconds.
pub fn read_hour_minute(text: &str) -> Option<NaiveTime> {
    let two_digits = |part: &str| {
        (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let mut parts = text.trim().split(':');
    let hour = two_digits(parts.next()?)?;
    let minute = two_digits(parts.next()?)?;
    let second = match parts.next() {
        None => 0,
        Some(part) => two_digits(part)?,
    };
    if parts.next().is_some() {
        return None;
    }
    NaiveTime::from_hms_opt(hour, minute, second)
}

fn month_name(date: NaiveDate) -> &'static str {
    Month::try_from(date.month() as u8).map_or("", |month| month.name())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn writes_what_chrono_formats_write(days in 0i32..200_000, secs in 0u32..86_400) {
            let date = NaiveDate::from_num_days_from_ce_opt(days + 400_000).unwrap();
            let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap();
            let at = date.and_time(time);
            prop_assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
            prop_assert_eq!(hour_minute(time), time.format("%H:%M").to_string());
            prop_assert_eq!(long_date(date), date.format("%-d %B %Y").to_string());
            prop_assert_eq!(short_day(date), date.format("%a %-d %b %Y").to_string());
            prop_assert_eq!(short_day_time(at), at.format("%a %-d %b %Y, %H:%M").to_string());
            prop_assert_eq!(compact_date(date), date.format("%Y%m%d").to_string());
            prop_assert_eq!(compact_date_time(at), at.format("%Y%m%dT%H%M%S").to_string());
            prop_assert_eq!(read_iso_date(&iso_date(date)), Some(date));
            prop_assert_eq!(read_hour_minute(&hour_minute(time)), time.with_second(0));
        }
    }

    #[test]
    fn time_inputs_read_with_or_without_seconds_and_nothing_else() {
        assert_eq!(read_hour_minute("09:30"), NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(
            read_hour_minute(" 23:59 "),
            NaiveTime::from_hms_opt(23, 59, 0)
        );
        assert_eq!(
            read_hour_minute("09:30:15"),
            NaiveTime::from_hms_opt(9, 30, 15)
        );
        for wrong in [
            "",
            "9:30",
            "09:3",
            "24:00",
            "09:60",
            "09:30:00:00",
            "ab:cd",
            "+9:30",
        ] {
            assert_eq!(read_hour_minute(wrong), None, "{wrong:?}");
        }
    }
}
