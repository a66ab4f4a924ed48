//! The one place the UI reads the wall clock; the domain gets time as a value from here.

use crate::domain::time::Timestamp;

pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}
