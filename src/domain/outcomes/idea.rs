//! One brainstormed idea for solving a problem. Ideas live inside their [`Problem`] record;
//! adding, choosing and removing them goes through the problem's methods.
//!
//! [`Problem`]: super::problem::Problem

use super::problem::ProblemError;
use serde::{Deserialize, Serialize};

/// The longest idea, in characters: a line or two, typed fast in a brainstorm.
pub const MAX_IDEA_CHARS: usize = 500;

/// An idea from the brainstorm. `chosen` marks the ones the meeting decided to act on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Idea {
    /// Unique within its problem and never reused, so the UI can key its list by it.
    pub id: u32,
    pub text: String,
    #[serde(default)]
    pub chosen: bool,
}

impl Idea {
    /// `text` trimmed, if it is a valid idea.
    pub fn checked_text(text: &str) -> Result<String, ProblemError> {
        let text = text.trim();
        match text.chars().count() {
            0 => Err(ProblemError::EmptyIdea),
            n if n > MAX_IDEA_CHARS => Err(ProblemError::IdeaTooLong(n)),
            _ => Ok(text.to_string()),
        }
    }
}

/// The id for a new idea: the stored counter, or past the largest id in use if a record
/// written before the counter existed (or edited by hand) says less.
pub(super) fn next_idea_id(counter: u32, ideas: &[Idea]) -> u32 {
    ideas
        .iter()
        .map(|idea| idea.id.saturating_add(1))
        .fold(counter, u32::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idea(id: u32) -> Idea {
        Idea {
            id,
            text: "x".into(),
            chosen: false,
        }
    }

    #[test]
    fn next_id_is_past_both_the_counter_and_the_ideas() {
        assert_eq!(next_idea_id(0, &[]), 0);
        assert_eq!(next_idea_id(5, &[idea(1)]), 5);
        assert_eq!(next_idea_id(0, &[idea(1), idea(7)]), 8);
    }

    #[test]
    fn text_is_trimmed_and_limited() {
        assert_eq!(Idea::checked_text(" a "), Ok("a".to_string()));
        assert_eq!(Idea::checked_text("\t"), Err(ProblemError::EmptyIdea));
        assert_eq!(
            Idea::checked_text(&"a".repeat(501)),
            Err(ProblemError::IdeaTooLong(501))
        );
    }

    #[test]
    fn chosen_defaults_to_false_in_older_records() {
        let idea: Idea = serde_json::from_str(r#"{"id":3,"text":"Call back"}"#).unwrap();
        assert!(!idea.chosen);
    }
}
