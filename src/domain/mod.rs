//! The pure core: plain Rust and serde, no browser, no Leptos, no clock.
//! Everything here is tested natively with `cargo test`.

pub mod agenda;
pub mod backup;
pub mod date_text;
pub mod exchange;
pub mod ids;
pub mod meeting;
pub mod outcomes;
pub mod person;
pub mod playbook;
pub mod room;
pub mod roster;
pub mod roster_list;
pub mod roster_search;
pub mod scheduler;
pub mod share;
pub mod sort;
pub mod tagged;
pub mod tally;
#[cfg(test)]
mod test_support;
pub mod time;
