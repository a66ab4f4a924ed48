//! The meeting's output: the problem log with each problem's brainstorm, action items and the
//! rule that everyone leaves with one, the loop into the next meeting's review and progress
//! segments, and the minutes (written when the meeting ends, edited by the note-taker, copied,
//! downloaded, printed or e-mailed). One component per file; `support` holds the helpers.

mod action_form;
mod action_item_editor;
mod action_items_panel;
mod action_list;
mod action_progress;
mod actions_by_owner;
mod edited_text;
mod idea_list;
mod idea_row;
mod linked_problem_select;
mod log_problem_offer;
mod markdown_view;
mod meeting_outcomes;
mod meeting_problems_panel;
mod minutes_editor;
mod minutes_panel;
mod minutes_toolbar;
mod new_problems_work;
mod overdue_mark;
mod pairing_panel;
mod people_checks;
mod problem_card;
mod problem_editor;
mod problem_form;
mod problem_log_page;
mod problem_status_row;
mod problems_in_progress;
mod progress_loop_panel;
mod raise_problem_panel;
mod review_loop_panel;
mod status_select;
mod support;

pub use action_items_panel::ActionItemsPanel;
pub use log_problem_offer::LogProblemOffer;
pub use markdown_view::MarkdownView;
pub use meeting_outcomes::MeetingOutcomes;
pub use meeting_problems_panel::MeetingProblemsPanel;
pub use minutes_panel::MinutesPanel;
pub use new_problems_work::NewProblemsWork;
pub use problem_log_page::ProblemLogPage;
pub use progress_loop_panel::ProgressLoopPanel;
pub use review_loop_panel::ReviewLoopPanel;
pub use support::{focus_by_id, progress_split, record_options, use_review};
