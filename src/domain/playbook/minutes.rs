//! What one meeting did with the playbook, for its minutes: the entries it agreed, changed or
//! kept, the scorecard it recorded, and the decisions it logged.

use super::decision::Decision;
use super::entry::PlaybookEntry;
use super::scorecard::{Reading, Standing, reading_of};
use crate::domain::ids::{MeetingId, PersonId};
use crate::domain::sort::SortByKey;

/// One measure as the meeting scored it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoredMeasure {
    pub title: String,
    /// "22 %"
    pub actual: String,
    /// "at least 20 %"
    pub target: String,
    pub standing: Standing,
}

/// The playbook's part of one meeting's minutes. Empty when the meeting did nothing with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeetingPlaybook {
    /// "Agreed: Target market (version 1)", in the order they were decided.
    pub agreed: Vec<String>,
    pub scorecard: Vec<ScoredMeasure>,
    /// Other decisions logged in the meeting: what, why and who owns it.
    pub decisions: Vec<(String, String, Option<PersonId>)>,
}

impl MeetingPlaybook {
    pub fn of(
        meeting: MeetingId,
        entries: &[PlaybookEntry],
        decisions: &[Decision],
        readings: &[Reading],
    ) -> MeetingPlaybook {
        let mut logged: Vec<&Decision> = decisions
            .iter()
            .filter(|d| d.meeting == Some(meeting))
            .collect();
        logged.sort_by_key_dyn(|d| (d.created_at, d.id));
        let (agreed, other): (Vec<&Decision>, Vec<&Decision>) =
            logged.into_iter().partition(|d| d.entry.is_some());
        let mut measured: Vec<&PlaybookEntry> =
            entries.iter().filter(|e| e.topic.is_measured()).collect();
        measured.sort_by_key_dyn(|e| (e.topic, e.created_at, e.id));
        let scorecard = measured
            .into_iter()
            .filter_map(|entry| {
                let reading = reading_of(readings, entry.id, meeting)?;
                let target = entry
                    .in_force()
                    .unwrap_or_else(|| entry.newest())
                    .content
                    .target()?
                    .clone();
                Some(ScoredMeasure {
                    title: entry.title(),
                    actual: format!("{} {}", reading.actual, target.unit)
                        .trim()
                        .to_string(),
                    target: target.to_string(),
                    standing: Standing::of(&target, reading.actual),
                })
            })
            .collect();
        MeetingPlaybook {
            agreed: agreed.into_iter().map(|d| d.what.clone()).collect(),
            scorecard,
            decisions: other
                .into_iter()
                .map(|d| (d.what.clone(), d.why.clone(), d.owner))
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.agreed.is_empty() && self.scorecard.is_empty() && self.decisions.is_empty()
    }
}
