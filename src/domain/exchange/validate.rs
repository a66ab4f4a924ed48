//! Reading a file: everything is parsed and checked before anything is written, so an import
//! either yields a complete, valid [`ImportFile`] or an [`ImportError`] that says what is wrong
//! and where.
//!
//! The checks, in order: size; JSON syntax (with line and column); that it is our format and
//! not from a newer app; text lengths; the header; each record's types (with the path into the
//! record); each record's rules; duplicate ids; the shape of a one-meeting file; and references
//! to people, meetings and problems, which must be in the file or in the workspace.
//!
//! A well-formed file in the current layout, the usual case, is read the quick way, straight
//! into records. Any other file, and any file the quick way stumbles on, is read the careful
//! way, through a JSON value, which migrates earlier layouts and says where a problem is.

use super::file::{FileHeader, FileKind, WorkspaceSnapshot};
use super::migrate::migrate;
use super::path::{JsonPath, Step, locate};
use super::records::{Record, Ref, settings_references};
use super::{FORMAT, MAX_FILE_BYTES, MAX_TEXT_CHARS, SCHEMA_VERSION};
use crate::domain::agenda::Template;
use crate::domain::ids::{MeetingId, PersonId, PlaybookEntryId, ProblemId, StatementId};
use crate::domain::meeting::Meeting;
use crate::domain::outcomes::{ActionItem, Minutes, Problem};
use crate::domain::person::Person;
use crate::domain::playbook::{AlignmentScore, Decision, PlaybookEntry, Reading, Statement};
use crate::domain::scheduler::ScheduleSettings;
use crate::domain::tally::TallyEvent;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use thiserror::Error;

/// Why a file cannot be imported. Messages are shown to the user as they are; nothing has
/// been written when one is returned.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error(
        "The file is {} MB; Smarketing Meetings reads files of up to {} MB.",
        megabytes(*bytes),
        MAX_FILE_BYTES / 1_000_000
    )]
    TooLarge { bytes: usize },
    #[error("The file is not text: byte {offset} is not valid UTF-8.")]
    NotText { offset: usize },
    #[error("The file is not valid JSON: {message} (line {line}, column {column}).")]
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    #[error(
        "The file is nested too deeply to be a Smarketing Meetings file (line {line}, column \
         {column})."
    )]
    TooDeep { line: usize, column: usize },
    #[error("This is not a Smarketing Meetings file: {reason}")]
    NotOurFormat { reason: String },
    #[error(
        "This file was made by a newer version of Smarketing Meetings (schema {found}); this \
         app reads up to {SCHEMA_VERSION}. Update the app, then import it again."
    )]
    NewerSchema { found: u64 },
    /// A wrong type, a missing field or a broken rule, at `path`.
    #[error("{path}: {message}")]
    Invalid { path: JsonPath, message: String },
    #[error("{path}.id duplicates {first}.id: each record needs its own id.")]
    DuplicateId { path: JsonPath, first: JsonPath },
    #[error("{path} refers to {what} that is neither in the file nor in this workspace.")]
    UnknownReference { path: JsonPath, what: &'static str },
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1_000_000.0)
}

impl ImportError {
    /// Where the problem is, for a UI that shows it apart from the message: a JSON path, or
    /// a line and column.
    pub fn location(&self) -> Option<String> {
        match self {
            ImportError::Syntax { line, column, .. } | ImportError::TooDeep { line, column } => {
                Some(format!("line {line}, column {column}"))
            }
            ImportError::Invalid { path, .. }
            | ImportError::DuplicateId { path, .. }
            | ImportError::UnknownReference { path, .. } => Some(path.to_string()),
            _ => None,
        }
    }

    fn invalid(path: JsonPath, message: impl Into<String>) -> ImportError {
        ImportError::Invalid {
            path,
            message: sentence(message.into()),
        }
    }
}

/// serde says "missing field `title`"; the user reads "Missing field `title`."
fn sentence(mut message: String) -> String {
    if let Some(first) = message.chars().next().filter(char::is_ascii_lowercase) {
        message.replace_range(..1, &first.to_ascii_uppercase().to_string());
    }
    if !message.ends_with(['.', '!', '?']) {
        message.push('.');
    }
    message
}

/// The ids already in the workspace, which an imported record may refer to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExistingIds {
    pub people: HashSet<PersonId>,
    pub meetings: HashSet<MeetingId>,
    pub problems: HashSet<ProblemId>,
    pub playbook_entries: HashSet<PlaybookEntryId>,
    pub statements: HashSet<StatementId>,
}

impl ExistingIds {
    pub fn of(workspace: &WorkspaceSnapshot) -> ExistingIds {
        ExistingIds {
            people: workspace.people.iter().map(|p| p.id).collect(),
            meetings: workspace.meetings.iter().map(|m| m.id).collect(),
            problems: workspace.problems.iter().map(|p| p.id).collect(),
            playbook_entries: workspace.playbook_entries.iter().map(|e| e.id).collect(),
            statements: workspace
                .alignment_statements
                .iter()
                .map(|s| s.id)
                .collect(),
        }
    }

    pub(super) fn contains(&self, reference: Ref) -> bool {
        match reference {
            Ref::Person(id) => self.people.contains(&id),
            Ref::Meeting(id) => self.meetings.contains(&id),
            Ref::Problem(id) => self.problems.contains(&id),
            Ref::PlaybookEntry(id) => self.playbook_entries.contains(&id),
            Ref::Statement(id) => self.statements.contains(&id),
        }
    }
}

/// A file that passed every check, in the current layout.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    header: FileHeader,
    records: WorkspaceSnapshot,
}

impl ImportFile {
    /// The header as written: `schema_version` is the version the file was made with.
    pub fn header(&self) -> &FileHeader {
        &self.header
    }

    pub fn kind(&self) -> FileKind {
        self.header.kind
    }

    pub fn records(&self) -> &WorkspaceSnapshot {
        &self.records
    }

    /// The meeting of a one-meeting file.
    pub fn meeting(&self) -> Option<&crate::domain::meeting::Meeting> {
        match self.header.kind {
            FileKind::Meeting => self.records.meetings.first(),
            FileKind::Workspace => None,
        }
    }
}

/// Reads a file's bytes: checks the size first, then that it is UTF-8 (a leading byte-order
/// mark is fine), then [`read_import`].
pub fn read_import_bytes(bytes: &[u8], existing: &ExistingIds) -> Result<ImportFile, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotText {
        offset: e.valid_up_to(),
    })?;
    read_import(text, existing)
}

/// Parses and checks a whole file. `existing` holds the ids of the workspace it is imported
/// into; pass `ExistingIds::default()` to require a self-contained file.
pub fn read_import(text: &str, existing: &ExistingIds) -> Result<ImportFile, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (header, records) = match read_current_layout(text) {
        Some(read) => read,
        None => read_any_layout(text)?,
    };
    check_records(&records)?;
    if header.kind == FileKind::Meeting {
        check_meeting_file(&records)?;
    }
    check_references(&records, existing)?;
    Ok(ImportFile { header, records })
}

/// The current layout, typed, as the app writes it.
#[derive(Deserialize)]
struct CurrentLayout {
    format: String,
    schema_version: u32,
    app_version: String,
    exported_at: String,
    kind: FileKind,
    #[serde(default)]
    people: Vec<Person>,
    #[serde(default)]
    templates: Vec<Template>,
    #[serde(default)]
    meetings: Vec<Meeting>,
    #[serde(default)]
    tally_events: Vec<TallyEvent>,
    #[serde(default)]
    problems: Vec<Problem>,
    #[serde(default)]
    action_items: Vec<ActionItem>,
    #[serde(default)]
    minutes: Vec<Minutes>,
    #[serde(default)]
    schedule_settings: Option<ScheduleSettings>,
    #[serde(default)]
    playbook_entries: Vec<PlaybookEntry>,
    #[serde(default)]
    decisions: Vec<Decision>,
    #[serde(default)]
    readings: Vec<Reading>,
    #[serde(default)]
    alignment_statements: Vec<Statement>,
    #[serde(default)]
    alignment_scores: Vec<AlignmentScore>,
}

/// The quick way in, for a well-formed file in the current layout: the records read at once,
/// without the careful way's checks and migration. Anything unusual gets `None`, and the
/// careful way reads the file again to say what is wrong and where, or to migrate it.
///
/// It reads through a JSON value with the careful way's reader, like the app's storage, so the
/// bundle holds one reader per record type. Straight from the text it took half the time (the
/// five-year file: 92 instead of 185 ms natively; in the browser the import stays within its
/// second), but that second reader of every record weighed 60 KB gzip on the Import/Export
/// page and on a minutes link.
pub(super) fn read_current_layout(text: &str) -> Option<(FileHeader, WorkspaceSnapshot)> {
    // A top-level list would also read as the layout's fields in order.
    if !text.trim_start().starts_with('{') {
        return None;
    }
    let scan = scan(text);
    if scan.longest_text_bytes > MAX_TEXT_CHARS || scan.longest_digit_run > 15 || scan.exponent {
        return None;
    }
    let value: Value = serde_json::from_str(text).ok()?;
    let layout: CurrentLayout = locate(&value).ok()?;
    let readable = layout.format == FORMAT
        && layout.schema_version == SCHEMA_VERSION
        && chrono::DateTime::parse_from_rfc3339(&layout.exported_at).is_ok();
    readable.then(|| {
        let header = FileHeader {
            format: layout.format,
            schema_version: layout.schema_version,
            app_version: layout.app_version,
            exported_at: layout.exported_at,
            kind: layout.kind,
        };
        let records = WorkspaceSnapshot {
            people: layout.people,
            templates: layout.templates,
            meetings: layout.meetings,
            tally_events: layout.tally_events,
            problems: layout.problems,
            action_items: layout.action_items,
            minutes: layout.minutes,
            schedule_settings: layout.schedule_settings,
            playbook_entries: layout.playbook_entries,
            decisions: layout.decisions,
            readings: layout.readings,
            alignment_statements: layout.alignment_statements,
            alignment_scores: layout.alignment_scores,
        };
        (header, records)
    })
}

/// What one pass over a file's text finds, for deciding whether the quick way in is safe.
pub(super) struct Scan {
    /// The length in bytes of the longest string (or key) as written, escapes included. A
    /// character takes at least one byte, so no decoded text is longer than this.
    pub(super) longest_text_bytes: usize,
    /// The most digits in a row outside strings: a number of 16 digits or more may be past
    /// [`MAX_EXACT_WHOLE_NUMBER`], which only the careful way checks.
    pub(super) longest_digit_run: usize,
    /// A number is written with an exponent ("1e300"): few digits, any size.
    pub(super) exponent: bool,
}

pub(super) fn scan(text: &str) -> Scan {
    let (mut longest, mut start, mut inside, mut escaped) = (0, 0, false, false);
    let (mut digits, mut longest_digits, mut exponent) = (0, 0, false);
    for (index, byte) in text.bytes().enumerate() {
        if !inside {
            if byte.is_ascii_digit() {
                digits += 1;
                longest_digits = longest_digits.max(digits);
                continue;
            }
            // Outside strings an "e" right after a digit starts an exponent ("true" and
            // "false" have theirs after letters).
            exponent |= digits > 0 && matches!(byte, b'e' | b'E');
            digits = 0;
            if byte == b'"' {
                inside = true;
                start = index + 1;
            }
        } else if escaped {
            escaped = false;
        } else if byte == b'\\' {
            escaped = true;
        } else if byte == b'"' {
            inside = false;
            longest = longest.max(index - start);
        }
    }
    Scan {
        longest_text_bytes: longest,
        longest_digit_run: longest_digits,
        exponent,
    }
}

/// The careful way in, for any file: parse it to a JSON value, check its format, version and
/// text lengths, migrate it to the current layout, then read each record, saying where the
/// first problem is.
pub(super) fn read_any_layout(text: &str) -> Result<(FileHeader, WorkspaceSnapshot), ImportError> {
    // serde_json refuses nesting deeper than 128 with an error (not a stack overflow).
    let value: Value = serde_json::from_str(text).map_err(syntax_error)?;
    let version = check_format(&value)?;
    check_text_lengths(&value)?;
    check_numbers(&value)?;
    let Value::Object(root) = migrate(value, version) else {
        unreachable!("check_format accepts objects only");
    };
    let header = read_header(&root, version)?;
    let records = WorkspaceSnapshot {
        people: read_records(&root)?,
        templates: read_records(&root)?,
        meetings: read_records(&root)?,
        tally_events: read_records(&root)?,
        problems: read_records(&root)?,
        action_items: read_records(&root)?,
        minutes: read_records(&root)?,
        schedule_settings: read_settings(&root)?,
        playbook_entries: read_records(&root)?,
        decisions: read_records(&root)?,
        readings: read_records(&root)?,
        alignment_statements: read_records(&root)?,
        alignment_scores: read_records(&root)?,
    };
    Ok((header, records))
}

fn syntax_error(error: serde_json::Error) -> ImportError {
    let (line, column) = (error.line(), error.column());
    let full = error.to_string();
    let message = full
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&full);
    if message.contains("recursion limit") {
        ImportError::TooDeep { line, column }
    } else {
        ImportError::Syntax {
            message: syntax_in_words(message),
            line,
            column,
        }
    }
}

/// serde_json's syntax messages ("EOF while parsing a list") in words.
fn syntax_in_words(message: &str) -> String {
    if let Some(what) = message.strip_prefix("EOF while parsing ") {
        let what = match what {
            "a list" => "in the middle of a list",
            "an object" => "in the middle of an object",
            "a string" => "in the middle of a text (a closing quote is missing)",
            _ => "before its data is complete",
        };
        return format!("the file ends {what}");
    }
    let words = match message {
        "trailing characters" => "there is more after the end of the data",
        "trailing comma" => "a comma comes before a closing bracket",
        "key must be a string" => "a field name is not in double quotes",
        "expected value" => "a value is missing or not JSON (texts go in double quotes)",
        "invalid number" => "a number is written wrongly",
        "number out of range" => "a number is too large",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a text holds a line break or another control character; write it as \\n"
        }
        other => other,
    };
    words.to_string()
}

/// The `schema_version` of a file in our format that this app can read.
fn check_format(value: &Value) -> Result<u32, ImportError> {
    let not_ours = |reason: &str| ImportError::NotOurFormat {
        reason: reason.to_string(),
    };
    let Value::Object(root) = value else {
        return Err(not_ours("it holds no object with a `format` field."));
    };
    match root.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(format)) => {
            let shown: String = format.chars().take(60).collect();
            return Err(not_ours(&format!(
                "its `format` is “{shown}”, not “{FORMAT}”."
            )));
        }
        _ => {
            return Err(not_ours(&format!(
                "it has no `format` field saying “{FORMAT}”."
            )));
        }
    }
    let at = JsonPath::field("schema_version");
    match root.get("schema_version") {
        None => Err(ImportError::invalid(at, "missing field `schema_version`")),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v > u64::from(SCHEMA_VERSION) => Err(ImportError::NewerSchema { found: v }),
            Some(v) if v >= 1 => Ok(v as u32),
            _ => Err(ImportError::invalid(
                at,
                format!("expected a schema version from 1 to {SCHEMA_VERSION}, found {n}"),
            )),
        },
        Some(_) => Err(ImportError::invalid(at, "expected a whole number")),
    }
}

/// Refuses any string (or key) longer than [`MAX_TEXT_CHARS`]. Depth is bounded by the parser.
fn check_text_lengths(value: &Value) -> Result<(), ImportError> {
    match long_text(value) {
        None => Ok(()),
        Some((mut reversed_path, chars)) => {
            reversed_path.reverse();
            Err(ImportError::invalid(
                JsonPath(reversed_path),
                format!("this text has {chars} characters; texts can be at most {MAX_TEXT_CHARS}"),
            ))
        }
    }
}

/// The first text that is too long: its path (innermost step first) and length.
fn long_text(value: &Value) -> Option<(Vec<Step>, usize)> {
    let too_long = |text: &str| {
        (text.len() > MAX_TEXT_CHARS)
            .then(|| text.chars().count())
            .filter(|chars| *chars > MAX_TEXT_CHARS)
    };
    find_in(
        value,
        &|value| match value {
            Value::String(text) => too_long(text),
            _ => None,
        },
        &too_long,
    )
}

/// The largest whole number a JavaScript number holds exactly (2^53 − 1). Records reach
/// IndexedDB through `JSON.parse`, so a larger one would come back rounded and the record
/// would no longer read (the bug: an `updated_at` of 9223372036854775807 emptied the roster).
pub const MAX_EXACT_WHOLE_NUMBER: u64 = (1 << 53) - 1;

/// Refuses any number the app could not store and read back exactly.
fn check_numbers(value: &Value) -> Result<(), ImportError> {
    let inexact = |value: &Value| match value {
        Value::Number(n) => {
            let exact = match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => u <= MAX_EXACT_WHOLE_NUMBER,
                (None, Some(i)) => i.unsigned_abs() <= MAX_EXACT_WHOLE_NUMBER,
                // Too large for 64 bits, or a fraction (no field takes one; reading says so).
                (None, None) => n
                    .as_f64()
                    .is_some_and(|f| f.abs() <= MAX_EXACT_WHOLE_NUMBER as f64),
            };
            (!exact).then_some(())
        }
        _ => None,
    };
    match find_in(value, &inexact, &|_| None) {
        None => Ok(()),
        Some((mut reversed_path, ())) => {
            reversed_path.reverse();
            Err(ImportError::invalid(
                JsonPath(reversed_path),
                format!(
                    "this number is too large to be kept exactly; numbers here can be at most \
                     {MAX_EXACT_WHOLE_NUMBER}"
                ),
            ))
        }
    }
}

/// The first value (or key) in `value` for which `found` (or `found_in_key`) says something:
/// the path to it (innermost step first) and what was said.
fn find_in<T>(
    value: &Value,
    found: &dyn Fn(&Value) -> Option<T>,
    found_in_key: &dyn Fn(&str) -> Option<T>,
) -> Option<(Vec<Step>, T)> {
    let within = |step: Step| {
        move |(mut path, said): (Vec<Step>, T)| {
            path.push(step);
            (path, said)
        }
    };
    match value {
        Value::Array(items) => items.iter().enumerate().find_map(|(index, item)| {
            find_in(item, found, found_in_key).map(within(Step::Index(index)))
        }),
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            found_in_key(key)
                .map(|said| (Vec::new(), said))
                .or_else(|| find_in(item, found, found_in_key))
                .map(|found| within(Step::Key(key.clone().into()))(found))
        }),
        other => found(other).map(|said| (Vec::new(), said)),
    }
}

fn read_header(root: &Map<String, Value>, written_version: u32) -> Result<FileHeader, ImportError> {
    let text = |field: &'static str| -> Result<String, ImportError> {
        match root.get(field) {
            Some(Value::String(text)) => Ok(text.clone()),
            Some(_) => Err(ImportError::invalid(
                JsonPath::field(field),
                "expected text",
            )),
            None => Err(ImportError::invalid(
                JsonPath::field(field),
                format!("missing field `{field}`"),
            )),
        }
    };
    let app_version = text("app_version")?;
    let exported_at = text("exported_at")?;
    if chrono::DateTime::parse_from_rfc3339(&exported_at).is_err() {
        return Err(ImportError::invalid(
            JsonPath::field("exported_at"),
            "expected a date and time such as 2026-11-24T16:00:00.000Z",
        ));
    }
    let kind = match root.get("kind") {
        None => {
            return Err(ImportError::invalid(
                JsonPath::field("kind"),
                "missing field `kind`",
            ));
        }
        Some(kind) => read_value::<FileKind>(kind, JsonPath::field("kind"))?,
    };
    Ok(FileHeader {
        format: FORMAT.to_string(),
        schema_version: written_version,
        app_version,
        exported_at,
        kind,
    })
}

/// Reads one value, reporting the path of the first problem inside it.
fn read_value<T: DeserializeOwned>(value: &Value, at: JsonPath) -> Result<T, ImportError> {
    locate::<T>(value).map_err(|(inner, message)| ImportError::invalid(at.join(&inner), message))
}

/// The records of one kind. A missing list is an empty one.
fn read_records<T: Record>(root: &Map<String, Value>) -> Result<Vec<T>, ImportError> {
    let field = T::KIND.field();
    let items = match root.get(field) {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(ImportError::invalid(
                JsonPath::field(field),
                format!("expected a list of {}", T::KIND.noun(2)),
            ));
        }
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| read_value(item, JsonPath::field(field).index(index)))
        .collect()
}

/// Every record keeps its kind's rules, and no two records of a kind share an id.
fn check_records(records: &WorkspaceSnapshot) -> Result<(), ImportError> {
    check_kind(&records.people)?;
    check_kind(&records.templates)?;
    check_kind(&records.meetings)?;
    check_kind(&records.tally_events)?;
    check_kind(&records.problems)?;
    check_kind(&records.action_items)?;
    check_kind(&records.minutes)?;
    check_kind(&records.playbook_entries)?;
    check_kind(&records.decisions)?;
    check_kind(&records.readings)?;
    check_kind(&records.alignment_statements)?;
    check_kind(&records.alignment_scores)
}

fn check_kind<T: Record>(records: &[T]) -> Result<(), ImportError> {
    let at = |index: usize| JsonPath::field(T::KIND.field()).index(index);
    let mut first_index = HashMap::with_capacity(records.len());
    for (index, record) in records.iter().enumerate() {
        if let Err((inner, message)) = record.check() {
            return Err(ImportError::invalid(at(index).join(&inner), message));
        }
        if let Some(first) = first_index.insert(record.id(), index) {
            return Err(ImportError::DuplicateId {
                path: at(index),
                first: at(first),
            });
        }
    }
    Ok(())
}

fn read_settings(root: &Map<String, Value>) -> Result<Option<ScheduleSettings>, ImportError> {
    match root.get("schedule_settings") {
        None | Some(Value::Null) => Ok(None),
        Some(value) => read_value(value, JsonPath::field("schedule_settings")).map(Some),
    }
}

/// A one-meeting file holds one meeting and only what belongs to it (and the people and
/// problems its records name).
fn check_meeting_file(records: &WorkspaceSnapshot) -> Result<(), ImportError> {
    let meetings = records.meetings.len();
    if meetings != 1 {
        return Err(ImportError::invalid(
            JsonPath::field("meetings"),
            format!("a meeting file holds exactly one meeting; this one has {meetings}"),
        ));
    }
    if !records.templates.is_empty() {
        return Err(ImportError::invalid(
            JsonPath::field("templates"),
            "a meeting file holds no templates",
        ));
    }
    if records.schedule_settings.is_some() {
        return Err(ImportError::invalid(
            JsonPath::field("schedule_settings"),
            "a meeting file holds no schedule settings",
        ));
    }
    let playbook = [
        ("playbook_entries", records.playbook_entries.is_empty()),
        ("decisions", records.decisions.is_empty()),
        ("readings", records.readings.is_empty()),
        (
            "alignment_statements",
            records.alignment_statements.is_empty(),
        ),
        ("alignment_scores", records.alignment_scores.is_empty()),
    ];
    if let Some((field, _)) = playbook.iter().find(|(_, empty)| !empty) {
        return Err(ImportError::invalid(
            JsonPath::field(field),
            "a meeting file holds no playbook records: the playbook travels with the workspace",
        ));
    }
    let meeting = records.meetings[0].id;
    let foreign = |owner: MeetingId| owner != meeting;
    let other = |field: &'static str, index: usize, key: &'static str| {
        Err(ImportError::invalid(
            JsonPath::field(field).index(index).key(key),
            "belongs to another meeting than the one in this file",
        ))
    };
    if let Some(i) = records
        .tally_events
        .iter()
        .position(|e| foreign(e.meeting_id))
    {
        return other("tally_events", i, "meeting_id");
    }
    if let Some(i) = records.action_items.iter().position(|a| foreign(a.made_in)) {
        return other("action_items", i, "made_in");
    }
    if let Some(i) = records.minutes.iter().position(|m| foreign(m.meeting_id)) {
        return other("minutes", i, "meeting_id");
    }
    Ok(())
}

/// Every reference resolves to a record in the file or in the workspace.
fn check_references(
    records: &WorkspaceSnapshot,
    existing: &ExistingIds,
) -> Result<(), ImportError> {
    let in_file = ExistingIds::of(records);
    let resolves = |reference: Ref| in_file.contains(reference) || existing.contains(reference);
    check_list(&records.people, &resolves)?;
    check_list(&records.templates, &resolves)?;
    check_list(&records.meetings, &resolves)?;
    check_list(&records.tally_events, &resolves)?;
    check_list(&records.problems, &resolves)?;
    check_list(&records.action_items, &resolves)?;
    check_list(&records.minutes, &resolves)?;
    check_list(&records.playbook_entries, &resolves)?;
    check_list(&records.decisions, &resolves)?;
    check_list(&records.readings, &resolves)?;
    check_list(&records.alignment_statements, &resolves)?;
    check_list(&records.alignment_scores, &resolves)?;
    if let Some(settings) = &records.schedule_settings {
        let mut refs = Vec::new();
        settings_references(settings, &mut refs);
        first_unresolved(&refs, JsonPath::field("schedule_settings"), &resolves)?;
    }
    Ok(())
}

fn check_list<T: Record>(records: &[T], resolves: &dyn Fn(Ref) -> bool) -> Result<(), ImportError> {
    let mut refs = Vec::new();
    for (index, record) in records.iter().enumerate() {
        refs.clear();
        record.references(&mut refs);
        first_unresolved(
            &refs,
            JsonPath::field(T::KIND.field()).index(index),
            resolves,
        )?;
    }
    Ok(())
}

fn first_unresolved(
    refs: &[(Ref, JsonPath)],
    at: JsonPath,
    resolves: &dyn Fn(Ref) -> bool,
) -> Result<(), ImportError> {
    match refs.iter().find(|(reference, _)| !resolves(*reference)) {
        Some((reference, inner)) => Err(ImportError::UnknownReference {
            path: at.join(inner),
            what: reference.what(),
        }),
        None => Ok(()),
    }
}
