//! The room window: big, high-contrast, read-only. Everything shown is computed here from the
//! last snapshot and the wall clock, so it is exact however late the snapshot arrived.

use super::channel::RoomChannel;
use super::chime::{chime, sound_allowed};
use crate::domain::agenda::{ClockView, format_countdown};
use crate::domain::ids::MeetingId;
use crate::domain::room::{
    Asking, ChimesPlace, Link, LiveRoom, RoomMessage, RoomSnapshot, RoomView, Strip, stage_class,
};
use crate::domain::time::Timestamp;
use crate::ui::meeting::ProgressBar;
use crate::ui::now::now;
use crate::ui::ticker::use_now;
use gloo_events::EventListener;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// The pointer hides after this long without moving, so it does not sit on the projection.
const POINTER_IDLE_MS: i64 = 3_000;

/// "14:05" in the browser's locale and zone.
fn time_of_day(at: Timestamp) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("hour", "2-digit"), ("minute", "2-digit")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js_sys::Date::new(&(at.0 as f64).into())
        .to_locale_time_string_with_options("default", &options)
        .as_string()
        .unwrap_or_default()
}

fn is_fullscreen() -> bool {
    document().fullscreen_element().is_some()
}

fn toggle_fullscreen() {
    if is_fullscreen() {
        document().exit_fullscreen();
    } else if let Some(root) = document().document_element() {
        let _ = root.request_fullscreen();
    }
}

/// F toggles fullscreen unless a control that takes typing has focus, or a modifier is held
/// (Ctrl+F is the browser's find).
fn is_fullscreen_key(event: &web_sys::KeyboardEvent) -> bool {
    let typing = document().active_element().is_some_and(|element| {
        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || element
                .dyn_ref::<web_sys::HtmlElement>()
                .is_some_and(|element| element.is_content_editable())
    });
    event.key().eq_ignore_ascii_case("f")
        && !typing
        && !(event.ctrl_key() || event.meta_key() || event.alt_key())
}

#[component]
pub fn RoomDisplay(meeting: MeetingId) -> impl IntoView {
    document().set_title("Room display · Smarketing Meetings");
    let tick = use_now(250);
    let snapshot = RwSignal::new(None::<RoomSnapshot>);
    let link = RwSignal::new(Link::default());
    let key = meeting.to_string();
    if let Some(channel) = RoomChannel::open() {
        let listener = channel.listen(move |message| {
            if message.meeting() != key {
                return;
            }
            match message {
                RoomMessage::State { snapshot: s, .. } => {
                    snapshot.set(Some(*s));
                    link.update(|l| l.heard(now()));
                }
                RoomMessage::Heartbeat { .. } => link.update(|l| l.heard(now())),
                RoomMessage::Gone { .. } => link.update(Link::gone),
                RoomMessage::Ask { .. } => {}
            }
        });
        channel.send(&RoomMessage::Ask {
            meeting: meeting.to_string(),
        });
        let held = SendWrapper::new((listener, channel));
        on_cleanup(move || {
            let (listener, channel) = held.take();
            drop(listener);
            channel.close();
        });
    }
    let live = Memo::new(move |_| link.get().is_live(tick.get()));
    let room = Memo::new(move |_| snapshot.with(|s| s.as_ref().map(|s| s.view(tick.get()))));
    let chimes_here = Memo::new(move |_| {
        snapshot.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.options.chimes == ChimesPlace::RoomDisplay)
        })
    });
    let chimed = chime_on_stages(snapshot, tick, live, chimes_here);
    // Browsers start sound only after a click in this window: until then, offer one.
    let sound_ok = RwSignal::new(sound_allowed());

    let fullscreen = RwSignal::new(false);
    let changed = SendWrapper::new(EventListener::new(
        &document(),
        "fullscreenchange",
        move |_| fullscreen.set(is_fullscreen()),
    ));
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        if is_fullscreen_key(&event) {
            event.prevent_default();
            toggle_fullscreen();
        }
    });
    let pointer_moved = RwSignal::new(now());
    let moves = window_event_listener(leptos::ev::pointermove, move |_| pointer_moved.set(now()));
    on_cleanup(move || {
        drop(changed.take());
        keys.remove();
        moves.remove();
    });
    let pointer_idle = move || tick.get().millis_since(pointer_moved.get()) > POINTER_IDLE_MS;

    view! {
        <main
            class="room"
            class:pointer-idle=pointer_idle
            aria-labelledby="room-title"
            data-chimes=move || chimed.get().to_string()
        >
            <div class="room-buttons">
                <Show when=move || chimes_here.get() && !sound_ok.get()>
                    <button type="button" class="room-sound" on:click=move |_| sound_ok.set(true)>
                        "Allow the chimes on this screen"
                    </button>
                </Show>
                <button type="button" class="room-fullscreen" on:click=move |_| toggle_fullscreen()>
                    {move || if fullscreen.get() { "Exit full screen (F)" } else { "Full screen (F)" }}
                </button>
            </div>
            {move || match (live.get(), room.get()) {
                (true, Some(view)) => view! { <RoomScreen view tick /> }.into_any(),
                _ => view! { <Waiting ever_heard=snapshot.with(Option::is_some) /> }.into_any(),
            }}
        </main>
    }
}

/// Plays the chime when the segment enters a warning stage, while the facilitator has put the
/// chimes on the room display. Returns how many have sounded. As on the laptop, the first view
/// after (re)loading is only remembered: a warning already on screen does not sound again.
fn chime_on_stages(
    snapshot: RwSignal<Option<RoomSnapshot>>,
    tick: ReadSignal<Timestamp>,
    live: Memo<bool>,
    chimes_here: Memo<bool>,
) -> RwSignal<u32> {
    let chimed = RwSignal::new(0_u32);
    let last_seen = StoredValue::new(None::<ClockView>);
    Effect::new(move |_| {
        let now = tick.get();
        // Not while the facilitator's tab is silent: its clock may be stale. The last view is
        // kept, so a stage entered meanwhile still sounds once the tab answers again.
        if !live.get() {
            return;
        }
        let Some(view) = snapshot.with(|s| s.as_ref().map(|s| s.clock_view(now))) else {
            return;
        };
        let previous = last_seen.get_value();
        last_seen.set_value(Some(view.clone()));
        let entered = previous.and_then(|previous| view.entered_stage(&previous));
        if let Some(stage) = entered
            && chimes_here.get_untracked()
            && sound_allowed()
        {
            let _ = chime(stage);
            chimed.update(|n| *n += 1);
        }
    });
    chimed
}

/// Shown until the facilitator's tab answers, and again once it has gone quiet: never a clock
/// nobody is running.
#[component]
fn Waiting(ever_heard: bool) -> impl IntoView {
    let why = if ever_heard {
        "The facilitator's meeting tab has closed or stopped answering."
    } else {
        "Open this meeting on the facilitator's laptop; this screen follows it."
    };
    view! {
        <section class="room-waiting" role="status">
            <h1 id="room-title">"Waiting for the facilitator's meeting tab"</h1>
            <p>{why}</p>
        </section>
    }
}

#[component]
fn RoomScreen(view: RoomView, tick: ReadSignal<Timestamp>) -> impl IntoView {
    let clock = move || time_of_day(tick.get());
    let body = match view {
        RoomView::BeforeStart {
            title,
            until_start_ms,
            agenda,
            cap,
        } => view! {
            <section class="room-main">
                <p class="room-kicker">"Starts in"</p>
                <h1 id="room-title" class="room-meeting">{title}</h1>
                <p class="room-countdown" data-testid="room-countdown">
                    {format_countdown(until_start_ms)}
                </p>
            </section>
            <section class="room-side" aria-label="Agenda">
                <h2>"Agenda · cap " {cap}</h2>
                <ol class="room-agenda">
                    {agenda
                        .into_iter()
                        .map(|(title, length)| view! { <li>{title} <span>{length}</span></li> })
                        .collect_view()}
                </ol>
            </section>
        }
        .into_any(),
        RoomView::Live(room) => view! { <LiveScreen room=*room /> }.into_any(),
        RoomView::TimeUp { title } => view! {
            <section class="room-main stage-cap">
                <p class="room-kicker">{title}</p>
                <h1 id="room-title" class="room-countdown room-words">"Time's up"</h1>
            </section>
        }
        .into_any(),
        RoomView::Finished { title } => view! {
            <section class="room-main">
                <p class="room-kicker">{title}</p>
                <h1 id="room-title" class="room-countdown room-words">"Meeting finished"</h1>
            </section>
        }
        .into_any(),
    };
    view! {
        <div class="room-screen">
            {body}
            <p class="room-time-of-day">
                <span class="visually-hidden">"Time of day: "</span>
                {clock}
            </p>
        </div>
    }
}

#[component]
fn LiveScreen(room: LiveRoom) -> impl IntoView {
    let words = room.stage_words();
    let stage = stage_class(room.stage);
    view! {
        <section class=format!("room-main {stage}") class:room-paused=room.paused>
            <p class="room-kicker">{room.meeting_title} " · " {room.position}</p>
            <h1 id="room-title" class="room-segment">{room.segment_title}</h1>
            <p class="room-countdown" data-testid="room-countdown">{room.countdown}</p>
            <p class="room-stage" data-testid="room-stage">{words}</p>
            <ProgressBar label="Segment time used" fraction=Signal::stored(room.segment_progress) />
            <p class="room-hint">{room.hint}</p>
            {room.asking.map(|asking| view! { <GoRoundNow asking /> })}
        </section>
        <section class="room-side" aria-label="The meeting">
            <p class="room-next">
                {room.next_title.map_or_else(|| "Last segment".to_string(), |t| format!("Next: {t}"))}
            </p>
            <p class="room-left">
                <span data-testid="room-meeting-left">{room.meeting_left}</span>
                " left of " {room.cap}
            </p>
            <ProgressBar label="Meeting time used" fraction=Signal::stored(room.meeting_progress) />
            {room.strip.map(|strip| view! { <ParticipationStripView strip /> })}
        </section>
    }
}

/// The go-round in the new-problems segment: who is asked now, and who comes next.
#[component]
fn GoRoundNow(asking: Asking) -> impl IntoView {
    let Asking { now, next } = asking;
    view! {
        <div class="room-asking" data-testid="room-asking">
            {match now {
                Some(name) => view! {
                    <p class="room-asking-now">"Asking now: " <strong>{name}</strong></p>
                    {next.map(|name| view! { <p class="room-asking-next">"Then: " {name}</p> })}
                }
                .into_any(),
                None => view! { <p class="room-asking-now">"Everyone has been asked."</p> }.into_any(),
            }}
        </div>
    }
}

/// The optional participation strip: the balance score, or a bar per attendee.
#[component]
fn ParticipationStripView(strip: Strip) -> impl IntoView {
    let body = match strip {
        Strip::Score(Some(score)) => view! { <p class="room-score">"Balance " <strong>{score}</strong> " of 100"</p> }.into_any(),
        Strip::Score(None) => view! { <p class="room-score">"Balance: too few turns yet"</p> }.into_any(),
        Strip::Bars(bars) => view! {
            <ul class="room-bars">
                {bars
                    .into_iter()
                    .enumerate()
                    .map(|(index, (name, percent))| {
                        let said = match &name {
                            Some(name) => format!("{name}: {percent}% of the most turns"),
                            None => format!("Attendee {}: {percent}% of the most turns", index + 1),
                        };
                        view! {
                            <li>
                                <span class="room-bar-name" aria-hidden="true">{name.unwrap_or_default()}</span>
                                <span class="room-bar" role="img" aria-label=said>
                                    <span class="room-bar-fill" style:width=format!("{percent}%")></span>
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <section class="room-strip" data-testid="room-strip" aria-label="Participation">
            {body}
        </section>
    }
}
