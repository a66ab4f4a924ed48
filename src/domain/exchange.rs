//! The JSON file people share: a public contract that other tools read and write.
//!
//! The header comes first (`format`, `schema_version`, `app_version`, `exported_at`) and records
//! are sorted by id, so two exports of the same data are byte-identical and diff well.

use super::person::Person;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Identifies a Smarketing Meetings file among other JSON files.
pub const FORMAT: &str = "smarketing-meetings";

/// The version of the file layout this app writes. Older versions keep importing.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole workspace as written to a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceFile {
    pub format: String,
    pub schema_version: u32,
    pub app_version: String,
    /// RFC 3339, UTC.
    pub exported_at: String,
    pub people: Vec<Person>,
}

impl WorkspaceFile {
    /// A file of these records, in a stable order whatever order they came in.
    pub fn new(mut people: Vec<Person>, app_version: &str, exported_at: Timestamp) -> Self {
        people.sort_by_key(|p| p.id);
        WorkspaceFile {
            format: FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            app_version: app_version.to_string(),
            exported_at: exported_at
                .to_utc()
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
                .unwrap_or_default(),
            people,
        }
    }

    /// Pretty-printed JSON, ending with a newline.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self)
            .expect("a workspace file holds only strings, numbers and booleans");
        json.push('\n');
        json
    }

    /// `smarketing-2026-11-24-workspace.json`, from the export date.
    pub fn file_name(&self, what: &str) -> String {
        let date = self.exported_at.get(..10).unwrap_or("undated");
        format!("smarketing-{date}-{what}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::PersonId;
    use crate::domain::person::Team;
    use crate::domain::roster::{PersonDraft, check_draft};

    fn person(n: u128, name: &str) -> Person {
        let draft = PersonDraft {
            name: name.into(),
            team: Team::Sales,
            executive: false,
            core: false,
            email: None,
        };
        check_draft(&draft, &[], None)
            .unwrap()
            .into_new_person(PersonId::from_u128(n), Timestamp(0))
    }

    #[test]
    fn header_comes_first_and_records_are_sorted_by_id() {
        let file = WorkspaceFile::new(
            vec![person(2, "Bea"), person(1, "Ada")],
            "0.1.0",
            Timestamp(1_764_000_000_000),
        );
        let json = file.to_json();
        let format_at = json.find("\"format\"").unwrap();
        let people_at = json.find("\"people\"").unwrap();
        assert!(format_at < json.find("\"schema_version\"").unwrap());
        assert!(json.find("\"exported_at\"").unwrap() < people_at);
        assert!(json.find("Ada").unwrap() < json.find("Bea").unwrap());
        assert_eq!(file.exported_at, "2025-11-24T16:00:00.000Z");
    }

    #[test]
    fn same_data_in_any_order_exports_byte_identical() {
        let a = WorkspaceFile::new(
            vec![person(2, "Bea"), person(1, "Ada")],
            "0.1.0",
            Timestamp(5),
        );
        let b = WorkspaceFile::new(
            vec![person(1, "Ada"), person(2, "Bea")],
            "0.1.0",
            Timestamp(5),
        );
        assert_eq!(a.to_json(), b.to_json());
    }

    #[test]
    fn file_name_carries_the_date() {
        let file = WorkspaceFile::new(vec![], "0.1.0", Timestamp(1_764_000_000_000));
        assert_eq!(
            file.file_name("workspace"),
            "smarketing-2025-11-24-workspace.json"
        );
    }
}
