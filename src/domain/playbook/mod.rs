//! The playbook both teams agree and work from: shared definitions (the ideal customer, the
//! value proposition, the target market, one funnel, what a lead, an MQL and an SQL are, the
//! hand-off), the SLA each side commits to, the SMART shared goals, and the decision log.
//!
//! The source documents say the meeting alone is not enough: sales and marketing must "speak
//! the same language" and walk out "working from the same playbook", agreed together and
//! reviewed as things change. So every entry is versioned: a draft until a meeting agrees it,
//! frozen once agreed, and due for review on a schedule ([`entry`]). Meetings score the KPIs
//! and SLA measures against their targets ([`scorecard`]) and, at the quarterly evaluation,
//! run the alignment check ([`alignment`]).
//!
//! Pure and sans-IO like the rest of the domain: dates and instants come in as values.

pub mod alignment;
pub mod content;
pub mod decision;
pub mod diff;
pub mod document;
pub mod entry;
pub mod form;
pub mod meeting_deleted;
pub mod minutes;
pub mod quantity;
pub mod scorecard;

pub use alignment::{AlignmentScore, DEFAULT_STATEMENTS, Quarter, Statement, StatementResult};
pub use content::{
    Direction, EntryContent, FunnelStage, GoalOwner, PlaybookError, Side, Target, Topic,
};
pub use decision::{Decision, NewDecision, sort_decisions};
pub use diff::{DiffLine, diff};
pub use entry::{Agreement, EntryStatus, EntryVersion, PlaybookEntry, ReviewInterval, to_review};
pub use meeting_deleted::MeetingDeleted;
pub use quantity::{Quantity, QuantityError};
pub use scorecard::{Reading, Standing, TrendPoint, trend};
