//! What a meeting produces, and how the next one picks it up. A smarketing meeting is for
//! solving problems: identify them, focus on the biggest impact, brainstorm solutions, assign
//! people to follow through, and start the next meeting by reviewing what was assigned.
//!
//! - [`problem`] and [`idea`]: the workspace's problem log and each problem's brainstorm;
//! - [`action_item`]: who follows through on what, with whom, by when;
//! - [`review_loop`]: who still lacks an action item, pairing suggestions, and what carries
//!   over to the next meeting's review and progress segments;
//! - [`minutes`]: the Markdown minutes and their stored, editable copy;
//! - [`markdown`]: escaping user text so the minutes render it literally;
//! - [`mailto`]: `mailto:` links for sending the minutes to those who were not there.
//!
//! Each problem, action item and minutes record is stored on its own and refers to people and
//! meetings by id only, so removing a person never rewrites history: the minutes take names
//! from a lookup that keeps removed people's last known names.

pub mod action_item;
pub mod idea;
pub mod mailto;
pub mod markdown;
pub mod minutes;
pub mod problem;
pub mod review_loop;

pub use action_item::{
    ActionError, ActionFilter, ActionItem, ActionStatus, MAX_PROGRESS_NOTE_CHARS, MAX_WHAT_CHARS,
    NewActionItem, reassign_open_actions, sort_actions,
};
pub use idea::{Idea, MAX_IDEA_CHARS};
pub use mailto::{MinutesAudience, email_of, mailto_link, minutes_recipients, minutes_subject};
pub use markdown::{escape_inline, unescape_inline};
pub use minutes::{
    Minutes, MinutesError, MinutesInput, Names, format_mm_ss, minutes_markdown, names_of,
};
pub use problem::{
    DEFAULT_IMPACT, MAX_DETAILS_CHARS, MAX_IMPACT, MAX_TITLE_CHARS, MIN_IMPACT, NewProblem,
    Problem, ProblemError, ProblemFilter, ProblemStatus, filtered_problems, sort_problems,
};
pub use review_loop::{
    ABSENT_OWNER, DeliverableSource, PairingSuggestion, ProgressDeliverable, Review,
    action_items_deleted_with, carry_over, open_load, owner_is_absent, pairing_suggestions,
    progress_deliverables, progress_slots, who_lacks_action,
};
