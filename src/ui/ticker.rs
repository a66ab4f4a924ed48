//! A `now` signal for screens that show running time.

use crate::domain::time::Timestamp;
use crate::ui::now::now;
use gloo_timers::callback::Interval;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The wall-clock time, refreshed every `period_ms`. The displayed values are computed from
/// instants, so a throttled background tab that ticks late still shows the right time.
pub fn use_now(period_ms: u32) -> ReadSignal<Timestamp> {
    let (current, set_current) = signal(now());
    let interval = Interval::new(period_ms, move || set_current.set(now()));
    // on_cleanup needs Send; the interval lives on this thread only.
    let interval = SendWrapper::new(interval);
    on_cleanup(move || drop(interval.take()));
    current
}
