use crate::domain::ids::{MeetingId, PersonId};
use crate::domain::meeting::Meeting;
use crate::ui::state::{MeetingsState, RosterState};
use leptos::prelude::*;

/// Names of people and meetings, as the playbook's texts read them ("Ada", "Weekly sync
/// (2030-01-08)").
#[derive(Clone, Copy)]
pub struct PlaybookNames {
    roster: RosterState,
    meetings: MeetingsState,
}

impl PlaybookNames {
    pub fn from_context() -> Self {
        PlaybookNames {
            roster: expect_context(),
            meetings: expect_context(),
        }
    }

    /// Tracks changes.
    pub fn person(&self, id: PersonId) -> String {
        self.roster
            .person(id)
            .map_or_else(|| "a removed person".to_string(), |p| p.name)
    }

    /// Tracks changes.
    pub fn meeting(&self, id: MeetingId) -> String {
        self.meetings
            .get(id)
            .map_or_else(|| "a deleted meeting".to_string(), |m| label(&m))
    }
}

fn label(meeting: &Meeting) -> String {
    match crate::ui::now::local_date_of(meeting.start_time()) {
        Some(day) => format!(
            "{} ({})",
            meeting.title,
            crate::domain::date_text::iso_date(day)
        ),
        None => meeting.title.clone(),
    }
}
