//! Smarketing Meetings: the layers, from the inside out.
//!
//! - [`domain`]: pure rules and types, tested natively.
//! - [`storage`]: IndexedDB, one object store per kind of record (it works in a browser only).
//! - [`ui`]: Leptos components and the reactive state handles beneath them. They compile
//!   natively too, where the state handles run in memory (as the app does when the browser
//!   refuses storage) for the native tests of the reactive glue.

pub mod domain;

// The test-data generator (tests/support/generate.rs) names the crate the way the benches do;
// the lib's own unit tests include it too.
#[cfg(test)]
extern crate self as smarketing;

pub mod storage;
pub mod ui;
