//! Agenda templates and the rules every agenda follows.

use super::duration::{DurationError, MAX_DURATION_SECS, format_duration};
use super::segment::Segment;
use crate::domain::ids::TemplateId;
use crate::domain::time::Timestamp;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The cap a new agenda gets: the weekly meeting's 30 minutes.
pub const DEFAULT_CAP_SECS: u32 = 30 * 60;

/// Why a template or an edit to it is refused. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum TemplateError {
    #[error("Give the template a name.")]
    EmptyName,
    #[error("An agenda needs at least one segment.")]
    NoSegments,
    /// `position` counts from 1, as the user does.
    #[error("Segment {position} needs a title.")]
    EmptySegmentTitle { position: usize },
    /// A segment's duration or the cap is zero or longer than a day.
    #[error(transparent)]
    Duration(#[from] DurationError),
    #[error(
        "“{title}” is {}, longer than the whole {} cap. Shorten it or raise the cap.",
        format_duration(*.planned_secs),
        format_duration(*.cap_secs)
    )]
    SegmentOverCap {
        title: String,
        planned_secs: u32,
        cap_secs: u32,
    },
    #[error(
        "The segments add up to {}, over the {} cap. Shorten a segment or raise the cap.",
        format_duration(*.total_secs),
        format_duration(*.cap_secs)
    )]
    TotalOverCap { total_secs: u32, cap_secs: u32 },
    #[error("Built-in templates cannot be changed. Make a copy and edit the copy.")]
    BuiltIn,
    /// The UI asked for a segment index the agenda no longer has (a stale screen).
    #[error("That segment is no longer on the agenda.")]
    NoSuchSegment(usize),
}

/// Segments and their cap: what a template plans, and what a meeting keeps as a snapshot so
/// that later edits to the template do not rewrite past meetings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    pub segments: Vec<Segment>,
    #[serde(default = "default_cap_secs")]
    pub cap_secs: u32,
}

fn default_cap_secs() -> u32 {
    DEFAULT_CAP_SECS
}

impl Agenda {
    /// Checks the rules; see [`check_agenda`].
    pub fn validate(&self) -> Result<(), TemplateError> {
        check_agenda(&self.segments, self.cap_secs)
    }

    pub fn total_planned_secs(&self) -> u32 {
        total_planned_secs(&self.segments)
    }
}

/// The rules of every agenda, checked in the order the user would fix them: at least one
/// segment, each with a title and a duration of 1 s to a day, none longer than the cap, and
/// all of them together within the cap (which is itself 1 s to a day).
pub fn check_agenda(segments: &[Segment], cap_secs: u32) -> Result<(), TemplateError> {
    check_duration(cap_secs)?;
    if segments.is_empty() {
        return Err(TemplateError::NoSegments);
    }
    for (index, segment) in segments.iter().enumerate() {
        if segment.title.trim().is_empty() {
            return Err(TemplateError::EmptySegmentTitle {
                position: index + 1,
            });
        }
        check_duration(segment.planned_secs)?;
        if segment.planned_secs > cap_secs {
            return Err(TemplateError::SegmentOverCap {
                title: segment.title.clone(),
                planned_secs: segment.planned_secs,
                cap_secs,
            });
        }
    }
    let total_secs = total_planned_secs(segments);
    if total_secs > cap_secs {
        return Err(TemplateError::TotalOverCap {
            total_secs,
            cap_secs,
        });
    }
    Ok(())
}

/// The same bounds [`parse_duration`](super::parse_duration) gives typed text, for numbers
/// that arrive another way (a stepper, an import).
pub fn check_duration(secs: u32) -> Result<(), DurationError> {
    match secs {
        0 => Err(DurationError::Zero),
        secs if secs > MAX_DURATION_SECS => Err(DurationError::TooLong),
        _ => Ok(()),
    }
}

/// The planned length of all segments together. Saturates instead of wrapping, so that an
/// absurd agenda is reported as over the cap rather than under it.
pub fn total_planned_secs(segments: &[Segment]) -> u32 {
    segments.iter().fold(0u32, |total, segment| {
        total.saturating_add(segment.planned_secs)
    })
}

/// When each segment ends, counted from the start of the meeting: the editor's running total.
/// `[5:00, 10:00]` gives `[5:00, 15:00]`.
pub fn running_totals_secs(segments: &[Segment]) -> Vec<u32> {
    segments
        .iter()
        .scan(0u32, |total, segment| {
            *total = total.saturating_add(segment.planned_secs);
            Some(*total)
        })
        .collect()
}

/// A reusable agenda. Built-in templates ([`builtin`](super::builtin)) have fixed ids and are
/// never changed, only copied; user templates are changed through the methods in
/// [`editor`](super::editor), which keep them valid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub id: TemplateId,
    pub name: String,
    pub segments: Vec<Segment>,
    #[serde(default = "default_cap_secs")]
    pub cap_secs: u32,
    #[serde(default)]
    pub builtin: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Template {
    /// A new user template. The name and the segments' texts are trimmed, then everything is
    /// checked.
    pub fn new(
        id: TemplateId,
        name: &str,
        segments: Vec<Segment>,
        cap_secs: u32,
        now: Timestamp,
    ) -> Result<Template, TemplateError> {
        let template = Template {
            id,
            name: name.trim().to_string(),
            segments: segments
                .into_iter()
                .map(|s| Segment::new(&s.title, s.planned_secs, s.kind, &s.hint))
                .collect(),
            cap_secs,
            builtin: false,
            created_at: now,
            updated_at: now,
        };
        template.validate()?;
        Ok(template)
    }

    /// A user template with the same agenda, called "Copy of …". This is how built-ins are
    /// customised.
    pub fn copy_as(&self, id: TemplateId, now: Timestamp) -> Template {
        Template {
            id,
            name: format!("Copy of {}", self.name),
            segments: self.segments.clone(),
            cap_secs: self.cap_secs,
            builtin: false,
            created_at: now,
            updated_at: now,
        }
    }

    pub fn validate(&self) -> Result<(), TemplateError> {
        if self.name.trim().is_empty() {
            return Err(TemplateError::EmptyName);
        }
        check_agenda(&self.segments, self.cap_secs)
    }

    /// The snapshot a meeting keeps.
    pub fn agenda(&self) -> Agenda {
        Agenda {
            segments: self.segments.clone(),
            cap_secs: self.cap_secs,
        }
    }

    pub fn total_planned_secs(&self) -> u32 {
        total_planned_secs(&self.segments)
    }

    /// See [`running_totals_secs`].
    pub fn running_totals_secs(&self) -> Vec<u32> {
        running_totals_secs(&self.segments)
    }

    /// Cap time no segment plans for: slack the meeting starts with.
    pub fn unplanned_secs(&self) -> u32 {
        self.cap_secs.saturating_sub(self.total_planned_secs())
    }
}

#[cfg(test)]
mod tests {
    use super::super::segment::SegmentKind;
    use super::*;

    fn segment(title: &str, minutes: u32) -> Segment {
        Segment::new(title, minutes * 60, SegmentKind::Other, "")
    }

    fn template(segments: Vec<Segment>, cap_secs: u32) -> Result<Template, TemplateError> {
        Template::new(
            TemplateId::from_u128(7),
            "Team sync",
            segments,
            cap_secs,
            Timestamp(1),
        )
    }

    #[test]
    fn new_template_trims_and_is_a_user_template() {
        let made = Template::new(
            TemplateId::from_u128(7),
            "  Team sync ",
            vec![Segment {
                title: " Intro ".into(),
                planned_secs: 60,
                hint: " hi ".into(),
                kind: SegmentKind::Review,
            }],
            DEFAULT_CAP_SECS,
            Timestamp(5),
        )
        .unwrap();
        assert_eq!(made.name, "Team sync");
        assert_eq!(made.segments[0].title, "Intro");
        assert_eq!(made.segments[0].hint, "hi");
        assert!(!made.builtin);
        assert_eq!(
            (made.created_at, made.updated_at),
            (Timestamp(5), Timestamp(5))
        );
    }

    #[test]
    fn empty_name_is_refused() {
        let result = Template::new(
            TemplateId::from_u128(7),
            "   ",
            vec![segment("Intro", 5)],
            DEFAULT_CAP_SECS,
            Timestamp(1),
        );
        assert_eq!(result, Err(TemplateError::EmptyName));
    }

    #[test]
    fn agenda_without_segments_is_refused() {
        assert_eq!(
            template(vec![], DEFAULT_CAP_SECS),
            Err(TemplateError::NoSegments)
        );
    }

    #[test]
    fn segment_without_title_is_refused_with_its_position() {
        let result = template(
            vec![segment("Intro", 5), segment("  ", 5)],
            DEFAULT_CAP_SECS,
        );
        assert_eq!(
            result,
            Err(TemplateError::EmptySegmentTitle { position: 2 })
        );
        assert_eq!(result.unwrap_err().to_string(), "Segment 2 needs a title.");
    }

    #[test]
    fn zero_durations_and_caps_are_refused() {
        assert_eq!(
            template(vec![segment("Intro", 0)], DEFAULT_CAP_SECS),
            Err(TemplateError::Duration(DurationError::Zero))
        );
        assert_eq!(
            template(vec![segment("Intro", 5)], 0),
            Err(TemplateError::Duration(DurationError::Zero))
        );
        assert_eq!(
            template(vec![segment("Intro", 5)], MAX_DURATION_SECS + 1),
            Err(TemplateError::Duration(DurationError::TooLong))
        );
    }

    #[test]
    fn one_segment_longer_than_the_cap_is_named() {
        let result = template(vec![segment("Deep dive", 31)], DEFAULT_CAP_SECS);
        assert_eq!(
            result.unwrap_err().to_string(),
            "“Deep dive” is 31:00, longer than the whole 30:00 cap. Shorten it or raise the cap."
        );
    }

    #[test]
    fn total_over_the_cap_says_by_how_much() {
        let result = template(
            vec![segment("A", 10), segment("B", 10), segment("C", 12)],
            DEFAULT_CAP_SECS,
        );
        assert_eq!(
            result,
            Err(TemplateError::TotalOverCap {
                total_secs: 1920,
                cap_secs: 1800
            })
        );
        assert_eq!(
            result.unwrap_err().to_string(),
            "The segments add up to 32:00, over the 30:00 cap. Shorten a segment or raise the cap."
        );
    }

    #[test]
    fn total_exactly_at_the_cap_is_fine() {
        let made = template(vec![segment("A", 20), segment("B", 10)], DEFAULT_CAP_SECS).unwrap();
        assert_eq!(made.total_planned_secs(), 1800);
        assert_eq!(made.unplanned_secs(), 0);
    }

    #[test]
    fn running_totals_are_segment_end_times() {
        let made = template(
            vec![segment("A", 5), segment("B", 10), segment("C", 10)],
            DEFAULT_CAP_SECS,
        )
        .unwrap();
        assert_eq!(made.running_totals_secs(), [300, 900, 1500]);
        assert_eq!(made.unplanned_secs(), 300);
    }

    #[test]
    fn copy_is_a_user_template_with_the_new_id_and_a_copy_name() {
        let mut original = template(vec![segment("A", 5)], DEFAULT_CAP_SECS).unwrap();
        original.builtin = true;
        let copy = original.copy_as(TemplateId::from_u128(8), Timestamp(50));
        assert_eq!(copy.id, TemplateId::from_u128(8));
        assert_eq!(copy.name, "Copy of Team sync");
        assert!(!copy.builtin);
        assert_eq!(copy.segments, original.segments);
        assert_eq!(copy.cap_secs, original.cap_secs);
        assert_eq!(
            (copy.created_at, copy.updated_at),
            (Timestamp(50), Timestamp(50))
        );
    }

    #[test]
    fn template_without_cap_or_builtin_flag_reads_with_defaults() {
        let json = r#"{"id":"00000000-0000-0000-0000-000000000007","name":"T",
            "segments":[{"title":"A","planned_secs":60}],"created_at":1,"updated_at":2}"#;
        let read: Template = serde_json::from_str(json).unwrap();
        assert_eq!(read.cap_secs, DEFAULT_CAP_SECS);
        assert!(!read.builtin);
        assert!(read.validate().is_ok());
    }

    #[test]
    fn agenda_snapshot_is_independent_of_later_template_edits() {
        let mut made = template(vec![segment("A", 5)], DEFAULT_CAP_SECS).unwrap();
        let agenda = made.agenda();
        made.segments[0].planned_secs = 60;
        assert_eq!(agenda.segments[0].planned_secs, 300);
        assert_eq!(agenda.total_planned_secs(), 300);
        assert!(agenda.validate().is_ok());
    }
}
