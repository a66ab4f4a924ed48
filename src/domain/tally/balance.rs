//! Balance: is everyone speaking in roughly equal proportion?
//!
//! The source documents name this as the factor that matters most for a productive meeting,
//! and Woolley et al. (Science, 2010, "Evidence for a collective intelligence factor in the
//! performance of human groups") found that a group's performance fell as the variance of its
//! members' speaking turns rose. The balance score is that variance, rescaled to read like a
//! grade. With shares p_i of n attendees and HHI = Σ p_i² (the Herfindahl index),
//! HHI − 1/n = n × Var(p), which runs from 0 (equal shares) to 1 − 1/n (one person has
//! everything), so
//!
//! ```text
//! balance = 100 × (1 − (HHI − 1/n) / (1 − 1/n))
//! ```
//!
//! is 100 when everyone has the same share and 0 when one person did all the talking.
//! 1/HHI is the "effective number of speakers": seven people talking like 4.1 equal ones.
//!
//! Edge cases: with no turns at all there are no shares, so no score. With one attendee the
//! formula is 0/0; the score is 100, since nobody in the room was left out.
//!
//! Shares are computed with integers (HHI − 1/n = (n Σc² − T²) / (n T²) for counts c and
//! total T), so equal counts give exactly 100 and the score does not depend on the order.

use super::summary::TallySummary;
use crate::domain::ids::PersonId;

/// Quiet and dominating are judged, and the score shown, only once there are this many turns
/// per attendee: after three turns among seven people everyone untallied would look "quiet".
pub const TURNS_PER_ATTENDEE_TO_JUDGE: u64 = 2;

/// What the balance is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Checkmarks. Judged once the listed attendees have 2n turns.
    Turns,
    /// Timed mode: speaking milliseconds. Judged once the floor has changed hands 2n times.
    SpeakingTime,
}

/// A flag next to a name. Fair share is 1/n of the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// Nothing at all yet. Shown from the start, as "not heard yet".
    Silent,
    /// Below half the fair share.
    Quiet,
    /// Nothing to flag (and always so before the balance is judged).
    Fine,
    /// Above twice the fair share.
    Dominating,
}

impl Mark {
    /// The words next to the name; empty when there is nothing to say.
    pub fn label(self) -> &'static str {
        match self {
            Mark::Silent => "Not heard yet",
            Mark::Quiet => "Quiet",
            Mark::Fine => "",
            Mark::Dominating => "Dominating",
        }
    }
}

/// One attendee in the balance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BalanceRow {
    pub person: PersonId,
    /// Turns, or speaking milliseconds.
    pub amount: u64,
    /// Share of the total in 0..=1; `None` while the total is zero.
    pub share: Option<f64>,
    pub mark: Mark,
    /// Bar length for a chart, relative to the largest amount: 0..=1.
    pub bar: f64,
}

/// The balance of the listed attendees, zeros included.
#[derive(Clone, Debug, PartialEq)]
pub struct Balance {
    /// One row per attendee, in attendee order.
    pub rows: Vec<BalanceRow>,
    pub total: u64,
    /// Whether there is enough to judge: quiet and dominating marks, score and effective
    /// speakers are given only when this is true.
    pub judged: bool,
    /// 0..=100, 100 = perfectly equal. See the module documentation.
    pub score: Option<f64>,
    /// 1/HHI: how many equal speakers the distribution is worth, between 1 and n.
    pub effective_speakers: Option<f64>,
    /// Whom to invite next ([`invitation`]): the attendee with the least, the first of them in
    /// attendee order on a tie. `None` when nobody is behind anyone.
    pub quietest: Option<PersonId>,
}

impl Balance {
    /// The balance of `summary`'s listed attendees in the given measure.
    pub fn of(summary: &TallySummary, measure: Measure) -> Balance {
        let amounts: Vec<(PersonId, u64)> = summary
            .attendee_tallies()
            .into_iter()
            .map(|tally| match measure {
                Measure::Turns => (tally.person, tally.turns),
                Measure::SpeakingTime => (tally.person, tally.speaking_ms),
            })
            .collect();
        let turns = match measure {
            Measure::Turns => summary.total_turns(),
            Measure::SpeakingTime => summary.total_stretches(),
        };
        Balance::from_amounts(&amounts, turns)
    }

    /// The balance of `amounts` (per attendee, in display order). `turns` is how many turns
    /// they add up to, which decides whether there is enough to judge.
    pub fn from_amounts(amounts: &[(PersonId, u64)], turns: u64) -> Balance {
        let n = amounts.len() as u64;
        let counts: Vec<u64> = amounts.iter().map(|&(_, amount)| amount).collect();
        let total: u64 = counts.iter().sum();
        let judged = n > 0 && turns >= TURNS_PER_ATTENDEE_TO_JUDGE * n;
        let largest = counts.iter().copied().max().unwrap_or(0);
        let rows = amounts
            .iter()
            .map(|&(person, amount)| BalanceRow {
                person,
                amount,
                share: (total > 0).then(|| amount as f64 / total as f64),
                mark: mark(amount, total, n, judged),
                bar: if largest == 0 {
                    0.0
                } else {
                    amount as f64 / largest as f64
                },
            })
            .collect();
        Balance {
            rows,
            total,
            judged,
            score: balance_score(&counts).filter(|_| judged),
            effective_speakers: effective_speakers(&counts).filter(|_| judged),
            quietest: quietest(amounts),
        }
    }

    /// Attendees with nothing at all yet, in attendee order.
    pub fn not_heard_yet(&self) -> impl Iterator<Item = PersonId> + '_ {
        self.rows
            .iter()
            .filter(|row| row.mark == Mark::Silent)
            .map(|row| row.person)
    }

    /// The score as a whole number for display; see [`score_percent`].
    pub fn score_percent(&self) -> Option<u8> {
        self.score.map(score_percent)
    }

    /// E.g. "4.1 of 7".
    pub fn effective_speakers_text(&self) -> Option<String> {
        self.effective_speakers
            .map(|effective| format!("{effective:.1} of {}", self.rows.len()))
    }

    /// "Balance 82 of 100 · 4.1 of 7 people effectively sharing the talk": one sentence for the
    /// meeting screen, its summary and the minutes. `None` until enough was tallied to judge.
    pub fn score_sentence(&self) -> Option<String> {
        Some(format!(
            "Balance {} of 100 · {} people effectively sharing the talk",
            self.score_percent()?,
            self.effective_speakers_text()?
        ))
    }
}

/// Said instead of the score once a meeting is over and too little was tallied to judge it.
pub const TOO_FEW_TO_JUDGE: &str = "Too few contributions were tallied to judge the balance.";

/// The card the facilitator reads out to the quietest person.
pub fn invitation(name: &str) -> String {
    format!("I'd like to hear your thoughts on this, {}.", name.trim())
}

/// A balance score as the whole number every screen shows (the meeting page, the minutes,
/// History): one rounding, so one meeting never reads 99 in one place and 100 in another.
/// It never shows 100 unless the shares are exactly equal, nor 0 unless one person had
/// everything, so the two ends keep their meaning.
pub fn score_percent(score: f64) -> u8 {
    let rounded = score.round().clamp(0.0, 100.0) as u8;
    match rounded {
        100 if score < 100.0 => 99,
        0 if score > 0.0 => 1,
        _ => rounded,
    }
}

/// The balance score of `counts` in 0..=100 (see the module documentation), whether or not
/// there is enough to judge. `None` when there is nobody or the total is zero.
pub fn balance_score(counts: &[u64]) -> Option<f64> {
    let (n, total, sum_of_squares) = moments(counts)?;
    if n == 1 {
        return Some(100.0);
    }
    // n Σc² − T² = n T² (HHI − 1/n): zero exactly when all counts are equal.
    let spread = n * sum_of_squares - total * total;
    // (n − 1) T²: the spread when one person has everything.
    let widest = (n - 1) * total * total;
    Some(100.0 * (widest - spread) as f64 / widest as f64)
}

/// 1/HHI = T² / Σc²: between 1 (one speaker) and n (all equal). `None` when the total is zero.
pub fn effective_speakers(counts: &[u64]) -> Option<f64> {
    let (_, total, sum_of_squares) = moments(counts)?;
    Some((total * total) as f64 / sum_of_squares as f64)
}

/// (n, T, Σc²) in u128, which cannot overflow for any realistic meeting; `None` if T = 0.
fn moments(counts: &[u64]) -> Option<(u128, u128, u128)> {
    let total: u128 = counts.iter().map(|&c| u128::from(c)).sum();
    let sum_of_squares = counts.iter().map(|&c| u128::from(c) * u128::from(c)).sum();
    (total > 0).then_some((counts.len() as u128, total, sum_of_squares))
}

/// The mark for `amount` out of `total` among `n`, compared with integers: share < 1/(2n) is
/// 2n·amount < total, share > 2/n is n·amount > 2·total.
fn mark(amount: u64, total: u64, n: u64, judged: bool) -> Mark {
    let (amount, total, n) = (u128::from(amount), u128::from(total), u128::from(n));
    if amount == 0 {
        Mark::Silent
    } else if !judged {
        Mark::Fine
    } else if 2 * n * amount < total {
        Mark::Quiet
    } else if n * amount > 2 * total {
        Mark::Dominating
    } else {
        Mark::Fine
    }
}

fn quietest(amounts: &[(PersonId, u64)]) -> Option<PersonId> {
    // `min_by_key` keeps the first of equal minimums: attendee order breaks ties.
    let &(person, least) = amounts.iter().min_by_key(|&&(_, amount)| amount)?;
    let most = amounts.iter().map(|&(_, amount)| amount).max()?;
    (least < most).then_some(person)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(counts: &[u64]) -> Vec<(PersonId, u64)> {
        counts
            .iter()
            .enumerate()
            .map(|(i, &c)| (PersonId::from_u128(i as u128 + 1), c))
            .collect()
    }

    fn marks(balance: &Balance) -> Vec<Mark> {
        balance.rows.iter().map(|row| row.mark).collect()
    }

    #[test]
    fn all_equal_scores_exactly_100() {
        assert_eq!(balance_score(&[3, 3, 3, 3]), Some(100.0));
        assert_eq!(effective_speakers(&[3, 3, 3, 3]), Some(4.0));
    }

    #[test]
    fn one_speaker_scores_exactly_0() {
        assert_eq!(balance_score(&[0, 9, 0, 0, 0]), Some(0.0));
        assert_eq!(effective_speakers(&[0, 9, 0, 0, 0]), Some(1.0));
    }

    #[test]
    fn worked_example() {
        // Shares 0.6, 0.2, 0.1, 0, 0.1: HHI = 0.42; (0.42 − 0.2) / 0.8 = 0.275.
        assert_eq!(balance_score(&[6, 2, 1, 0, 1]), Some(72.5));
        let effective = effective_speakers(&[6, 2, 1, 0, 1]).unwrap();
        assert!((effective - 1.0 / 0.42).abs() < 1e-12);
    }

    #[test]
    fn zero_turns_or_nobody_has_no_score() {
        assert_eq!(balance_score(&[0, 0, 0]), None);
        assert_eq!(balance_score(&[]), None);
        assert_eq!(effective_speakers(&[0, 0]), None);
    }

    #[test]
    fn one_attendee_scores_100() {
        assert_eq!(balance_score(&[5]), Some(100.0));
        let balance = Balance::from_amounts(&people(&[5]), 5);
        assert_eq!(balance.score, Some(100.0));
        assert_eq!(balance.quietest, None);
        assert_eq!(marks(&balance), [Mark::Fine]);
    }

    #[test]
    fn marks_after_2n_turns() {
        // n = 4, fair share 1/4: quiet below 1/8, dominating above 1/2.
        let balance = Balance::from_amounts(&people(&[7, 4, 1, 0]), 12);
        assert!(balance.judged);
        assert_eq!(
            marks(&balance),
            [Mark::Dominating, Mark::Fine, Mark::Quiet, Mark::Silent]
        );
    }

    #[test]
    fn shares_on_the_thresholds_are_fine() {
        // Exactly half the fair share (1/8) and exactly twice it (1/2) are not flagged.
        let balance = Balance::from_amounts(&people(&[4, 2, 1, 1]), 8);
        assert_eq!(marks(&balance), [Mark::Fine; 4]);
        assert_eq!(balance.score, Some(87.5));
    }

    #[test]
    fn before_2n_turns_only_the_silent_are_marked_and_the_score_is_hidden() {
        let balance = Balance::from_amounts(&people(&[5, 1, 0]), 5);
        assert!(!balance.judged);
        assert_eq!(marks(&balance), [Mark::Fine, Mark::Fine, Mark::Silent]);
        assert_eq!(balance.score, None);
        assert_eq!(balance.effective_speakers, None);
        assert_eq!(balance.score_percent(), None);
        let silent: Vec<_> = balance.not_heard_yet().collect();
        assert_eq!(silent, [PersonId::from_u128(3)]);
        assert_eq!(balance.quietest, Some(PersonId::from_u128(3)));
    }

    #[test]
    fn everyone_at_zero_has_no_shares_no_score_and_nobody_to_invite() {
        let balance = Balance::from_amounts(&people(&[0, 0, 0]), 0);
        assert_eq!(balance.total, 0);
        assert!(balance.rows.iter().all(|row| row.share.is_none()));
        assert!(balance.rows.iter().all(|row| row.bar == 0.0));
        assert_eq!(marks(&balance), [Mark::Silent; 3]);
        assert_eq!(balance.score, None);
        assert_eq!(balance.quietest, None);
    }

    #[test]
    fn no_attendees_is_an_empty_balance() {
        let balance = Balance::from_amounts(&[], 0);
        assert!(balance.rows.is_empty());
        assert!(!balance.judged);
        assert_eq!(balance.quietest, None);
    }

    #[test]
    fn quietest_ties_go_to_attendee_order() {
        let balance = Balance::from_amounts(&people(&[3, 1, 2, 1]), 7);
        assert_eq!(balance.quietest, Some(PersonId::from_u128(2)));
    }

    #[test]
    fn nobody_is_quietest_when_all_are_equal() {
        let balance = Balance::from_amounts(&people(&[2, 2, 2]), 6);
        assert_eq!(balance.quietest, None);
        assert_eq!(balance.score_percent(), Some(100));
    }

    #[test]
    fn bars_are_relative_to_the_largest() {
        let balance = Balance::from_amounts(&people(&[4, 2, 0]), 6);
        let bars: Vec<_> = balance.rows.iter().map(|row| row.bar).collect();
        assert_eq!(bars, [1.0, 0.5, 0.0]);
    }

    #[test]
    fn the_score_sentence_waits_for_enough_taps() {
        let judged = Balance::from_amounts(&people(&[6, 2, 1, 0, 1]), 10);
        assert_eq!(
            judged.score_sentence().as_deref(),
            Some("Balance 73 of 100 · 2.4 of 5 people effectively sharing the talk")
        );
        let too_few = Balance::from_amounts(&people(&[1, 0, 0]), 1);
        assert_eq!(too_few.score_sentence(), None);
    }

    #[test]
    fn percent_keeps_the_ends_for_the_exact_cases() {
        let nearly_equal = Balance::from_amounts(&people(&[100, 100, 101]), 301);
        assert!(nearly_equal.score.unwrap() > 99.5);
        assert_eq!(nearly_equal.score_percent(), Some(99));
        let nearly_one = Balance::from_amounts(&people(&[1000, 1, 0]), 1001);
        assert!(nearly_one.score.unwrap() < 0.5);
        assert_eq!(nearly_one.score_percent(), Some(1));
        let worked = Balance::from_amounts(&people(&[6, 2, 1, 0, 1]), 10);
        assert_eq!(worked.score_percent(), Some(73));
    }

    #[test]
    fn effective_speakers_reads_as_of_n() {
        let balance = Balance::from_amounts(&people(&[6, 2, 1, 0, 1]), 10);
        assert_eq!(
            balance.effective_speakers_text().as_deref(),
            Some("2.4 of 5")
        );
    }

    #[test]
    fn invitation_names_the_person() {
        assert_eq!(
            invitation(" Ada "),
            "I'd like to hear your thoughts on this, Ada."
        );
    }

    /// The issue's case: 99.6 showed as 99 on the meeting page and 100 in History.
    #[test]
    fn scores_round_one_way_everywhere() {
        assert_eq!(score_percent(99.6), 99);
        assert_eq!(score_percent(100.0), 100);
        assert_eq!(score_percent(0.3), 1);
        assert_eq!(score_percent(0.0), 0);
        assert_eq!(score_percent(82.5), 83);
    }
}
