//! One meeting: planned, running or past. It keeps a snapshot of its agenda, so later edits to
//! the template never rewrite it, and its clock, so it can be resumed after a reload.

use super::agenda::{
    Agenda, ClockAction, ClockError, ClockView, MeetingClock, Segment, SegmentKind, Template,
    TemplateError, finish_question,
};
use super::ids::{MeetingId, PersonId, TemplateId};
use super::time::Timestamp;
use crate::domain::person::Person;
use crate::domain::scheduler::MAX_SEAT_CAP;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use thiserror::Error;

/// Each deliverable gets this long in the progress segment: "about 2 minutes per deliverable".
pub const DELIVERABLE_SLOT_SECS: u32 = 2 * 60;

/// Why a meeting or a change to it is refused. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MeetingError {
    #[error("Give the meeting a title.")]
    EmptyTitle,
    #[error("Choose at least one attendee.")]
    NoAttendees,
    #[error("Someone is on the attendee list twice.")]
    DuplicateAttendee(PersonId),
    #[error("At most {MAX_ATTENDEES} attendees: leave someone for the next meeting.")]
    TooManyAttendees,
    #[error("{name} is an executive: executives sit out unless you invite them anyway.")]
    ExecutiveNotInvited { name: String },
    #[error("The note-taker must be one of the attendees.")]
    NoteTakerNotAttending(PersonId),
    #[error("That person is not an attendee of this meeting.")]
    NotAnAttendee(PersonId),
    #[error("Describe the deliverable.")]
    EmptyDeliverable,
    #[error("That deliverable is no longer on the list.")]
    NoSuchDeliverable(u32),
    #[error(transparent)]
    Agenda(#[from] TemplateError),
}

/// Fewer than ten people: the same cap as the rotation's, on every way a meeting is made.
pub const MAX_ATTENDEES: usize = MAX_SEAT_CAP as usize;

/// Whether `person` may join a meeting that already has `chosen` attendees: never a tenth, and
/// an executive who has not opted in only when the facilitator invites them anyway.
pub fn may_add_attendee(
    chosen: usize,
    person: &Person,
    invite_anyway: bool,
) -> Result<(), MeetingError> {
    if chosen >= MAX_ATTENDEES {
        return Err(MeetingError::TooManyAttendees);
    }
    if !person.is_rotation_eligible() && person.executive && !invite_anyway {
        return Err(MeetingError::ExecutiveNotInvited {
            name: person.name.clone(),
        });
    }
    Ok(())
}

/// A problem-solving deliverable typed in for the progress segment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deliverable {
    /// Unique within the meeting and never reused, so the UI can key its list by it.
    pub id: u32,
    pub text: String,
}

/// What an attendee said when the go-round reached them. No entry means not asked yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoRoundMark {
    RaisedProblem,
    NothingNew,
}

/// How the progress segment splits between deliverables and questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeliverableSlots {
    pub slot_secs: u32,
    pub deliverables: usize,
    /// What is left for questions: the segment minus a slot per deliverable, at least 0.
    pub question_secs: u32,
    /// The slots alone take longer than the segment.
    pub overbooked: bool,
}

/// Splits a progress segment of `segment_secs` between `deliverables` slots and questions.
pub fn deliverable_slots(segment_secs: u32, deliverables: usize) -> DeliverableSlots {
    let slots_secs = u32::try_from(deliverables)
        .unwrap_or(u32::MAX)
        .saturating_mul(DELIVERABLE_SLOT_SECS);
    DeliverableSlots {
        slot_secs: DELIVERABLE_SLOT_SECS,
        deliverables,
        question_secs: segment_secs.saturating_sub(slots_secs),
        overbooked: slots_secs > segment_secs,
    }
}

/// What the facilitator chose for a new meeting, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMeeting {
    pub title: String,
    pub template_id: Option<TemplateId>,
    pub agenda: Agenda,
    pub scheduled_at: Timestamp,
    /// In go-round order.
    pub attendees: Vec<PersonId>,
    pub note_taker: Option<PersonId>,
}

impl NewMeeting {
    /// A meeting on `template`'s agenda, titled after it.
    pub fn from_template(
        template: &Template,
        scheduled_at: Timestamp,
        attendees: Vec<PersonId>,
        note_taker: Option<PersonId>,
    ) -> NewMeeting {
        NewMeeting {
            title: template.name.clone(),
            template_id: Some(template.id),
            agenda: template.agenda(),
            scheduled_at,
            attendees,
            note_taker,
        }
    }
}

/// A meeting record. Stored and exported on its own, matched by `id`; `updated_at` decides
/// which copy wins in a merge.
///
/// Invariants, kept by [`Meeting::new`] and the methods below: a non-empty title; one to
/// [`MAX_ATTENDEES`] attendees, none twice; the note-taker, if any, attends; go-round marks only
/// for attendees. Meetings imported from older files may hold more attendees: they are history,
/// kept as they were and marked ([`Meeting::is_over_cap`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: MeetingId,
    pub title: String,
    /// The template the agenda was copied from, if any; it may since have changed or gone.
    #[serde(default)]
    pub template_id: Option<TemplateId>,
    /// The agenda as it was when the meeting was created.
    pub agenda: Agenda,
    pub scheduled_at: Timestamp,
    /// In go-round order.
    pub attendees: Vec<PersonId>,
    #[serde(default)]
    pub note_taker: Option<PersonId>,
    pub clock: MeetingClock,
    #[serde(default)]
    pub deliverables: Vec<Deliverable>,
    /// Attendees the go-round has reached. A map keyed by person, so that reordering or
    /// removing attendees never shifts marks onto someone else.
    #[serde(default)]
    pub go_round: BTreeMap<PersonId, GoRoundMark>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Meeting {
    pub fn new(id: MeetingId, plan: NewMeeting, now: Timestamp) -> Result<Meeting, MeetingError> {
        let title = plan.title.trim().to_string();
        if title.is_empty() {
            return Err(MeetingError::EmptyTitle);
        }
        check_attendance(&plan.attendees, plan.note_taker)?;
        let clock = MeetingClock::new(&plan.agenda)?;
        Ok(Meeting {
            id,
            title,
            template_id: plan.template_id,
            agenda: plan.agenda,
            scheduled_at: plan.scheduled_at,
            attendees: plan.attendees,
            note_taker: plan.note_taker,
            clock,
            deliverables: Vec::new(),
            go_round: BTreeMap::new(),
            created_at: now,
            updated_at: now,
        })
    }

    /// Applies a clock action; see [`MeetingClock::handle`]. Persist the meeting afterwards.
    /// More attendees than [`MAX_ATTENDEES`]: only a meeting from an older file can be.
    pub fn is_over_cap(&self) -> bool {
        self.attendees.len() > MAX_ATTENDEES
    }

    pub fn handle_clock(&mut self, action: ClockAction, now: Timestamp) -> Result<(), ClockError> {
        self.clock.handle(action, now)?;
        self.updated_at = now;
        Ok(())
    }

    pub fn clock_view(&self, now: Timestamp) -> ClockView {
        self.clock.view(now)
    }

    /// When the meeting began: the clock's start once it started, the scheduled time before.
    /// The live page and the minutes both show this one instant.
    pub fn start_time(&self) -> Timestamp {
        self.clock.started_at().unwrap_or(self.scheduled_at)
    }

    /// What to ask before finishing at `now`, naming the segments that have not started;
    /// `None` when finishing skips nothing.
    pub fn finish_question(&self, now: Timestamp) -> Option<String> {
        let titles: Vec<&str> = self
            .clock
            .not_started_segments(now)
            .into_iter()
            .filter_map(|index| self.segment(index).map(|s| s.title.as_str()))
            .collect();
        finish_question(&titles)
    }

    pub fn segment(&self, index: usize) -> Option<&Segment> {
        self.agenda.segments.get(index)
    }

    /// How late the meeting is, in milliseconds, while its scheduled time has passed and the
    /// clock has not started. `None` once started or before the scheduled time.
    pub fn started_late(&self, now: Timestamp) -> Option<i64> {
        let late_ms = now.millis_since(self.scheduled_at);
        (!self.clock.has_started() && late_ms > 0).then_some(late_ms)
    }

    /// Replaces the attendee list (in go-round order) and the note-taker together, since each
    /// constrains the other. Marks of people no longer attending are dropped.
    pub fn set_attendees(
        &mut self,
        attendees: Vec<PersonId>,
        note_taker: Option<PersonId>,
        now: Timestamp,
    ) -> Result<(), MeetingError> {
        check_attendance(&attendees, note_taker)?;
        self.go_round.retain(|person, _| attendees.contains(person));
        self.attendees = attendees;
        self.note_taker = note_taker;
        self.updated_at = now;
        Ok(())
    }

    /// Records what `person` said in the go-round; `None` clears it (a mis-tap).
    pub fn mark_go_round(
        &mut self,
        person: PersonId,
        mark: Option<GoRoundMark>,
        now: Timestamp,
    ) -> Result<(), MeetingError> {
        if !self.attendees.contains(&person) {
            return Err(MeetingError::NotAnAttendee(person));
        }
        match mark {
            Some(mark) => self.go_round.insert(person, mark),
            None => self.go_round.remove(&person),
        };
        self.updated_at = now;
        Ok(())
    }

    pub fn go_round_mark(&self, person: PersonId) -> Option<GoRoundMark> {
        self.go_round.get(&person).copied()
    }

    /// Who the go-round should ask next: the first attendee, in order, not yet marked.
    pub fn next_unmarked_attendee(&self) -> Option<PersonId> {
        self.attendees
            .iter()
            .copied()
            .find(|person| !self.go_round.contains_key(person))
    }

    /// Adds a deliverable for the progress segment and returns its id.
    pub fn add_deliverable(&mut self, text: &str, now: Timestamp) -> Result<u32, MeetingError> {
        let text = non_empty_deliverable(text)?;
        let id = self
            .deliverables
            .iter()
            .map(|d| d.id.saturating_add(1))
            .max()
            .unwrap_or(0);
        self.deliverables.push(Deliverable { id, text });
        self.updated_at = now;
        Ok(id)
    }

    pub fn remove_deliverable(&mut self, id: u32, now: Timestamp) -> Result<(), MeetingError> {
        let index = self
            .deliverables
            .iter()
            .position(|d| d.id == id)
            .ok_or(MeetingError::NoSuchDeliverable(id))?;
        self.deliverables.remove(index);
        self.updated_at = now;
        Ok(())
    }

    /// The index of the agenda's first progress segment, where deliverables are presented.
    pub fn progress_segment_index(&self) -> Option<usize> {
        self.agenda
            .segments
            .iter()
            .position(|s| s.kind == SegmentKind::Progress)
    }

    /// Slots for the typed-in deliverables in the progress segment, using its planned time as
    /// the clock has it now (so an extension gives more question time). `None` without a
    /// progress segment.
    pub fn deliverable_slots(&self) -> Option<DeliverableSlots> {
        Some(deliverable_slots(
            self.progress_segment_secs()?,
            self.deliverables.len(),
        ))
    }

    /// The first progress segment's planned time as the clock has it now (an extension
    /// included); `None` without a progress segment.
    pub fn progress_segment_secs(&self) -> Option<u32> {
        let index = self.progress_segment_index()?;
        let planned_ms = *self.clock.planned_ms().get(index)?;
        Some(u32::try_from(planned_ms / 1000).unwrap_or(u32::MAX))
    }
}

/// The meeting held before `meeting`: its minutes and action items are what the review goes
/// over, and its note-taker presents it. Only meetings whose clock started count, so one that
/// was planned and never held does not hide the last real one. Meetings are ordered by their
/// scheduled time, then by when they were created and by id, so two planned for the same
/// minute still come one after the other.
pub fn previous_held<'a>(meetings: &'a [Meeting], meeting: &Meeting) -> Option<&'a Meeting> {
    let order = |m: &Meeting| (m.scheduled_at, m.created_at, m.id);
    meetings
        .iter()
        .filter(|m| m.clock.has_started() && order(m) < order(meeting))
        .max_by_key(|m| order(m))
}

fn check_attendance(
    attendees: &[PersonId],
    note_taker: Option<PersonId>,
) -> Result<(), MeetingError> {
    if attendees.is_empty() {
        return Err(MeetingError::NoAttendees);
    }
    if attendees.len() > MAX_ATTENDEES {
        return Err(MeetingError::TooManyAttendees);
    }
    let mut seen = HashSet::with_capacity(attendees.len());
    if let Some(twice) = attendees.iter().find(|person| !seen.insert(**person)) {
        return Err(MeetingError::DuplicateAttendee(*twice));
    }
    match note_taker {
        Some(person) if !attendees.contains(&person) => {
            Err(MeetingError::NoteTakerNotAttending(person))
        }
        _ => Ok(()),
    }
}

fn non_empty_deliverable(text: &str) -> Result<String, MeetingError> {
    match text.trim() {
        "" => Err(MeetingError::EmptyDeliverable),
        text => Ok(text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::builtin::{DAILY_STAND_UP_ID, WEEKLY_ID, builtin_template};
    use crate::domain::agenda::{ClockAction, ClockState, DurationError};
    use crate::domain::test_support::person;

    const SCHEDULED: Timestamp = Timestamp(1_764_000_000_000);
    const CREATED: Timestamp = Timestamp(1_763_000_000_000);

    fn weekly_plan(attendees: Vec<PersonId>, note_taker: Option<PersonId>) -> NewMeeting {
        let weekly = builtin_template(WEEKLY_ID).unwrap();
        NewMeeting::from_template(&weekly, SCHEDULED, attendees, note_taker)
    }

    fn weekly_meeting() -> Meeting {
        let plan = weekly_plan(vec![person(1), person(2), person(3)], Some(person(2)));
        Meeting::new(MeetingId::from_u128(9), plan, CREATED).unwrap()
    }

    #[test]
    fn a_meeting_from_a_template_copies_its_agenda() {
        let meeting = weekly_meeting();
        assert_eq!(meeting.title, "Weekly smarketing, 30 min");
        assert_eq!(meeting.template_id, Some(WEEKLY_ID));
        assert_eq!(meeting.agenda.cap_secs, 1800);
        assert_eq!(meeting.agenda.segments.len(), 4);
        assert_eq!(meeting.clock_view(SCHEDULED).state, ClockState::NotStarted);
        assert_eq!((meeting.created_at, meeting.updated_at), (CREATED, CREATED));
        assert_eq!(
            meeting.segment(2).map(|s| s.title.as_str()),
            Some("Discuss new problems")
        );
    }

    #[test]
    fn the_previous_meeting_is_the_last_one_held_before() {
        let at = |id: u128, scheduled: i64, created: i64, held: bool| {
            let mut plan = weekly_plan(vec![person(1)], None);
            plan.scheduled_at = Timestamp(scheduled);
            let mut meeting =
                Meeting::new(MeetingId::from_u128(id), plan, Timestamp(created)).unwrap();
            if held {
                meeting
                    .handle_clock(ClockAction::Start, Timestamp(scheduled))
                    .unwrap();
            }
            meeting
        };
        let last_month = at(1, 1_000, 0, true);
        let never_held = at(2, 2_000, 0, false);
        let same_minute_first = at(3, 3_000, 10, true);
        let same_minute_second = at(4, 3_000, 20, true);
        let today = at(5, 4_000, 0, false);
        let all = vec![
            today.clone(),
            same_minute_second.clone(),
            never_held.clone(),
            last_month.clone(),
            same_minute_first.clone(),
        ];
        let previous = |m: &Meeting| previous_held(&all, m).map(|p| p.id);
        assert_eq!(previous(&today), Some(same_minute_second.id));
        assert_eq!(previous(&same_minute_second), Some(same_minute_first.id));
        assert_eq!(previous(&same_minute_first), Some(last_month.id));
        assert_eq!(previous(&never_held), Some(last_month.id));
        assert_eq!(previous(&last_month), None);
    }

    #[test]
    fn attendance_rules() {
        let (ada, bo) = (person(1), person(2));
        let new = |attendees, note_taker| {
            Meeting::new(
                MeetingId::from_u128(9),
                weekly_plan(attendees, note_taker),
                CREATED,
            )
        };
        assert_eq!(new(vec![], None), Err(MeetingError::NoAttendees));
        assert_eq!(
            new(vec![ada, bo, ada], None),
            Err(MeetingError::DuplicateAttendee(ada))
        );
        assert_eq!(
            new(vec![ada], Some(bo)),
            Err(MeetingError::NoteTakerNotAttending(bo))
        );
        assert!(new(vec![ada], None).is_ok());
        assert!(new(vec![ada, bo], Some(bo)).is_ok());
        let ten: Vec<PersonId> = (1..=10).map(person).collect();
        assert_eq!(new(ten.clone(), None), Err(MeetingError::TooManyAttendees));
        assert!(new(ten[..9].to_vec(), None).is_ok());
        assert_eq!(
            MeetingError::TooManyAttendees.to_string(),
            "At most 9 attendees: leave someone for the next meeting."
        );
    }

    #[test]
    fn changing_attendees_later_never_goes_over_nine() {
        let mut meeting = weekly_meeting();
        let ten: Vec<PersonId> = (1..=10).map(person).collect();
        let before = meeting.attendees.clone();
        assert_eq!(
            meeting.set_attendees(ten, None, CREATED),
            Err(MeetingError::TooManyAttendees)
        );
        assert_eq!(meeting.attendees, before);
    }

    #[test]
    fn a_tenth_attendee_and_an_uninvited_executive_are_refused() {
        use crate::domain::person::{Person, Team};
        let member = Person::member(person(1), "Ada", Team::Sales);
        let mut executive = Person::member(person(2), "Eve", Team::Sales);
        executive.executive = true;
        assert_eq!(may_add_attendee(8, &member, false), Ok(()));
        assert_eq!(
            may_add_attendee(9, &member, false),
            Err(MeetingError::TooManyAttendees)
        );
        assert_eq!(
            may_add_attendee(3, &executive, false),
            Err(MeetingError::ExecutiveNotInvited { name: "Eve".into() })
        );
        assert_eq!(may_add_attendee(3, &executive, true), Ok(()));
        assert_eq!(
            may_add_attendee(9, &executive, true),
            Err(MeetingError::TooManyAttendees)
        );
        executive.executive_opt_in = true;
        assert_eq!(may_add_attendee(3, &executive, false), Ok(()));
    }

    #[test]
    fn title_is_trimmed_and_required() {
        let mut plan = weekly_plan(vec![person(1)], None);
        plan.title = "   ".into();
        assert_eq!(
            Meeting::new(MeetingId::from_u128(9), plan.clone(), CREATED),
            Err(MeetingError::EmptyTitle)
        );
        plan.title = " Kick-off ".into();
        let meeting = Meeting::new(MeetingId::from_u128(9), plan, CREATED).unwrap();
        assert_eq!(meeting.title, "Kick-off");
    }

    #[test]
    fn an_invalid_agenda_is_refused() {
        let mut plan = weekly_plan(vec![person(1)], None);
        plan.agenda.segments[0].planned_secs = 0;
        assert_eq!(
            Meeting::new(MeetingId::from_u128(9), plan, CREATED),
            Err(MeetingError::Agenda(TemplateError::Duration(
                DurationError::Zero
            )))
        );
    }

    #[test]
    fn started_late_counts_from_the_scheduled_time_until_the_clock_starts() {
        let mut meeting = weekly_meeting();
        assert_eq!(meeting.started_late(SCHEDULED.plus_millis(-1)), None);
        assert_eq!(meeting.started_late(SCHEDULED), None);
        assert_eq!(
            meeting.started_late(SCHEDULED.plus_millis(90_000)),
            Some(90_000)
        );
        meeting
            .handle_clock(ClockAction::Start, SCHEDULED.plus_millis(90_000))
            .unwrap();
        assert_eq!(meeting.started_late(SCHEDULED.plus_millis(120_000)), None);
        assert_eq!(meeting.updated_at, SCHEDULED.plus_millis(90_000));
    }

    #[test]
    fn refused_clock_actions_do_not_touch_updated_at() {
        let mut meeting = weekly_meeting();
        assert_eq!(
            meeting.handle_clock(ClockAction::Pause, SCHEDULED),
            Err(ClockError::NotStarted)
        );
        assert_eq!(meeting.updated_at, CREATED);
    }

    #[test]
    fn the_go_round_follows_attendee_order_and_skips_marked_people() {
        let mut meeting = weekly_meeting();
        assert_eq!(meeting.next_unmarked_attendee(), Some(person(1)));
        meeting
            .mark_go_round(person(1), Some(GoRoundMark::NothingNew), SCHEDULED)
            .unwrap();
        meeting
            .mark_go_round(person(3), Some(GoRoundMark::RaisedProblem), SCHEDULED)
            .unwrap();
        assert_eq!(meeting.next_unmarked_attendee(), Some(person(2)));
        assert_eq!(
            meeting.go_round_mark(person(3)),
            Some(GoRoundMark::RaisedProblem)
        );
        meeting
            .mark_go_round(person(2), Some(GoRoundMark::NothingNew), SCHEDULED)
            .unwrap();
        assert_eq!(meeting.next_unmarked_attendee(), None);
        meeting.mark_go_round(person(1), None, SCHEDULED).unwrap();
        assert_eq!(meeting.next_unmarked_attendee(), Some(person(1)));
        assert_eq!(
            meeting.mark_go_round(person(7), Some(GoRoundMark::NothingNew), SCHEDULED),
            Err(MeetingError::NotAnAttendee(person(7)))
        );
    }

    #[test]
    fn changing_attendees_keeps_the_rules_and_drops_stale_marks() {
        let mut meeting = weekly_meeting();
        meeting
            .mark_go_round(person(3), Some(GoRoundMark::NothingNew), SCHEDULED)
            .unwrap();
        assert_eq!(
            meeting.set_attendees(vec![person(1)], Some(person(2)), SCHEDULED),
            Err(MeetingError::NoteTakerNotAttending(person(2)))
        );
        meeting
            .set_attendees(vec![person(2), person(1)], Some(person(1)), SCHEDULED)
            .unwrap();
        assert_eq!(meeting.go_round_mark(person(3)), None);
        assert_eq!(meeting.next_unmarked_attendee(), Some(person(2)));
    }

    #[test]
    fn deliverables_get_stable_ids_and_need_text() {
        let mut meeting = weekly_meeting();
        assert_eq!(
            meeting.add_deliverable("  ", SCHEDULED),
            Err(MeetingError::EmptyDeliverable)
        );
        let first = meeting.add_deliverable(" Case study ", SCHEDULED).unwrap();
        let second = meeting.add_deliverable("Pricing page", SCHEDULED).unwrap();
        meeting.remove_deliverable(first, SCHEDULED).unwrap();
        let third = meeting.add_deliverable("Webinar", SCHEDULED).unwrap();
        assert_eq!((first, second, third), (0, 1, 2));
        let texts: Vec<&str> = meeting
            .deliverables
            .iter()
            .map(|d| d.text.as_str())
            .collect();
        assert_eq!(texts, ["Pricing page", "Webinar"]);
        assert_eq!(
            meeting.remove_deliverable(first, SCHEDULED),
            Err(MeetingError::NoSuchDeliverable(first))
        );
    }

    #[test]
    fn slots_are_two_minutes_each_and_the_rest_is_question_time() {
        assert_eq!(
            deliverable_slots(600, 3),
            DeliverableSlots {
                slot_secs: 120,
                deliverables: 3,
                question_secs: 240,
                overbooked: false
            }
        );
        assert_eq!(deliverable_slots(600, 5).question_secs, 0);
        assert!(!deliverable_slots(600, 5).overbooked);
        let over = deliverable_slots(600, 6);
        assert_eq!((over.question_secs, over.overbooked), (0, true));
        assert_eq!(deliverable_slots(600, 0).question_secs, 600);
        assert_eq!(deliverable_slots(600, usize::MAX).question_secs, 0);
    }

    #[test]
    fn the_meeting_slots_deliverables_into_its_progress_segment_as_extended() {
        let mut meeting = weekly_meeting();
        for text in ["A", "B", "C"] {
            meeting.add_deliverable(text, SCHEDULED).unwrap();
        }
        assert_eq!(meeting.progress_segment_index(), Some(1));
        assert_eq!(meeting.deliverable_slots().unwrap().question_secs, 240);
        meeting.handle_clock(ClockAction::Start, SCHEDULED).unwrap();
        meeting.handle_clock(ClockAction::Next, SCHEDULED).unwrap();
        meeting
            .handle_clock(ClockAction::Extend { secs: 60 }, SCHEDULED)
            .unwrap();
        assert_eq!(meeting.deliverable_slots().unwrap().question_secs, 300);

        let stand_up = builtin_template(DAILY_STAND_UP_ID).unwrap();
        let plan = NewMeeting::from_template(&stand_up, SCHEDULED, vec![person(1)], None);
        let stand_up_meeting = Meeting::new(MeetingId::from_u128(10), plan, CREATED).unwrap();
        assert_eq!(stand_up_meeting.deliverable_slots(), None);
    }

    #[test]
    fn the_agenda_snapshot_survives_template_edits() {
        let weekly = builtin_template(WEEKLY_ID).unwrap();
        let mut mine = weekly.copy_as(TemplateId::from_u128(50), CREATED);
        let plan = NewMeeting::from_template(&mine, SCHEDULED, vec![person(1)], None);
        let meeting = Meeting::new(MeetingId::from_u128(9), plan, CREATED).unwrap();
        mine.set_segment_duration(0, 60, SCHEDULED).unwrap();
        assert_eq!(meeting.agenda.segments[0].planned_secs, 300);
        assert_eq!(meeting.clock.planned_ms()[0], 300_000);
    }

    #[test]
    fn round_trips_mid_meeting_and_reads_older_records_with_defaults() {
        let mut meeting = weekly_meeting();
        meeting.add_deliverable("Case study", SCHEDULED).unwrap();
        meeting
            .mark_go_round(person(1), Some(GoRoundMark::RaisedProblem), SCHEDULED)
            .unwrap();
        meeting.handle_clock(ClockAction::Start, SCHEDULED).unwrap();
        let json = serde_json::to_string(&meeting).unwrap();
        let read: Meeting = serde_json::from_str(&json).unwrap();
        assert_eq!(read, meeting);
        let later = SCHEDULED.plus_millis(123_456);
        assert_eq!(read.clock_view(later), meeting.clock_view(later));

        // A record written before deliverables, the go-round and note-takers existed.
        let mut value = serde_json::to_value(&meeting).unwrap();
        let object = value.as_object_mut().unwrap();
        for field in ["template_id", "note_taker", "deliverables", "go_round"] {
            object.remove(field);
        }
        let old: Meeting = serde_json::from_value(value).unwrap();
        assert!(old.deliverables.is_empty() && old.go_round.is_empty());
        assert_eq!((old.template_id, old.note_taker), (None, None));
    }

    #[test]
    fn go_round_marks_serialize_by_person_id() {
        let mut meeting = weekly_meeting();
        meeting
            .mark_go_round(person(1), Some(GoRoundMark::NothingNew), SCHEDULED)
            .unwrap();
        let json = serde_json::to_value(&meeting).unwrap();
        assert_eq!(
            json["go_round"],
            serde_json::json!({ "00000000-0000-0000-0000-000000000001": "nothing_new" })
        );
    }

    #[test]
    fn finishing_early_asks_about_the_segments_not_started() {
        let mut meeting = weekly_meeting();
        meeting.handle_clock(ClockAction::Start, SCHEDULED).unwrap();
        for minutes in [5, 15] {
            meeting
                .handle_clock(ClockAction::Next, SCHEDULED.plus_millis(minutes * 60_000))
                .unwrap();
        }
        let question = meeting
            .finish_question(SCHEDULED.plus_millis(20 * 60_000))
            .unwrap();
        assert_eq!(
            question,
            format!(
                "“{}” has not started. Finish the meeting anyway?",
                meeting.agenda.segments[3].title
            )
        );
        meeting
            .handle_clock(ClockAction::Next, SCHEDULED.plus_millis(25 * 60_000))
            .unwrap();
        assert_eq!(
            meeting.finish_question(SCHEDULED.plus_millis(26 * 60_000)),
            None
        );
    }
}
