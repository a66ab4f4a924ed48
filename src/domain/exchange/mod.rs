//! The JSON file people share: a public contract that other tools read and write, documented
//! by `schema/smarketing.schema.json`.
//!
//! Teams email exported meetings to each other, keep exports as backups and move their
//! workspace between browsers. So:
//!
//! - **Export** ([`export_workspace`], [`export_meeting`]) is deterministic: header first,
//!   records sorted by id, so two exports of the same data are byte-identical and diff well.
//! - **Import** is parse, then check *everything* ([`read_import`]), then preview
//!   ([`plan_import`]), then write ([`ImportPlan::writes`], and [`apply_plan`] for the new
//!   in-memory workspace). An import either yields a valid [`ImportFile`] or an [`ImportError`]
//!   naming the place (`meetings[3].attendees[1]`); nothing is written before that.
//! - **Versions**: files carry `schema_version`; every earlier version keeps importing through
//!   [`migrate`](migrate::migrate), and each has a fixture under `tests/fixtures/`.
//!
//! - [`file`]: the layout, export and file names;
//! - [`validate`]: reading and checking a file;
//! - [`path`]: JSON paths for error messages;
//! - [`migrate`]: earlier layouts to the current one;
//! - [`merge`]: the import preview and its writes;
//! - [`records`]: what each kind of record contributes (ids, rules, references);
//! - [`unreadable`]: stored records that could not be read back, counted for the user.
//!
//! Big deterministic workspaces for tests and benches are made by `tests/support/generate.rs`.

pub mod file;
#[cfg(test)]
#[allow(dead_code)] // each user of the generator takes only part of it
#[path = "../../../tests/support/generate.rs"]
pub(crate) mod generate;
pub mod merge;
pub mod migrate;
pub mod path;
mod playbook_records;
pub mod records;
pub mod unreadable;
pub mod validate;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

pub use file::{
    ExchangeFile, FileHeader, FileKind, WorkspaceFile, WorkspaceSnapshot, export_meeting,
    export_workspace, removed_person, slug,
};
pub use merge::{
    Conflict, ImportMode, ImportPlan, KindSummary, SettingsWrite, Side, StoreWrites, Writes,
    apply_plan, plan_import,
};
pub use path::JsonPath;
pub use records::{Record, RecordKind};
pub use unreadable::UnreadableRecords;
pub use validate::{
    ExistingIds, ImportError, ImportFile, MAX_EXACT_WHOLE_NUMBER, read_import, read_import_bytes,
};

/// Identifies a Smarketing Meetings file among other JSON files.
pub const FORMAT: &str = "smarketing-meetings";

/// The version of the file layout this app writes. Files of every earlier version import.
pub const SCHEMA_VERSION: u32 = 3;

/// The largest file the app reads: check `File.size` against it before reading. It only keeps
/// absurd files out. The first plan said 20 MB, but five years of weekly meetings with their
/// tallies, problems, action items and minutes (see `tests/support/generate.rs`) export to 20.1 MB, and the app
/// must always read back its own exports; 32 MB leaves room to grow.
pub const MAX_FILE_BYTES: usize = 32 * 1_000_000;

/// The longest text (any string in the file) accepted, in characters. The app's own limits are
/// far lower (a name is at most 100); this only stops absurd files early.
pub const MAX_TEXT_CHARS: usize = 100_000;
