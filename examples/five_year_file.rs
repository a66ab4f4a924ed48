//! Writes the five-year workspace (see `tests/support/generate.rs`) as an export file, for the
//! bench that imports it through the app's own page: `cargo run --release --example
//! five_year_file -- target/five-years.json`.

#[allow(dead_code)] // each user of the generator takes only part of it
#[path = "../tests/support/generate.rs"]
mod generate;

use generate::five_year_workspace;
use smarketing::domain::exchange::export_workspace;
use smarketing::domain::time::Timestamp;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "five-years.json".into());
    // 2026-11-24T16:00:00Z: a fixed stamp keeps the file the same on every run.
    let file = export_workspace(
        &five_year_workspace(7),
        "bench",
        Timestamp(1_764_000_000_000),
    );
    if let Err(error) = std::fs::write(&path, file.to_json()) {
        eprintln!("Could not write {path}: {error}");
        std::process::exit(1);
    }
}
