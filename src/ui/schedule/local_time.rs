//! The seed for a new rotation.

use crate::ui::now::now;

/// A fresh tie-breaking seed: two random draws and the clock.
pub fn fresh_seed() -> u64 {
    let draw = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (draw() << 32) ^ draw() ^ (now().0 as u64).rotate_left(17)
}
