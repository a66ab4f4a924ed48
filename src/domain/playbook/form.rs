//! What a person types for an entry, as text, and the content it makes. The page saves as it
//! is typed: every change is read here, and saved only when it makes a whole, valid content;
//! otherwise the page says what is missing.

use super::content::{
    Direction, EntryContent, FunnelStage, GoalOwner, PlaybookError, Side, Target, Topic,
};
use super::quantity::Quantity;
use crate::domain::date_text::{iso_date, read_iso_date};
use chrono::NaiveDate;

/// One funnel stage as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageForm {
    pub name: String,
    pub entry_criteria: String,
    pub owner: Side,
}

/// Every field any kind of entry has, as typed. Only those of the topic's shape are read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentForm {
    /// A definition's text, or criteria one per line.
    pub body: String,
    pub stages: Vec<StageForm>,
    pub side: Side,
    pub promise: String,
    pub measure: String,
    pub period: String,
    pub direction: Direction,
    pub value: String,
    pub unit: String,
    pub name: String,
    pub owner: GoalOwner,
    pub deadline: String,
}

impl ContentForm {
    /// The form showing `content`.
    pub fn of(content: &EntryContent) -> ContentForm {
        let mut form = ContentForm {
            body: String::new(),
            stages: Vec::new(),
            side: Side::Sales,
            promise: String::new(),
            measure: String::new(),
            period: String::new(),
            direction: Direction::AtLeast,
            value: String::new(),
            unit: String::new(),
            name: String::new(),
            owner: GoalOwner::Both,
            deadline: String::new(),
        };
        let target = |form: &mut ContentForm, target: &Target| {
            form.direction = target.direction;
            form.value = target.value.to_string();
            form.unit = target.unit.clone();
        };
        match content {
            EntryContent::Text { body } => form.body = body.clone(),
            EntryContent::Criteria { criteria } => form.body = criteria.join("\n"),
            EntryContent::Funnel { stages } => {
                form.stages = stages
                    .iter()
                    .map(|s| StageForm {
                        name: s.name.clone(),
                        entry_criteria: s.entry_criteria.clone(),
                        owner: s.owner,
                    })
                    .collect();
            }
            EntryContent::Commitment {
                side,
                promise,
                measure,
                target: t,
                period,
            } => {
                form.side = *side;
                form.promise = promise.clone();
                form.measure = measure.clone();
                form.period = period.clone();
                target(&mut form, t);
            }
            EntryContent::Goal {
                name,
                owner,
                target: t,
                deadline,
            } => {
                form.name = name.clone();
                form.owner = *owner;
                form.deadline = iso_date(*deadline);
                target(&mut form, t);
            }
        }
        form
    }

    /// An empty form for a new entry of `topic`: blank texts, and a funnel with one empty
    /// stage to type into.
    pub fn blank(topic: Topic, today: NaiveDate) -> ContentForm {
        let mut form = ContentForm::of(&EntryContent::blank(topic, today));
        form.value.clear();
        if topic == Topic::Funnel {
            form.stages.push(StageForm {
                name: String::new(),
                entry_criteria: String::new(),
                owner: Side::Marketing,
            });
        }
        form
    }

    /// The content the form makes for `topic`, trimmed and checked.
    pub fn content(&self, topic: Topic) -> Result<EntryContent, PlaybookError> {
        let target = || -> Result<Target, PlaybookError> {
            Ok(Target {
                direction: self.direction,
                value: self
                    .value
                    .parse::<Quantity>()
                    .map_err(PlaybookError::Target)?,
                unit: self.unit.clone(),
            })
        };
        let content = match EntryContent::blank(topic, NaiveDate::MIN) {
            EntryContent::Text { .. } => EntryContent::Text {
                body: self.body.clone(),
            },
            EntryContent::Criteria { .. } => EntryContent::Criteria {
                criteria: self.body.lines().map(str::to_string).collect(),
            },
            EntryContent::Funnel { .. } => EntryContent::Funnel {
                stages: self
                    .stages
                    .iter()
                    .map(|s| FunnelStage {
                        name: s.name.clone(),
                        entry_criteria: s.entry_criteria.clone(),
                        owner: s.owner,
                    })
                    .collect(),
            },
            EntryContent::Commitment { .. } => EntryContent::Commitment {
                side: self.side,
                promise: self.promise.clone(),
                measure: self.measure.clone(),
                target: target()?,
                period: self.period.clone(),
            },
            EntryContent::Goal { .. } => EntryContent::Goal {
                name: self.name.clone(),
                owner: self.owner,
                target: target()?,
                deadline: read_iso_date(self.deadline.trim()).ok_or(PlaybookError::Deadline)?,
            },
        }
        .trimmed();
        content.check(topic)?;
        Ok(content)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_commitment_becomes_content_and_back() {
        let mut form = ContentForm::blank(Topic::Sla, NaiveDate::MIN);
        assert_eq!(
            form.content(Topic::Sla),
            Err(PlaybookError::Target(
                super::super::quantity::QuantityError::NotANumber
            ))
        );
        form.promise = "Follow up every MQL".into();
        form.measure = "Hours to first call".into();
        form.direction = Direction::AtMost;
        form.value = "24".into();
        form.unit = "business hours".into();
        assert_eq!(
            form.content(Topic::Sla),
            Err(PlaybookError::Empty("the period"))
        );
        form.period = "per lead".into();
        let content = form.content(Topic::Sla).unwrap();
        assert_eq!(
            content.lines()[2],
            "Target: at most 24 business hours per lead"
        );
        assert_eq!(ContentForm::of(&content), form);
    }

    #[test]
    fn criteria_are_typed_one_per_line_and_a_goal_needs_a_date() {
        let mut form = ContentForm::blank(Topic::Lead, NaiveDate::MIN);
        form.body = "Has a budget\n\n  Works in software ".into();
        assert_eq!(
            form.content(Topic::Lead).unwrap(),
            EntryContent::Criteria {
                criteria: vec!["Has a budget".into(), "Works in software".into()]
            }
        );
        let mut goal = ContentForm::blank(Topic::Kpi, NaiveDate::MIN);
        goal.name = "MQL to SQL rate".into();
        goal.value = "20".into();
        goal.unit = "%".into();
        goal.deadline = "next year".into();
        assert_eq!(goal.content(Topic::Kpi), Err(PlaybookError::Deadline));
        goal.deadline = "2030-12-31".into();
        assert!(goal.content(Topic::Kpi).is_ok());
    }

    #[test]
    fn a_new_funnel_starts_with_one_stage_to_fill_in() {
        let mut form = ContentForm::blank(Topic::Funnel, NaiveDate::MIN);
        assert_eq!(form.stages.len(), 1);
        assert_eq!(
            form.content(Topic::Funnel),
            Err(PlaybookError::Empty("the funnel"))
        );
        form.stages[0].name = "Lead".into();
        form.stages[0].entry_criteria = "Filled in a form".into();
        assert!(form.content(Topic::Funnel).is_ok());
    }
}
