//! Previewing and applying an import, as pure functions: [`plan_import`] compares a checked
//! file with the workspace and says what would change and what to write; [`apply_plan`] gives
//! the workspace afterwards.
//!
//! Records are matched by id. In [`ImportMode::Merge`], a record only in the file is added; a
//! record in both with the same content is unchanged; a record in both with different content
//! is a [`Conflict`], won by the copy with the newer `updated_at` (the workspace's copy on a
//! tie, and always for records without one, such as tally events). Nothing is deleted.
//!
//! In [`ImportMode::Replace`], the file's copy always wins, and records the file covers but
//! lacks are deleted, except those that something staying still refers to. A workspace file
//! covers everything; a meeting file covers that meeting, its tally events, action items and
//! minutes, and the problems raised in it.
//!
//! People in a meeting file are only there to be named: those the workspace lacks are added
//! as inactive, so the rotation does not change, and those it has are left as they are.

use super::file::{FileKind, WorkspaceSnapshot, user_templates};
use super::records::{Names, Record, RecordKind, Ref, collect_references, settings_references};
use super::validate::ImportFile;
use crate::domain::agenda::Template;
use crate::domain::ids::MeetingId;
use crate::domain::meeting::Meeting;
use crate::domain::outcomes::{ActionItem, Minutes, Problem};
use crate::domain::person::Person;
use crate::domain::playbook::{AlignmentScore, Decision, PlaybookEntry, Reading, Statement};
use crate::domain::scheduler::ScheduleSettings;
use crate::domain::tally::TallyEvent;
use crate::domain::time::Timestamp;
use std::collections::{BTreeMap, HashMap, HashSet};

/// How an import treats the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImportMode {
    /// Add what is new and keep the newer copy of what both have; delete nothing.
    Merge,
    /// Make the workspace (for a meeting file: that meeting) exactly what the file holds.
    Replace,
}

/// Whose copy of a record a conflict keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Workspace,
    File,
}

/// A record both the workspace and the file have, with different content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub kind: RecordKind,
    pub id: String,
    /// The name or title, as the winning copy has it.
    pub label: String,
    pub workspace_updated_at: Option<Timestamp>,
    pub file_updated_at: Option<Timestamp>,
    pub kept: Side,
}

impl Conflict {
    /// "“Weekly sync (2026-11-24)”: the file's copy is newer and replaces this one."
    pub fn describe(&self) -> String {
        let why = match (self.kept, self.workspace_updated_at, self.file_updated_at) {
            (Side::File, ..) => "the file's copy is newer and replaces this one",
            (Side::Workspace, Some(w), Some(f)) if w == f => {
                "both copies were changed at the same time; this one is kept"
            }
            (Side::Workspace, Some(_), Some(_)) => "this copy is newer and is kept",
            (Side::Workspace, ..) => "this copy is kept",
        };
        format!("“{}”: {why}.", self.label)
    }
}

/// What an import does to one kind of record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindSummary {
    pub kind: RecordKind,
    /// Only in the file: written.
    pub added: usize,
    /// In both, and the file's copy wins: written.
    pub updated: usize,
    /// In both and different, or still referred to in a replace: the workspace's copy stays.
    pub kept: usize,
    /// In both and the same.
    pub unchanged: usize,
    /// Only in the workspace, in a replace: deleted.
    pub removed: usize,
    /// Names or titles of the records added, updated and removed, for kinds that have them
    /// (not tally events).
    pub added_names: Vec<String>,
    pub updated_names: Vec<String>,
    pub removed_names: Vec<String>,
}

impl KindSummary {
    fn new(kind: RecordKind) -> KindSummary {
        KindSummary {
            kind,
            added: 0,
            updated: 0,
            kept: 0,
            unchanged: 0,
            removed: 0,
            added_names: Vec::new(),
            updated_names: Vec::new(),
            removed_names: Vec::new(),
        }
    }

    /// Whether the import writes or deletes any record of this kind.
    pub fn changes_anything(&self) -> bool {
        self.added + self.updated + self.removed > 0
    }

    /// Whether the file or the import touches this kind at all.
    pub fn is_empty(&self) -> bool {
        self.added + self.updated + self.kept + self.unchanged + self.removed == 0
    }
}

/// The writes for one store: put these records, delete these ids. Applied to the store's
/// records they give its new contents (see [`apply_plan`]).
#[derive(Clone, Debug, PartialEq)]
pub struct StoreWrites<T: Record> {
    pub puts: Vec<T>,
    pub deletes: Vec<T::Id>,
}

impl<T: Record> Default for StoreWrites<T> {
    fn default() -> Self {
        StoreWrites {
            puts: Vec::new(),
            deletes: Vec::new(),
        }
    }
}

impl<T: Record> StoreWrites<T> {
    pub fn is_empty(&self) -> bool {
        self.puts.is_empty() && self.deletes.is_empty()
    }

    /// `existing` after these writes, sorted by id.
    pub fn applied_to(&self, existing: &[T]) -> Vec<T> {
        let mut by_id: BTreeMap<T::Id, T> = existing.iter().map(|r| (r.id(), r.clone())).collect();
        for id in &self.deletes {
            by_id.remove(id);
        }
        for record in &self.puts {
            by_id.insert(record.id(), record.clone());
        }
        by_id.into_values().collect()
    }
}

/// What happens to the schedule settings, which are a single value.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SettingsWrite {
    #[default]
    Keep,
    Put(ScheduleSettings),
    Delete,
}

/// Everything to write, one field per store.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Writes {
    pub people: StoreWrites<Person>,
    pub templates: StoreWrites<Template>,
    pub meetings: StoreWrites<Meeting>,
    pub tally_events: StoreWrites<TallyEvent>,
    pub problems: StoreWrites<Problem>,
    pub action_items: StoreWrites<ActionItem>,
    pub minutes: StoreWrites<Minutes>,
    pub schedule_settings: SettingsWrite,
    pub playbook_entries: StoreWrites<PlaybookEntry>,
    pub decisions: StoreWrites<Decision>,
    pub readings: StoreWrites<Reading>,
    pub alignment_statements: StoreWrites<Statement>,
    pub alignment_scores: StoreWrites<AlignmentScore>,
}

impl Writes {
    /// Nothing to put or delete, and the settings kept.
    pub fn is_empty(&self) -> bool {
        *self == Writes::default()
    }
}

/// The preview of an import and the writes that carry it out.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub mode: ImportMode,
    pub file_kind: FileKind,
    /// One per [`RecordKind`], in [`RecordKind::ALL`] order.
    pub summaries: Vec<KindSummary>,
    pub conflicts: Vec<Conflict>,
    pub writes: Writes,
}

impl ImportPlan {
    pub fn summary(&self, kind: RecordKind) -> &KindSummary {
        self.summaries
            .iter()
            .find(|s| s.kind == kind)
            .expect("a summary per kind")
    }

    /// Whether the import writes or deletes anything.
    pub fn changes_anything(&self) -> bool {
        !self.writes.is_empty()
    }
}

/// Which existing records a file speaks for: in a replace, those it lacks are deleted.
#[derive(Clone, Copy)]
struct Scope {
    kind: FileKind,
    meeting: Option<MeetingId>,
}

impl Scope {
    fn covers<T: Record>(self, record: &T) -> bool {
        match self.kind {
            FileKind::Workspace => true,
            FileKind::Meeting => {
                T::KIND != RecordKind::Person && record.owning_meeting() == self.meeting
            }
        }
    }
}

struct Planner<'a> {
    mode: ImportMode,
    scope: Scope,
    names: Names<'a>,
    /// In a replace: existing records the file does not hold but something staying names.
    still_named: HashSet<Ref>,
    conflicts: Vec<Conflict>,
}

/// What importing `incoming` into `existing` in `mode` would do. Nothing is written: the UI
/// shows the plan, and on confirmation writes `plan.writes` (all stores in one go if it can).
pub fn plan_import(
    existing: &WorkspaceSnapshot,
    incoming: &ImportFile,
    mode: ImportMode,
) -> ImportPlan {
    let file = incoming.records();
    let scope = Scope {
        kind: incoming.kind(),
        meeting: incoming.meeting().map(|m| m.id),
    };
    let mut names = Names::default();
    names.add_people(&file.people);
    names.add_people(&existing.people);
    names.add_meetings(&file.meetings);
    names.add_meetings(&existing.meetings);
    let still_named = match mode {
        ImportMode::Replace => still_named(existing, file, scope),
        ImportMode::Merge => HashSet::new(),
    };
    let mut planner = Planner {
        mode,
        scope,
        names,
        still_named,
        conflicts: Vec::new(),
    };
    let user_templates = user_templates(&existing.templates);
    let meeting_file = scope.kind == FileKind::Meeting;
    let (people_summary, people) = planner.store(&existing.people, &file.people, meeting_file);
    let (templates_summary, templates) = planner.store(&user_templates, &file.templates, false);
    let (meetings_summary, meetings) = planner.store(&existing.meetings, &file.meetings, false);
    let (tally_summary, tally_events) =
        planner.store(&existing.tally_events, &file.tally_events, false);
    let (problems_summary, problems) = planner.store(&existing.problems, &file.problems, false);
    let (actions_summary, action_items) =
        planner.store(&existing.action_items, &file.action_items, false);
    let (minutes_summary, minutes) = planner.store(&existing.minutes, &file.minutes, false);
    let (entries_summary, playbook_entries) =
        planner.store(&existing.playbook_entries, &file.playbook_entries, false);
    let (decisions_summary, decisions) = planner.store(&existing.decisions, &file.decisions, false);
    let (readings_summary, readings) = planner.store(&existing.readings, &file.readings, false);
    let (statements_summary, alignment_statements) = planner.store(
        &existing.alignment_statements,
        &file.alignment_statements,
        false,
    );
    let (scores_summary, alignment_scores) =
        planner.store(&existing.alignment_scores, &file.alignment_scores, false);
    let (settings_summary, schedule_settings) = planner.settings(
        existing.schedule_settings.as_ref(),
        file.schedule_settings.as_ref(),
    );
    ImportPlan {
        mode,
        file_kind: scope.kind,
        summaries: vec![
            people_summary,
            templates_summary,
            meetings_summary,
            tally_summary,
            problems_summary,
            actions_summary,
            minutes_summary,
            settings_summary,
            entries_summary,
            decisions_summary,
            readings_summary,
            statements_summary,
            scores_summary,
        ],
        conflicts: planner.conflicts,
        writes: Writes {
            people,
            templates,
            meetings,
            tally_events,
            problems,
            action_items,
            minutes,
            schedule_settings,
            playbook_entries,
            decisions,
            readings,
            alignment_statements,
            alignment_scores,
        },
    }
}

/// The workspace after the plan's writes: every store sorted by id.
pub fn apply_plan(existing: &WorkspaceSnapshot, plan: &ImportPlan) -> WorkspaceSnapshot {
    let writes = &plan.writes;
    WorkspaceSnapshot {
        people: writes.people.applied_to(&existing.people),
        templates: writes.templates.applied_to(&existing.templates),
        meetings: writes.meetings.applied_to(&existing.meetings),
        tally_events: writes.tally_events.applied_to(&existing.tally_events),
        problems: writes.problems.applied_to(&existing.problems),
        action_items: writes.action_items.applied_to(&existing.action_items),
        minutes: writes.minutes.applied_to(&existing.minutes),
        schedule_settings: match &writes.schedule_settings {
            SettingsWrite::Keep => existing.schedule_settings.clone(),
            SettingsWrite::Put(settings) => Some(settings.clone()),
            SettingsWrite::Delete => None,
        },
        playbook_entries: writes
            .playbook_entries
            .applied_to(&existing.playbook_entries),
        decisions: writes.decisions.applied_to(&existing.decisions),
        readings: writes.readings.applied_to(&existing.readings),
        alignment_statements: writes
            .alignment_statements
            .applied_to(&existing.alignment_statements),
        alignment_scores: writes
            .alignment_scores
            .applied_to(&existing.alignment_scores),
    }
}

impl Planner<'_> {
    /// Plans one store. `name_only` marks a meeting file's people: added as inactive, never
    /// updated.
    fn store<T: Record + AddedAs>(
        &mut self,
        existing: &[T],
        incoming: &[T],
        name_only: bool,
    ) -> (KindSummary, StoreWrites<T>) {
        let mut summary = KindSummary::new(T::KIND);
        let mut writes = StoreWrites::default();
        let by_id: HashMap<T::Id, &T> = existing.iter().map(|r| (r.id(), r)).collect();
        let listed = |names: &mut Vec<String>, record: &T, all: &Names<'_>| {
            if T::LISTED {
                names.push(record.label(all));
            }
        };
        for record in incoming {
            let Some(current) = by_id.get(&record.id()).copied() else {
                summary.added += 1;
                listed(&mut summary.added_names, record, &self.names);
                writes.puts.push(if name_only {
                    record.clone().added_only_to_name()
                } else {
                    record.clone()
                });
                continue;
            };
            if current == record {
                summary.unchanged += 1;
            } else if name_only {
                summary.kept += 1;
            } else if self.mode == ImportMode::Replace && self.scope.covers(record) {
                summary.updated += 1;
                listed(&mut summary.updated_names, record, &self.names);
                writes.puts.push(record.clone());
            } else {
                let file_is_newer = matches!(
                    (record.updated_at(), current.updated_at()),
                    (Some(file), Some(workspace)) if file > workspace
                );
                let winner = if file_is_newer { record } else { current };
                self.conflicts.push(Conflict {
                    kind: T::KIND,
                    id: record.id().to_string(),
                    label: winner.label(&self.names),
                    workspace_updated_at: current.updated_at(),
                    file_updated_at: record.updated_at(),
                    kept: if file_is_newer {
                        Side::File
                    } else {
                        Side::Workspace
                    },
                });
                if file_is_newer {
                    summary.updated += 1;
                    listed(&mut summary.updated_names, record, &self.names);
                    writes.puts.push(record.clone());
                } else {
                    summary.kept += 1;
                }
            }
        }
        if self.mode == ImportMode::Replace {
            let in_file: HashSet<T::Id> = incoming.iter().map(Record::id).collect();
            for record in existing {
                if !self.scope.covers(record) || in_file.contains(&record.id()) {
                    continue;
                }
                if record
                    .as_ref()
                    .is_some_and(|r| self.still_named.contains(&r))
                {
                    summary.kept += 1;
                } else {
                    summary.removed += 1;
                    listed(&mut summary.removed_names, record, &self.names);
                    writes.deletes.push(record.id());
                }
            }
        }
        (summary, writes)
    }

    fn settings(
        &mut self,
        existing: Option<&ScheduleSettings>,
        incoming: Option<&ScheduleSettings>,
    ) -> (KindSummary, SettingsWrite) {
        let mut summary = KindSummary::new(RecordKind::ScheduleSettings);
        let replace = self.mode == ImportMode::Replace && self.scope.kind == FileKind::Workspace;
        let write = match (existing, incoming) {
            (None, None) => SettingsWrite::Keep,
            (Some(_), None) if replace => {
                summary.removed += 1;
                SettingsWrite::Delete
            }
            (Some(_), None) => SettingsWrite::Keep,
            (None, Some(file)) => {
                summary.added += 1;
                SettingsWrite::Put(file.clone())
            }
            (Some(workspace), Some(file)) if workspace == file => {
                summary.unchanged += 1;
                SettingsWrite::Keep
            }
            (Some(_), Some(file)) if replace => {
                summary.updated += 1;
                SettingsWrite::Put(file.clone())
            }
            (Some(_), Some(_)) => {
                summary.kept += 1;
                self.conflicts.push(Conflict {
                    kind: RecordKind::ScheduleSettings,
                    id: String::new(),
                    label: "Schedule settings".into(),
                    workspace_updated_at: None,
                    file_updated_at: None,
                    kept: Side::Workspace,
                });
                SettingsWrite::Keep
            }
        };
        (summary, write)
    }
}

/// How a record the workspace lacks is added when the file only names it.
trait AddedAs: Sized {
    fn added_only_to_name(self) -> Self {
        self
    }
}

impl AddedAs for Person {
    /// Inactive, so that the rotation does not start inviting them.
    fn added_only_to_name(mut self) -> Self {
        self.active = false;
        self
    }
}

impl AddedAs for Template {}
impl AddedAs for Meeting {}
impl AddedAs for TallyEvent {}
impl AddedAs for Problem {}
impl AddedAs for ActionItem {}
impl AddedAs for Minutes {}
impl AddedAs for PlaybookEntry {}
impl AddedAs for Decision {}
impl AddedAs for Reading {}
impl AddedAs for Statement {}
impl AddedAs for AlignmentScore {}

/// In a replace: the existing records the file lacks that must stay because a record that
/// stays names them (directly, or through another record kept for this reason).
fn still_named(
    existing: &WorkspaceSnapshot,
    file: &WorkspaceSnapshot,
    scope: Scope,
) -> HashSet<Ref> {
    let mut names = Vec::new();
    collect_references(&file.people, &mut names, |_| true);
    collect_references(&file.templates, &mut names, |_| true);
    collect_references(&file.meetings, &mut names, |_| true);
    collect_references(&file.tally_events, &mut names, |_| true);
    collect_references(&file.problems, &mut names, |_| true);
    collect_references(&file.action_items, &mut names, |_| true);
    collect_references(&file.minutes, &mut names, |_| true);
    collect_references(&file.playbook_entries, &mut names, |_| true);
    collect_references(&file.decisions, &mut names, |_| true);
    collect_references(&file.readings, &mut names, |_| true);
    collect_references(&file.alignment_scores, &mut names, |_| true);
    if let Some(settings) = &file.schedule_settings {
        settings_references(settings, &mut names);
    }
    // Records the file does not cover stay, and so does everything they name.
    collect_references(&existing.people, &mut names, |r| !scope.covers(r));
    collect_references(&existing.meetings, &mut names, |r| !scope.covers(r));
    collect_references(&existing.tally_events, &mut names, |r| !scope.covers(r));
    collect_references(&existing.problems, &mut names, |r| !scope.covers(r));
    collect_references(&existing.action_items, &mut names, |r| !scope.covers(r));
    collect_references(&existing.minutes, &mut names, |r| !scope.covers(r));
    collect_references(&existing.playbook_entries, &mut names, |r| !scope.covers(r));
    collect_references(&existing.decisions, &mut names, |r| !scope.covers(r));
    collect_references(&existing.readings, &mut names, |r| !scope.covers(r));
    collect_references(&existing.alignment_scores, &mut names, |r| !scope.covers(r));
    if scope.kind == FileKind::Meeting
        && let Some(settings) = &existing.schedule_settings
    {
        settings_references(settings, &mut names);
    }

    let in_file = super::validate::ExistingIds::of(file);
    let people: HashMap<_, _> = existing.people.iter().map(|r| (r.id, r)).collect();
    let meetings: HashMap<_, _> = existing.meetings.iter().map(|r| (r.id, r)).collect();
    let problems: HashMap<_, _> = existing.problems.iter().map(|r| (r.id, r)).collect();
    let entries: HashMap<_, _> = existing
        .playbook_entries
        .iter()
        .map(|r| (r.id, r))
        .collect();
    let statements: HashMap<_, _> = existing
        .alignment_statements
        .iter()
        .map(|r| (r.id, r))
        .collect();
    let mut work: Vec<Ref> = names.into_iter().map(|(r, _)| r).collect();
    let mut kept = HashSet::new();
    let mut more = Vec::new();
    while let Some(reference) = work.pop() {
        if in_file.contains(reference) || kept.contains(&reference) {
            continue;
        }
        let found = match reference {
            Ref::Person(id) => people.get(&id).map(|r| r.references(&mut more)),
            Ref::Meeting(id) => meetings.get(&id).map(|r| r.references(&mut more)),
            Ref::Problem(id) => problems.get(&id).map(|r| r.references(&mut more)),
            Ref::PlaybookEntry(id) => entries.get(&id).map(|r| r.references(&mut more)),
            Ref::Statement(id) => statements.get(&id).map(|r| r.references(&mut more)),
        };
        if found.is_some() {
            kept.insert(reference);
            work.extend(more.drain(..).map(|(r, _)| r));
        }
    }
    kept
}
