//! Criterion benches of the domain's hot paths. Run by `scripts/bench.sh` (or `cargo bench`).

use criterion::{criterion_group, criterion_main};

mod exchange;
mod fixtures;
#[allow(dead_code)] // each user of the generator takes only part of it
#[path = "../support/generate.rs"]
mod generate;
mod roster;
mod scheduler;
mod tally;

criterion_group!(
    benches,
    roster::sort_roster,
    roster::search_roster,
    tally::benches,
    scheduler::benches,
    exchange::benches
);
criterion_main!(benches);
