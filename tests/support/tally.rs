//! What the tests of the live tally session share, natively and in the browser.

use smarketing::domain::ids::PersonId;
use smarketing::ui::tally::TallySession;

pub fn ada() -> PersonId {
    PersonId::from_u128(1)
}

pub fn ben() -> PersonId {
    PersonId::from_u128(2)
}

/// Each attendee's checkmarks, as the tally board shows them.
pub fn turns(session: &TallySession) -> Vec<(PersonId, u64)> {
    session
        .attendee_tallies()
        .expect("read back")
        .into_iter()
        .map(|line| (line.person, line.turns))
        .collect()
}
