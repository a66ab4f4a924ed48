//! The one place the UI reads the wall clock; the domain gets time as a value from here.

use crate::domain::time::Timestamp;

#[cfg(target_arch = "wasm32")]
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// Natively (the tests of the reactive glue) the system clock stands in for the browser's.
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> Timestamp {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Timestamp(i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX))
}

/// Today in the browser's time zone.
pub fn local_today() -> chrono::NaiveDate {
    local_date_of(now()).unwrap_or_default()
}

/// The local calendar date of an instant; `None` outside the calendar.
#[cfg(target_arch = "wasm32")]
pub fn local_date_of(at: Timestamp) -> Option<chrono::NaiveDate> {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.0 as f64));
    chrono::NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
}

/// Natively there is no browser time zone: the date in UTC.
#[cfg(not(target_arch = "wasm32"))]
pub fn local_date_of(at: Timestamp) -> Option<chrono::NaiveDate> {
    chrono::DateTime::from_timestamp_millis(at.0).map(|instant| instant.date_naive())
}
