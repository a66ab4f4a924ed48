//! What the exchange code needs to know about each kind of record: its id, which copy is
//! newer, what to call it on screen, its rules and what it refers to. Adding a kind of record
//! to the file means one [`Record`] impl here and one line in each list that names the kinds
//! (search for `RecordKind::Problem` to find them).

use super::path::JsonPath;
use crate::domain::agenda::template::check_duration;
use crate::domain::agenda::{Segment, Template, TemplateError, is_builtin_id};
use crate::domain::date_text::iso_date;
use crate::domain::ids::{
    ActionItemId, MeetingId, PersonId, PlaybookEntryId, ProblemId, StatementId, TallyEventId,
    TemplateId,
};
use crate::domain::meeting::{Meeting, MeetingError};
use crate::domain::outcomes::{
    ActionError, ActionItem, Minutes, MinutesError, Problem, ProblemError,
};
use crate::domain::person::Person;
use crate::domain::roster::{PersonDraft, RosterError, check_draft};
use crate::domain::scheduler::ScheduleSettings;
use crate::domain::tally::{TallyEvent, TallyEventKind};
use crate::domain::time::Timestamp;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::Hash;

/// The kinds of record a file holds, in the order the file lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Person,
    Template,
    Meeting,
    TallyEvent,
    Problem,
    ActionItem,
    Minutes,
    /// At most one per workspace, without an id.
    ScheduleSettings,
    PlaybookEntry,
    Decision,
    Reading,
    Statement,
    AlignmentScore,
}

impl RecordKind {
    pub const ALL: [RecordKind; 13] = [
        RecordKind::Person,
        RecordKind::Template,
        RecordKind::Meeting,
        RecordKind::TallyEvent,
        RecordKind::Problem,
        RecordKind::ActionItem,
        RecordKind::Minutes,
        RecordKind::ScheduleSettings,
        RecordKind::PlaybookEntry,
        RecordKind::Decision,
        RecordKind::Reading,
        RecordKind::Statement,
        RecordKind::AlignmentScore,
    ];

    /// The top-level field of the file that holds this kind.
    pub fn field(self) -> &'static str {
        match self {
            RecordKind::Person => "people",
            RecordKind::Template => "templates",
            RecordKind::Meeting => "meetings",
            RecordKind::TallyEvent => "tally_events",
            RecordKind::Problem => "problems",
            RecordKind::ActionItem => "action_items",
            RecordKind::Minutes => "minutes",
            RecordKind::ScheduleSettings => "schedule_settings",
            RecordKind::PlaybookEntry => "playbook_entries",
            RecordKind::Decision => "decisions",
            RecordKind::Reading => "readings",
            RecordKind::Statement => "alignment_statements",
            RecordKind::AlignmentScore => "alignment_scores",
        }
    }

    /// "person" or "people", "meeting" or "meetings"…, for counts on screen.
    pub fn noun(self, count: usize) -> &'static str {
        let (one, many) = match self {
            RecordKind::Person => ("person", "people"),
            RecordKind::Template => ("template", "templates"),
            RecordKind::Meeting => ("meeting", "meetings"),
            RecordKind::TallyEvent => ("tally event", "tally events"),
            RecordKind::Problem => ("problem", "problems"),
            RecordKind::ActionItem => ("action item", "action items"),
            RecordKind::Minutes => ("minutes", "minutes"),
            RecordKind::ScheduleSettings => ("schedule settings", "schedule settings"),
            RecordKind::PlaybookEntry => ("playbook entry", "playbook entries"),
            RecordKind::Decision => ("decision", "decisions"),
            RecordKind::Reading => ("scorecard reading", "scorecard readings"),
            RecordKind::Statement => ("alignment statement", "alignment statements"),
            RecordKind::AlignmentScore => ("alignment score", "alignment scores"),
        };
        if count == 1 { one } else { many }
    }
}

/// A reference from one record to another that must resolve: to a record in the same file or
/// one already in the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ref {
    Person(PersonId),
    Meeting(MeetingId),
    Problem(ProblemId),
    PlaybookEntry(PlaybookEntryId),
    Statement(StatementId),
}

impl Ref {
    /// "a person", for "… refers to a person that is neither in the file nor in this workspace".
    pub fn what(self) -> &'static str {
        match self {
            Ref::Person(_) => "a person",
            Ref::Meeting(_) => "a meeting",
            Ref::Problem(_) => "a problem",
            Ref::PlaybookEntry(_) => "a playbook entry",
            Ref::Statement(_) => "an alignment statement",
        }
    }
}

/// A rule a record breaks: where inside the record, and the message.
pub type RuleError = (JsonPath, String);

/// Every kind of record that has an id, so that it is stored, exported and merged on its own.
pub trait Record: Clone + PartialEq + fmt::Debug + Serialize + DeserializeOwned {
    type Id: Copy + Ord + Hash + fmt::Display + fmt::Debug;
    const KIND: RecordKind;
    /// Whether screens list these records by name (a tally event has none worth listing).
    const LISTED: bool = true;

    fn id(&self) -> Self::Id;

    /// Decides which copy wins a merge; records without one keep the workspace's copy.
    fn updated_at(&self) -> Option<Timestamp>;

    /// What to call the record on screen: a name or a title.
    fn label(&self, names: &Names<'_>) -> String;

    /// The rules beyond types that the app keeps, so that an imported record behaves like one
    /// made in the app.
    fn check(&self) -> Result<(), RuleError> {
        Ok(())
    }

    /// Every reference that must resolve, with where it is inside the record.
    fn references(&self, _out: &mut Vec<(Ref, JsonPath)>) {}

    /// How other records refer to this one, if they do.
    fn as_ref(&self) -> Option<Ref> {
        None
    }

    /// The meeting the record belongs to: a one-meeting file carries these.
    fn owning_meeting(&self) -> Option<MeetingId> {
        None
    }
}

/// Names of people and titles of meetings, so that labels can say "a turn by Ada".
#[derive(Default)]
pub struct Names<'a> {
    pub people: HashMap<PersonId, &'a str>,
    pub meetings: HashMap<MeetingId, String>,
}

impl<'a> Names<'a> {
    pub fn add_people(&mut self, people: &'a [Person]) {
        for person in people {
            self.people.entry(person.id).or_insert(&person.name);
        }
    }

    pub fn add_meetings(&mut self, meetings: &'a [Meeting]) {
        for meeting in meetings {
            self.meetings
                .entry(meeting.id)
                .or_insert_with(|| meeting_label(meeting));
        }
    }

    fn person(&self, id: PersonId) -> &str {
        self.people.get(&id).copied().unwrap_or("someone")
    }

    pub(super) fn meeting(&self, id: MeetingId) -> &str {
        self.meetings
            .get(&id)
            .map(String::as_str)
            .unwrap_or("a meeting")
    }
}

/// "Weekly smarketing, 30 min (2026-11-24)": titles repeat, dates tell meetings apart.
fn meeting_label(meeting: &Meeting) -> String {
    match meeting.scheduled_at.to_utc() {
        Some(at) => format!("{} ({})", meeting.title, iso_date(at.date_naive())),
        None => meeting.title.clone(),
    }
}

pub(super) fn at(field: &'static str) -> JsonPath {
    JsonPath::root().key(field)
}

/// The identity most records share: the id in field `id`, the merge's tie-breaker in field
/// `updated_at`. Invoked inside an `impl Record`, so that each impl shows only what is its own.
macro_rules! id_and_updated_at {
    ($kind:ident, $id:ty) => {
        type Id = $id;
        const KIND: RecordKind = RecordKind::$kind;

        fn id(&self) -> $id {
            self.id
        }

        fn updated_at(&self) -> Option<Timestamp> {
            Some(self.updated_at)
        }
    };
}
pub(super) use id_and_updated_at;

impl Record for Person {
    id_and_updated_at!(Person, PersonId);

    fn label(&self, _names: &Names<'_>) -> String {
        self.name.clone()
    }

    /// The roster's rules: a name of 1 to 100 characters, an email that looks like one.
    fn check(&self) -> Result<(), RuleError> {
        check_draft(&PersonDraft::of(self), &[], None)
            .map(drop)
            .map_err(|error| match error {
                RosterError::InvalidEmail(_) => (at("email"), error.to_string()),
                RosterError::EmptyName | RosterError::NameTooLong(_) => {
                    (at("name"), error.to_string())
                }
            })
    }

    fn as_ref(&self) -> Option<Ref> {
        Some(Ref::Person(self.id))
    }
}

impl Record for Template {
    id_and_updated_at!(Template, TemplateId);

    fn label(&self, _names: &Names<'_>) -> String {
        self.name.clone()
    }

    /// Files carry the user's own templates; built-ins ship with the app.
    fn check(&self) -> Result<(), RuleError> {
        if self.builtin || is_builtin_id(self.id) {
            return Err((
                at(if self.builtin { "builtin" } else { "id" }),
                "Built-in templates ship with the app and are not imported.".into(),
            ));
        }
        self.validate().map_err(|error| {
            (
                agenda_error_path(&self.segments, self.cap_secs, &error),
                error.to_string(),
            )
        })
    }
}

/// Where in an agenda (a template, or a meeting's `agenda`) `error` is.
fn agenda_error_path(segments: &[Segment], cap_secs: u32, error: &TemplateError) -> JsonPath {
    let segment = |index: usize, field: &'static str| at("segments").index(index).key(field);
    let first = |broken: &dyn Fn(&Segment) -> bool| segments.iter().position(broken);
    match error {
        TemplateError::EmptyName => at("name"),
        TemplateError::EmptySegmentTitle { position } => {
            segment(position.saturating_sub(1), "title")
        }
        TemplateError::Duration(_) if check_duration(cap_secs).is_err() => at("cap_secs"),
        TemplateError::Duration(_) => first(&|s| check_duration(s.planned_secs).is_err())
            .map_or_else(|| at("segments"), |i| segment(i, "planned_secs")),
        TemplateError::SegmentOverCap { .. } => first(&|s| s.planned_secs > cap_secs)
            .map_or_else(|| at("segments"), |i| segment(i, "planned_secs")),
        _ => at("segments"),
    }
}

impl Record for Meeting {
    id_and_updated_at!(Meeting, MeetingId);

    fn label(&self, _names: &Names<'_>) -> String {
        meeting_label(self)
    }

    /// The invariants [`Meeting`] keeps, and a clock that matches the agenda.
    fn check(&self) -> Result<(), RuleError> {
        let fail = |path: JsonPath, error: MeetingError| Err((path, error.to_string()));
        if self.title.trim().is_empty() {
            return fail(at("title"), MeetingError::EmptyTitle);
        }
        if let Err(error) = self.agenda.validate() {
            let inner = agenda_error_path(&self.agenda.segments, self.agenda.cap_secs, &error);
            return Err((at("agenda").join(&inner), error.to_string()));
        }
        let segments = self.agenda.segments.len();
        if self.clock.planned_ms().len() != segments {
            return Err((
                at("clock"),
                format!(
                    "The clock has {} segments but the agenda has {segments}.",
                    self.clock.planned_ms().len()
                ),
            ));
        }
        if self.attendees.is_empty() {
            return fail(at("attendees"), MeetingError::NoAttendees);
        }
        let mut seen = HashSet::with_capacity(self.attendees.len());
        for (index, person) in self.attendees.iter().enumerate() {
            if !seen.insert(*person) {
                return fail(
                    at("attendees").index(index),
                    MeetingError::DuplicateAttendee(*person),
                );
            }
        }
        if let Some(person) = self.note_taker.filter(|p| !seen.contains(p)) {
            return fail(
                at("note_taker"),
                MeetingError::NoteTakerNotAttending(person),
            );
        }
        if let Some(person) = self.go_round.keys().find(|p| !seen.contains(p)) {
            return fail(
                at("go_round").key(person.to_string()),
                MeetingError::NotAnAttendee(*person),
            );
        }
        let mut deliverable_ids = HashSet::with_capacity(self.deliverables.len());
        for (index, deliverable) in self.deliverables.iter().enumerate() {
            if !deliverable_ids.insert(deliverable.id) {
                return Err((
                    at("deliverables").index(index).key("id"),
                    format!("Two deliverables share the number {}.", deliverable.id),
                ));
            }
            if deliverable.text.trim().is_empty() {
                return fail(
                    at("deliverables").index(index).key("text"),
                    MeetingError::EmptyDeliverable,
                );
            }
        }
        Ok(())
    }

    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        for (index, person) in self.attendees.iter().enumerate() {
            out.push((Ref::Person(*person), at("attendees").index(index)));
        }
        // The note-taker and the go-round's people are attendees, checked above.
    }

    fn as_ref(&self) -> Option<Ref> {
        Some(Ref::Meeting(self.id))
    }

    fn owning_meeting(&self) -> Option<MeetingId> {
        Some(self.id)
    }
}

impl Record for TallyEvent {
    type Id = TallyEventId;
    const KIND: RecordKind = RecordKind::TallyEvent;
    const LISTED: bool = false;

    fn id(&self) -> TallyEventId {
        self.id
    }

    /// Tally events are never rewritten: two different copies keep the workspace's.
    fn updated_at(&self) -> Option<Timestamp> {
        None
    }

    fn label(&self, names: &Names<'_>) -> String {
        let meeting = names.meeting(self.meeting_id);
        match self.kind {
            TallyEventKind::Contribution { person } => {
                format!("A turn by {} in {meeting}", names.person(person))
            }
            TallyEventKind::SpeakerStarted { person } => {
                format!("{} taking the floor in {meeting}", names.person(person))
            }
            TallyEventKind::Undo { .. } => format!("An undo in {meeting}"),
            TallyEventKind::SpeakerStopped => format!("A pause in the talk in {meeting}"),
        }
    }

    /// `Undo::cancels` is not checked: the tally ignores an undo of an unknown event.
    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        out.push((Ref::Meeting(self.meeting_id), at("meeting_id")));
        if let TallyEventKind::Contribution { person } | TallyEventKind::SpeakerStarted { person } =
            self.kind
        {
            out.push((Ref::Person(person), at("kind").key("person")));
        }
    }

    fn owning_meeting(&self) -> Option<MeetingId> {
        Some(self.meeting_id)
    }
}

impl Record for Problem {
    id_and_updated_at!(Problem, ProblemId);

    fn label(&self, _names: &Names<'_>) -> String {
        self.title.clone()
    }

    fn check(&self) -> Result<(), RuleError> {
        let Err(error) = self.validate() else {
            return Ok(());
        };
        let idea = |broken: &dyn Fn(usize) -> bool, field: &'static str| {
            (0..self.ideas.len())
                .find(|i| broken(*i))
                .map_or_else(|| at("ideas"), |i| at("ideas").index(i).key(field))
        };
        let path = match error {
            ProblemError::EmptyTitle | ProblemError::TitleTooLong(_) => at("title"),
            ProblemError::DetailsTooLong(_) => at("details"),
            ProblemError::ImpactOutOfRange(_) => at("impact"),
            ProblemError::EmptyIdea | ProblemError::IdeaTooLong(_) => idea(
                &|i| crate::domain::outcomes::Idea::checked_text(&self.ideas[i].text).is_err(),
                "text",
            ),
            ProblemError::DuplicateIdea(id) => idea(
                &|i| self.ideas[i].id == id && self.ideas[..i].iter().any(|d| d.id == id),
                "id",
            ),
            _ => JsonPath::root(),
        };
        Err((path, error.to_string()))
    }

    /// `raised_in` is not checked: problems outlive their meeting, and a problem named by an
    /// action item travels in a one-meeting file without the meeting it was raised in.
    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        if let Some(person) = self.raised_by {
            out.push((Ref::Person(person), at("raised_by")));
        }
    }

    fn as_ref(&self) -> Option<Ref> {
        Some(Ref::Problem(self.id))
    }

    fn owning_meeting(&self) -> Option<MeetingId> {
        self.raised_in
    }
}

impl Record for ActionItem {
    id_and_updated_at!(ActionItem, ActionItemId);

    fn label(&self, _names: &Names<'_>) -> String {
        self.what.clone()
    }

    fn check(&self) -> Result<(), RuleError> {
        let Err(error) = self.validate() else {
            return Ok(());
        };
        let collaborator = |broken: &dyn Fn(usize) -> bool| {
            (0..self.collaborators.len())
                .find(|i| broken(*i))
                .map_or_else(|| at("collaborators"), |i| at("collaborators").index(i))
        };
        let path = match error {
            ActionError::EmptyWhat | ActionError::WhatTooLong(_) => at("what"),
            ActionError::ProgressNoteTooLong(_) => at("progress_note"),
            ActionError::OwnerAsCollaborator(_) => {
                collaborator(&|i| self.collaborators[i] == self.owner)
            }
            ActionError::DuplicateCollaborator(_) => {
                collaborator(&|i| self.collaborators[..i].contains(&self.collaborators[i]))
            }
            _ => JsonPath::root(),
        };
        Err((path, error.to_string()))
    }

    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        out.push((Ref::Person(self.owner), at("owner")));
        for (index, person) in self.collaborators.iter().enumerate() {
            out.push((Ref::Person(*person), at("collaborators").index(index)));
        }
        out.push((Ref::Meeting(self.made_in), at("made_in")));
        if let Some(problem) = self.problem {
            out.push((Ref::Problem(problem), at("problem")));
        }
    }

    fn owning_meeting(&self) -> Option<MeetingId> {
        Some(self.made_in)
    }
}

/// One per meeting, so keyed by the meeting's id.
impl Record for Minutes {
    type Id = MeetingId;
    const KIND: RecordKind = RecordKind::Minutes;

    fn id(&self) -> MeetingId {
        self.meeting_id
    }

    fn updated_at(&self) -> Option<Timestamp> {
        Some(self.changed_at())
    }

    fn label(&self, names: &Names<'_>) -> String {
        format!("Minutes of {}", names.meeting(self.meeting_id))
    }

    fn check(&self) -> Result<(), RuleError> {
        if self.markdown.trim().is_empty() {
            return Err((at("markdown"), MinutesError::Empty.to_string()));
        }
        Ok(())
    }

    fn references(&self, out: &mut Vec<(Ref, JsonPath)>) {
        out.push((Ref::Meeting(self.meeting_id), at("meeting_id")));
    }

    fn owning_meeting(&self) -> Option<MeetingId> {
        Some(self.meeting_id)
    }
}

/// What those of `records` that `keep` accepts name, with where.
pub(super) fn collect_references<T: Record>(
    records: &[T],
    out: &mut Vec<(Ref, JsonPath)>,
    keep: impl Fn(&T) -> bool,
) {
    for record in records.iter().filter(|r| keep(r)) {
        record.references(out);
    }
}

/// The people the schedule settings name, with where.
pub fn settings_references(settings: &ScheduleSettings, out: &mut Vec<(Ref, JsonPath)>) {
    let changes = &settings.hand_changes;
    let list = |name: &'static str, index: usize| at("hand_changes").key(name).index(index);
    for (i, u) in changes.unavailable.iter().enumerate() {
        out.push((Ref::Person(u.person), list("unavailable", i).key("person")));
    }
    for (i, r) in changes.requests.iter().enumerate() {
        out.push((Ref::Person(r.person), list("requests", i).key("person")));
    }
    for (i, s) in changes.swaps.iter().enumerate() {
        out.push((Ref::Person(s.swapped_out), list("swaps", i).key("out")));
        out.push((Ref::Person(s.swapped_in), list("swaps", i).key("in")));
    }
    for (i, person) in changes.replaced.iter().enumerate() {
        out.push((Ref::Person(*person), list("replaced", i)));
    }
}
