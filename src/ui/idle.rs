//! Work that can wait until the browser has nothing better to do.

use leptos::prelude::{Owner, on_cleanup, window};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Runs `task` when the browser is next idle (or soon, where it has no idle callbacks), unless
/// the view that asked is gone by then: its signals and actions are disposed with it, and a
/// task that used them would trap (the update banner's registration once did, in
/// `Action::dispatch`, when the shell's notices were rendered a second time).
pub fn when_idle(task: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(task);
    let browser = window();
    let has_idle_callbacks =
        js_sys::Reflect::has(&browser, &"requestIdleCallback".into()).unwrap_or(false);
    if has_idle_callbacks {
        if let Ok(handle) = browser.request_idle_callback(callback.unchecked_ref()) {
            on_cleanup(move || window().cancel_idle_callback(handle));
        }
    } else if let Ok(handle) = browser.set_timeout_with_callback(callback.unchecked_ref()) {
        on_cleanup(move || window().clear_timeout_with_handle(handle));
    }
}

/// [`when_idle`] on behalf of `owner` (when there is one): the task is cancelled only when
/// `owner` is cleaned up, not when the view running this call is.
pub fn when_idle_for(owner: Option<&Owner>, task: impl FnOnce() + 'static) {
    match owner {
        Some(owner) => owner.with(|| when_idle(task)),
        None => when_idle(task),
    }
}
