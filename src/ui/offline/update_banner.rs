//! The service worker (`sw.js`, written by the build from `web/service-worker.js`) keeps this
//! version's files so the app opens offline. A new version installs in the background and then
//! waits: this banner offers it, and only the user's click switches and reloads, so a running
//! meeting is never reloaded under the facilitator's hands.

use crate::ui::idle::when_idle;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// How often an open tab asks whether a new version was published (a hash-routed app never
/// navigates, so the browser's own check on navigation would not come).
const UPDATE_CHECK_MS: u32 = 60 * 60 * 1000;
/// The message `web/service-worker.js` answers by taking over.
const ACTIVATE_MESSAGE: &str = "activate-new-version";

/// The browser's service workers, where it has them (not in an insecure context).
fn service_workers() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Calls `handler` for each `event` of `target` for as long as the page lives.
fn listen(target: &web_sys::EventTarget, event: &str, handler: impl FnMut() + 'static) {
    let closure = Closure::<dyn FnMut()>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // The page's own listeners, never removed: leak on purpose.
    closure.forget();
}

/// Registers the service worker and reports a version that waits to take over.
async fn register(waiting: RwSignal<Option<SendWrapper<ServiceWorker>>>) {
    let Some(container) = service_workers() else {
        return;
    };
    let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
        // No offline copy this time (e.g. private mode); the app itself works on.
        return;
    };
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    // A version that waits is only new if a page is already served by an older one.
    let offer = {
        let container = container.clone();
        let registration = registration.clone();
        move || {
            if container.controller().is_some()
                && let Some(worker) = registration.waiting()
            {
                waiting.set(Some(SendWrapper::new(worker)));
            }
        }
    };
    offer();
    listen(&registration.clone().into(), "updatefound", {
        let registration = registration.clone();
        move || {
            if let Some(installing) = registration.installing() {
                let offer = offer.clone();
                let worker = installing.clone();
                listen(&installing.into(), "statechange", move || {
                    if worker.state() == ServiceWorkerState::Installed {
                        offer();
                    }
                });
            }
        }
    });
    let check = gloo_timers::callback::Interval::new(UPDATE_CHECK_MS, move || {
        let _ = registration.update();
    });
    // Checks for the page's whole life.
    check.forget();
}

/// "A new version is ready — reload", shown once a new version has installed.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let waiting = RwSignal::new(None::<SendWrapper<ServiceWorker>>);
    // Debug builds (scripts/serve.sh) have no service worker: live reload serves fresh files.
    // When idle: the first page's own files come first.
    if !cfg!(debug_assertions) {
        let registration = Action::new_local(move |_: &()| register(waiting));
        when_idle(move || {
            registration.dispatch(());
        });
    }
    let reload = move |_| {
        let Some(worker) = waiting.get_untracked() else {
            return;
        };
        if let Some(container) = service_workers() {
            // The new version takes over, then this page reloads onto it.
            listen(&container.into(), "controllerchange", || {
                let _ = window().location().reload();
            });
        }
        let _ = worker.post_message(&ACTIVATE_MESSAGE.into());
    };
    move || {
        waiting.with(Option::is_some).then(|| {
            view! {
                <div class="notice update-banner" role="status">
                    <p>"A new version is ready — reload when it suits you (your work is saved)."</p>
                    <button type="button" on:click=reload>"Reload"</button>
                </div>
            }
        })
    }
}
