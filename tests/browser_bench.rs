//! Hot paths in a real browser: the five-year workspace's export, then import (parse, check,
//! plan) and the one-transaction write into IndexedDB; and the rotation scheduler on large
//! rosters. Run by `scripts/bench.sh`, not by the test command: these are measurements,
//! reported with their budgets, not pass/fail timings.
#![cfg(target_arch = "wasm32")]

#[path = "benches/fixtures.rs"]
mod fixtures;
#[allow(dead_code)] // each user of the generator takes only part of it
#[path = "support/generate.rs"]
mod generate;

use generate::five_year_workspace;
use smarketing::domain::exchange::{
    ExistingIds, ImportMode, WorkspaceSnapshot, export_workspace, plan_import, read_import,
};
use smarketing::domain::scheduler::{RotationStyle, plan};
use smarketing::domain::time::Timestamp;
use smarketing::storage::{CURRENT_VERSION, delete_database, open_at, write_import};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[wasm_bindgen_test]
async fn five_years_export_and_import_in_the_browser() {
    let workspace = five_year_workspace(7);
    let started = now_ms();
    let json = export_workspace(&workspace, "bench", Timestamp(0)).to_json();
    let export_ms = now_ms() - started;

    let started = now_ms();
    let empty = WorkspaceSnapshot::default();
    let file = read_import(&json, &ExistingIds::of(&empty)).expect("the export reads back");
    let plan = plan_import(&empty, &file, ImportMode::Merge);
    let check_ms = now_ms() - started;

    let name = "bench-five-years";
    let db = open_at(name, CURRENT_VERSION)
        .await
        .expect("database opens");
    let started = now_ms();
    write_import(&db, &plan.writes)
        .await
        .expect("the import is written");
    let write_ms = now_ms() - started;
    db.close();
    delete_database(name).await.expect("cleaned up");

    console_log!(
        "BENCH five-year workspace: file {:.1} MB; export {:.0} ms; import check+plan {:.0} ms; \
         IndexedDB write {:.0} ms; import total {:.0} ms (budget 1000 ms each)",
        json.len() as f64 / 1_000_000.0,
        export_ms,
        check_ms,
        write_ms,
        check_ms + write_ms
    );
}

#[wasm_bindgen_test]
fn the_scheduler_on_large_rosters_in_the_browser() {
    for (meetings, people, native_budget_ms) in [(52, 1_000, 50.0), (104, 10_000, 1_000.0)] {
        let roster = fixtures::organization(people, 1);
        let history = fixtures::history(&roster);
        let settings = fixtures::settings(meetings, false, RotationStyle::StrictTurns);
        let started = now_ms();
        let runs = 5;
        for _ in 0..runs {
            plan(&settings, &roster, &history, &[], fixtures::start()).expect("the roster plans");
        }
        let per_plan = (now_ms() - started) / runs as f64;
        console_log!(
            "BENCH scheduler: {meetings} meetings for {people} people: {per_plan:.1} ms per plan \
             (budget in the browser {:.0} ms, 3x the native {native_budget_ms:.0} ms)",
            native_budget_ms * 3.0
        );
    }
}
