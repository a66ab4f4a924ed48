//! The facilitator's side: the "Open room display" button, and the live meeting told to any
//! room window as it changes.

use super::channel::RoomChannel;
use super::options::RoomDisplayOptions;
use super::room_hash;
use crate::domain::person::REMOVED_PERSON;
use crate::domain::room::{
    ChimesPlace, GoRoundSeat, HEARTBEAT_MS, Participation, RoomMessage, RoomSnapshot,
};
use crate::domain::tally::{Balance, Measure};
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::{PreferencesState, RosterState};
use crate::ui::tally::TallySession;
use gloo_timers::callback::Interval;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// Where the room's snapshot comes from; all `Copy` handles, read when a snapshot is made.
#[derive(Clone, Copy)]
struct Sources {
    live: LiveMeeting,
    roster: RosterState,
    preferences: PreferencesState,
    tally: TallySession,
}

impl Sources {
    /// The meeting as the room should show it. Reads signals: inside an effect, a change to
    /// any of them sends a new snapshot.
    fn snapshot(&self) -> RoomSnapshot {
        let mut options = self.preferences.room_options();
        // Muted means silent everywhere, the room display too.
        if self.preferences.muted() {
            options.chimes = ChimesPlace::Laptop;
        }
        let name_of = |id| {
            self.roster
                .person(id)
                .map_or_else(|| REMOVED_PERSON.to_string(), |p| p.name)
        };
        let participation = options.shares_tally().then(|| self.participation(&name_of));
        self.live.meeting.with(|meeting| RoomSnapshot {
            title: meeting.title.clone(),
            scheduled_at: meeting.scheduled_at,
            agenda: meeting.agenda.clone(),
            clock: meeting.clock.clone(),
            go_round: meeting
                .attendees
                .iter()
                .map(|&person| GoRoundSeat {
                    name: name_of(person),
                    asked: meeting.go_round_mark(person).is_some(),
                })
                .collect(),
            options,
            participation: participation.flatten(),
        })
    }

    fn participation(
        &self,
        name_of: &impl Fn(crate::domain::ids::PersonId) -> String,
    ) -> Option<Participation> {
        self.tally.with(|summary| {
            let balance = Balance::of(summary, Measure::Turns);
            Participation {
                score: balance.score_percent(),
                bars: balance
                    .rows
                    .iter()
                    .map(|row| {
                        (
                            name_of(row.person),
                            (row.bar.clamp(0.0, 1.0) * 100.0).round() as u8,
                        )
                    })
                    .collect(),
            }
        })
    }
}

/// Publishes the meeting on the room channel while the live screen is open, and offers the
/// button that opens the room window.
#[component]
pub fn OpenRoomDisplay() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let sources = Sources {
        live,
        roster: expect_context(),
        preferences: expect_context(),
        tally: expect_context(),
    };
    let meeting_key = live.id.to_string();
    if let Some(channel) = RoomChannel::open() {
        publish(sources, meeting_key, channel);
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
        // Settings for a running room: gone once the meeting is closed, which is read-only.
        <Show when=move || !live.view.get().is_closed()>
            <RoomDisplayOptions />
        </Show>
    }
}

fn publish(sources: Sources, meeting_key: String, channel: RoomChannel) {
    let send = {
        let (channel, key) = (channel.clone(), meeting_key.clone());
        move |snapshot: RoomSnapshot| {
            channel.send(&RoomMessage::State {
                meeting: key.clone(),
                snapshot: Box::new(snapshot),
            })
        }
    };
    // Every change to what the room shows (clock, agenda, go-round, options, the tally while
    // the strip is on) goes out at once.
    let on_change = send.clone();
    Effect::new(move |_| on_change(sources.snapshot()));
    let state = move || send(untrack(|| sources.snapshot()));
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
