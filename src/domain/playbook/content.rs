//! What one playbook entry says, by topic: the shared definitions, an SLA commitment, a KPI.
//!
//! The source documents: define the ideal customer, the value proposition and the target
//! market together; run one funnel, not two; agree what a lead, an MQL and an SQL are; set an
//! SLA saying what each team commits to; make the shared goals SMART.

use super::quantity::Quantity;
use crate::domain::tagged::{MissingField, Object, required};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// Longest free text in an entry (a definition's body), in characters.
pub const MAX_BODY_CHARS: usize = 4_000;
/// Longest single line (a criterion, a stage name, a measure), in characters.
pub const MAX_LINE_CHARS: usize = 300;
/// Most criteria in a list or stages in the funnel.
pub const MAX_ITEMS: usize = 30;

/// What an entry is about. Definitions exist once each; SLA commitments and KPIs are many.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// One name for serde and form values: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Topic {
    IdealCustomer,
    ValueProposition,
    TargetMarket,
    Funnel,
    Lead,
    MarketingQualifiedLead,
    SalesQualifiedLead,
    HandOff,
    Sla,
    Kpi,
}

impl Topic {
    pub const ALL: [Topic; 10] = [
        Topic::IdealCustomer,
        Topic::ValueProposition,
        Topic::TargetMarket,
        Topic::Funnel,
        Topic::Lead,
        Topic::MarketingQualifiedLead,
        Topic::SalesQualifiedLead,
        Topic::HandOff,
        Topic::Sla,
        Topic::Kpi,
    ];

    /// The heading a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Topic::IdealCustomer => "Ideal customer profile",
            Topic::ValueProposition => "Value proposition and go-to-market message",
            Topic::TargetMarket => "Target market",
            Topic::Funnel => "The shared funnel",
            Topic::Lead => "What a lead is",
            Topic::MarketingQualifiedLead => "What a marketing-qualified lead (MQL) is",
            Topic::SalesQualifiedLead => "What a sales-qualified lead (SQL) is",
            Topic::HandOff => "The hand-off between the teams",
            Topic::Sla => "Service level agreement",
            Topic::Kpi => "Shared goal (KPI)",
        }
    }

    /// Whether the playbook holds at most one entry of this topic.
    pub fn is_single(self) -> bool {
        !matches!(self, Topic::Sla | Topic::Kpi)
    }

    /// Whether the entry has a target that meetings score (an SLA measure or a KPI).
    pub fn is_measured(self) -> bool {
        matches!(self, Topic::Sla | Topic::Kpi)
    }
}

/// The team that makes an SLA commitment or owns a funnel stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
// One name for serde and form values: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Side {
    Sales,
    Marketing,
}

/// Who owns a shared goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum GoalOwner {
    Sales,
    Marketing,
    Both,
}

impl Side {
    pub const ALL: [Side; 2] = [Side::Sales, Side::Marketing];

    /// The team's name as a person reads it.
    pub fn label(self) -> &'static str {
        match self {
            Side::Sales => "Sales",
            Side::Marketing => "Marketing",
        }
    }
}

impl GoalOwner {
    pub const ALL: [GoalOwner; 3] = [GoalOwner::Sales, GoalOwner::Marketing, GoalOwner::Both];

    /// The owner as a person reads it in the playbook and the minutes.
    pub fn label(self) -> &'static str {
        match self {
            GoalOwner::Sales => "Sales",
            GoalOwner::Marketing => "Marketing",
            GoalOwner::Both => "Sales and Marketing",
        }
    }
}

/// Whether a measure should stay above or below its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Direction {
    /// At least the target (MQLs delivered, follow-ups in time).
    AtLeast,
    /// At most the target (hours to follow up, leads passed back).
    AtMost,
}

/// A number to reach, in a unit people read ("MQLs a month", "%", "hours").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Target {
    pub direction: Direction,
    pub value: Quantity,
    pub unit: String,
}

impl Target {
    /// Whether `actual` meets the target.
    pub fn is_met_by(&self, actual: Quantity) -> bool {
        match self.direction {
            Direction::AtLeast => actual >= self.value,
            Direction::AtMost => actual <= self.value,
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bound = match self.direction {
            Direction::AtLeast => "at least",
            Direction::AtMost => "at most",
        };
        write!(f, "{bound} {} {}", self.value, self.unit.trim())
    }
}

/// One stage of the single funnel both teams work from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FunnelStage {
    pub name: String,
    /// What must be true for a lead to enter this stage.
    pub entry_criteria: String,
    pub owner: Side,
}

/// The text of one version of an entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    try_from = "Object<StoredContent>"
)]
pub enum EntryContent {
    /// The ideal customer, the value proposition, the target market, the hand-off process.
    Text { body: String },
    /// What a lead, an MQL or an SQL is: every criterion must hold.
    Criteria { criteria: Vec<String> },
    /// The stages, first to last.
    Funnel { stages: Vec<FunnelStage> },
    /// An SLA commitment, e.g. Sales follows up every MQL within 24 business hours.
    Commitment {
        side: Side,
        promise: String,
        /// How it is measured, e.g. "MQLs followed up within 24 business hours".
        measure: String,
        target: Target,
        /// The period the target applies to, e.g. "each month".
        period: String,
    },
    /// A SMART shared goal.
    Goal {
        name: String,
        owner: GoalOwner,
        target: Target,
        deadline: NaiveDate,
    },
}

/// An entry's content as stored, read in one pass (see [`crate::domain::tagged`]).
#[derive(Deserialize)]
struct StoredContent {
    kind: ContentKind,
    body: Option<String>,
    criteria: Option<Vec<String>>,
    stages: Option<Vec<FunnelStage>>,
    side: Option<Side>,
    promise: Option<String>,
    measure: Option<String>,
    target: Option<Target>,
    period: Option<String>,
    name: Option<String>,
    owner: Option<GoalOwner>,
    #[serde(
        default,
        deserialize_with = "crate::domain::date_text::read::option_date"
    )]
    deadline: Option<NaiveDate>,
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ContentKind {
    Text,
    Criteria,
    Funnel,
    Commitment,
    Goal,
}

impl TryFrom<Object<StoredContent>> for EntryContent {
    type Error = MissingField;

    fn try_from(Object(stored): Object<StoredContent>) -> Result<EntryContent, MissingField> {
        Ok(match stored.kind {
            ContentKind::Text => EntryContent::Text {
                body: required(stored.body, "body")?,
            },
            ContentKind::Criteria => EntryContent::Criteria {
                criteria: required(stored.criteria, "criteria")?,
            },
            ContentKind::Funnel => EntryContent::Funnel {
                stages: required(stored.stages, "stages")?,
            },
            ContentKind::Commitment => EntryContent::Commitment {
                side: required(stored.side, "side")?,
                promise: required(stored.promise, "promise")?,
                measure: required(stored.measure, "measure")?,
                target: required(stored.target, "target")?,
                period: required(stored.period, "period")?,
            },
            ContentKind::Goal => EntryContent::Goal {
                name: required(stored.name, "name")?,
                owner: required(stored.owner, "owner")?,
                target: required(stored.target, "target")?,
                deadline: required(stored.deadline, "deadline")?,
            },
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PlaybookError {
    #[error("{topic} is written as {expected}.")]
    WrongShape {
        topic: &'static str,
        expected: &'static str,
    },
    #[error("Write something: {0} is empty.")]
    Empty(&'static str),
    #[error("{what} is too long: at most {max} characters.")]
    TooLong { what: &'static str, max: usize },
    #[error("At most {MAX_ITEMS} {0}.")]
    TooMany(&'static str),
    #[error("This version is already agreed: edit the entry to make a new draft.")]
    AlreadyAgreed,
    #[error("Nothing to review: the entry has never been agreed.")]
    NeverAgreed,
    #[error("Agreeing needs the people in the room: the meeting has no attendees.")]
    NobodyAgreed,
    #[error("Score each statement from 1 (disagree) to 5 (agree).")]
    ScoreOutOfRange,
    #[error("{0} holds an HTML tag such as <script>: write it as plain text.")]
    Markup(&'static str),
    #[error("The target: {0}")]
    Target(super::quantity::QuantityError),
    #[error("Enter the deadline as a date.")]
    Deadline,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::AtLeast, Direction::AtMost];

    pub fn label(self) -> &'static str {
        match self {
            Direction::AtLeast => "At least",
            Direction::AtMost => "At most",
        }
    }
}

impl EntryContent {
    /// An empty content of the shape `topic` is written in: what a new entry starts from.
    pub fn blank(topic: Topic, today: NaiveDate) -> EntryContent {
        let target = || Target {
            direction: Direction::AtLeast,
            value: Quantity::default(),
            unit: String::new(),
        };
        match topic {
            Topic::IdealCustomer
            | Topic::ValueProposition
            | Topic::TargetMarket
            | Topic::HandOff => EntryContent::Text {
                body: String::new(),
            },
            Topic::Lead | Topic::MarketingQualifiedLead | Topic::SalesQualifiedLead => {
                EntryContent::Criteria {
                    criteria: Vec::new(),
                }
            }
            Topic::Funnel => EntryContent::Funnel { stages: Vec::new() },
            Topic::Sla => EntryContent::Commitment {
                side: Side::Sales,
                promise: String::new(),
                measure: String::new(),
                target: target(),
                period: String::new(),
            },
            Topic::Kpi => EntryContent::Goal {
                name: String::new(),
                owner: GoalOwner::Both,
                target: target(),
                deadline: today,
            },
        }
    }

    /// The target a meeting scores, for SLA commitments and goals.
    pub fn target(&self) -> Option<&Target> {
        match self {
            EntryContent::Commitment { target, .. } | EntryContent::Goal { target, .. } => {
                Some(target)
            }
            _ => None,
        }
    }

    /// Checks the content fits `topic` and the limits; trims nothing (the UI sends what the
    /// user typed, trimmed by [`EntryContent::trimmed`]).
    pub fn check(&self, topic: Topic) -> Result<(), PlaybookError> {
        let shape_ok = matches!(
            (topic, self),
            (
                Topic::IdealCustomer
                    | Topic::ValueProposition
                    | Topic::TargetMarket
                    | Topic::HandOff,
                EntryContent::Text { .. }
            ) | (
                Topic::Lead | Topic::MarketingQualifiedLead | Topic::SalesQualifiedLead,
                EntryContent::Criteria { .. }
            ) | (Topic::Funnel, EntryContent::Funnel { .. })
                | (Topic::Sla, EntryContent::Commitment { .. })
                | (Topic::Kpi, EntryContent::Goal { .. })
        );
        if !shape_ok {
            let expected = match EntryContent::blank(topic, NaiveDate::MIN) {
                EntryContent::Text { .. } => "text",
                EntryContent::Criteria { .. } => "a list of criteria",
                EntryContent::Funnel { .. } => "a list of stages",
                EntryContent::Commitment { .. } => "a commitment",
                EntryContent::Goal { .. } => "a goal",
            };
            return Err(PlaybookError::WrongShape {
                topic: topic.label(),
                expected,
            });
        }
        match self {
            EntryContent::Text { body } => text(body, "the text", MAX_BODY_CHARS),
            EntryContent::Criteria { criteria } => {
                if criteria.is_empty() {
                    return Err(PlaybookError::Empty("the list of criteria"));
                }
                many(criteria.len(), "criteria")?;
                criteria
                    .iter()
                    .try_for_each(|c| text(c, "a criterion", MAX_LINE_CHARS))
            }
            EntryContent::Funnel { stages } => {
                if stages.is_empty() {
                    return Err(PlaybookError::Empty("the funnel"));
                }
                many(stages.len(), "stages")?;
                stages.iter().try_for_each(|s| {
                    text(&s.name, "a stage's name", MAX_LINE_CHARS)?;
                    text(
                        &s.entry_criteria,
                        "a stage's entry criteria",
                        MAX_LINE_CHARS,
                    )
                })
            }
            EntryContent::Commitment {
                promise,
                measure,
                target,
                period,
                ..
            } => {
                text(promise, "the promise", MAX_LINE_CHARS)?;
                text(measure, "the measure", MAX_LINE_CHARS)?;
                text(&target.unit, "the unit", MAX_LINE_CHARS)?;
                text(period, "the period", MAX_LINE_CHARS)
            }
            EntryContent::Goal { name, target, .. } => {
                text(name, "the goal's name", MAX_LINE_CHARS)?;
                text(&target.unit, "the unit", MAX_LINE_CHARS)
            }
        }
    }

    /// The same content with every text trimmed and blank list items left out.
    pub fn trimmed(&self) -> EntryContent {
        let t = |s: &str| s.trim().to_string();
        match self {
            EntryContent::Text { body } => EntryContent::Text { body: t(body) },
            EntryContent::Criteria { criteria } => EntryContent::Criteria {
                criteria: criteria
                    .iter()
                    .map(|c| t(c))
                    .filter(|c| !c.is_empty())
                    .collect(),
            },
            EntryContent::Funnel { stages } => EntryContent::Funnel {
                stages: stages
                    .iter()
                    .filter(|s| !s.name.trim().is_empty())
                    .map(|s| FunnelStage {
                        name: t(&s.name),
                        entry_criteria: t(&s.entry_criteria),
                        owner: s.owner,
                    })
                    .collect(),
            },
            EntryContent::Commitment {
                side,
                promise,
                measure,
                target,
                period,
            } => EntryContent::Commitment {
                side: *side,
                promise: t(promise),
                measure: t(measure),
                target: Target {
                    unit: t(&target.unit),
                    ..target.clone()
                },
                period: t(period),
            },
            EntryContent::Goal {
                name,
                owner,
                target,
                deadline,
            } => EntryContent::Goal {
                name: t(name),
                owner: *owner,
                target: Target {
                    unit: t(&target.unit),
                    ..target.clone()
                },
                deadline: *deadline,
            },
        }
    }

    /// The content as lines a person reads, the unit of a version diff.
    pub fn lines(&self) -> Vec<String> {
        match self {
            EntryContent::Text { body } => body.lines().map(str::to_string).collect(),
            EntryContent::Criteria { criteria } => {
                criteria.iter().map(|c| format!("• {c}")).collect()
            }
            EntryContent::Funnel { stages } => stages
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    format!(
                        "{}. {} (owned by {}): enters when {}",
                        i + 1,
                        s.name,
                        s.owner.label(),
                        s.entry_criteria
                    )
                })
                .collect(),
            EntryContent::Commitment {
                side,
                promise,
                measure,
                target,
                period,
            } => vec![
                format!("{} commits: {promise}", side.label()),
                format!("Measured as: {measure}"),
                format!("Target: {target} {period}"),
            ],
            EntryContent::Goal {
                name,
                owner,
                target,
                deadline,
            } => vec![
                format!("Goal: {name}"),
                format!("Owned by: {}", owner.label()),
                format!("Target: {target}"),
                format!(
                    "Deadline: {}",
                    crate::domain::date_text::iso_date(*deadline)
                ),
            ],
        }
    }
}

/// Checks one text of the playbook: not blank, at most `max` characters, no markup.
pub(crate) fn text(value: &str, what: &'static str, max: usize) -> Result<(), PlaybookError> {
    if value.trim().is_empty() {
        return Err(PlaybookError::Empty(what));
    }
    plain(value, what, max)
}

/// Checks a text that may be blank: at most `max` characters, and no HTML tag. The playbook
/// leaves the app as Markdown (the export, the minutes), and a Markdown viewer would run a
/// `<script>` or show an `<img onerror>`; "< 24 hours" is still fine.
pub(crate) fn plain(value: &str, what: &'static str, max: usize) -> Result<(), PlaybookError> {
    if value.chars().count() > max {
        return Err(PlaybookError::TooLong { what, max });
    }
    if has_tag(value) {
        return Err(PlaybookError::Markup(what));
    }
    Ok(())
}

/// Whether `value` holds something a browser reads as a tag: `<` then a letter, `/`, `!` or `?`.
pub fn has_tag(value: &str) -> bool {
    value.split('<').skip(1).any(|after| {
        after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
    })
}

fn many(count: usize, what: &'static str) -> Result<(), PlaybookError> {
    if count > MAX_ITEMS {
        return Err(PlaybookError::TooMany(what));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::assert_names_round_trip;

    fn mqls() -> EntryContent {
        EntryContent::Commitment {
            side: Side::Marketing,
            promise: "Deliver qualified leads".into(),
            measure: "MQLs delivered".into(),
            target: Target {
                direction: Direction::AtLeast,
                value: Quantity::whole(120).unwrap(),
                unit: "MQLs".into(),
            },
            period: "a month".into(),
        }
    }

    #[test]
    fn every_shape_reads_back_as_written() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let target = Target {
            direction: Direction::AtMost,
            value: Quantity::whole(3).unwrap(),
            unit: "days".into(),
        };
        let shapes = [
            EntryContent::Text {
                body: "Mid-size software firms".into(),
            },
            EntryContent::Criteria {
                criteria: vec!["Has a budget".into(), "Named a date".into()],
            },
            EntryContent::Funnel {
                stages: vec![FunnelStage {
                    name: "Lead".into(),
                    entry_criteria: "Filled in the form".into(),
                    owner: Side::Marketing,
                }],
            },
            mqls(),
            EntryContent::Goal {
                name: "Faster follow-up".into(),
                owner: GoalOwner::Both,
                target,
                deadline: day,
            },
        ];
        for content in shapes {
            let json = serde_json::to_string(&content).unwrap();
            assert_eq!(
                serde_json::from_str::<EntryContent>(&json).unwrap(),
                content
            );
        }
        let error =
            serde_json::from_str::<EntryContent>(r#"{"kind":"goal","name":"x","owner":"both"}"#)
                .unwrap_err();
        assert!(
            error.to_string().contains("missing field `target`"),
            "{error}"
        );
    }

    #[test]
    fn topics_round_trip_through_their_keys() {
        for topic in Topic::ALL {
            assert_eq!(topic.to_string().parse::<Topic>(), Ok(topic));
        }
        assert_eq!(
            Topic::MarketingQualifiedLead.to_string(),
            "marketing_qualified_lead"
        );
        assert_eq!(Topic::HandOff.to_string(), "hand_off");
        assert_eq!(Topic::Sla.to_string(), "sla");
        assert!("nope".parse::<Topic>().is_err());
    }

    #[test]
    fn sides_owners_and_directions_read_back_the_names_files_use() {
        assert_names_round_trip(&Side::ALL);
        assert_names_round_trip(&GoalOwner::ALL);
        assert_names_round_trip(&Direction::ALL);
        assert_names_round_trip(&Topic::ALL);
        assert_eq!(GoalOwner::Both.to_string(), "both");
        assert_eq!(GoalOwner::Both.label(), "Sales and Marketing");
    }

    #[test]
    fn each_topic_takes_its_own_shape() {
        assert!(mqls().check(Topic::Sla).is_ok());
        assert_eq!(
            mqls().check(Topic::Lead),
            Err(PlaybookError::WrongShape {
                topic: "What a lead is",
                expected: "a list of criteria"
            })
        );
        let today = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        for topic in Topic::ALL {
            // A blank entry has the right shape but is not finished yet.
            let blank = EntryContent::blank(topic, today);
            assert!(
                !matches!(blank.check(topic), Err(PlaybookError::WrongShape { .. })),
                "{topic}"
            );
            assert!(blank.check(topic).is_err(), "{topic} blank passes");
        }
    }

    #[test]
    fn limits_and_empties_are_refused_with_what_is_wrong() {
        let long = EntryContent::Text {
            body: "x".repeat(MAX_BODY_CHARS + 1),
        };
        assert_eq!(
            long.check(Topic::IdealCustomer).unwrap_err().to_string(),
            "the text is too long: at most 4000 characters."
        );
        let many = EntryContent::Criteria {
            criteria: vec!["Has a budget".into(); MAX_ITEMS + 1],
        };
        assert_eq!(
            many.check(Topic::Lead),
            Err(PlaybookError::TooMany("criteria"))
        );
    }

    #[test]
    fn html_tags_are_refused_and_comparisons_are_not() {
        let tagged = EntryContent::Text {
            body: "Firms <script>alert(1)</script>".into(),
        };
        assert_eq!(
            tagged.check(Topic::TargetMarket),
            Err(PlaybookError::Markup("the text"))
        );
        let plain = EntryContent::Text {
            body: "Follow up in < 24 hours, score <5 is cold".into(),
        };
        assert!(plain.check(Topic::TargetMarket).is_ok());
        assert!(has_tag("<img src=x onerror=alert(1)>"));
        assert!(has_tag("a </b>"));
        assert!(!has_tag("1 < 2"));
    }

    #[test]
    fn trimming_drops_blank_items_and_spaces() {
        let typed = EntryContent::Criteria {
            criteria: vec!["  Has a budget ".into(), "   ".into(), "Decides".into()],
        };
        assert_eq!(
            typed.trimmed(),
            EntryContent::Criteria {
                criteria: vec!["Has a budget".into(), "Decides".into()]
            }
        );
    }

    #[test]
    fn a_commitment_reads_as_three_lines() {
        assert_eq!(
            mqls().lines(),
            [
                "Marketing commits: Deliver qualified leads",
                "Measured as: MQLs delivered",
                "Target: at least 120 MQLs a month",
            ]
        );
    }

    #[test]
    fn targets_know_which_way_is_good() {
        let at_most = Target {
            direction: Direction::AtMost,
            value: Quantity::whole(24).unwrap(),
            unit: "hours".into(),
        };
        assert!(at_most.is_met_by(Quantity::whole(20).unwrap()));
        assert!(!at_most.is_met_by(Quantity::whole(30).unwrap()));
        assert!(
            mqls()
                .target()
                .unwrap()
                .is_met_by(Quantity::whole(120).unwrap())
        );
    }
}
