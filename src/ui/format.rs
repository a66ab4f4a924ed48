//! The browser's local calendar and clock: showing instants in the user's own time zone, and
//! reading the date-time inputs. The domain keeps UTC milliseconds and calendar dates; only the
//! browser knows the local zone. Dates are written by the domain (`date_text`), so a date reads
//! the same on every page, in the minutes and in files.

use crate::domain::time::Timestamp;
use crate::ui::now::now;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use wasm_bindgen::JsValue;

fn date(at: Timestamp) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(at.0 as f64))
}

/// "Wed 25 Nov 2026, 14:00" in the browser's locale and time zone.
pub fn date_time(at: Timestamp) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date(at)
        .to_locale_string("default", &options)
        .as_string()
        .unwrap_or_default()
}

/// The value a `datetime-local` input shows for `at`: "2026-11-25T14:00".
pub fn datetime_local_value(at: Timestamp) -> String {
    let d = date(at);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Reads a `datetime-local` value as local time; `None` when it is empty or not a date.
pub fn parse_datetime_local(value: &str) -> Option<Timestamp> {
    if value.trim().is_empty() {
        return None;
    }
    let millis = js_sys::Date::new(&JsValue::from_str(value)).get_time();
    millis.is_finite().then_some(Timestamp(millis as i64))
}

/// The local calendar date of an instant; `None` outside the calendar.
pub fn local_date(at: Timestamp) -> Option<NaiveDate> {
    let date = date(at);
    NaiveDate::from_ymd_opt(
        i32::try_from(date.get_full_year()).ok()?,
        date.get_month() + 1,
        date.get_date(),
    )
}

/// Today in the browser's time zone.
pub fn today() -> NaiveDate {
    local_date(now()).unwrap_or_default()
}

/// The instant a local wall-clock time stands for; `None` when the browser cannot say.
pub fn timestamp_of(local: NaiveDateTime) -> Option<Timestamp> {
    let date = js_sys::Date::new_with_year_month_day_hr_min(
        u32::try_from(local.year()).ok()?,
        local.month0() as i32,
        local.day() as i32,
        local.hour() as i32,
        local.minute() as i32,
    );
    let millis = date.get_time();
    millis.is_finite().then_some(Timestamp(millis as i64))
}
