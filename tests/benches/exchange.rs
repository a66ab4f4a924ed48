//! The exchange file on five years of weekly meetings (see
//! `tests/support/generate.rs`): writing the export, and reading it back
//! (parse, check everything, plan the import).

use crate::generate::five_year_workspace;
use criterion::Criterion;
use smarketing::domain::exchange::{
    ExistingIds, ImportMode, WorkspaceSnapshot, export_workspace, plan_import, read_import,
};
use smarketing::domain::time::Timestamp;
use std::hint::black_box;

const NOW: Timestamp = Timestamp(1_795_536_000_000);

pub fn benches(c: &mut Criterion) {
    let workspace = five_year_workspace(7);
    let json = export_workspace(&workspace, "0.1.0", NOW).to_json();
    eprintln!(
        "exchange: the five-year workspace exports to {} bytes ({:.1} MB)",
        json.len(),
        json.len() as f64 / 1_000_000.0
    );
    let empty = WorkspaceSnapshot::default();
    let existing = ExistingIds::of(&workspace);

    let mut group = c.benchmark_group("exchange");
    group.sample_size(10);
    group.bench_function("export 5y", |b| {
        b.iter(|| export_workspace(black_box(&workspace), "0.1.0", NOW).to_json())
    });
    // Moving to a new browser: everything is added.
    group.bench_function("import 5y", |b| {
        b.iter(|| {
            let file = read_import(black_box(&json), &ExistingIds::default()).unwrap();
            plan_import(&empty, &file, ImportMode::Merge)
        })
    });
    // Restoring a backup over the same data: every record is compared.
    group.bench_function("import 5y into itself", |b| {
        b.iter(|| {
            let file = read_import(black_box(&json), &existing).unwrap();
            plan_import(&workspace, &file, ImportMode::Merge)
        })
    });
    group.finish();
}
