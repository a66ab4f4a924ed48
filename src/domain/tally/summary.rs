//! The fold of a meeting's events into what the tally screen shows.
//!
//! [`TallySummary::from_events`] replays a whole meeting; [`TallySummary::apply`] adds one
//! event, so a live meeting never replays its history on each tap. Both give the same summary.
//!
//! Everyone who appears in an event is tallied, listed or not, and the attendee list only
//! chooses whom the views show. So removing an attendee mid-meeting drops their turns from the
//! totals and shares (the shares are of the people in the room), yet nothing is lost: undo
//! still finds the right event, and adding them back restores their count.

use super::event::{TallyError, TallyEvent, TallyEventKind};
use super::speaking::{Floor, SpeakingClock};
use crate::domain::ids::{PersonId, TallyEventId};
use crate::domain::time::Timestamp;
use std::collections::{BTreeMap, HashMap, HashSet};

/// One meeting's tally as of a moment. Events are applied in the order given (see
/// [`super::sort_for_replay`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TallySummary {
    /// Whom the views show, in display order, without duplicates.
    attendees: Vec<PersonId>,
    turns: HashMap<PersonId, PersonTurns>,
    /// Contributions not undone yet, oldest first: the undo stack.
    live: Vec<LiveContribution>,
    /// Every id an undo has named. A contribution replayed after its undo stays cancelled,
    /// and a second undo of the same event does nothing.
    cancelled: HashSet<TallyEventId>,
    speaking: SpeakingClock,
    /// The instant the views describe: the latest of the events and the `now`s given.
    as_of: Timestamp,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct PersonTurns {
    total: u64,
    /// Turns per agenda segment index; segments without turns are absent.
    by_segment: BTreeMap<usize, u64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct LiveContribution {
    id: TallyEventId,
    person: PersonId,
    segment: usize,
}

/// One attendee's line on the tally screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttendeeTally {
    pub person: PersonId,
    /// Checkmarks not undone.
    pub turns: u64,
    /// Timed mode: wall-clock speaking time, the running stretch included.
    pub speaking_ms: u64,
    /// Timed mode: how many times they were given the floor.
    pub stretches: u64,
}

/// Turns during one agenda segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentTally {
    pub segment: usize,
    /// Turns per attendee, in attendee order.
    pub turns: Vec<u64>,
    pub total: u64,
}

impl TallySummary {
    /// An empty tally for `attendees` (duplicates after the first are dropped).
    pub fn new(attendees: &[PersonId]) -> TallySummary {
        let mut summary = TallySummary {
            attendees: Vec::new(),
            turns: HashMap::new(),
            live: Vec::new(),
            cancelled: HashSet::new(),
            speaking: SpeakingClock::default(),
            as_of: Timestamp(i64::MIN),
        };
        summary.set_attendees(attendees);
        summary
    }

    /// Replays one meeting's `events` in order, as of `now`.
    pub fn from_events(
        attendees: &[PersonId],
        events: &[TallyEvent],
        now: Timestamp,
    ) -> TallySummary {
        let mut summary = TallySummary::new(attendees);
        for event in events {
            summary.apply(event);
        }
        summary.advance_to(now);
        summary
    }

    /// Adds one event. Undoing an event that is unknown or already undone changes nothing.
    pub fn apply(&mut self, event: &TallyEvent) {
        self.as_of = self.as_of.max(event.at);
        match event.kind {
            TallyEventKind::Contribution { person } => {
                if self.cancelled.contains(&event.id) {
                    return;
                }
                self.live.push(LiveContribution {
                    id: event.id,
                    person,
                    segment: event.segment,
                });
                let turns = self.turns.entry(person).or_default();
                turns.total += 1;
                *turns.by_segment.entry(event.segment).or_default() += 1;
            }
            TallyEventKind::Undo { cancels } => {
                if !self.cancelled.insert(cancels) {
                    return;
                }
                // Usually the top of the stack; searching from the top keeps that cheap.
                if let Some(index) = self.live.iter().rposition(|c| c.id == cancels) {
                    let undone = self.live.remove(index);
                    self.take_back(undone);
                }
            }
            TallyEventKind::SpeakerStarted { person } => self.speaking.start(person, event.at),
            TallyEventKind::SpeakerStopped => self.speaking.stop(event.at),
        }
    }

    fn take_back(&mut self, undone: LiveContribution) {
        // The contribution was counted when it went on the stack, so its entries exist.
        let turns = self.turns.entry(undone.person).or_default();
        turns.total -= 1;
        if let Some(in_segment) = turns.by_segment.get_mut(&undone.segment) {
            *in_segment -= 1;
            if *in_segment == 0 {
                turns.by_segment.remove(&undone.segment);
            }
        }
    }

    /// Moves the clock on to `now`, so the running speaker's time grows. The view never goes
    /// back in time: an earlier `now` is ignored.
    pub fn advance_to(&mut self, now: Timestamp) {
        self.as_of = self.as_of.max(now);
    }

    /// Changes whom the views show (someone joined or left mid-meeting). Their events stay.
    pub fn set_attendees(&mut self, attendees: &[PersonId]) {
        self.attendees.clear();
        for &person in attendees {
            if !self.attendees.contains(&person) {
                self.attendees.push(person);
            }
        }
    }

    pub fn attendees(&self) -> &[PersonId] {
        &self.attendees
    }

    pub fn is_listed(&self, person: PersonId) -> bool {
        self.attendees.contains(&person)
    }

    pub fn as_of(&self) -> Timestamp {
        self.as_of
    }

    pub fn turns_of(&self, person: PersonId) -> u64 {
        self.turns.get(&person).map_or(0, |turns| turns.total)
    }

    pub fn speaking_ms_of(&self, person: PersonId) -> u64 {
        self.speaking_ms_at(person, self.as_of)
    }

    /// Speaking time of `person` with the running stretch counted to `now` rather than to
    /// [`Self::as_of`] (never before it), so a screen can show it growing without changing
    /// the summary on every tick.
    pub fn speaking_ms_at(&self, person: PersonId, now: Timestamp) -> u64 {
        self.speaking.speaking_ms(person, now.max(self.as_of))
    }

    pub fn stretches_of(&self, person: PersonId) -> u64 {
        self.speaking.stretches(person)
    }

    /// Every attendee's line, zeros included, in attendee order.
    pub fn attendee_tallies(&self) -> Vec<AttendeeTally> {
        self.attendee_tallies_at(self.as_of)
    }

    /// Every attendee's line with the running stretch counted to `now` (see
    /// [`Self::speaking_ms_at`]).
    pub fn attendee_tallies_at(&self, now: Timestamp) -> Vec<AttendeeTally> {
        self.attendees
            .iter()
            .map(|&person| AttendeeTally {
                person,
                turns: self.turns_of(person),
                speaking_ms: self.speaking_ms_at(person, now),
                stretches: self.stretches_of(person),
            })
            .collect()
    }

    /// Turns of the listed attendees: the total that shares and the balance are based on.
    pub fn total_turns(&self) -> u64 {
        self.attendees.iter().map(|&p| self.turns_of(p)).sum()
    }

    /// Timed mode: speaking time of the listed attendees.
    pub fn total_speaking_ms(&self) -> u64 {
        self.attendees.iter().map(|&p| self.speaking_ms_of(p)).sum()
    }

    /// Timed mode: how many times a listed attendee was given the floor.
    pub fn total_stretches(&self) -> u64 {
        self.attendees.iter().map(|&p| self.stretches_of(p)).sum()
    }

    /// Who has the floor in timed mode. It may be someone no longer listed, until a stop:
    /// the UI should append a stop when it removes the current speaker.
    pub fn floor(&self) -> Option<Floor> {
        self.speaking.floor()
    }

    pub fn current_speaker(&self) -> Option<PersonId> {
        self.speaking.current_speaker()
    }

    /// The contribution the next undo would cancel: the latest one not undone yet among the
    /// listed attendees. A removed person's checkmarks are skipped, since they are not on
    /// screen and undoing one would look like undo did nothing.
    pub fn undo_target(&self) -> Option<TallyEventId> {
        self.to_undo().map(|c| c.id)
    }

    /// Whose contribution the next undo would cancel, so the screen can say it before the tap.
    pub fn undo_person(&self) -> Option<PersonId> {
        self.to_undo().map(|c| c.person)
    }

    fn to_undo(&self) -> Option<&LiveContribution> {
        self.live.iter().rev().find(|c| self.is_listed(c.person))
    }

    /// The event kind to append for an undo tap.
    pub fn undo(&self) -> Result<TallyEventKind, TallyError> {
        self.undo_target()
            .map(|cancels| TallyEventKind::Undo { cancels })
            .ok_or(TallyError::NothingToUndo)
    }

    /// The event kind to append for a tap on `person` in timed mode: the speaker's own tap
    /// stops them, anyone else's takes the floor.
    pub fn speaker_tap(&self, person: PersonId) -> TallyEventKind {
        self.speaking.tap(person)
    }

    /// Turns per agenda segment for the listed attendees: one entry for each segment index
    /// below `segment_count`, and for any later index that has turns, in order.
    pub fn segments(&self, segment_count: usize) -> Vec<SegmentTally> {
        let mut by_segment: BTreeMap<usize, Vec<u64>> = (0..segment_count)
            .map(|segment| (segment, vec![0; self.attendees.len()]))
            .collect();
        for (column, person) in self.attendees.iter().enumerate() {
            let Some(turns) = self.turns.get(person) else {
                continue;
            };
            for (&segment, &count) in &turns.by_segment {
                by_segment
                    .entry(segment)
                    .or_insert_with(|| vec![0; self.attendees.len()])[column] = count;
            }
        }
        by_segment
            .into_iter()
            .map(|(segment, turns)| SegmentTally {
                segment,
                total: turns.iter().sum(),
                turns,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::MeetingId;

    const ADA: PersonId = PersonId::from_u128(1);
    const BOB: PersonId = PersonId::from_u128(2);
    const CY: PersonId = PersonId::from_u128(3);

    /// Builds events with ids 1, 2, 3… one second apart, and remembers them.
    #[derive(Default)]
    struct Log {
        events: Vec<TallyEvent>,
        segment: usize,
    }

    impl Log {
        fn push(&mut self, kind: TallyEventKind) -> TallyEventId {
            let n = self.events.len() as u128 + 1;
            let event = TallyEvent::new(
                TallyEventId::from_u128(n),
                MeetingId::from_u128(1),
                Timestamp(n as i64 * 1_000),
                self.segment,
                kind,
            );
            self.events.push(event);
            TallyEventId::from_u128(n)
        }

        fn said(&mut self, person: PersonId) -> TallyEventId {
            self.push(TallyEventKind::Contribution { person })
        }

        fn summary(&self, attendees: &[PersonId]) -> TallySummary {
            TallySummary::from_events(attendees, &self.events, Timestamp(0))
        }

        /// Appends the undo the summary offers, as the UI does.
        fn undo(&mut self, attendees: &[PersonId]) -> Result<TallyEventId, TallyError> {
            let kind = self.summary(attendees).undo()?;
            Ok(self.push(kind))
        }
    }

    fn turns(summary: &TallySummary) -> Vec<u64> {
        summary.attendee_tallies().iter().map(|t| t.turns).collect()
    }

    #[test]
    fn counts_include_zeros_in_attendee_order() {
        let mut log = Log::default();
        log.said(BOB);
        log.said(BOB);
        log.said(ADA);
        let summary = log.summary(&[ADA, BOB, CY]);
        assert_eq!(turns(&summary), [1, 2, 0]);
        assert_eq!(summary.total_turns(), 3);
    }

    #[test]
    fn duplicate_attendees_are_listed_once() {
        let summary = TallySummary::new(&[ADA, BOB, ADA]);
        assert_eq!(summary.attendees(), [ADA, BOB]);
    }

    #[test]
    fn undo_cancels_the_latest_contribution() {
        let mut log = Log::default();
        log.said(ADA);
        let bob = log.said(BOB);
        assert_eq!(log.summary(&[ADA, BOB]).undo_target(), Some(bob));
        log.undo(&[ADA, BOB]).unwrap();
        assert_eq!(turns(&log.summary(&[ADA, BOB])), [1, 0]);
    }

    #[test]
    fn undo_after_undo_walks_further_back_rather_than_redoing() {
        let mut log = Log::default();
        let ada = log.said(ADA);
        log.said(BOB);
        log.said(CY);
        log.undo(&[ADA, BOB, CY]).unwrap();
        log.undo(&[ADA, BOB, CY]).unwrap();
        let summary = log.summary(&[ADA, BOB, CY]);
        assert_eq!(turns(&summary), [1, 0, 0]);
        assert_eq!(summary.undo_target(), Some(ada));
        assert_eq!(summary.undo_person(), Some(ADA));
    }

    #[test]
    fn undo_with_nothing_to_undo_is_refused() {
        let mut log = Log::default();
        assert_eq!(log.undo(&[ADA]), Err(TallyError::NothingToUndo));
        log.said(ADA);
        log.undo(&[ADA]).unwrap();
        assert_eq!(log.undo(&[ADA]), Err(TallyError::NothingToUndo));
    }

    #[test]
    fn a_stale_or_repeated_undo_event_changes_nothing() {
        let mut log = Log::default();
        let ada = log.said(ADA);
        log.said(ADA);
        log.push(TallyEventKind::Undo { cancels: ada });
        log.push(TallyEventKind::Undo { cancels: ada });
        log.push(TallyEventKind::Undo {
            cancels: TallyEventId::from_u128(999),
        });
        assert_eq!(log.summary(&[ADA]).turns_of(ADA), 1);
    }

    #[test]
    fn an_undo_replayed_before_its_contribution_still_cancels_it() {
        let mut log = Log::default();
        log.said(ADA);
        log.undo(&[ADA]).unwrap();
        log.events.reverse();
        assert_eq!(log.summary(&[ADA]).turns_of(ADA), 0);
        assert_eq!(log.summary(&[ADA]).undo_target(), None);
    }

    #[test]
    fn undo_survives_a_reload() {
        let mut log = Log::default();
        log.said(ADA);
        log.said(BOB);
        log.undo(&[ADA, BOB]).unwrap();
        let json = serde_json::to_string(&log.events).unwrap();
        let reloaded: Vec<TallyEvent> = serde_json::from_str(&json).unwrap();
        let summary = TallySummary::from_events(&[ADA, BOB], &reloaded, Timestamp(0));
        assert_eq!(turns(&summary), [1, 0]);
    }

    #[test]
    fn removing_an_attendee_drops_their_turns_from_the_totals_only() {
        let mut log = Log::default();
        log.said(ADA);
        log.said(BOB);
        log.said(BOB);
        let mut summary = log.summary(&[ADA, BOB, CY]);
        summary.set_attendees(&[ADA, CY]);
        assert_eq!(turns(&summary), [1, 0]);
        assert_eq!(summary.total_turns(), 1);
        summary.set_attendees(&[ADA, BOB, CY]);
        assert_eq!(turns(&summary), [1, 2, 0], "nothing was lost");
    }

    #[test]
    fn undo_after_removing_an_attendee_cancels_a_visible_checkmark() {
        let mut log = Log::default();
        let ada = log.said(ADA);
        log.said(BOB);
        let in_room = [ADA, CY];
        assert_eq!(log.summary(&in_room).undo_target(), Some(ada));
        assert_eq!(
            log.summary(&in_room).undo_person(),
            Some(ADA),
            "Bob, last to speak, is not on screen"
        );
        log.undo(&in_room).unwrap();
        let summary = log.summary(&in_room);
        assert_eq!(turns(&summary), [0, 0]);
        assert_eq!(
            summary.undo_target(),
            None,
            "Bob's checkmark is not on screen"
        );
        assert_eq!(summary.undo_person(), None);
        assert_eq!(log.summary(&[ADA, BOB]).turns_of(BOB), 1);
    }

    #[test]
    fn timed_mode_switches_speakers_and_runs_to_now() {
        let mut log = Log::default();
        let summary = TallySummary::new(&[ADA, BOB]);
        log.push(summary.speaker_tap(ADA)); // 1 s: Ada starts
        let summary = log.summary(&[ADA, BOB]);
        log.push(summary.speaker_tap(BOB)); // 2 s: Bob takes over
        let summary = TallySummary::from_events(&[ADA, BOB], &log.events, Timestamp(9_500));
        assert_eq!(summary.current_speaker(), Some(BOB));
        assert_eq!(summary.speaking_ms_of(ADA), 1_000);
        assert_eq!(summary.speaking_ms_of(BOB), 7_500);
        assert_eq!(summary.total_speaking_ms(), 8_500);
        assert_eq!(summary.total_turns(), 0, "timing is not checkmarking");
    }

    #[test]
    fn timed_mode_tapping_the_speaker_stops_the_clock() {
        let mut log = Log::default();
        log.push(TallyEventKind::SpeakerStarted { person: ADA }); // 1 s
        log.push(log.summary(&[ADA]).speaker_tap(ADA)); // 2 s
        let summary = TallySummary::from_events(&[ADA], &log.events, Timestamp(60_000));
        assert_eq!(summary.current_speaker(), None);
        assert_eq!(summary.speaking_ms_of(ADA), 1_000);
        assert_eq!(summary.stretches_of(ADA), 1);
    }

    #[test]
    fn advancing_the_clock_grows_only_the_running_stretch() {
        let mut log = Log::default();
        log.push(TallyEventKind::SpeakerStarted { person: ADA }); // 1 s
        let mut summary = log.summary(&[ADA, BOB]);
        summary.advance_to(Timestamp(3_000));
        assert_eq!(summary.speaking_ms_of(ADA), 2_000);
        summary.advance_to(Timestamp(2_000));
        assert_eq!(summary.speaking_ms_of(ADA), 2_000, "time does not run back");
        assert_eq!(summary.speaking_ms_of(BOB), 0);
    }

    #[test]
    fn reading_at_a_later_instant_grows_the_running_stretch_without_changing_the_summary() {
        let mut log = Log::default();
        log.push(TallyEventKind::SpeakerStarted { person: ADA }); // 1 s
        log.said(BOB); // 2 s
        let summary = log.summary(&[ADA, BOB]);
        let before = summary.clone();
        assert_eq!(summary.speaking_ms_at(ADA, Timestamp(5_000)), 4_000);
        assert_eq!(
            summary.speaking_ms_at(ADA, Timestamp(0)),
            summary.speaking_ms_of(ADA),
            "never read before the summary's own instant"
        );
        let lines = summary.attendee_tallies_at(Timestamp(5_000));
        assert_eq!(
            lines.iter().map(|l| l.speaking_ms).collect::<Vec<_>>(),
            [4_000, 0]
        );
        assert_eq!(lines[1].turns, 1);
        assert_eq!(summary, before);
    }

    #[test]
    fn segments_count_per_person_and_follow_undo() {
        let mut log = Log::default();
        log.said(ADA);
        log.segment = 2;
        log.said(BOB);
        log.said(BOB);
        log.undo(&[ADA, BOB]).unwrap();
        let segments = log.summary(&[ADA, BOB]).segments(3);
        let rows: Vec<_> = segments
            .iter()
            .map(|s| (s.segment, s.turns.clone(), s.total))
            .collect();
        assert_eq!(
            rows,
            [(0, vec![1, 0], 1), (1, vec![0, 0], 0), (2, vec![0, 1], 1)]
        );
    }

    #[test]
    fn segments_beyond_the_agenda_still_show() {
        let mut log = Log {
            segment: 4,
            ..Log::default()
        };
        log.said(ADA);
        let segments = log.summary(&[ADA]).segments(1);
        let indices: Vec<_> = segments.iter().map(|s| s.segment).collect();
        assert_eq!(indices, [0, 4]);
    }
}
