//! Timed mode: who has the floor, and how long everyone has spoken.
//!
//! Times are wall-clock differences between event instants (`at`), and the current stretch
//! runs to the `now` the caller passes. A stretch that would come out negative (a clock set
//! back mid-meeting, events replayed out of order) counts as zero rather than taking time away.

use super::event::TallyEventKind;
use crate::domain::ids::PersonId;
use crate::domain::time::Timestamp;
use std::collections::HashMap;

/// Who is speaking right now, and since when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Floor {
    pub speaker: PersonId,
    pub since: Timestamp,
}

impl Floor {
    /// Milliseconds this stretch has lasted at `now`; never negative.
    pub fn elapsed_ms(&self, now: Timestamp) -> u64 {
        u64::try_from(now.millis_since(self.since)).unwrap_or(0)
    }
}

/// Speaking time per person. Invariant: at most one person has the floor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct SpeakingClock {
    /// Milliseconds of stretches that have ended.
    finished_ms: HashMap<PersonId, u64>,
    /// How many times each person was given the floor.
    stretches: HashMap<PersonId, u64>,
    floor: Option<Floor>,
}

impl SpeakingClock {
    /// `person` takes the floor at `at`, ending the current speaker's stretch. Starting the
    /// person who already has it changes nothing, so a double tap does not cut their stretch.
    pub(super) fn start(&mut self, person: PersonId, at: Timestamp) {
        if self.current_speaker() == Some(person) {
            return;
        }
        self.stop(at);
        *self.stretches.entry(person).or_default() += 1;
        self.floor = Some(Floor {
            speaker: person,
            since: at,
        });
    }

    /// Nobody has the floor from `at`. Stopping when nobody speaks changes nothing.
    pub(super) fn stop(&mut self, at: Timestamp) {
        if let Some(floor) = self.floor.take() {
            *self.finished_ms.entry(floor.speaker).or_default() += floor.elapsed_ms(at);
        }
    }

    pub(super) fn floor(&self) -> Option<Floor> {
        self.floor
    }

    pub(super) fn current_speaker(&self) -> Option<PersonId> {
        self.floor.map(|floor| floor.speaker)
    }

    /// Total speaking time of `person`, their running stretch counted up to `now`.
    pub(super) fn speaking_ms(&self, person: PersonId, now: Timestamp) -> u64 {
        let finished = self.finished_ms.get(&person).copied().unwrap_or(0);
        let running = match self.floor {
            Some(floor) if floor.speaker == person => floor.elapsed_ms(now),
            _ => 0,
        };
        finished + running
    }

    pub(super) fn stretches(&self, person: PersonId) -> u64 {
        self.stretches.get(&person).copied().unwrap_or(0)
    }

    /// What a tap on `person` means in timed mode: tapping the speaker stops them, tapping
    /// anyone else hands them the floor.
    pub(super) fn tap(&self, person: PersonId) -> TallyEventKind {
        if self.current_speaker() == Some(person) {
            TallyEventKind::SpeakerStopped
        } else {
            TallyEventKind::SpeakerStarted { person }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADA: PersonId = PersonId::from_u128(1);
    const BOB: PersonId = PersonId::from_u128(2);

    #[test]
    fn switching_speakers_closes_the_previous_stretch() {
        let mut clock = SpeakingClock::default();
        clock.start(ADA, Timestamp(1_000));
        clock.start(BOB, Timestamp(4_000));
        assert_eq!(clock.speaking_ms(ADA, Timestamp(10_000)), 3_000);
        assert_eq!(clock.speaking_ms(BOB, Timestamp(10_000)), 6_000);
        assert_eq!(clock.current_speaker(), Some(BOB));
    }

    #[test]
    fn starting_the_current_speaker_again_keeps_one_stretch() {
        let mut clock = SpeakingClock::default();
        clock.start(ADA, Timestamp(0));
        clock.start(ADA, Timestamp(500));
        assert_eq!(clock.stretches(ADA), 1);
        assert_eq!(clock.floor().unwrap().since, Timestamp(0));
        assert_eq!(clock.speaking_ms(ADA, Timestamp(2_000)), 2_000);
    }

    #[test]
    fn stopping_with_nobody_speaking_is_harmless() {
        let mut clock = SpeakingClock::default();
        clock.stop(Timestamp(5));
        assert_eq!(clock, SpeakingClock::default());
    }

    #[test]
    fn a_clock_set_back_never_takes_time_away() {
        let mut clock = SpeakingClock::default();
        clock.start(ADA, Timestamp(10_000));
        assert_eq!(clock.speaking_ms(ADA, Timestamp(9_000)), 0);
        clock.stop(Timestamp(8_000));
        assert_eq!(clock.speaking_ms(ADA, Timestamp(20_000)), 0);
    }

    #[test]
    fn tapping_the_speaker_stops_and_tapping_another_switches() {
        let mut clock = SpeakingClock::default();
        assert_eq!(
            clock.tap(ADA),
            TallyEventKind::SpeakerStarted { person: ADA }
        );
        clock.start(ADA, Timestamp(0));
        assert_eq!(clock.tap(ADA), TallyEventKind::SpeakerStopped);
        assert_eq!(
            clock.tap(BOB),
            TallyEventKind::SpeakerStarted { person: BOB }
        );
    }
}
