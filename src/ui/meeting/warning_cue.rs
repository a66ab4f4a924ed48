use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{ClockView, WarningStage};
use crate::ui::room::chime;
use crate::ui::state::PreferencesState;
use leptos::prelude::*;

/// Vibrates phones, but only after the user has touched the page: browsers refuse (and
/// complain in the console) otherwise.
fn vibrate(stage: WarningStage) {
    let navigator = window().navigator();
    let active = js_sys::Reflect::get(&navigator, &"userActivation".into())
        .and_then(|activation| js_sys::Reflect::get(&activation, &"hasBeenActive".into()))
        .is_ok_and(|value| value.is_truthy());
    let has_vibrate = js_sys::Reflect::has(&navigator, &"vibrate".into()).unwrap_or(false);
    if active && has_vibrate {
        let millis = if stage >= WarningStage::Overrun {
            400
        } else {
            150
        };
        navigator.vibrate_with_duration(millis);
    }
}

/// Sounds and vibrates once when the segment enters a new warning stage; the visual cue is
/// the clock panel's colour and headline. The mute switch is remembered.
#[component]
pub fn WarningCue() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let preferences = expect_context::<PreferencesState>();
    // The first view after (re)loading is only remembered: the warning already on screen
    // must not sound again.
    let last_seen = StoredValue::new(None::<ClockView>);
    Effect::new(move |_| {
        let view = live.view.get();
        let previous = last_seen.get_value();
        last_seen.set_value(Some(view.clone()));
        let Some(stage) = previous.and_then(|previous| view.entered_stage(&previous)) else {
            return;
        };
        // With the chimes on the room display, the laptop stays silent (see `ui::room`).
        if !preferences.muted() && preferences.room_options().laptop_chimes() {
            let _ = chime(stage);
        }
        vibrate(stage);
    });
    view! {
        <button
            type="button"
            class="mute-switch"
            aria-pressed=move || preferences.muted().to_string()
            on:click=move |_| preferences.set_muted(!preferences.muted())
        >
            {move || if preferences.muted() { "Sound off" } else { "Sound on" }}
        </button>
    }
}
