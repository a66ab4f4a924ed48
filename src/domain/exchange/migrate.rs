//! Bringing files written by earlier versions up to the current layout, one version at a time,
//! on the parsed JSON before any record is read.
//!
//! - 1: `format`, `schema_version`, `app_version`, `exported_at` and `people`; always a
//!   whole workspace (the first export, from the storage banner).
//! - 2: adds `kind` (`workspace` or `meeting`) and `templates`, `meetings`, `tally_events`,
//!   `problems`, `action_items`, `minutes` and `schedule_settings`.
//! - 3: adds the playbook: `playbook_entries`, `decisions`, `readings`,
//!   `alignment_statements` and `alignment_scores`.
//!
//! Never edit a step that has shipped; to change the layout, bump
//! [`SCHEMA_VERSION`](super::SCHEMA_VERSION), add a step and a fixture under
//! `tests/fixtures/`.

use super::SCHEMA_VERSION;
use serde_json::{Map, Value};

type Step = fn(&mut Map<String, Value>);

/// `STEPS[n]` turns a version `n + 1` file into a version `n + 2` one.
const STEPS: &[Step] = &[v1_to_v2, v2_to_v3];

// A new schema version needs a step: this fails to compile when they disagree.
const _: () = assert!(STEPS.len() + 1 == SCHEMA_VERSION as usize);

/// `file` (a top-level object written with schema `from_version`) in the current layout, with
/// `schema_version` updated. Versions outside `1..=SCHEMA_VERSION` are returned unchanged: the
/// caller refuses them before migrating.
pub fn migrate(mut file: Value, from_version: u32) -> Value {
    if let Value::Object(map) = &mut file {
        let first = from_version.max(1) as usize - 1;
        for step in STEPS.iter().skip(first) {
            step(map);
        }
        if (1..=SCHEMA_VERSION).contains(&from_version) {
            map.insert("schema_version".into(), SCHEMA_VERSION.into());
        }
    }
    file
}

/// Version 1 files were whole workspaces of people only.
fn v1_to_v2(file: &mut Map<String, Value>) {
    file.entry("kind").or_insert_with(|| "workspace".into());
    for field in [
        "people",
        "templates",
        "meetings",
        "tally_events",
        "problems",
        "action_items",
        "minutes",
    ] {
        file.entry(field)
            .or_insert_with(|| Value::Array(Vec::new()));
    }
}

/// Version 2 files had no playbook: empty lists.
fn v2_to_v3(file: &mut Map<String, Value>) {
    for field in [
        "playbook_entries",
        "decisions",
        "readings",
        "alignment_statements",
        "alignment_scores",
    ] {
        file.entry(field)
            .or_insert_with(|| Value::Array(Vec::new()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::RecordKind;
    use serde_json::json;

    #[test]
    fn a_version_1_file_becomes_a_workspace_with_empty_lists() {
        let v1 = json!({
            "format": "smarketing-meetings",
            "schema_version": 1,
            "app_version": "0.1.0",
            "exported_at": "2025-11-24T16:00:00.000Z",
            "people": [{ "name": "Ada" }]
        });
        let v2 = migrate(v1, 1);
        assert_eq!(v2["schema_version"], SCHEMA_VERSION);
        assert_eq!(v2["kind"], "workspace");
        assert_eq!(v2["people"], json!([{ "name": "Ada" }]));
        // Every other list of the current layout is there, empty.
        for kind in RecordKind::ALL {
            if !matches!(kind, RecordKind::Person | RecordKind::ScheduleSettings) {
                assert_eq!(v2[kind.field()], json!([]), "{}", kind.field());
            }
        }
        assert!(v2.get("schedule_settings").is_none());
    }

    #[test]
    fn a_version_2_file_gets_an_empty_playbook() {
        let v2 = json!({ "schema_version": 2, "kind": "workspace", "meetings": [] });
        let v3 = migrate(v2, 2);
        assert_eq!(v3["schema_version"], 3);
        for field in [
            "playbook_entries",
            "decisions",
            "readings",
            "alignment_statements",
            "alignment_scores",
        ] {
            assert_eq!(v3[field], json!([]), "{field}");
        }
    }

    #[test]
    fn a_current_file_is_left_alone() {
        let v3 = json!({ "schema_version": 3, "kind": "meeting", "meetings": [] });
        assert_eq!(migrate(v3.clone(), SCHEMA_VERSION), v3);
    }
}
