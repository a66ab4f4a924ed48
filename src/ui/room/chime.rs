//! The warning chimes: a few sine tones made with Web Audio, no sound files. Played by the
//! facilitator's laptop or, when the facilitator chooses, by the room display.

use crate::domain::agenda::WarningStage;
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

/// Sounds the cue for `stage`.
pub fn chime(stage: WarningStage) -> Result<(), JsValue> {
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

/// Whether this page may start sound: browsers allow it only after the user has clicked or
/// pressed a key in it, and a room window opened by the laptop has not been touched yet.
pub fn sound_allowed() -> bool {
    let navigator = leptos::prelude::window().navigator();
    js_sys::Reflect::get(&navigator, &"userActivation".into())
        .and_then(|activation| js_sys::Reflect::get(&activation, &"hasBeenActive".into()))
        .is_ok_and(|value| value.is_truthy())
}
