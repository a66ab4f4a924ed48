use crate::domain::ids::{MeetingId, PersonId, TallyEventId};
use crate::domain::tally::{
    AttendeeTally, TallyEvent, TallyEventKind, TallySummary, sort_for_replay,
};
use crate::domain::time::Timestamp;
use crate::storage::stores;
use crate::ui::now::now;
use crate::ui::state::Persistence;
use leptos::prelude::*;

/// One meeting's tally on the live screen. Every tap is one appended event, written on its
/// own; the summary is updated in place, so a meeting with 10,000 taps costs the same per tap
/// as one with ten.
#[derive(Clone, Copy)]
pub struct TallySession {
    meeting_id: MeetingId,
    /// Read back once from the meeting's stored taps, then kept up to date in place by every
    /// tap; `None` until read.
    tally: LocalResource<LiveTally>,
    /// The instant running speaking time is shown at: the latest tick while someone has the
    /// floor, otherwise the summary's own, so nothing redraws on ticks when nobody speaks.
    shown_at: Memo<Timestamp>,
    persistence: Persistence,
}

struct LiveTally {
    summary: TallySummary,
    /// Timed mode: a tap gives the person the floor and their speaking time is measured.
    timed: bool,
}

impl TallySession {
    /// Reads the meeting's events and starts tallying; `tick` is the screen's clock.
    pub fn open(
        meeting_id: MeetingId,
        attendees: Vec<PersonId>,
        persistence: Persistence,
        tick: ReadSignal<Timestamp>,
    ) -> Self {
        let tally = LocalResource::new(move || {
            let attendees = attendees.clone();
            async move {
                let mut events = persistence
                    .tally_events_of(meeting_id)
                    .await
                    .unwrap_or_else(|error| {
                        persistence.report(error);
                        Vec::new()
                    });
                sort_for_replay(&mut events);
                let summary = TallySummary::from_events(&attendees, &events, now());
                // A speaker still holding the floor means the meeting was left in timed mode.
                let timed = summary.current_speaker().is_some();
                LiveTally { summary, timed }
            }
        });
        let shown_at = Memo::new(move |_| {
            let speaking = tally.with(|t| {
                t.as_ref()
                    .is_some_and(|t| t.summary.current_speaker().is_some())
            });
            if speaking {
                tick.get()
            } else {
                Timestamp(i64::MIN)
            }
        });
        TallySession {
            meeting_id,
            tally,
            shown_at,
            persistence,
        }
    }

    /// Resolves once the meeting's earlier taps are read back. Taken at once, not when first
    /// polled: the future outlives this session's page, which may be gone by then.
    pub fn ready(&self) -> impl std::future::Future<Output = ()> + use<> {
        self.tally.ready()
    }

    pub fn is_ready(&self) -> bool {
        self.tally.with(Option::is_some)
    }

    /// Reads the summary (tracked); `None` while loading.
    pub fn with<R>(&self, f: impl FnOnce(&TallySummary) -> R) -> Option<R> {
        self.tally.with(|t| t.as_ref().map(|t| f(&t.summary)))
    }

    /// Reads the summary without tracking it; `None` while loading.
    fn with_untracked<R>(&self, f: impl FnOnce(&TallySummary) -> R) -> Option<R> {
        self.tally
            .with_untracked(|t| t.as_ref().map(|t| f(&t.summary)))
    }

    /// Whether taps give the floor (tracked).
    pub fn is_timed(&self) -> bool {
        self.tally.with(|t| t.as_ref().is_some_and(|t| t.timed))
    }

    /// `person`'s speaking time, the running stretch counted to the latest tick (tracked).
    pub fn speaking_ms_of(&self, person: PersonId) -> u64 {
        let at = self.shown_at.get();
        self.with(|s| s.speaking_ms_at(person, at)).unwrap_or(0)
    }

    /// Every attendee's line, the running stretch counted to the latest tick (tracked).
    pub fn attendee_tallies(&self) -> Option<Vec<AttendeeTally>> {
        let at = self.shown_at.get();
        self.with(|s| s.attendee_tallies_at(at))
    }

    /// One checkmark next to `person`; in timed mode also gives them the floor, or takes it
    /// back when they already have it. A tap before the earlier taps are read back is
    /// ignored: the summary would miss them.
    pub fn tap(&self, person: PersonId, segment: usize) {
        // Read in place: cloning the summary would make each tap cost as much as all the
        // taps before it.
        let Some((timed, speaker_change)) = self
            .tally
            .with_untracked(|t| t.as_ref().map(|t| (t.timed, t.summary.speaker_tap(person))))
        else {
            return;
        };
        if !timed || matches!(speaker_change, TallyEventKind::SpeakerStarted { .. }) {
            self.record(TallyEventKind::Contribution { person }, segment);
        }
        if timed {
            self.record(speaker_change, segment);
        }
    }

    /// Takes back the latest checkmark not yet taken back.
    pub fn undo(&self, segment: usize) {
        if let Some(Ok(kind)) = self.with_untracked(TallySummary::undo) {
            self.record(kind, segment);
        }
    }

    /// Whose checkmark an undo would take back now (tracked); `None` when there is none.
    pub fn undo_person(&self) -> Option<PersonId> {
        self.with(TallySummary::undo_person).flatten()
    }

    /// Turns timed mode on or off; leaving it closes the current speaker's time.
    pub fn set_timed(&self, on: bool, segment: usize) {
        if !self.is_loaded() {
            return;
        }
        if !on
            && self
                .with_untracked(|s| s.current_speaker().is_some())
                .unwrap_or(false)
        {
            self.record(TallyEventKind::SpeakerStopped, segment);
        }
        self.tally.update(|t| {
            if let Some(t) = t {
                t.timed = on;
            }
        });
    }

    fn is_loaded(&self) -> bool {
        self.tally.with_untracked(Option::is_some)
    }

    fn record(&self, kind: TallyEventKind, segment: usize) {
        let event = TallyEvent::new(
            TallyEventId::random(),
            self.meeting_id,
            now(),
            segment,
            kind,
        );
        self.tally.update(|t| {
            if let Some(t) = t {
                t.summary.apply(&event);
            }
        });
        self.persistence.append(stores::TALLY_EVENTS, event);
    }
}
