//! The one place the UI reads the wall clock; the domain gets time as a value from here.

use crate::domain::time::Timestamp;

pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// Today in the browser's time zone.
pub fn local_today() -> chrono::NaiveDate {
    local_date_of(now()).unwrap_or_default()
}

/// The local calendar date of an instant; `None` outside the calendar.
pub fn local_date_of(at: Timestamp) -> Option<chrono::NaiveDate> {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.0 as f64));
    chrono::NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
}
