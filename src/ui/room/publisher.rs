//! The facilitator's side: the "Open room display" button, and the live meeting told to any
//! room window as it changes.

use super::channel::RoomChannel;
use super::room_hash;
use crate::domain::room::{HEARTBEAT_MS, RoomMessage, RoomSnapshot};
use crate::ui::meeting::LiveMeeting;
use gloo_timers::callback::Interval;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

fn snapshot(live: &LiveMeeting) -> RoomSnapshot {
    live.meeting.with_untracked(|meeting| RoomSnapshot {
        title: meeting.title.clone(),
        scheduled_at: meeting.scheduled_at,
        agenda: meeting.agenda.clone(),
        clock: meeting.clock.clone(),
    })
}

/// Publishes the meeting on the room channel while the live screen is open, and offers the
/// button that opens the room window.
#[component]
pub fn OpenRoomDisplay() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let meeting_key = live.id.to_string();
    if let Some(channel) = RoomChannel::open() {
        publish(live, meeting_key, channel);
    }
    let open = move |_| {
        // A named window: pressing the button again brings the same room window back.
        let _ = window()
            .open_with_url_and_target(&room_hash(live.id), &format!("smarketing-room-{}", live.id));
    };
    view! {
        <button type="button" class="button-secondary" on:click=open>
            "Open room display"
        </button>
    }
}

fn publish(live: LiveMeeting, meeting_key: String, channel: RoomChannel) {
    let state = {
        let (channel, key) = (channel.clone(), meeting_key.clone());
        move || {
            channel.send(&RoomMessage::State {
                meeting: key.clone(),
                snapshot: snapshot(&live),
            })
        }
    };
    // Every change to the meeting (clock, agenda, title) goes out at once.
    let on_change = state.clone();
    Effect::new(move |_| {
        live.meeting.track();
        on_change();
    });
    // A room window that opens or reloads asks; the answer is the state as stored now.
    let asked = {
        let key = meeting_key.clone();
        channel.listen(move |message| {
            if matches!(&message, RoomMessage::Ask { meeting } if *meeting == key) {
                state();
            }
        })
    };
    let heartbeat = {
        let (channel, key) = (channel.clone(), meeting_key.clone());
        Interval::new(HEARTBEAT_MS as u32, move || {
            channel.send(&RoomMessage::Heartbeat {
                meeting: key.clone(),
            })
        })
    };
    let goodbye = {
        let (channel, key) = (channel.clone(), meeting_key.clone());
        move || {
            channel.send(&RoomMessage::Gone {
                meeting: key.clone(),
            })
        }
    };
    // Closing or reloading the tab: the room says it is waiting instead of showing a clock
    // nobody runs. (A tab killed without pagehide is caught by the missing heartbeat.)
    let on_hide = goodbye.clone();
    let hidden = window_event_listener(leptos::ev::pagehide, move |_| on_hide());
    let held = SendWrapper::new((asked, heartbeat, channel));
    on_cleanup(move || {
        // Leaving the live screen in this tab is a goodbye too.
        goodbye();
        hidden.remove();
        let (asked, heartbeat, channel) = held.take();
        drop((asked, heartbeat));
        channel.close();
    });
}
