//! The file as written: a header, then every kind of record sorted by id.
//!
//! ```json
//! {
//!   "format": "smarketing-meetings",
//!   "schema_version": 2,
//!   "app_version": "0.1.0",
//!   "exported_at": "2026-11-24T16:00:00.000Z",
//!   "kind": "workspace",
//!   "people": [ … ],
//!   "templates": [ … ],
//!   "meetings": [ … ],
//!   "tally_events": [ … ],
//!   "problems": [ … ],
//!   "action_items": [ … ],
//!   "minutes": [ … ],
//!   "schedule_settings": { … }
//! }
//! ```
//!
//! Exports are deterministic: the same records give byte-identical files whatever order the
//! stores returned them in.

use super::records::{Record, Ref, collect_references, settings_references};
use super::{FORMAT, SCHEMA_VERSION};
use crate::domain::agenda::{Template, is_builtin_id};
use crate::domain::date_text::iso_date;
use crate::domain::ids::{MeetingId, PersonId};
use crate::domain::meeting::Meeting;
use crate::domain::outcomes::{ActionItem, Minutes, Problem};
use crate::domain::person::{Person, Team};
use crate::domain::playbook::{AlignmentScore, Decision, PlaybookEntry, Reading, Statement};
use crate::domain::scheduler::ScheduleSettings;
use crate::domain::sort::SortByKey;
use crate::domain::tally::TallyEvent;
use crate::domain::time::Timestamp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashSet};

/// Everything a workspace holds, one list per store. The UI gathers it to export and to
/// preview an import; [`apply_plan`](super::apply_plan) returns the workspace after an import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkspaceSnapshot {
    pub people: Vec<Person>,
    /// The user's own templates. Built-ins may be included; they are never exported.
    pub templates: Vec<Template>,
    pub meetings: Vec<Meeting>,
    pub tally_events: Vec<TallyEvent>,
    pub problems: Vec<Problem>,
    pub action_items: Vec<ActionItem>,
    pub minutes: Vec<Minutes>,
    pub schedule_settings: Option<ScheduleSettings>,
    pub playbook_entries: Vec<PlaybookEntry>,
    pub decisions: Vec<Decision>,
    pub readings: Vec<Reading>,
    pub alignment_statements: Vec<Statement>,
    pub alignment_scores: Vec<AlignmentScore>,
}

impl WorkspaceSnapshot {
    /// The same records as an export holds them: sorted by id, one per id, no built-ins.
    pub fn normalized(&self) -> WorkspaceSnapshot {
        WorkspaceSnapshot {
            people: sorted(&self.people),
            templates: sorted(&user_templates(&self.templates)),
            meetings: sorted(&self.meetings),
            tally_events: sorted(&self.tally_events),
            problems: sorted(&self.problems),
            action_items: sorted(&self.action_items),
            minutes: sorted(&self.minutes),
            schedule_settings: self.schedule_settings.clone(),
            playbook_entries: sorted(&self.playbook_entries),
            decisions: sorted(&self.decisions),
            readings: sorted(&self.readings),
            alignment_statements: sorted(&self.alignment_statements),
            alignment_scores: sorted(&self.alignment_scores),
        }
    }

    /// Nothing at all, as in a new workspace.
    pub fn is_empty(&self) -> bool {
        *self == WorkspaceSnapshot::default()
    }
}

/// The user's own templates: built-ins ship with the app and are never exported or imported.
pub(super) fn user_templates(templates: &[Template]) -> Vec<Template> {
    cloned_where(templates, |t| !t.builtin && !is_builtin_id(t.id))
}

/// `records` sorted by id, keeping the first of any duplicate id.
pub(super) fn sorted<T: Record>(records: &[T]) -> Vec<T> {
    let mut records = records.to_vec();
    records.sort_by_key_dyn(Record::id);
    records.dedup_by_key(|r| r.id());
    records
}

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// Everything: a backup, or a move to another browser.
    Workspace,
    /// One meeting with its tally, problems and action items, and the people they name.
    Meeting,
}

/// The fields every file starts with, in this order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileHeader {
    /// Always [`FORMAT`].
    pub format: String,
    /// The layout version the file was written with.
    pub schema_version: u32,
    /// The version of the app that wrote it, for support; never interpreted.
    pub app_version: String,
    /// RFC 3339 in UTC, with milliseconds: `2026-11-24T16:00:00.000Z`.
    pub exported_at: String,
    pub kind: FileKind,
}

/// A file ready to be written. Make one with [`export_workspace`] or [`export_meeting`].
#[derive(Clone, Debug, PartialEq)]
pub struct ExchangeFile {
    pub header: FileHeader,
    pub records: WorkspaceSnapshot,
}

/// The serialized layout: header fields first, then records. Field order is the key order.
#[derive(Serialize)]
struct Layout<'a> {
    format: &'a str,
    schema_version: u32,
    app_version: &'a str,
    exported_at: &'a str,
    kind: FileKind,
    people: &'a [Person],
    templates: &'a [Template],
    meetings: &'a [Meeting],
    tally_events: &'a [TallyEvent],
    problems: &'a [Problem],
    action_items: &'a [ActionItem],
    minutes: &'a [Minutes],
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule_settings: Option<&'a ScheduleSettings>,
    playbook_entries: &'a [PlaybookEntry],
    decisions: &'a [Decision],
    readings: &'a [Reading],
    alignment_statements: &'a [Statement],
    alignment_scores: &'a [AlignmentScore],
}

impl ExchangeFile {
    /// Pretty-printed JSON (two-space indent), ending with a newline.
    pub fn to_json(&self) -> String {
        let (header, records) = (&self.header, &self.records);
        let layout = Layout {
            format: &header.format,
            schema_version: header.schema_version,
            app_version: &header.app_version,
            exported_at: &header.exported_at,
            kind: header.kind,
            people: &records.people,
            templates: &records.templates,
            meetings: &records.meetings,
            tally_events: &records.tally_events,
            problems: &records.problems,
            action_items: &records.action_items,
            minutes: &records.minutes,
            schedule_settings: records.schedule_settings.as_ref(),
            playbook_entries: &records.playbook_entries,
            decisions: &records.decisions,
            readings: &records.readings,
            alignment_statements: &records.alignment_statements,
            alignment_scores: &records.alignment_scores,
        };
        let mut json = serde_json::to_string_pretty(&layout)
            .expect("records hold only strings, numbers, booleans and string-keyed maps");
        json.push('\n');
        json
    }

    /// `smarketing-2026-11-24-workspace.json`, or `smarketing-2026-11-24-weekly-sync.json` for
    /// a meeting, with dates in UTC: the export date for a workspace, the meeting's date for a
    /// meeting. The UI should prefer [`file_name_on`](Self::file_name_on) with the local date.
    pub fn file_name(&self) -> String {
        let date = match self.header.kind {
            FileKind::Workspace => self.header.exported_at.get(..10).map(str::to_string),
            FileKind::Meeting => self
                .records
                .meetings
                .first()
                .and_then(|m| m.scheduled_at.to_utc())
                .map(|at| iso_date(at.date_naive())),
        };
        self.name_with(date.as_deref().unwrap_or("undated"))
    }

    /// [`file_name`](Self::file_name) with the date given: the local date of the export (for a
    /// workspace) or of the meeting (for a meeting), which only the browser knows.
    pub fn file_name_on(&self, local_date: NaiveDate) -> String {
        self.name_with(&iso_date(local_date))
    }

    fn name_with(&self, date: &str) -> String {
        let what = match self.header.kind {
            FileKind::Workspace => "workspace".to_string(),
            FileKind::Meeting => slug(
                self.records
                    .meetings
                    .first()
                    .map_or("meeting", |m| m.title.as_str()),
            ),
        };
        format!("smarketing-{date}-{what}.json")
    }
}

/// The longest slug of a title in a file name, in bytes.
const MAX_SLUG_BYTES: usize = 40;

/// `Weekly smarketing, 30 min` → `weekly-smarketing-30-min`: ASCII letters and digits, runs of
/// anything else as one dash, at most [`MAX_SLUG_BYTES`]; `meeting` if nothing is left.
pub fn slug(title: &str) -> String {
    let mut slug = String::with_capacity(title.len().min(MAX_SLUG_BYTES));
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            if slug.len() == MAX_SLUG_BYTES {
                break;
            }
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            if slug.len() + 1 >= MAX_SLUG_BYTES {
                break;
            }
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "meeting".to_string()
    } else {
        slug.to_string()
    }
}

fn header(kind: FileKind, app_version: &str, exported_at: Timestamp) -> FileHeader {
    let at = exported_at.to_utc().unwrap_or(chrono::DateTime::UNIX_EPOCH);
    FileHeader {
        format: FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        app_version: app_version.to_string(),
        exported_at: at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        kind,
    }
}

/// The whole workspace as a file. Built-in templates are left out.
///
/// The file always imports cleanly, even from a workspace whose records point at deleted ones:
/// a person who was deleted but is still named somewhere is written as an inactive “Removed
/// person”; tally events, action items and minutes of a deleted meeting are left out, as deleting the
/// meeting would have; an action item's link to a deleted problem is dropped.
pub fn export_workspace(
    workspace: &WorkspaceSnapshot,
    app_version: &str,
    exported_at: Timestamp,
) -> ExchangeFile {
    let mut records = workspace.normalized();
    repair(&mut records, workspace);
    ExchangeFile {
        header: header(FileKind::Workspace, app_version, exported_at),
        records,
    }
}

/// One meeting as a file: the meeting, its tally events, action items and minutes, the problems raised
/// in it or named by its action items, and the people all of these name. `None` if the
/// workspace has no such meeting.
pub fn export_meeting(
    workspace: &WorkspaceSnapshot,
    meeting: MeetingId,
    app_version: &str,
    exported_at: Timestamp,
) -> Option<ExchangeFile> {
    let the_meeting = workspace.meetings.iter().find(|m| m.id == meeting)?;
    let belongs = |owner: Option<MeetingId>| owner == Some(meeting);
    let action_items = cloned_where(&workspace.action_items, |a| belongs(a.owning_meeting()));
    let named_problems: HashSet<_> = action_items.iter().filter_map(|a| a.problem).collect();
    let problems = cloned_where(&workspace.problems, |p| {
        belongs(p.owning_meeting()) || named_problems.contains(&p.id)
    });
    let tally_events = cloned_where(&workspace.tally_events, |e| belongs(e.owning_meeting()));
    let minutes = cloned_where(&workspace.minutes, |m| belongs(m.owning_meeting()));
    let mut records = WorkspaceSnapshot {
        people: Vec::new(),
        templates: Vec::new(),
        meetings: vec![the_meeting.clone()],
        tally_events: sorted(&tally_events),
        problems: sorted(&problems),
        action_items: sorted(&action_items),
        minutes: sorted(&minutes),
        // The playbook belongs to the workspace, not to one meeting.
        ..WorkspaceSnapshot::default()
    };
    repair(&mut records, workspace);
    Some(ExchangeFile {
        header: header(FileKind::Meeting, app_version, exported_at),
        records,
    })
}

fn cloned_where<T: Clone>(records: &[T], keep: impl Fn(&T) -> bool) -> Vec<T> {
    records.iter().filter(|r| keep(r)).cloned().collect()
}

/// Makes `records` self-contained (see [`export_workspace`]): every person they name is in
/// `records.people`, taken from `workspace` or, if deleted, a placeholder.
fn repair(records: &mut WorkspaceSnapshot, workspace: &WorkspaceSnapshot) {
    let meetings: HashSet<MeetingId> = records.meetings.iter().map(|m| m.id).collect();
    records
        .tally_events
        .retain(|e| meetings.contains(&e.meeting_id));
    records
        .action_items
        .retain(|a| meetings.contains(&a.made_in));
    records.minutes.retain(|m| meetings.contains(&m.meeting_id));
    let problems: HashSet<_> = records.problems.iter().map(|p| p.id).collect();
    for action in &mut records.action_items {
        action.problem = action.problem.filter(|p| problems.contains(p));
    }
    // The playbook outlives meetings: what was measured or scored in a deleted meeting goes
    // with it, a decision keeps its words without the link.
    let entries: HashSet<_> = records.playbook_entries.iter().map(|e| e.id).collect();
    let statements: HashSet<_> = records.alignment_statements.iter().map(|s| s.id).collect();
    records
        .readings
        .retain(|r| meetings.contains(&r.meeting) && entries.contains(&r.entry));
    records
        .alignment_scores
        .retain(|s| meetings.contains(&s.meeting) && statements.contains(&s.statement));
    for decision in &mut records.decisions {
        decision.meeting = decision.meeting.filter(|m| meetings.contains(m));
        decision.problem = decision.problem.filter(|p| problems.contains(p));
        decision.entry = decision.entry.filter(|(e, _)| entries.contains(e));
    }

    let mut named = BTreeSet::new();
    let mut refs = Vec::new();
    collect_references(&records.meetings, &mut refs, |_| true);
    collect_references(&records.tally_events, &mut refs, |_| true);
    collect_references(&records.problems, &mut refs, |_| true);
    collect_references(&records.action_items, &mut refs, |_| true);
    collect_references(&records.playbook_entries, &mut refs, |_| true);
    collect_references(&records.decisions, &mut refs, |_| true);
    collect_references(&records.alignment_scores, &mut refs, |_| true);
    if let Some(settings) = &records.schedule_settings {
        settings_references(settings, &mut refs);
    }
    for (reference, _) in refs {
        if let Ref::Person(person) = reference {
            named.insert(person);
        }
    }
    let present: HashSet<PersonId> = records.people.iter().map(|p| p.id).collect();
    let missing: Vec<PersonId> = named.into_iter().filter(|p| !present.contains(p)).collect();
    if missing.is_empty() {
        return;
    }
    for id in missing {
        let person = workspace.people.iter().find(|p| p.id == id);
        records
            .people
            .push(person.cloned().unwrap_or_else(|| removed_person(id)));
    }
    records.people.sort_by_key_dyn(|p| p.id);
}

/// What a deleted person still named by a record is exported as. `updated_at` is 0, so any
/// real copy of the person wins a merge.
pub fn removed_person(id: PersonId) -> Person {
    let no_team = Team::Other {
        label: String::new(),
    };
    Person {
        active: false,
        ..Person::member(id, crate::domain::person::REMOVED_PERSON, no_team)
    }
}

/// The first export, people only, kept so that existing callers compile. Prefer
/// [`export_workspace`] with the whole workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkspaceFile(pub ExchangeFile);

impl WorkspaceFile {
    /// A workspace file holding only `people`, in a stable order.
    pub fn new(people: Vec<Person>, app_version: &str, exported_at: Timestamp) -> Self {
        let workspace = WorkspaceSnapshot {
            people,
            ..WorkspaceSnapshot::default()
        };
        WorkspaceFile(export_workspace(&workspace, app_version, exported_at))
    }

    pub fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// `smarketing-2026-11-24-{what}.json`, from the export date (UTC).
    pub fn file_name(&self, what: &str) -> String {
        let date = self.0.header.exported_at.get(..10).unwrap_or("undated");
        format!("smarketing-{date}-{what}.json")
    }
}
