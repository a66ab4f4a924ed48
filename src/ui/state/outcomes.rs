//! The meeting's output: the problem log, action items and minutes, each record stored on its
//! own so a change writes one record.

use super::persistence::Persistence;
use super::upsert;
use crate::domain::ids::{ActionItemId, MeetingId, ProblemId};
use crate::domain::outcomes::{ActionItem, Minutes, Problem};
use crate::storage::stores;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ProblemsState {
    problems: RwSignal<Vec<Problem>>,
    persistence: Persistence,
}

impl ProblemsState {
    pub fn new(problems: Vec<Problem>, persistence: Persistence) -> Self {
        ProblemsState {
            problems: RwSignal::new(problems),
            persistence,
        }
    }

    /// Every problem, in no particular order (sort with `sort_problems`). Tracks changes.
    pub fn all(&self) -> Vec<Problem> {
        self.problems.get()
    }

    pub fn all_untracked(&self) -> Vec<Problem> {
        self.problems.get_untracked()
    }

    pub fn get(&self, id: ProblemId) -> Option<Problem> {
        self.problems
            .with(|all| all.iter().find(|p| p.id == id).cloned())
    }

    pub fn get_untracked(&self, id: ProblemId) -> Option<Problem> {
        self.problems
            .with_untracked(|all| all.iter().find(|p| p.id == id).cloned())
    }

    pub fn save(&self, problem: Problem) {
        self.problems.update(|all| {
            upsert(all, problem.clone(), |p| p.id);
        });
        self.persistence.put(stores::PROBLEMS, problem);
    }

    pub fn delete(&self, id: ProblemId) {
        self.problems.update(|all| all.retain(|p| p.id != id));
        self.persistence.delete(stores::PROBLEMS, id.to_string());
    }
}

#[derive(Clone, Copy)]
pub struct ActionsState {
    actions: RwSignal<Vec<ActionItem>>,
    persistence: Persistence,
}

impl ActionsState {
    pub fn new(actions: Vec<ActionItem>, persistence: Persistence) -> Self {
        ActionsState {
            actions: RwSignal::new(actions),
            persistence,
        }
    }

    /// Every action item. Tracks changes.
    pub fn all(&self) -> Vec<ActionItem> {
        self.actions.get()
    }

    pub fn all_untracked(&self) -> Vec<ActionItem> {
        self.actions.get_untracked()
    }

    pub fn get_untracked(&self, id: ActionItemId) -> Option<ActionItem> {
        self.actions
            .with_untracked(|all| all.iter().find(|a| a.id == id).cloned())
    }

    pub fn save(&self, action: ActionItem) {
        self.actions.update(|all| {
            upsert(all, action.clone(), |a| a.id);
        });
        self.persistence.put(stores::ACTION_ITEMS, action);
    }

    pub fn delete(&self, id: ActionItemId) {
        self.actions.update(|all| all.retain(|a| a.id != id));
        self.persistence
            .delete(stores::ACTION_ITEMS, id.to_string());
    }
}

#[derive(Clone, Copy)]
pub struct MinutesState {
    minutes: RwSignal<Vec<Minutes>>,
    persistence: Persistence,
}

impl MinutesState {
    pub fn new(minutes: Vec<Minutes>, persistence: Persistence) -> Self {
        MinutesState {
            minutes: RwSignal::new(minutes),
            persistence,
        }
    }

    /// The stored minutes of `meeting`, if any were generated. Tracks changes.
    pub fn of(&self, meeting: MeetingId) -> Option<Minutes> {
        self.minutes
            .with(|all| all.iter().find(|m| m.meeting_id == meeting).cloned())
    }

    /// Whether `meeting` has stored minutes (untracked).
    pub fn has(&self, meeting: MeetingId) -> bool {
        self.minutes
            .with_untracked(|all| all.iter().any(|m| m.meeting_id == meeting))
    }

    pub fn all(&self) -> Vec<Minutes> {
        self.minutes.get()
    }

    pub fn all_untracked(&self) -> Vec<Minutes> {
        self.minutes.get_untracked()
    }

    pub fn delete(&self, meeting: MeetingId) {
        self.minutes
            .update(|all| all.retain(|m| m.meeting_id != meeting));
        self.persistence
            .delete(stores::MINUTES, meeting.to_string());
    }

    pub fn save(&self, minutes: Minutes) {
        self.minutes.update(|all| {
            upsert(all, minutes.clone(), |m| m.meeting_id);
        });
        self.persistence.put(stores::MINUTES, minutes);
    }
}
