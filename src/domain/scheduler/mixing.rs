//! The secondary goal: mix people. Where the rules leave a choice open (people tied in the
//! rotation), prefer the ones who have met the others in the room least, social-golfer
//! style: the plan keeps the sum over pairs of (times met)² low, and a Sales–Marketing pair
//! counts double, because bringing those two together is the point of the meeting.

use super::rotation::Who;
use super::tie_break::splitmix64;
use crate::domain::person::TeamKind;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// How many tied candidates are weighed at most. A block of thousands of never-met people
/// are all equally good; weighing the first few by seed keeps a meeting's cost flat.
const CANDIDATE_POOL: usize = 64;

/// How much meeting again costs for a pair of these teams.
fn pair_weight(a: TeamKind, b: TeamKind) -> u64 {
    match (a, b) {
        (TeamKind::Sales, TeamKind::Marketing) | (TeamKind::Marketing, TeamKind::Sales) => 2,
        _ => 1,
    }
}

pub(crate) fn is_cross_team(a: TeamKind, b: TeamKind) -> bool {
    pair_weight(a, b) == 2
}

/// How often each pair has met so far in the plan.
#[derive(Clone, Debug, Default)]
pub(crate) struct PairCounts {
    met: HashMap<u64, u32, BuildHasherDefault<PairHasher>>,
}

impl PairCounts {
    fn key(a: Who, b: Who) -> u64 {
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        (u64::from(low) << 32) | u64::from(high)
    }

    pub fn met(&self, a: Who, b: Who) -> u32 {
        self.met.get(&Self::key(a, b)).copied().unwrap_or(0)
    }

    /// Counts one meeting; `first_time` is told of each pair that had never met.
    pub fn record(&mut self, attendees: &[Who], mut first_time: impl FnMut(Who, Who)) {
        for (i, &a) in attendees.iter().enumerate() {
            for &b in &attendees[i + 1..] {
                let count = self.met.entry(Self::key(a, b)).or_insert(0);
                *count += 1;
                if *count == 1 {
                    first_time(a, b);
                }
            }
        }
    }
}

/// Chooses `count` of the tied `candidates` to join `company`, one at a time, each time the
/// one whose pairs with the company have met least (weighted); `rank` breaks ties and is
/// the seed's say. Returns the choices in the order made.
///
/// Candidates who are `away` can be chosen too: their turn came, but they take no seat and
/// meet no one. They are returned among the choices so the caller can keep their place.
pub(crate) fn choose_least_met(
    candidates: &[Who],
    count: usize,
    company: &[Who],
    pairs: &PairCounts,
    team: impl Fn(Who) -> TeamKind,
    rank: impl Fn(Who) -> u64,
    away: impl Fn(Who) -> bool,
) -> Vec<Who> {
    let mut pool: Vec<(u64, Who)> = candidates.iter().map(|&w| (rank(w), w)).collect();
    let keep = CANDIDATE_POOL.max(count);
    if pool.len() > keep {
        pool.select_nth_unstable(keep);
        pool.truncate(keep);
    }
    let cost_with = |candidate: Who, member: Who| {
        pair_weight(team(candidate), team(member)) * u64::from(pairs.met(candidate, member))
    };
    let mut costs: Vec<u64> = pool
        .iter()
        .map(|&(_, c)| company.iter().map(|&m| cost_with(c, m)).sum())
        .collect();

    let mut chosen = Vec::with_capacity(count);
    let mut seated = 0;
    while seated < count && !pool.is_empty() {
        let best = (0..pool.len())
            .min_by_key(|&i| (costs[i], pool[i].0))
            .expect("pool is not empty");
        let (_, pick) = pool.swap_remove(best);
        costs.swap_remove(best);
        chosen.push(pick);
        if away(pick) {
            continue;
        }
        seated += 1;
        for (cost, &(_, other)) in costs.iter_mut().zip(&pool) {
            *cost += cost_with(other, pick);
        }
    }
    chosen
}

/// How well the plan mixes Sales and Marketing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MixingReport {
    /// Sales–Marketing pairs that sit in at least one planned meeting together.
    pub cross_team_pairs_met: u64,
    /// Sales–Marketing pairs that could meet: both eligible, in the same group.
    pub cross_team_pairs_possible: u64,
}

impl MixingReport {
    /// The share of possible Sales–Marketing pairs that meet within the horizon, 0.0–1.0.
    pub fn share(&self) -> f64 {
        if self.cross_team_pairs_possible == 0 {
            0.0
        } else {
            self.cross_team_pairs_met as f64 / self.cross_team_pairs_possible as f64
        }
    }
}

/// A fast hasher for pair keys, which are already well spread once mixed.
#[derive(Default)]
pub(crate) struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = splitmix64(self.0 ^ u64::from(byte));
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = splitmix64(self.0 ^ value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn team(w: Who) -> TeamKind {
        if w < 100 {
            TeamKind::Sales
        } else {
            TeamKind::Marketing
        }
    }

    #[test]
    fn pairs_are_counted_once_per_meeting_in_either_order() {
        let mut pairs = PairCounts::default();
        let mut new_pairs = 0;
        pairs.record(&[1, 2, 3], |_, _| new_pairs += 1);
        pairs.record(&[3, 1], |_, _| new_pairs += 1);
        assert_eq!(new_pairs, 3);
        assert_eq!(pairs.met(1, 3), 2);
        assert_eq!(pairs.met(3, 1), 2);
        assert_eq!(pairs.met(2, 3), 1);
        assert_eq!(pairs.met(2, 4), 0);
    }

    #[test]
    fn the_candidate_who_met_the_company_least_is_chosen() {
        let mut pairs = PairCounts::default();
        pairs.record(&[1, 100], |_, _| {});
        pairs.record(&[1, 100], |_, _| {});
        pairs.record(&[2, 100], |_, _| {});
        // Everyone ties on rank, so only the meetings decide.
        let chosen = choose_least_met(&[1, 2, 3], 2, &[100], &pairs, team, |_| 0, |_| false);
        assert_eq!(chosen, [3, 2]);
    }

    #[test]
    fn meeting_the_other_team_again_weighs_more_than_meeting_ones_own() {
        let mut pairs = PairCounts::default();
        pairs.record(&[1, 100], |_, _| {}); // 1 met Marketing's 100 once
        pairs.record(&[2, 3], |_, _| {}); // 2 met fellow Sales 3 once
        let chosen = choose_least_met(&[1, 2], 1, &[100, 3], &pairs, team, |_| 0, |_| false);
        assert_eq!(chosen, [2]);
    }

    #[test]
    fn the_seed_rank_breaks_ties() {
        let pairs = PairCounts::default();
        let rank = |w| 10 - u64::from(w);
        let chosen = choose_least_met(&[1, 2, 3], 1, &[], &pairs, team, rank, |_| false);
        assert_eq!(chosen, [3]);
    }

    #[test]
    fn a_huge_tied_block_is_cut_to_the_best_ranked_few() {
        let candidates: Vec<Who> = (0..10_000).collect();
        let pairs = PairCounts::default();
        let chosen = choose_least_met(&candidates, 3, &[], &pairs, team, u64::from, |_| false);
        assert_eq!(chosen, [0, 1, 2]);
    }

    #[test]
    fn someone_away_can_win_the_tie_without_taking_a_seat() {
        let pairs = PairCounts::default();
        let chosen = choose_least_met(&[1, 2, 3], 1, &[], &pairs, team, u64::from, |w| w == 1);
        assert_eq!(chosen, [1, 2]);
    }

    #[test]
    fn share_of_an_empty_report_is_zero() {
        assert_eq!(MixingReport::default().share(), 0.0);
        let half = MixingReport {
            cross_team_pairs_met: 2,
            cross_team_pairs_possible: 4,
        };
        assert_eq!(half.share(), 0.5);
    }
}
