//! Criterion benches of the domain's hot paths. Run by `scripts/bench.sh` (or `cargo bench`).

use criterion::{criterion_group, criterion_main};

mod exchange;
mod fixtures;
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
