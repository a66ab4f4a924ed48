//! Sales, Marketing and Other side by side: does each side get the floor in proportion to its
//! seats? The point of the meeting is that both sides are heard, not just the louder one.

use super::summary::TallySummary;
use crate::domain::ids::PersonId;
use crate::domain::person::TeamKind;

/// One team's part of the meeting, over the listed attendees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TeamShare {
    pub team: TeamKind,
    /// Listed attendees on this team.
    pub attendees: usize,
    pub turns: u64,
    pub speaking_ms: u64,
    /// The team's seats as a share of the room: what its shares would be if all were equal.
    /// `None` with nobody listed.
    pub fair_share: Option<f64>,
    /// Share of all turns; `None` while there are none.
    pub turn_share: Option<f64>,
    /// Share of all speaking time; `None` while there is none.
    pub time_share: Option<f64>,
}

/// The three teams in [`TeamKind::ALL`] order, empty teams included so the columns stay put.
/// `team_of` looks up each listed attendee's team; someone not on the roster any more can be
/// counted as [`TeamKind::Other`].
pub fn team_shares(
    summary: &TallySummary,
    team_of: impl Fn(PersonId) -> TeamKind,
) -> [TeamShare; 3] {
    let mut shares = TeamKind::ALL.map(|team| TeamShare {
        team,
        attendees: 0,
        turns: 0,
        speaking_ms: 0,
        fair_share: None,
        turn_share: None,
        time_share: None,
    });
    for tally in summary.attendee_tallies() {
        let team = team_of(tally.person);
        let share = shares
            .iter_mut()
            .find(|share| share.team == team)
            .expect("TeamKind::ALL lists every team kind");
        share.attendees += 1;
        share.turns += tally.turns;
        share.speaking_ms += tally.speaking_ms;
    }
    let seats = summary.attendees().len();
    let turns = summary.total_turns();
    let speaking_ms = summary.total_speaking_ms();
    for share in &mut shares {
        share.fair_share = ratio(share.attendees as u64, seats as u64);
        share.turn_share = ratio(share.turns, turns);
        share.time_share = ratio(share.speaking_ms, speaking_ms);
    }
    shares
}

fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{MeetingId, TallyEventId};
    use crate::domain::tally::{TallyEvent, TallyEventKind};
    use crate::domain::time::Timestamp;

    const SALES_1: PersonId = PersonId::from_u128(1);
    const SALES_2: PersonId = PersonId::from_u128(2);
    const MARKETING: PersonId = PersonId::from_u128(3);

    fn team_of(person: PersonId) -> TeamKind {
        if person == MARKETING {
            TeamKind::Marketing
        } else {
            TeamKind::Sales
        }
    }

    fn said(n: u128, person: PersonId) -> TallyEvent {
        TallyEvent::new(
            TallyEventId::from_u128(n),
            MeetingId::from_u128(1),
            Timestamp(n as i64),
            0,
            TallyEventKind::Contribution { person },
        )
    }

    #[test]
    fn teams_side_by_side_with_their_fair_share() {
        let events = [
            said(1, SALES_1),
            said(2, SALES_2),
            said(3, SALES_1),
            said(4, MARKETING),
        ];
        let summary =
            TallySummary::from_events(&[SALES_1, SALES_2, MARKETING], &events, Timestamp(0));
        let [sales, marketing, other] = team_shares(&summary, team_of);
        assert_eq!(
            (sales.team, sales.attendees, sales.turns),
            (TeamKind::Sales, 2, 3)
        );
        assert_eq!(sales.turn_share, Some(0.75));
        assert_eq!(sales.fair_share, Some(2.0 / 3.0));
        assert_eq!(marketing.turn_share, Some(0.25));
        assert_eq!(
            (other.attendees, other.turns, other.fair_share),
            (0, 0, Some(0.0))
        );
        assert_eq!(sales.time_share, None, "no timed mode used");
    }

    #[test]
    fn empty_meeting_has_no_shares() {
        let summary = TallySummary::new(&[]);
        let shares = team_shares(&summary, team_of);
        assert!(
            shares
                .iter()
                .all(|s| s.fair_share.is_none() && s.turn_share.is_none())
        );
    }
}
