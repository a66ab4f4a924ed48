//! Smarketing Meetings: the layers, from the inside out.
//!
//! - [`domain`]: pure rules and types, tested natively.
//! - `storage`: IndexedDB, one object store per kind of record (browser only).
//! - `ui`: Leptos components (browser only).

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
