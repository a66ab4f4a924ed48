//! The alignment check: statements each attendee scores from 1 (disagree) to 5 (agree) in a
//! go-round, usually at the quarterly evaluation. Results are read by team, side by side, with
//! the gap between Sales and Marketing: the baseline the documents recommend starting from, and
//! its trend over quarters.

use super::content::PlaybookError;
use crate::domain::ids::{AlignmentScoreId, MeetingId, PersonId, StatementId};
use crate::domain::person::TeamKind;
use crate::domain::sort::SortByKey;
use crate::domain::time::Timestamp;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The statements a new workspace starts with, drawn from the source documents.
pub const DEFAULT_STATEMENTS: [&str; 6] = [
    "We agree on what a qualified lead is.",
    "Sales follows up marketing's leads in time.",
    "We work from one funnel, not two.",
    "We share the same goals and KPIs.",
    "We can all see the data we need.",
    "We speak the same language about customers.",
];

pub const MIN_SCORE: u8 = 1;
pub const MAX_SCORE: u8 = 5;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub id: StatementId,
    pub text: String,
    /// Shown in this order.
    pub position: u32,
    /// Retired statements keep their history but are no longer asked.
    pub active: bool,
    pub updated_at: Timestamp,
}

impl Statement {
    /// A statement of `text` (trimmed and checked), asked at `position`.
    pub fn new(
        id: StatementId,
        text: &str,
        position: u32,
        now: Timestamp,
    ) -> Result<Statement, PlaybookError> {
        let statement = Statement {
            id,
            text: text.trim().to_string(),
            position,
            active: true,
            updated_at: now,
        };
        statement.check()?;
        Ok(statement)
    }

    /// The statements a workspace starts with ([`DEFAULT_STATEMENTS`]), with the ids given.
    pub fn defaults(mut ids: impl FnMut(usize) -> StatementId, now: Timestamp) -> Vec<Statement> {
        DEFAULT_STATEMENTS
            .iter()
            .enumerate()
            .map(|(i, text)| Statement {
                id: ids(i),
                text: (*text).to_string(),
                position: i as u32,
                active: true,
                updated_at: now,
            })
            .collect()
    }

    /// Rewords the statement; its scores stay with it.
    pub fn reword(&mut self, text: &str, now: Timestamp) -> Result<(), PlaybookError> {
        let text = text.trim();
        let mut changed = self.clone();
        changed.text = text.to_string();
        changed.check()?;
        if changed.text != self.text {
            changed.updated_at = now;
            *self = changed;
        }
        Ok(())
    }

    /// Stops asking the statement; its scores stay in the results and the trend.
    pub fn retire(&mut self, now: Timestamp) {
        if self.active {
            self.active = false;
            self.updated_at = now.max(self.updated_at.plus_millis(1));
        }
    }

    pub fn check(&self) -> Result<(), PlaybookError> {
        super::content::text(&self.text, "the statement", super::content::MAX_LINE_CHARS)
    }
}

/// The active statements in the order they are asked.
pub fn asked(statements: &[Statement]) -> Vec<&Statement> {
    let mut active: Vec<&Statement> = statements.iter().filter(|s| s.active).collect();
    active.sort_by_key_dyn(|s| (s.position, s.id));
    active
}

/// One attendee's score for one statement in one meeting. The team is the one they were in
/// then, so a later move does not rewrite history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlignmentScore {
    pub id: AlignmentScoreId,
    pub meeting: MeetingId,
    #[serde(deserialize_with = "crate::domain::date_text::read::date")]
    pub on: NaiveDate,
    pub statement: StatementId,
    pub person: PersonId,
    pub team: TeamKind,
    pub score: u8,
    pub updated_at: Timestamp,
}

impl AlignmentScore {
    pub fn check(&self) -> Result<(), PlaybookError> {
        if (MIN_SCORE..=MAX_SCORE).contains(&self.score) {
            Ok(())
        } else {
            Err(PlaybookError::ScoreOutOfRange)
        }
    }
}

/// An average score in tenths (35 reads "3.5"): exact, and no floats in the bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tenths(pub i32);

impl Tenths {
    /// The mean of `scores`, rounded half up to a tenth; `None` for no scores.
    fn mean(scores: &[u8]) -> Option<Tenths> {
        if scores.is_empty() {
            return None;
        }
        let sum: i32 = scores.iter().map(|&s| i32::from(s)).sum();
        let n = scores.len() as i32;
        Some(Tenths((sum * 20 + n) / (2 * n)))
    }
}

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{}", self.0.abs() / 10, self.0.abs() % 10)
    }
}

/// One statement's result: each team's average, and the gap between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementResult {
    pub statement: StatementId,
    pub sales: Option<Tenths>,
    pub marketing: Option<Tenths>,
    pub other: Option<Tenths>,
    /// Sales minus Marketing, when both scored.
    pub gap: Option<Tenths>,
}

/// Results per statement (in statement order) over `scores`. A person scored twice for the
/// same statement counts once, with the score updated last.
pub fn results(statements: &[Statement], scores: &[AlignmentScore]) -> Vec<StatementResult> {
    let mut ordered: Vec<&Statement> = statements.iter().collect();
    ordered.sort_by_key_dyn(|s| (s.position, s.id));
    ordered
        .into_iter()
        .map(|statement| {
            let mut latest: BTreeMap<(MeetingId, PersonId), &AlignmentScore> = BTreeMap::new();
            for score in scores.iter().filter(|s| s.statement == statement.id) {
                let key = (score.meeting, score.person);
                if latest
                    .get(&key)
                    .is_none_or(|s| s.updated_at <= score.updated_at)
                {
                    latest.insert(key, score);
                }
            }
            let of = |team: TeamKind| {
                let picked: Vec<u8> = latest
                    .values()
                    .filter(|s| s.team == team)
                    .map(|s| s.score)
                    .collect();
                Tenths::mean(&picked)
            };
            let (sales, marketing) = (of(TeamKind::Sales), of(TeamKind::Marketing));
            StatementResult {
                statement: statement.id,
                sales,
                marketing,
                other: of(TeamKind::Other),
                gap: sales.zip(marketing).map(|(s, m)| Tenths(s.0 - m.0)),
            }
        })
        .collect()
}

/// `person`'s score for `statement` in `meeting`: their existing score changed, or a new one
/// with `id`. Checked: 1 to 5.
#[allow(clippy::too_many_arguments)]
pub fn score(
    scores: &[AlignmentScore],
    meeting: MeetingId,
    on: NaiveDate,
    statement: StatementId,
    person: PersonId,
    team: TeamKind,
    value: u8,
    id: AlignmentScoreId,
    now: Timestamp,
) -> Result<AlignmentScore, PlaybookError> {
    let existing = scores
        .iter()
        .filter(|s| s.meeting == meeting && s.statement == statement && s.person == person)
        .max_by_key(|s| (s.updated_at, s.id));
    let scored = match existing {
        Some(old) => AlignmentScore {
            score: value,
            team,
            updated_at: now.max(old.updated_at.plus_millis(1)),
            ..old.clone()
        },
        None => AlignmentScore {
            id,
            meeting,
            on,
            statement,
            person,
            team,
            score: value,
            updated_at: now,
        },
    };
    scored.check()?;
    Ok(scored)
}

/// A calendar quarter, e.g. 2030 Q1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i32,
    pub number: u32,
}

impl Quarter {
    pub fn of(date: NaiveDate) -> Quarter {
        Quarter {
            year: date.year(),
            number: date.month0() / 3 + 1,
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} Q{}", self.year, self.number)
    }
}

/// The results quarter by quarter, oldest first: how the gap moves over time.
pub fn trend_by_quarter(
    statements: &[Statement],
    scores: &[AlignmentScore],
) -> Vec<(Quarter, Vec<StatementResult>)> {
    let mut by_quarter: BTreeMap<Quarter, Vec<AlignmentScore>> = BTreeMap::new();
    for score in scores {
        by_quarter
            .entry(Quarter::of(score.on))
            .or_default()
            .push(score.clone());
    }
    by_quarter
        .into_iter()
        .map(|(quarter, scores)| (quarter, results(statements, &scores)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(n: u128, position: u32) -> Statement {
        Statement {
            id: StatementId::from_u128(n),
            text: format!("Statement {n}"),
            position,
            active: true,
            updated_at: Timestamp(0),
        }
    }

    fn score(n: u128, person: u128, team: TeamKind, value: u8, on: NaiveDate) -> AlignmentScore {
        AlignmentScore {
            id: AlignmentScoreId::from_u128(n),
            meeting: MeetingId::from_u128(u128::from(on.month())),
            on,
            statement: StatementId::from_u128(1),
            person: PersonId::from_u128(person),
            team,
            score: value,
            updated_at: Timestamp(n as i64),
        }
    }

    fn day(m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2030, m, 15).unwrap()
    }

    #[test]
    fn the_gap_is_sales_minus_marketing_by_team_average() {
        let scores = [
            score(1, 1, TeamKind::Sales, 4, day(1)),
            score(2, 2, TeamKind::Sales, 5, day(1)),
            score(3, 3, TeamKind::Marketing, 2, day(1)),
            score(4, 4, TeamKind::Marketing, 3, day(1)),
            score(5, 5, TeamKind::Marketing, 3, day(1)),
        ];
        let result = &results(&[statement(1, 0)], &scores)[0];
        assert_eq!(result.sales.unwrap().to_string(), "4.5");
        assert_eq!(result.marketing.unwrap().to_string(), "2.7");
        assert_eq!(result.gap.unwrap().to_string(), "1.8");
        assert_eq!(result.other, None);
    }

    #[test]
    fn a_rescored_person_counts_once_with_the_last_score() {
        let scores = [
            score(1, 1, TeamKind::Sales, 1, day(1)),
            score(2, 1, TeamKind::Sales, 5, day(1)),
        ];
        assert_eq!(
            results(&[statement(1, 0)], &scores)[0].sales,
            Some(Tenths(50))
        );
    }

    #[test]
    fn the_trend_groups_scores_by_quarter() {
        let scores = [
            score(1, 1, TeamKind::Sales, 4, day(1)),
            score(2, 2, TeamKind::Marketing, 2, day(2)),
            score(3, 1, TeamKind::Sales, 4, day(4)),
            score(4, 2, TeamKind::Marketing, 4, day(5)),
        ];
        let trend = trend_by_quarter(&[statement(1, 0)], &scores);
        let gaps: Vec<(String, String)> = trend
            .iter()
            .map(|(q, r)| (q.to_string(), r[0].gap.unwrap().to_string()))
            .collect();
        assert_eq!(
            gaps,
            [
                ("2030 Q1".to_string(), "2.0".to_string()),
                ("2030 Q2".to_string(), "0.0".to_string())
            ]
        );
    }

    #[test]
    fn statements_start_from_the_documents_and_are_reworded_with_checks() {
        let mut statements =
            Statement::defaults(|i| StatementId::from_u128(i as u128), Timestamp(1));
        assert_eq!(statements.len(), DEFAULT_STATEMENTS.len());
        assert_eq!(
            asked(&statements)[0].text,
            "We agree on what a qualified lead is."
        );
        let first = &mut statements[0];
        assert_eq!(
            first.reword("  ", Timestamp(2)),
            Err(PlaybookError::Empty("the statement"))
        );
        first
            .reword("We agree on what an MQL is.", Timestamp(3))
            .unwrap();
        assert_eq!(first.updated_at, Timestamp(3));
        statements[1].retire(Timestamp(4));
        assert!(!statements[1].active);
        assert_eq!(asked(&statements).len(), DEFAULT_STATEMENTS.len() - 1);
    }

    #[test]
    fn scoring_again_in_the_same_meeting_changes_the_score() {
        // Person 1 (Sales) scores statement 1 in meeting 1: `value`, as score `id` at `at`.
        let scores = |existing: &[AlignmentScore], value: u8, id: u128, at: i64| {
            super::score(
                existing,
                MeetingId::from_u128(1),
                day(1),
                StatementId::from_u128(1),
                PersonId::from_u128(1),
                TeamKind::Sales,
                value,
                AlignmentScoreId::from_u128(id),
                Timestamp(at),
            )
        };
        let first = scores(&[], 3, 7, 10).unwrap();
        let again = scores(std::slice::from_ref(&first), 5, 8, 11).unwrap();
        assert_eq!((again.id, again.score), (first.id, 5));
        assert!(scores(&[], 6, 9, 1).is_err());
    }

    #[test]
    fn scores_stay_between_one_and_five() {
        let mut s = score(1, 1, TeamKind::Sales, 0, day(1));
        assert_eq!(s.check(), Err(PlaybookError::ScoreOutOfRange));
        s.score = 5;
        assert!(s.check().is_ok());
    }
}
