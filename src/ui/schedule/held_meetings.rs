//! What the rotation needs from the meetings already held: who last attended and took notes,
//! and the first day still to plan.

use crate::domain::ids::PersonId;
use crate::domain::meeting::Meeting;
use crate::domain::scheduler::PersonHistory;
use crate::domain::time::Timestamp;
use chrono::NaiveDate;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    pub history: Vec<PersonHistory>,
    /// Today, or the day after the latest held meeting when that is today or later.
    pub from: NaiveDate,
}

/// A meeting counts as held once its clock has started; its date is the local date it was
/// scheduled for.
pub fn held_meetings(
    meetings: &[Meeting],
    today: NaiveDate,
    local_date: impl Fn(Timestamp) -> Option<NaiveDate>,
) -> Held {
    let mut by_person: BTreeMap<PersonId, PersonHistory> = BTreeMap::new();
    let mut latest: Option<NaiveDate> = None;
    for meeting in meetings.iter().filter(|m| m.clock.has_started()) {
        let Some(date) = local_date(meeting.scheduled_at) else {
            continue;
        };
        latest = latest.max(Some(date));
        for &person in &meeting.attendees {
            let entry = by_person.entry(person).or_insert(PersonHistory {
                person,
                last_attended: None,
                last_took_notes: None,
            });
            entry.last_attended = entry.last_attended.max(Some(date));
            if meeting.note_taker == Some(person) {
                entry.last_took_notes = entry.last_took_notes.max(Some(date));
            }
        }
    }
    let from = match latest {
        Some(held) if held >= today => held.succ_opt().unwrap_or(held),
        _ => today,
    };
    Held {
        history: by_person.into_values().collect(),
        from,
    }
}
