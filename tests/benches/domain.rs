//! Criterion benches of the domain's hot paths. Run by `scripts/bench.sh` (or `cargo bench`).

use criterion::{criterion_group, criterion_main};

mod roster;

criterion_group!(benches, roster::sort_roster);
criterion_main!(benches);
