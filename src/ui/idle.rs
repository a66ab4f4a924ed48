//! Work that can wait until the browser has nothing better to do.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Runs `task` when the browser is next idle (or soon, where it has no idle callbacks).
pub fn when_idle(task: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(task);
    let window = window();
    let has_idle_callbacks =
        js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    // Either way the handle is not needed: the task is never cancelled.
    if has_idle_callbacks {
        let _ = window.request_idle_callback(callback.unchecked_ref());
    } else {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}
