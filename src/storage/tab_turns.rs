//! One tab saves at a time. Each tab keeps the workspace in memory and writes whole records, so
//! two tabs editing at once would silently undo each other's changes: the older tab's copy of a
//! meeting, written after a tap, would wipe a note-taker chosen in the newer one. So the tab
//! opened last takes the turn, and every other tab stops saving until the user picks it again
//! (which reloads it with what is stored, and takes the turn back).

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "smarketing-tabs";

/// When a tab took the turn, with a random tie-breaker: of two tabs restored at the same
/// moment, exactly one keeps saving.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
struct Claim {
    at_ms: f64,
    tie_breaker: f64,
}

impl Claim {
    /// Sent as a two-number array: no text to format or parse.
    fn to_message(self) -> JsValue {
        js_sys::Array::of2(&self.at_ms.into(), &self.tie_breaker.into()).into()
    }

    fn from_message(data: &JsValue) -> Option<Claim> {
        let pair = data.dyn_ref::<js_sys::Array>()?;
        Some(Claim {
            at_ms: pair.get(0).as_f64()?,
            tie_breaker: pair.get(1).as_f64()?,
        })
    }
}

/// This tab's claim to save, told to the app's other tabs in this browser.
#[derive(Clone)]
pub struct TabTurn {
    channel: BroadcastChannel,
    claim: Claim,
}

impl TabTurn {
    /// Tells the other tabs that this one saves from now on. `None` where the browser has no
    /// BroadcastChannel: there, tabs are not kept apart.
    pub fn take() -> Option<TabTurn> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let claim = Claim {
            at_ms: js_sys::Date::now(),
            tie_breaker: js_sys::Math::random(),
        };
        channel.post_message(&claim.to_message()).ok()?;
        Some(TabTurn { channel, claim })
    }

    /// Calls `on_taken` when another tab takes the turn after this one. The listener lives as
    /// long as the returned value.
    pub fn when_taken(&self, mut on_taken: impl FnMut() + 'static) -> EventListener {
        let mine = self.claim;
        EventListener::new(&self.channel, "message", move |event| {
            let theirs = event
                .dyn_ref::<MessageEvent>()
                .and_then(|message| Claim::from_message(&message.data()));
            if theirs.is_some_and(|theirs| theirs > mine) {
                on_taken();
            }
        })
    }
}
