//! The room channel: JSON [`RoomMessage`]s between the facilitator's tab and room windows.
//! Its own channel name, apart from the tabs' saving turn.

use crate::domain::room::RoomMessage;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "smarketing-room";

#[derive(Clone)]
pub struct RoomChannel(BroadcastChannel);

impl RoomChannel {
    /// `None` where the browser has no BroadcastChannel: there is no room display there.
    pub fn open() -> Option<RoomChannel> {
        BroadcastChannel::new(CHANNEL).ok().map(RoomChannel)
    }

    pub fn send(&self, message: &RoomMessage) {
        // A closed channel (the page is going away) has nobody left to tell.
        let _ = self.0.post_message(&message.to_json().into());
    }

    /// Calls `on_message` with every well-formed room message; anything else is ignored. The
    /// listener lives as long as the returned value.
    pub fn listen(&self, mut on_message: impl FnMut(RoomMessage) + 'static) -> EventListener {
        EventListener::new(&self.0, "message", move |event| {
            let message = event
                .dyn_ref::<MessageEvent>()
                .and_then(|event| event.data().as_string())
                .and_then(|text| RoomMessage::from_json(&text));
            if let Some(message) = message {
                on_message(message);
            }
        })
    }

    /// Stops sending and receiving; call when the page part that opened it goes away.
    pub fn close(&self) {
        self.0.close();
    }
}
