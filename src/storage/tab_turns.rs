//! One tab saves at a time. Each tab keeps the workspace in memory and writes whole records, so
//! two tabs editing at once would silently undo each other's changes: the older tab's copy of a
//! meeting, written after a tap, would wipe a note-taker chosen in the newer one. So the tab
//! opened last takes the turn, and every other tab stops saving until the user picks it again
//! (which reloads it with what is stored, and takes the turn back).
//!
//! The turn itself is kept in the database ([`Db::take_turn`]) and every write checks it in its
//! own transaction, so two tabs can never both write, whatever the timing. The message sent
//! here only tells the other tabs at once, so they show it before their next write is refused.

use super::database::Db;
use super::error::StorageError;
use gloo_events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "smarketing-tabs";

/// What a tab does when it learns another one has the turn now.
type OnTaken = Rc<RefCell<Option<Box<dyn FnMut()>>>>;

/// This tab's turn to save, and the listener that hears of a later one.
#[derive(Clone)]
pub struct TabTurn {
    _channel: Option<BroadcastChannel>,
    taken_since: Rc<Cell<bool>>,
    on_taken: OnTaken,
    _listener: Option<Rc<EventListener>>,
}

impl TabTurn {
    /// Starts listening for other tabs, then takes the turn in the database and tells them.
    /// Listening comes first, so a tab that takes the turn while this one is still loading is
    /// heard. Call it before reading the stores.
    pub async fn take(db: &Db) -> Result<TabTurn, StorageError> {
        let channel = BroadcastChannel::new(CHANNEL).ok();
        let taken_since = Rc::new(Cell::new(false));
        let on_taken: OnTaken = Rc::default();
        let listener = channel.as_ref().map(|channel| {
            let (db, taken_since, on_taken) = (db.clone(), taken_since.clone(), on_taken.clone());
            let listener = EventListener::new(channel, "message", move |event| {
                let theirs = event
                    .dyn_ref::<MessageEvent>()
                    .and_then(|message| message.data().as_f64());
                // Before this tab has its turn, any turn heard of is lower than the one it
                // will get: turns only grow.
                let later = matches!((theirs, db.turn()), (Some(t), Some(mine)) if t > mine as f64);
                if later
                    && !taken_since.replace(true)
                    && let Some(on_taken) = on_taken.borrow_mut().as_mut()
                {
                    on_taken();
                }
            });
            Rc::new(listener)
        });
        let turn = db.take_turn().await?;
        if let Some(channel) = &channel {
            // Telling is a courtesy: without it the other tabs learn at their next write.
            let _ = channel.post_message(&JsValue::from_f64(turn as f64));
        }
        Ok(TabTurn {
            _channel: channel,
            taken_since,
            on_taken,
            _listener: listener,
        })
    }

    /// Calls `on_taken` once another tab takes the turn after this one (at once if one
    /// already has).
    pub fn when_taken(&self, mut on_taken: impl FnMut() + 'static) {
        if self.taken_since.get() {
            on_taken();
        } else {
            *self.on_taken.borrow_mut() = Some(Box::new(on_taken));
        }
    }
}
