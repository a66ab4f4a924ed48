use crate::domain::ids::{MeetingId, PersonId, TallyEventId};
use crate::domain::tally::{TallyEvent, TallyEventKind, TallySummary, sort_for_replay};
use crate::storage::stores;
use crate::ui::now::now;
use crate::ui::state::Persistence;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One meeting's tally on the live screen. Every tap is one appended event, written on its
/// own; the summary is updated in place, so a meeting with 10,000 taps costs the same per tap
/// as one with ten.
#[derive(Clone, Copy)]
pub struct TallySession {
    meeting_id: MeetingId,
    /// `None` until this meeting's earlier taps are read back.
    summary: RwSignal<Option<TallySummary>>,
    /// Timed mode: a tap gives the person the floor and their speaking time is measured.
    pub timed: RwSignal<bool>,
    persistence: Persistence,
}

impl TallySession {
    /// Reads the meeting's events and starts tallying.
    pub fn open(meeting_id: MeetingId, attendees: Vec<PersonId>, persistence: Persistence) -> Self {
        let summary = RwSignal::new(None);
        let timed = RwSignal::new(false);
        spawn_local(async move {
            let mut events = persistence
                .tally_events_of(meeting_id)
                .await
                .unwrap_or_else(|error| {
                    persistence.report(error);
                    Vec::new()
                });
            sort_for_replay(&mut events);
            let loaded = TallySummary::from_events(&attendees, &events, now());
            // A speaker still holding the floor means the meeting was left in timed mode.
            timed.set(loaded.current_speaker().is_some());
            summary.set(Some(loaded));
        });
        TallySession {
            meeting_id,
            summary,
            timed,
            persistence,
        }
    }

    pub fn is_ready(&self) -> bool {
        self.summary.with(Option::is_some)
    }

    /// A tap before the earlier taps are read back is ignored: the summary would miss them.
    fn is_loaded(&self) -> bool {
        self.summary.with_untracked(Option::is_some)
    }

    /// Reads the summary (tracked); `None` while loading.
    pub fn with<R>(&self, f: impl FnOnce(&TallySummary) -> R) -> Option<R> {
        self.summary.with(|summary| summary.as_ref().map(f))
    }

    /// One checkmark next to `person`; in timed mode also gives them the floor, or takes it
    /// back when they already have it.
    pub fn tap(&self, person: PersonId, segment: usize) {
        if self.timed.get_untracked() {
            // Read in place: cloning the summary would make each tap cost as much as all the
            // taps before it.
            let Some(speaker_change) = self
                .summary
                .with_untracked(|s| s.as_ref().map(|s| s.speaker_tap(person)))
            else {
                return;
            };
            if matches!(speaker_change, TallyEventKind::SpeakerStarted { .. }) {
                self.record(TallyEventKind::Contribution { person }, segment);
            }
            self.record(speaker_change, segment);
        } else if self.is_loaded() {
            self.record(TallyEventKind::Contribution { person }, segment);
        }
    }

    /// Takes back the latest checkmark not yet taken back.
    pub fn undo(&self, segment: usize) {
        let undo = self
            .summary
            .with_untracked(|s| s.as_ref().map(TallySummary::undo));
        if let Some(Ok(kind)) = undo {
            self.record(kind, segment);
        }
    }

    pub fn can_undo(&self) -> bool {
        self.with(|s| s.undo_target().is_some()).unwrap_or(false)
    }

    /// Leaves timed mode, closing the current speaker's time.
    pub fn set_timed(&self, on: bool, segment: usize) {
        if !on
            && self
                .with(|s| s.current_speaker().is_some())
                .unwrap_or(false)
        {
            self.record(TallyEventKind::SpeakerStopped, segment);
        }
        self.timed.set(on);
    }

    /// Lets the running speaker's time grow on screen. Reads untracked: it is called from an
    /// effect on the clock tick, and tracking the summary it writes would loop.
    pub fn advance_to(&self, at: crate::domain::time::Timestamp) {
        let speaking = self
            .summary
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.current_speaker().is_some()));
        if speaking {
            self.summary.update(|s| {
                if let Some(s) = s {
                    s.advance_to(at);
                }
            });
        }
    }

    fn record(&self, kind: TallyEventKind, segment: usize) {
        let event = TallyEvent::new(
            TallyEventId::random(),
            self.meeting_id,
            now(),
            segment,
            kind,
        );
        self.summary.update(|summary| {
            if let Some(summary) = summary {
                summary.apply(&event);
            }
        });
        self.persistence.append(stores::TALLY_EVENTS, event);
    }
}
