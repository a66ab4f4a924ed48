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

/// Reads a date as date inputs, records and files write it ("2026-12-01"), as chrono's own
/// reading does: a year of one to four digits, or signed with more (chrono writes years past
/// 9999 as "+10000"), and a month and day of one or two digits.
pub fn read_iso_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let (sign, unsigned) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => (0, text),
    };
    let mut parts = unsigned.split('-');
    let year_digits = if sign == 0 { 4 } else { 9 };
    let year = number(parts.next()?, year_digits)?;
    let month = number(parts.next()?, 2)?;
    let day = number(parts.next()?, 2)?;
    if parts.next().is_some() {
        return None;
    }
    let year = if sign < 0 {
        -(year as i32)
    } else {
        year as i32
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A number of one to `most` ASCII digits.
fn number(part: &str, most: usize) -> Option<u32> {
    (1..=most)
        .contains(&part.len())
        .then_some(part)
        .filter(|part| part.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()
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

/// serde's `deserialize_with` for the dates and times of records and files, read by
/// [`read_iso_date`] and [`read_hour_minute`]: chrono's own reading runs its format
/// interpreter. Writing stays chrono's. `Option` and `Vec` fields take `option_date` and
/// `dates`, and then need `#[serde(default)]` to stay optional.
pub mod read {
    use super::{read_hour_minute, read_iso_date};
    use chrono::{NaiveDate, NaiveTime};
    use serde::de::{Deserialize, Deserializer, Error, Unexpected, Visitor};
    use std::fmt;

    /// A value read from its text by `read`; anything else is refused, saying what was expected.
    struct TextVisitor<T> {
        expecting: &'static str,
        read: fn(&str) -> Option<T>,
    }

    impl<T> Visitor<'_> for TextVisitor<T> {
        type Value = T;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str(self.expecting)
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
            (self.read)(text).ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
        }
    }

    struct IsoDate(NaiveDate);

    impl<'de> Deserialize<'de> for IsoDate {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<IsoDate, D::Error> {
            deserializer
                .deserialize_str(TextVisitor {
                    expecting: "a date such as 2026-12-01",
                    read: read_iso_date,
                })
                .map(IsoDate)
        }
    }

    pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        IsoDate::deserialize(deserializer).map(|date| date.0)
    }

    pub fn option_date<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Option::<IsoDate>::deserialize(deserializer).map(|date| date.map(|date| date.0))
    }

    pub fn dates<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<NaiveDate>, D::Error> {
        let dates = Vec::<IsoDate>::deserialize(deserializer)?;
        Ok(dates.into_iter().map(|date| date.0).collect())
    }

    pub fn time_of_day<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveTime, D::Error> {
        deserializer.deserialize_str(TextVisitor {
            expecting: "a time of day such as 09:30",
            read: read_hour_minute,
        })
    }
}

fn month_name(date: NaiveDate) -> &'static str {
    Month::try_from(date.month() as u8).map_or("", |month| month.name())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate};
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

    proptest! {
        #[test]
        fn reads_every_date_chrono_writes(days in NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce()) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let written = serde_json::to_string(&date).unwrap();
            prop_assert_eq!(read_iso_date(written.trim_matches('"')), Some(date));
            let read: Wrapped = serde_json::from_str(&format!(r#"{{"date":{written}}}"#)).unwrap();
            prop_assert_eq!(read.date, date);
        }

        #[test]
        fn reads_dates_as_chrono_does(text in "[+-]?[0-9]{0,6}-[0-9]{0,3}-[0-9]{0,3}|[0-9+-]{0,12}") {
            prop_assert_eq!(read_iso_date(&text), text.parse::<NaiveDate>().ok(), "{}", text);
        }
    }

    #[derive(serde::Deserialize)]
    struct Wrapped {
        #[serde(deserialize_with = "read::date")]
        date: NaiveDate,
    }

    #[test]
    fn records_read_their_dates_and_times_and_say_what_is_wrong() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Record {
            #[serde(default, deserialize_with = "read::option_date")]
            due: Option<NaiveDate>,
            #[serde(default, deserialize_with = "read::dates")]
            skipped: Vec<NaiveDate>,
            #[serde(deserialize_with = "read::time_of_day")]
            at: NaiveTime,
        }
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let time = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
        let written = serde_json::to_string(&time).unwrap();
        let read = |json: &str| serde_json::from_str::<Record>(json);
        assert_eq!(
            read(&format!(
                r#"{{"due":"2026-12-01","skipped":["2026-12-08"],"at":{written}}}"#
            ))
            .unwrap(),
            Record {
                due: Some(day(1)),
                skipped: vec![day(8)],
                at: time
            }
        );
        assert_eq!(
            read(r#"{"due":null,"at":"09:30"}"#).unwrap(),
            Record {
                due: None,
                skipped: vec![],
                at: time
            }
        );
        assert_eq!(read(r#"{"at":"09:30"}"#).unwrap().due, None);
        let error = read(r#"{"due":"tomorrow","at":"09:30"}"#).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected a date such as 2026-12-01"),
            "{error}"
        );
        let error = read(r#"{"at":"half past nine"}"#).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected a time of day such as 09:30"),
            "{error}"
        );
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
