//! The whole workspace as one value, gathered from the app's state, for export and for
//! previewing an import against.

use crate::domain::exchange::{RecordKind, WorkspaceSnapshot};
use crate::storage::StorageError;
use crate::ui::state::{
    ActionsState, MeetingsState, MinutesState, Persistence, PlaybookRead, PlaybookState,
    ProblemsState, RosterState, ScheduleState, TemplatesState,
};
use leptos::prelude::*;
use std::fmt;

/// Handles to everything a snapshot reads; taken from context while the page is built, since
/// event handlers run outside the component tree.
#[derive(Clone, Copy)]
pub struct Workspace {
    persistence: Persistence,
    roster: RosterState,
    templates: TemplatesState,
    meetings: MeetingsState,
    problems: ProblemsState,
    actions: ActionsState,
    minutes: MinutesState,
    schedule: ScheduleState,
    playbook: PlaybookState,
}

impl Workspace {
    pub fn from_context() -> Self {
        Workspace {
            persistence: expect_context(),
            roster: expect_context(),
            templates: expect_context(),
            meetings: expect_context(),
            problems: expect_context(),
            actions: expect_context(),
            minutes: expect_context(),
            schedule: expect_context(),
            playbook: expect_context(),
        }
    }

    pub fn persistence(&self) -> Persistence {
        self.persistence
    }

    /// Everything, read now. Tally events are read from storage: they are not kept in memory
    /// outside the meeting being run.
    pub async fn snapshot(self) -> Result<WorkspaceSnapshot, StorageError> {
        let taps = self.persistence.all_tally_events().await?;
        self.playbook.load().await?;
        Ok(self.with_taps(taps.records))
    }

    fn with_taps(self, tally_events: Vec<crate::domain::tally::TallyEvent>) -> WorkspaceSnapshot {
        let playbook = self.playbook.records_untracked();
        WorkspaceSnapshot {
            people: self.roster.with_untracked(|people| people.to_vec()),
            templates: self.templates.own_untracked(),
            meetings: self.meetings.all_untracked(),
            tally_events,
            problems: self.problems.all_untracked(),
            action_items: self.actions.all_untracked(),
            minutes: self.minutes.all_untracked(),
            schedule_settings: self.schedule.settings_untracked(),
            playbook_entries: playbook.entries,
            decisions: playbook.decisions,
            readings: playbook.readings,
            alignment_statements: playbook.statements,
            alignment_scores: playbook.scores,
        }
    }

    /// Everything, read now, for a file: refused while some stored records do not read, so
    /// that no export leaves them out or writes something else in their place.
    ///
    /// After the browser emptied the database under the page, storage holds nothing of this
    /// workspace: the file then holds what the page still has, and says what it cannot.
    pub async fn snapshot_to_export(
        self,
    ) -> Result<(WorkspaceSnapshot, Option<LeftOut>), StorageError> {
        if self.persistence.was_emptied() {
            let left_out = LeftOut {
                playbook: self.playbook.read_untracked(),
            };
            return Ok((self.with_taps(Vec::new()), Some(left_out)));
        }
        let mut unreadable = self.persistence.unreadable();
        let taps = self.persistence.all_tally_events().await?;
        unreadable.add(RecordKind::TallyEvent, taps.unreadable);
        self.playbook.load().await?;
        let playbook = self.playbook.unreadable_untracked();
        for kind in RecordKind::ALL {
            unreadable.add(kind, playbook.of(kind));
        }
        if !unreadable.is_empty() {
            return Err(StorageError::ExportIncomplete(unreadable));
        }
        Ok((self.with_taps(taps.records), None))
    }

    /// The meetings, newest first, to pick one to export. Tracks changes.
    pub fn meeting_choices(
        &self,
    ) -> Vec<(
        crate::domain::ids::MeetingId,
        String,
        crate::domain::time::Timestamp,
    )> {
        self.meetings
            .all()
            .into_iter()
            .map(|m| (m.id, m.title, m.scheduled_at))
            .collect()
    }
}

/// What an export made after the browser emptied the database cannot hold: what the page
/// reads from storage for an export instead of keeping it in memory. The talk tallies always
/// are; the playbook, or the part of it no page had read before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeftOut {
    /// What of the playbook the page had read (and so the file holds).
    pub playbook: PlaybookRead,
}

impl fmt::Display for LeftOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.playbook {
            PlaybookRead::Nothing => "the talk tallies or the playbook",
            PlaybookRead::Document => {
                "the talk tallies or the playbook's scorecard readings and alignment check"
            }
            PlaybookRead::Whole => "the talk tallies",
        };
        write!(
            f,
            "It does not hold {what}: they were kept only in the database the browser emptied. \
             Keep your earlier exports, which still hold them."
        )
    }
}
