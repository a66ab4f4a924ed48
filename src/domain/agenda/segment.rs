//! One timeboxed part of a meeting's agenda.

use serde::{Deserialize, Serialize};

/// What a segment is for. The meeting screen adds tools for some kinds: deliverable slots for
/// [`SegmentKind::Progress`], the go-round for [`SegmentKind::NewProblems`].
///
/// The serde names (`review`, `progress`, `new_problems`, `actions`, `other`) are stored in
/// the browser and in exported files: never rename them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
// One name for serde, form values, storage keys and URLs: Display writes it, FromStr reads it.
#[derive(strum::Display, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum SegmentKind {
    /// Review the last meeting: the last note-taker presents a summary.
    Review,
    /// Progress on the current problem-solving deliverables.
    Progress,
    /// Open the floor and go round every person for new problems.
    NewProblems,
    /// Set new action items.
    Actions,
    #[default]
    Other,
}

impl SegmentKind {
    pub const ALL: [SegmentKind; 5] = [
        SegmentKind::Review,
        SegmentKind::Progress,
        SegmentKind::NewProblems,
        SegmentKind::Actions,
        SegmentKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SegmentKind::Review => "Review",
            SegmentKind::Progress => "Progress",
            SegmentKind::NewProblems => "New problems",
            SegmentKind::Actions => "Action items",
            SegmentKind::Other => "Other",
        }
    }
}

/// A segment as a template or a meeting's agenda holds it. Its rules (a title, a duration
/// within the cap) are checked with the agenda it belongs to, see
/// [`Agenda::validate`](super::Agenda::validate).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub title: String,
    /// Planned length in whole seconds.
    pub planned_secs: u32,
    /// A short note for the facilitator, e.g. "Go round every person". May be empty.
    #[serde(default)]
    pub hint: String,
    #[serde(default)]
    pub kind: SegmentKind,
}

impl Segment {
    /// A segment with its texts trimmed. It is not checked: that happens when it joins an agenda.
    pub fn new(title: &str, planned_secs: u32, kind: SegmentKind, hint: &str) -> Segment {
        Segment {
            title: title.trim().to_string(),
            planned_secs,
            hint: hint.trim().to_string(),
            kind,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_serde_names_are_stable() {
        let names: Vec<String> = SegmentKind::ALL
            .iter()
            .map(|kind| serde_json::to_string(kind).unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "\"review\"",
                "\"progress\"",
                "\"new_problems\"",
                "\"actions\"",
                "\"other\""
            ]
        );
    }

    #[test]
    fn kind_keys_match_serde_names_and_round_trip() {
        crate::domain::test_support::assert_names_round_trip(&SegmentKind::ALL);
        assert!("lunch".parse::<SegmentKind>().is_err());
    }

    #[test]
    fn segment_without_hint_or_kind_reads_as_other_with_empty_hint() {
        let segment: Segment =
            serde_json::from_str(r#"{"title":"Coffee","planned_secs":300}"#).unwrap();
        assert_eq!(segment, Segment::new("Coffee", 300, SegmentKind::Other, ""));
    }

    #[test]
    fn new_segment_trims_its_texts() {
        let segment = Segment::new("  Review ", 300, SegmentKind::Review, " Summarise ");
        assert_eq!(segment.title, "Review");
        assert_eq!(segment.hint, "Summarise");
    }
}
