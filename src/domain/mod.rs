//! The pure core: plain Rust and serde, no browser, no Leptos, no clock.
//! Everything here is tested natively with `cargo test`.

pub mod ids;
pub mod person;
pub mod roster;
pub mod time;
