//! Meetings, each stored as its own record: a tap on the clock rewrites one meeting, never all.

use super::persistence::Persistence;
use super::upsert;
use crate::domain::ids::MeetingId;
use crate::domain::meeting::{Meeting, previous_held};
use crate::domain::sort::SortByKey;
use crate::storage::stores;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct MeetingsState {
    meetings: RwSignal<Vec<Meeting>>,
    persistence: Persistence,
}

impl MeetingsState {
    pub fn new(mut meetings: Vec<Meeting>, persistence: Persistence) -> Self {
        sort_newest_first(&mut meetings);
        MeetingsState {
            meetings: RwSignal::new(meetings),
            persistence,
        }
    }

    /// Every meeting, newest scheduled first. Tracks changes.
    pub fn all(&self) -> Vec<Meeting> {
        self.meetings.get()
    }

    pub fn all_untracked(&self) -> Vec<Meeting> {
        self.meetings.get_untracked()
    }

    pub fn get(&self, id: MeetingId) -> Option<Meeting> {
        self.meetings
            .with(|all| all.iter().find(|m| m.id == id).cloned())
    }

    pub fn get_untracked(&self, id: MeetingId) -> Option<Meeting> {
        self.meetings
            .with_untracked(|all| all.iter().find(|m| m.id == id).cloned())
    }

    /// The meeting held before `meeting`, if any (see [`previous_held`]).
    pub fn previous(&self, meeting: &Meeting) -> Option<Meeting> {
        self.meetings
            .with(|all| previous_held(all, meeting).cloned())
    }

    pub fn save(&self, meeting: Meeting) {
        self.meetings.update(|all| {
            if upsert(all, meeting.clone(), |m| m.id) {
                sort_newest_first(all);
            }
        });
        self.persistence.put(stores::MEETINGS, meeting);
    }

    /// Applies `change` to the stored meeting and saves it when `change` says it changed
    /// something (returns true).
    pub fn update(&self, id: MeetingId, change: impl FnOnce(&mut Meeting) -> bool) {
        if let Some(mut meeting) = self.get_untracked(id)
            && change(&mut meeting)
        {
            self.save(meeting);
        }
    }

    pub fn delete(&self, id: MeetingId) {
        self.meetings.update(|all| all.retain(|m| m.id != id));
        self.persistence.delete(stores::MEETINGS, id.to_string());
    }
}

fn sort_newest_first(meetings: &mut [Meeting]) {
    meetings.sort_by_key_dyn(|m| (std::cmp::Reverse(m.scheduled_at), m.id));
}
