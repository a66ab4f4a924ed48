//! How a meeting's rotation seats are shared between Sales, Marketing and Other.
//!
//! Each team's quota is its share of the eligible roster times the seats. A meeting gives each
//! team its quota rounded down or up, and the seats left by rounding down go to the teams
//! furthest behind their quota *over all the meetings so far*, not to the largest remainder of
//! this one. So each team's seats over meetings 1..k stay within one of k × seats × share, and
//! a team of one gets a seat in the fraction of meetings its share earns (with the largest
//! remainder alone, a lone support person with a 0.67 quota took a seat every week while the
//! sales people went every other week).
//!
//! Sales and Marketing then get at least one seat each while both have eligible people: the
//! meeting exists to bring the two together. That floor wins over equal turns when a team is
//! so small that its quota is under one seat: its people then attend more often than the rest.
//! Other gets no such floor; it takes seats by share or by request.

use crate::domain::person::TeamKind;
use crate::domain::sort::SortByKey;

/// Teams as indexes 0, 1, 2 for per-team arrays: Sales, Marketing, Other.
pub(crate) fn slot(team: TeamKind) -> usize {
    match team {
        TeamKind::Sales => 0,
        TeamKind::Marketing => 1,
        TeamKind::Other => 2,
    }
}

/// Shares seats meeting after meeting for one group. It remembers how far each team is
/// behind its exact quota over the meetings so far, in units of 1/`roster` seats.
#[derive(Clone, Debug)]
pub(crate) struct SeatSharer {
    /// Eligible non-core people per team: the shares.
    pools: [usize; 3],
    behind: [i64; 3],
}

impl SeatSharer {
    pub fn new(pools: [usize; 3]) -> Self {
        Self {
            pools,
            behind: [0; 3],
        }
    }

    /// Splits `seats` rotation seats between the teams.
    pub fn share(&mut self, seats: usize) -> [usize; 3] {
        let roster: usize = self.pools.iter().sum();
        if roster == 0 || seats == 0 {
            return [0; 3];
        }
        let quota = self.pools.map(|pool| seats * pool);
        let mut given = quota.map(|q| q / roster);
        let remainder = quota.map(|q| q % roster);

        // The seats left after rounding down go to teams with a fraction of a seat due, the
        // furthest behind over the whole run first (this meeting's fraction included).
        let mut order = [0, 1, 2];
        order.sort_by_key_dyn(|&t| {
            let due = self.behind[t] + remainder[t] as i64;
            (remainder[t] == 0, std::cmp::Reverse(due), t)
        });
        let left = seats - given.iter().sum::<usize>();
        for &t in order.iter().take(left) {
            given[t] += 1;
        }

        self.ensure_sales_and_marketing_meet(&mut given);
        for t in 0..3 {
            self.behind[t] += (quota[t] as i64) - (given[t] * roster) as i64;
        }
        given
    }

    fn ensure_sales_and_marketing_meet(&self, given: &mut [usize; 3]) {
        let (sales, marketing, other) = (0, 1, 2);
        if self.pools[sales] == 0 || self.pools[marketing] == 0 {
            return;
        }
        for (needy, partner) in [(sales, marketing), (marketing, sales)] {
            if given[needy] > 0 {
                continue;
            }
            if given[other] > 0 {
                given[other] -= 1;
                given[needy] += 1;
            } else if given[partner] >= 2 {
                given[partner] -= 1;
                given[needy] += 1;
            } else if self.behind[needy] > self.behind[partner] {
                // A single seat cannot go to both: it goes to whoever has had less than their
                // share so far, so the two teams alternate in proportion.
                given[partner] -= 1;
                given[needy] += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_follow_the_largest_remainder() {
        // Quotas 5.33 / 2.67 / 0: Marketing's larger remainder wins the last seat.
        assert_eq!(SeatSharer::new([10, 5, 0]).share(8), [5, 3, 0]);
        // Quotas 3.2 / 2.4 / 2.4 over 8 seats: floors 3/2/2, one seat left, remainders tie
        // between Marketing and Other and the fixed order picks Marketing.
        assert_eq!(SeatSharer::new([4, 3, 3]).share(8), [3, 3, 2]);
    }

    #[test]
    fn sales_and_marketing_get_a_seat_each_taken_from_other_first() {
        // Quotas 5 / 0.25 / 0.75: Other would win the last seat; Marketing needs it.
        assert_eq!(SeatSharer::new([20, 1, 3]).share(6), [5, 1, 0]);
        // Without Other seats, the bigger team gives one up.
        assert_eq!(SeatSharer::new([30, 1, 0]).share(4), [3, 1, 0]);
    }

    #[test]
    fn a_team_with_nobody_eligible_gets_no_floor() {
        assert_eq!(SeatSharer::new([0, 7, 2]).share(8), [0, 6, 2]);
    }

    #[test]
    fn a_team_of_one_gets_the_seat_in_the_share_of_meetings_it_earns() {
        // 5 sales, 6 marketing, 1 support, 8 rotation seats: support's quota is 2/3 of a seat.
        // The largest remainder alone gave it a seat at every meeting.
        let mut sharer = SeatSharer::new([5, 6, 1]);
        let support = (0..12).filter(|_| sharer.share(8)[2] == 1).count();
        assert_eq!(support, 8);
    }

    #[test]
    fn each_team_stays_within_one_seat_of_its_quota_over_any_number_of_meetings() {
        for pools in [
            [5, 6, 1],
            [6, 6, 1],
            [3, 3, 3],
            [9, 2, 7],
            [100, 3, 1],
            [13, 20, 7],
        ] {
            for seats in 1..=9 {
                let roster: usize = pools.iter().sum();
                // Where the Sales/Marketing floor lifts a team whose quota is under one seat,
                // that rule wins (see the module docs).
                if (0..2).any(|t| seats * pools[t] < roster) {
                    continue;
                }
                let mut sharer = SeatSharer::new(pools);
                let mut given = [0usize; 3];
                for meeting in 1..=60 {
                    let share = sharer.share(seats);
                    for t in 0..3 {
                        given[t] += share[t];
                        let exact = meeting * seats * pools[t];
                        assert!(
                            (given[t] * roster).abs_diff(exact) < roster,
                            "{pools:?}, {seats} seats, meeting {meeting}, team {t}: \
                             {} seats for {exact}/{roster}",
                            given[t]
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn tied_remainders_alternate_between_meetings() {
        let mut sharer = SeatSharer::new([6, 6, 0]);
        let splits: Vec<_> = (0..4).map(|_| sharer.share(5)).collect();
        assert_eq!(splits, [[3, 2, 0], [2, 3, 0], [3, 2, 0], [2, 3, 0]]);
    }

    #[test]
    fn a_single_seat_alternates_between_sales_and_marketing_in_proportion() {
        let mut sharer = SeatSharer::new([2, 1, 0]);
        let sales_turns = (0..30).filter(|_| sharer.share(1) == [1, 0, 0]).count();
        assert_eq!(sales_turns, 20);
    }

    #[test]
    fn no_seats_or_no_roster_shares_nothing() {
        assert_eq!(SeatSharer::new([3, 3, 3]).share(0), [0, 0, 0]);
        assert_eq!(SeatSharer::new([0, 0, 0]).share(5), [0, 0, 0]);
    }

    #[test]
    fn every_seat_is_given_when_people_exist() {
        for pools in [[1, 1, 1], [5, 0, 0], [0, 0, 4], [9, 2, 7], [100, 3, 1]] {
            let mut sharer = SeatSharer::new(pools);
            for seats in 0..=9 {
                assert_eq!(sharer.share(seats).iter().sum::<usize>(), seats);
            }
        }
    }
}
