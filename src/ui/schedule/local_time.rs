//! The browser's local calendar, which only JavaScript knows, and the seed for a new rotation.

use crate::domain::date_text::{short_day, short_day_time};
use crate::domain::time::Timestamp;
use crate::ui::now::now;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use wasm_bindgen::JsValue;

/// The local calendar date of an instant; `None` outside the calendar.
pub fn local_date(at: Timestamp) -> Option<NaiveDate> {
    let date = js_sys::Date::new(&JsValue::from_f64(at.0 as f64));
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

/// "Tue 1 Dec 2026, 09:30".
pub fn meeting_time(local: NaiveDateTime) -> String {
    short_day_time(local)
}

/// "Tue 1 Dec 2026".
pub fn day(date: NaiveDate) -> String {
    short_day(date)
}

/// A fresh tie-breaking seed: two random draws and the clock.
pub fn fresh_seed() -> u64 {
    let draw = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (draw() << 32) ^ draw() ^ (now().0 as u64).rotate_left(17)
}
