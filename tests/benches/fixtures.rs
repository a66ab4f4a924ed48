//! Rosters, history and settings for the scheduler benches, shared by the native criterion
//! benches and the browser bench (`tests/browser_bench.rs`).

use chrono::{Days, NaiveDate, NaiveTime, Weekday};
use smarketing::domain::ids::PersonId;
use smarketing::domain::person::{Person, TeamKind};
use smarketing::domain::scheduler::{
    Cadence, Frequency, Horizon, PersonHistory, RotationStyle, ScheduleSettings,
};

pub fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 3).unwrap()
}

/// An organization of `size`: 45% Sales, 40% Marketing, 15% Other, an executive in every
/// 50, an inactive person in every 25, two core members, and `groups` regions.
pub fn organization(size: u128, groups: u128) -> Vec<Person> {
    (0..size)
        .map(|n| {
            let team = match n % 20 {
                0..9 => TeamKind::Sales,
                9..17 => TeamKind::Marketing,
                _ => TeamKind::Other,
            };
            Person {
                executive: n % 50 == 49,
                core: n < 2,
                active: n % 25 != 24,
                email: Some(format!("person{n}@example.com")),
                group: (groups > 1).then(|| format!("Region {}", n % groups)),
                ..Person::member(
                    PersonId::from_u128(n + 1),
                    &format!("Person {n}"),
                    team.with_label("Support"),
                )
            }
        })
        .collect()
}

/// Half the organization attended at some point in the last ten weeks.
pub fn history(people: &[Person]) -> Vec<PersonHistory> {
    people
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(i, p)| PersonHistory {
            person: p.id,
            last_attended: Some(start() - Days::new(7 * (1 + i as u64 % 10))),
            last_took_notes: None,
        })
        .collect()
}

pub fn settings(meetings: u32, by_group: bool, rotation: RotationStyle) -> ScheduleSettings {
    let mut settings = ScheduleSettings::new(
        Cadence {
            frequency: Frequency::Weekly,
            weekday: Weekday::Tue,
            time_of_day: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
            start: start(),
        },
        0x5EED,
    );
    settings.horizon = Horizon::new(meetings).unwrap();
    settings.by_group = by_group;
    settings.rotation = rotation;
    settings
}
