//! The talk tally: contributions, speaking time and balance statistics.
//!
//! The facilitator "quietly puts checkmarks next to each name whenever someone speaks up" and
//! invites the quiet ones in. Each tap is an append-only [`TallyEvent`]; everything shown is a
//! pure fold of those events:
//!
//! - [`TallySummary`]: turns, speaking time, current speaker and the undo stack of one meeting.
//! - [`Balance`]: shares, quiet and dominating marks, the balance score and whom to invite.
//! - [`team_shares`]: Sales, Marketing and Other side by side.
//! - [`history()`]: the same across meetings, with the trend and persistent non-contributors.

mod balance;
mod event;
mod history;
mod speaking;
mod summary;
mod teams;

#[cfg(test)]
mod properties;

pub use balance::{
    Balance, BalanceRow, Mark, Measure, TOO_FEW_TO_JUDGE, TURNS_PER_ATTENDEE_TO_JUDGE,
    balance_score, effective_speakers, invitation, score_percent,
};
pub use event::{TallyError, TallyEvent, TallyEventKind, sort_for_replay};
pub use history::{
    History, MeetingBalance, MeetingTurns, NON_CONTRIBUTOR_STREAK, PastMeeting, PersonHistory,
    history,
};
pub use speaking::Floor;
pub use summary::{AttendeeTally, SegmentTally, TallySummary};
pub use teams::{TeamShare, team_shares};
