//! The playbook both teams work from: the Playbook page (definitions, the SLA, shared goals,
//! the decision log (its code on demand: `decisions_part`), version history with its diff
//! code on demand (`versions_part`), print
//! view and Markdown export, also on demand (`print_part`)), and the parts a meeting uses
//! (agreeing and reviewing entries, the scorecard, the alignment check).

mod agree_panel;
mod alignment_panel;
mod changes_since_agreed;
mod content_fields;
mod decision_log;
mod decisions_part;
mod diff_view;
mod entry_card;
mod enum_select;
mod funnel_fields;
mod many_entries;
mod measure;
mod meeting_decisions;
mod names;
mod playbook_contents;
mod playbook_document;
mod playbook_page;
mod playbook_progress;
mod playbook_review;
mod print_part;
mod results_table;
mod scorecard_panel;
mod statement_editor;
mod trend_chart;
mod version_history;
mod versions_part;
mod with_playbook;

pub use decisions_part::{DecisionLogLoadError, decision_log, prefetch_decisions};
pub use meeting_decisions::MeetingDecisions;
pub use names::PlaybookNames;
pub use playbook_page::PlaybookPage;
pub use playbook_progress::PlaybookProgress;
pub use playbook_review::PlaybookReview;
pub use print_part::{PrintError, download_markdown, prefetch_print, print_code, print_view};
pub use versions_part::{VersionsPart, VersionsResult, prefetch_versions};
