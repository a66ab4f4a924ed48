//! Smarketing Meetings: the layers, from the inside out.
//!
//! - [`domain`]: pure rules and types, tested natively.
//! - `storage`: IndexedDB, one object store per kind of record (browser only).
//! - `ui`: Leptos components (browser only).

pub mod domain;

// The test-data generator (tests/support/generate.rs) names the crate the way the benches do;
// the lib's own unit tests include it too.
#[cfg(test)]
extern crate self as smarketing;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
