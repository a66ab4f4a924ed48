use super::live_meeting_page::LiveMeeting;
use crate::domain::agenda::{ClockView, WarningStage};
use crate::ui::state::PreferencesState;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    // One audio context for the page: browsers cap how many may exist.
    static AUDIO: RefCell<Option<web_sys::AudioContext>> = const { RefCell::new(None) };
}

/// Tones of (frequency in Hz, start offset s, length s): gentle cues are one soft note, time's
/// up is three.
fn tones(stage: WarningStage) -> &'static [(f32, f64, f64)] {
    match stage {
        WarningStage::None => &[],
        WarningStage::Gentle70 => &[(660.0, 0.0, 0.18)],
        WarningStage::OneMinute => &[(660.0, 0.0, 0.15), (880.0, 0.2, 0.18)],
        WarningStage::Overrun | WarningStage::CapReached => {
            &[(880.0, 0.0, 0.2), (880.0, 0.3, 0.2), (660.0, 0.6, 0.35)]
        }
    }
}

fn chime(stage: WarningStage) -> Result<(), JsValue> {
    let context = AUDIO.with(|audio| -> Result<_, JsValue> {
        let mut audio = audio.borrow_mut();
        if audio.is_none() {
            *audio = Some(web_sys::AudioContext::new()?);
        }
        Ok(audio.clone())
    })?;
    let Some(context) = context else {
        return Ok(());
    };
    let _ = context.resume();
    for &(frequency, offset, length) in tones(stage) {
        let oscillator = context.create_oscillator()?;
        let gain = context.create_gain()?;
        oscillator.frequency().set_value(frequency);
        gain.gain().set_value(0.2);
        oscillator.connect_with_audio_node(&gain)?;
        gain.connect_with_audio_node(&context.destination())?;
        let at = context.current_time() + offset;
        oscillator.start_with_when(at)?;
        oscillator.stop_with_when(at + length)?;
    }
    Ok(())
}

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
        if !preferences.muted() {
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
