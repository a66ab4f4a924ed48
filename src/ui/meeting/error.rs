//! Why the live screen refused a change, in the domain's own words.

use crate::domain::agenda::ClockError;
use crate::domain::meeting::MeetingError;
use crate::domain::playbook::PlaybookError;
use thiserror::Error;

/// A refused clock action, meeting edit (deliverables, go-round) or playbook agreement on the
/// live screen; shown under the clock's controls until the next change goes through.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LiveMeetingError {
    #[error(transparent)]
    Clock(#[from] ClockError),
    #[error(transparent)]
    Meeting(#[from] MeetingError),
    #[error(transparent)]
    Playbook(#[from] PlaybookError),
}
