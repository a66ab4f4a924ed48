//! The problem log: problems raised in meetings, how much they matter, and the ideas
//! brainstormed to solve them. Problems belong to the workspace, not to one meeting: they stay
//! on the log until they are solved or dropped.

use super::idea::{Idea, MAX_IDEA_CHARS, next_idea_id};
use crate::domain::ids::{MeetingId, PersonId, ProblemId};
use crate::domain::sort::SortByKey;
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The longest problem title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// The longest description of a problem, in characters.
pub const MAX_DETAILS_CHARS: usize = 2_000;
/// Impact runs from 1 (small) to 5 (the biggest).
pub const MIN_IMPACT: u8 = 1;
pub const MAX_IMPACT: u8 = 5;
/// What the form offers before anyone rates a new problem.
pub const DEFAULT_IMPACT: u8 = 3;

/// Why a problem or a change to it is refused. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ProblemError {
    #[error("Give the problem a title.")]
    EmptyTitle,
    #[error("Problem titles can be at most {MAX_TITLE_CHARS} characters; this one has {0}.")]
    TitleTooLong(usize),
    #[error("Details can be at most {MAX_DETAILS_CHARS} characters; these have {0}.")]
    DetailsTooLong(usize),
    #[error("Rate the impact from {MIN_IMPACT} (small) to {MAX_IMPACT} (the biggest).")]
    ImpactOutOfRange(u8),
    #[error("Write the idea down before adding it.")]
    EmptyIdea,
    #[error("Ideas can be at most {MAX_IDEA_CHARS} characters; this one has {0}.")]
    IdeaTooLong(usize),
    /// The UI asked for an idea the problem no longer has (a stale screen).
    #[error("That idea is no longer on the list.")]
    NoSuchIdea(u32),
    /// Only a damaged or hand-edited record has this.
    #[error("Two ideas share the number {0}; the record is damaged.")]
    DuplicateIdea(u32),
}

/// Where a problem stands. The serde names are stored and exported: never rename them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
// One name for serde, form values, storage keys and URLs: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum ProblemStatus {
    /// Raised, nobody is working on it yet.
    #[default]
    Open,
    /// Someone has an action item for it.
    BeingSolved,
    Solved,
    /// Not worth solving, or no longer a problem.
    Dropped,
}

impl ProblemStatus {
    pub const ALL: [ProblemStatus; 4] = [
        ProblemStatus::Open,
        ProblemStatus::BeingSolved,
        ProblemStatus::Solved,
        ProblemStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ProblemStatus::Open => "Open",
            ProblemStatus::BeingSolved => "Being solved",
            ProblemStatus::Solved => "Solved",
            ProblemStatus::Dropped => "Dropped",
        }
    }

    /// Still needs attention: open or being solved.
    pub fn is_active(self) -> bool {
        matches!(self, ProblemStatus::Open | ProblemStatus::BeingSolved)
    }
}

/// What the facilitator typed for a new problem, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewProblem {
    pub title: String,
    pub details: String,
    pub raised_by: Option<PersonId>,
    pub raised_in: Option<MeetingId>,
    pub impact: u8,
}

impl NewProblem {
    /// A problem with just a title, at the default impact: the quick capture in a meeting.
    pub fn titled(title: &str, raised_by: Option<PersonId>, raised_in: Option<MeetingId>) -> Self {
        NewProblem {
            title: title.to_string(),
            details: String::new(),
            raised_by,
            raised_in,
            impact: DEFAULT_IMPACT,
        }
    }
}

/// A problem record. Stored and exported on its own, matched by `id`; `updated_at` decides
/// which copy wins in a merge.
///
/// Invariants, kept by [`Problem::new`] and the methods below (and checked on import by
/// [`Problem::validate`]): a title of 1 to [`MAX_TITLE_CHARS`] characters; details of at most
/// [`MAX_DETAILS_CHARS`]; impact in [`MIN_IMPACT`]..=[`MAX_IMPACT`]; ideas with non-empty
/// texts of at most [`MAX_IDEA_CHARS`] and distinct ids. Texts are stored trimmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub id: ProblemId,
    pub title: String,
    #[serde(default)]
    pub details: String,
    /// Who raised it; the person may since have left the roster.
    #[serde(default)]
    pub raised_by: Option<PersonId>,
    /// The meeting it was raised in; `None` when added to the log between meetings.
    #[serde(default)]
    pub raised_in: Option<MeetingId>,
    pub impact: u8,
    #[serde(default)]
    pub status: ProblemStatus,
    /// The brainstorm, in the order the ideas came.
    #[serde(default)]
    pub ideas: Vec<Idea>,
    /// The id the next idea gets, so that a removed idea's id is never reused.
    #[serde(default)]
    pub next_idea_id: u32,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Problem {
    pub fn new(id: ProblemId, new: NewProblem, now: Timestamp) -> Result<Problem, ProblemError> {
        Ok(Problem {
            id,
            title: checked_title(&new.title)?,
            details: checked_details(&new.details)?,
            raised_by: new.raised_by,
            raised_in: new.raised_in,
            impact: checked_impact(new.impact)?,
            status: ProblemStatus::Open,
            ideas: Vec::new(),
            next_idea_id: 0,
            created_at: now,
            updated_at: now,
        })
    }

    /// Checks the invariants of a record read from storage or a file.
    pub fn validate(&self) -> Result<(), ProblemError> {
        checked_title(&self.title)?;
        checked_details(&self.details)?;
        checked_impact(self.impact)?;
        let mut seen = HashSet::with_capacity(self.ideas.len());
        for idea in &self.ideas {
            if !seen.insert(idea.id) {
                return Err(ProblemError::DuplicateIdea(idea.id));
            }
            Idea::checked_text(&idea.text)?;
        }
        Ok(())
    }

    pub fn set_title(&mut self, title: &str, now: Timestamp) -> Result<(), ProblemError> {
        self.title = checked_title(title)?;
        self.updated_at = now;
        Ok(())
    }

    pub fn set_details(&mut self, details: &str, now: Timestamp) -> Result<(), ProblemError> {
        self.details = checked_details(details)?;
        self.updated_at = now;
        Ok(())
    }

    pub fn set_impact(&mut self, impact: u8, now: Timestamp) -> Result<(), ProblemError> {
        self.impact = checked_impact(impact)?;
        self.updated_at = now;
        Ok(())
    }

    /// Any status can follow any other: a solved problem may come back.
    pub fn set_status(&mut self, status: ProblemStatus, now: Timestamp) {
        self.status = status;
        self.updated_at = now;
    }

    /// Adds a brainstormed idea, not chosen, and returns its id.
    pub fn add_idea(&mut self, text: &str, now: Timestamp) -> Result<u32, ProblemError> {
        let text = Idea::checked_text(text)?;
        let id = next_idea_id(self.next_idea_id, &self.ideas);
        self.ideas.push(Idea {
            id,
            text,
            chosen: false,
        });
        self.next_idea_id = id.saturating_add(1);
        self.updated_at = now;
        Ok(id)
    }

    /// Marks the idea chosen, or not chosen if it was; returns whether it is chosen now.
    pub fn toggle_chosen(&mut self, idea: u32, now: Timestamp) -> Result<bool, ProblemError> {
        let idea = self.idea_mut(idea)?;
        idea.chosen = !idea.chosen;
        let chosen = idea.chosen;
        self.updated_at = now;
        Ok(chosen)
    }

    pub fn remove_idea(&mut self, idea: u32, now: Timestamp) -> Result<(), ProblemError> {
        let index = self
            .ideas
            .iter()
            .position(|i| i.id == idea)
            .ok_or(ProblemError::NoSuchIdea(idea))?;
        self.ideas.remove(index);
        self.updated_at = now;
        Ok(())
    }

    /// The ideas picked to act on, in the order they came.
    pub fn chosen_ideas(&self) -> impl Iterator<Item = &Idea> + '_ {
        self.ideas.iter().filter(|idea| idea.chosen)
    }

    fn idea_mut(&mut self, idea: u32) -> Result<&mut Idea, ProblemError> {
        self.ideas
            .iter_mut()
            .find(|i| i.id == idea)
            .ok_or(ProblemError::NoSuchIdea(idea))
    }
}

/// Which problems a list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ProblemFilter {
    All,
    /// Open or being solved: the default view of the log.
    #[default]
    Active,
    Status(ProblemStatus),
}

impl ProblemFilter {
    /// What a filter select offers, in order.
    pub const CHOICES: [ProblemFilter; 6] = [
        ProblemFilter::Active,
        ProblemFilter::All,
        ProblemFilter::Status(ProblemStatus::Open),
        ProblemFilter::Status(ProblemStatus::BeingSolved),
        ProblemFilter::Status(ProblemStatus::Solved),
        ProblemFilter::Status(ProblemStatus::Dropped),
    ];

    pub fn label(self) -> &'static str {
        match self {
            ProblemFilter::All => "All",
            ProblemFilter::Active => "Open or being solved",
            ProblemFilter::Status(status) => status.label(),
        }
    }

    pub fn matches(self, problem: &Problem) -> bool {
        match self {
            ProblemFilter::All => true,
            ProblemFilter::Active => problem.status.is_active(),
            ProblemFilter::Status(status) => problem.status == status,
        }
    }
}

/// "all", "active", or a status's own name: for form values and URLs.
impl fmt::Display for ProblemFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemFilter::All => f.write_str("all"),
            ProblemFilter::Active => f.write_str("active"),
            ProblemFilter::Status(status) => status.fmt(f),
        }
    }
}

impl FromStr for ProblemFilter {
    type Err = strum::ParseError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "all" => Ok(ProblemFilter::All),
            "active" => Ok(ProblemFilter::Active),
            status => status.parse().map(ProblemFilter::Status),
        }
    }
}

/// Biggest impact first, then the newest, then by id so that the order is total.
pub fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by_key_dyn(problem_order);
}

/// The problems `filter` lets through, in [`sort_problems`] order.
pub fn filtered_problems(problems: &[Problem], filter: ProblemFilter) -> Vec<&Problem> {
    let mut shown: Vec<&Problem> = problems.iter().filter(|p| filter.matches(p)).collect();
    shown.sort_by_key_dyn(|p| problem_order(p));
    shown
}

fn problem_order(problem: &Problem) -> (Reverse<u8>, Reverse<Timestamp>, ProblemId) {
    (
        Reverse(problem.impact),
        Reverse(problem.created_at),
        problem.id,
    )
}

fn checked_title(title: &str) -> Result<String, ProblemError> {
    let title = title.trim();
    let chars = title.chars().count();
    match chars {
        0 => Err(ProblemError::EmptyTitle),
        n if n > MAX_TITLE_CHARS => Err(ProblemError::TitleTooLong(n)),
        _ => Ok(title.to_string()),
    }
}

fn checked_details(details: &str) -> Result<String, ProblemError> {
    let details = details.trim();
    let chars = details.chars().count();
    if chars > MAX_DETAILS_CHARS {
        return Err(ProblemError::DetailsTooLong(chars));
    }
    Ok(details.to_string())
}

fn checked_impact(impact: u8) -> Result<u8, ProblemError> {
    if (MIN_IMPACT..=MAX_IMPACT).contains(&impact) {
        Ok(impact)
    } else {
        Err(ProblemError::ImpactOutOfRange(impact))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const T0: Timestamp = Timestamp(1_764_000_000_000);
    const T1: Timestamp = Timestamp(1_764_000_060_000);

    fn problem(n: u128, title: &str, impact: u8, created_at: Timestamp) -> Problem {
        let new = NewProblem {
            impact,
            ..NewProblem::titled(title, None, None)
        };
        Problem::new(ProblemId::from_u128(n), new, created_at).unwrap()
    }

    #[test]
    fn a_new_problem_is_open_with_trimmed_texts() {
        let new = NewProblem {
            title: "  Leads go cold  ".into(),
            details: "\nAfter the webinar.\n".into(),
            raised_by: Some(PersonId::from_u128(1)),
            raised_in: Some(MeetingId::from_u128(2)),
            impact: 4,
        };
        let p = Problem::new(ProblemId::from_u128(7), new, T0).unwrap();
        assert_eq!(p.title, "Leads go cold");
        assert_eq!(p.details, "After the webinar.");
        assert_eq!(p.status, ProblemStatus::Open);
        assert_eq!((p.created_at, p.updated_at), (T0, T0));
        assert!(p.ideas.is_empty());
        assert_eq!(p.validate(), Ok(()));
    }

    #[test]
    fn title_is_required_and_at_most_200_characters() {
        let new = |title: &str| {
            Problem::new(
                ProblemId::from_u128(1),
                NewProblem::titled(title, None, None),
                T0,
            )
        };
        assert_eq!(new(" \n ").unwrap_err(), ProblemError::EmptyTitle);
        assert!(new(&"é".repeat(200)).is_ok());
        assert_eq!(
            new(&"é".repeat(201)).unwrap_err(),
            ProblemError::TitleTooLong(201)
        );
        assert_eq!(
            ProblemError::TitleTooLong(201).to_string(),
            "Problem titles can be at most 200 characters; this one has 201."
        );
    }

    #[test]
    fn impact_must_be_one_to_five() {
        for impact in [0, 6, 255] {
            let new = NewProblem {
                impact,
                ..NewProblem::titled("X", None, None)
            };
            assert_eq!(
                Problem::new(ProblemId::from_u128(1), new, T0),
                Err(ProblemError::ImpactOutOfRange(impact))
            );
        }
        let mut p = problem(1, "X", 1, T0);
        assert_eq!(p.set_impact(0, T1), Err(ProblemError::ImpactOutOfRange(0)));
        assert_eq!(p.updated_at, T0, "a refused edit does not touch updated_at");
        p.set_impact(5, T1).unwrap();
        assert_eq!((p.impact, p.updated_at), (5, T1));
        assert_eq!(
            ProblemError::ImpactOutOfRange(0).to_string(),
            "Rate the impact from 1 (small) to 5 (the biggest)."
        );
    }

    #[test]
    fn edits_trim_and_check() {
        let mut p = problem(1, "X", 3, T0);
        assert_eq!(p.set_title("", T1), Err(ProblemError::EmptyTitle));
        p.set_title(" Y ", T1).unwrap();
        assert_eq!(p.title, "Y");
        assert_eq!(
            p.set_details(&"x".repeat(2_001), T1),
            Err(ProblemError::DetailsTooLong(2_001))
        );
        p.set_details(" Some context ", T1).unwrap();
        assert_eq!(p.details, "Some context");
        p.set_status(ProblemStatus::BeingSolved, T1);
        assert_eq!((p.status, p.updated_at), (ProblemStatus::BeingSolved, T1));
    }

    #[test]
    fn ideas_are_quick_to_add_and_can_be_chosen_and_removed() {
        let mut p = problem(1, "X", 3, T0);
        assert_eq!(p.add_idea("   ", T1), Err(ProblemError::EmptyIdea));
        let a = p.add_idea(" Call within a day ", T1).unwrap();
        let b = p.add_idea("Nurture e-mails", T1).unwrap();
        assert_eq!(p.toggle_chosen(b, T1), Ok(true));
        assert_eq!(
            p.chosen_ideas()
                .map(|i| i.text.as_str())
                .collect::<Vec<_>>(),
            ["Nurture e-mails"]
        );
        assert_eq!(p.toggle_chosen(b, T1), Ok(false));
        p.remove_idea(b, T1).unwrap();
        let c = p.add_idea("Webinar follow-up kit", T1).unwrap();
        assert_eq!((a, b, c), (0, 1, 2), "a removed idea's id is never reused");
        assert_eq!(p.toggle_chosen(b, T1), Err(ProblemError::NoSuchIdea(b)));
        assert_eq!(p.remove_idea(b, T1), Err(ProblemError::NoSuchIdea(b)));
        assert_eq!(p.add_idea("  ", T1), Err(ProblemError::EmptyIdea));
        assert_eq!(
            p.add_idea(&"i".repeat(MAX_IDEA_CHARS + 1), T1),
            Err(ProblemError::IdeaTooLong(MAX_IDEA_CHARS + 1))
        );
    }

    #[test]
    fn ids_of_older_records_without_a_counter_continue_after_the_largest() {
        let mut p = problem(1, "X", 3, T0);
        p.add_idea("A", T0).unwrap();
        p.add_idea("B", T0).unwrap();
        let mut value = serde_json::to_value(&p).unwrap();
        value.as_object_mut().unwrap().remove("next_idea_id");
        let mut old: Problem = serde_json::from_value(value).unwrap();
        assert_eq!(old.add_idea("C", T1), Ok(2));
    }

    #[test]
    fn sorts_by_impact_then_newest() {
        let mut problems = vec![
            problem(1, "old small", 2, T0),
            problem(2, "old big", 5, T0),
            problem(3, "new big", 5, T1),
            problem(4, "new medium", 3, T1),
        ];
        sort_problems(&mut problems);
        let titles: Vec<&str> = problems.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["new big", "old big", "new medium", "old small"]);
    }

    #[test]
    fn filters_by_status() {
        let mut problems = vec![
            problem(1, "a", 2, T0),
            problem(2, "b", 5, T0),
            problem(3, "c", 4, T0),
            problem(4, "d", 1, T0),
        ];
        problems[1].set_status(ProblemStatus::Solved, T1);
        problems[2].set_status(ProblemStatus::BeingSolved, T1);
        problems[3].set_status(ProblemStatus::Dropped, T1);
        let titles = |filter| {
            filtered_problems(&problems, filter)
                .iter()
                .map(|p| p.title.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(ProblemFilter::Active), ["c", "a"]);
        assert_eq!(titles(ProblemFilter::All), ["b", "c", "a", "d"]);
        assert_eq!(titles(ProblemFilter::Status(ProblemStatus::Solved)), ["b"]);
        assert_eq!(ProblemFilter::default(), ProblemFilter::Active);
    }

    #[test]
    fn validate_catches_damaged_records() {
        let mut p = problem(1, "X", 3, T0);
        p.add_idea("A", T0).unwrap();
        let mut twice = p.clone();
        twice.ideas.push(twice.ideas[0].clone());
        assert_eq!(twice.validate(), Err(ProblemError::DuplicateIdea(0)));
        let mut blank = p.clone();
        blank.title = " ".into();
        assert_eq!(blank.validate(), Err(ProblemError::EmptyTitle));
        let mut blank_idea = p.clone();
        blank_idea.ideas[0].text = " ".into();
        assert_eq!(blank_idea.validate(), Err(ProblemError::EmptyIdea));
        let mut impact = p;
        impact.impact = 9;
        assert_eq!(impact.validate(), Err(ProblemError::ImpactOutOfRange(9)));
    }

    #[test]
    fn filters_round_trip_through_their_names() {
        for filter in ProblemFilter::CHOICES {
            assert_eq!(filter.to_string().parse(), Ok(filter));
        }
        assert!("later".parse::<ProblemFilter>().is_err());
    }

    #[test]
    fn status_keys_round_trip_and_match_serde() {
        crate::domain::test_support::assert_names_round_trip(&ProblemStatus::ALL);
    }

    #[test]
    fn round_trips_and_reads_older_records_with_defaults() {
        let mut p = problem(1, "X", 3, T0);
        p.add_idea("A", T0).unwrap();
        p.toggle_chosen(0, T0).unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Problem>(&json).unwrap(), p);
        let old: Problem = serde_json::from_str(
            r#"{"id":"00000000-0000-0000-0000-000000000001","title":"X","impact":2,
                "created_at":1,"updated_at":2}"#,
        )
        .unwrap();
        assert_eq!(old.status, ProblemStatus::Open);
        assert!(old.ideas.is_empty() && old.details.is_empty());
        assert_eq!((old.raised_by, old.raised_in), (None, None));
    }

    proptest! {
        #[test]
        fn sorted_problems_never_put_a_smaller_impact_first(
            specs in prop::collection::vec((1u8..=5, 0i64..5), 0..12)
        ) {
            let mut problems: Vec<Problem> = specs
                .iter()
                .enumerate()
                .map(|(i, &(impact, t))| problem(i as u128, "p", impact, Timestamp(t)))
                .collect();
            sort_problems(&mut problems);
            for pair in problems.windows(2) {
                prop_assert!(
                    pair[0].impact > pair[1].impact
                        || (pair[0].impact == pair[1].impact
                            && pair[0].created_at >= pair[1].created_at)
                );
            }
        }
    }
}
