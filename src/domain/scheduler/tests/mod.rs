//! Tests of the whole planner, one per rule, plus the iCalendar export and property tests.
//! Unit tests of each part sit at the bottom of its own module.

mod ics;
mod properties;
mod rules;
mod spread;

use super::*;
use crate::domain::ids::{ActionItemId, PersonId};
use crate::domain::person::{Person, Team, TeamKind};
use crate::domain::time::Timestamp;
use chrono::{NaiveDate, NaiveTime, Weekday};

pub(super) const SALES: u128 = 1_000;
pub(super) const MARKETING: u128 = 2_000;
pub(super) const OTHER: u128 = 3_000;

pub(super) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The Tuesday the test plans start on.
pub(super) fn first_tuesday() -> NaiveDate {
    day(2025, 6, 3)
}

pub(super) fn id(n: u128) -> PersonId {
    PersonId::from_u128(n)
}

pub(super) fn person(n: u128) -> Person {
    let team = match n {
        n if n >= OTHER => Team::Other {
            label: "Support".into(),
        },
        n if n >= MARKETING => Team::Marketing,
        _ => Team::Sales,
    };
    Person::member(id(n), &format!("Person {n}"), team)
}

/// `sales` people with ids 1000.., `marketing` with 2000.., `other` with 3000...
pub(super) fn roster(sales: u128, marketing: u128, other: u128) -> Vec<Person> {
    (0..sales)
        .map(|i| person(SALES + i))
        .chain((0..marketing).map(|i| person(MARKETING + i)))
        .chain((0..other).map(|i| person(OTHER + i)))
        .collect()
}

/// A [`roster`] of Sales and Marketing whose people alternate between the two `groups`.
pub(super) fn roster_in_groups(sales: u128, marketing: u128, groups: [&str; 2]) -> Vec<Person> {
    let mut people = roster(sales, marketing, 0);
    for (i, p) in people.iter_mut().enumerate() {
        p.group = Some(groups[i % 2].into());
    }
    people
}

/// [`settings`] with each group rotating on its own.
pub(super) fn settings_by_group(seed: u64, cap: u32, horizon: u32) -> ScheduleSettings {
    ScheduleSettings {
        by_group: true,
        ..settings(seed, cap, horizon)
    }
}

pub(super) fn settings(seed: u64, cap: u32, horizon: u32) -> ScheduleSettings {
    let mut settings = ScheduleSettings::new(
        Cadence {
            frequency: Frequency::Weekly,
            weekday: Weekday::Tue,
            time_of_day: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
            start: first_tuesday(),
        },
        seed,
    );
    settings.seat_cap = SeatCap::new(cap).unwrap();
    settings.horizon = Horizon::new(horizon).unwrap();
    settings
}

pub(super) fn plan_from_start(
    settings: &ScheduleSettings,
    people: &[Person],
) -> Result<Plan, ScheduleError> {
    plan(settings, people, &[], &[], first_tuesday())
}

/// How many meetings each of `people` attends in `meetings`.
pub(super) fn attendance(meetings: &[PlannedMeeting], people: &[PersonId]) -> Vec<usize> {
    people
        .iter()
        .map(|&p| meetings.iter().filter(|m| m.attends(p)).count())
        .collect()
}

/// `person` last attended on `on` and has never taken notes.
pub(super) fn attended(person: PersonId, on: NaiveDate) -> PersonHistory {
    PersonHistory {
        person,
        last_attended: Some(on),
        last_took_notes: None,
    }
}

/// Who sits in `team`'s first seat of `meeting`, if the team has one.
pub(super) fn first_seat(meeting: &PlannedMeeting, team: TeamKind) -> Option<PersonId> {
    meeting
        .attendees
        .iter()
        .find(|a| a.team == team)
        .map(|a| a.person)
}
