//! Who takes notes: the attendee who took them least recently (never counts as longest ago),
//! never the previous meeting's note-taker while someone else is there to do it.

use super::rotation::Who;
use chrono::NaiveDate;

pub(crate) fn pick_note_taker(
    attendees: &[Who],
    previous: &[Who],
    last_took_notes: impl Fn(Who) -> Option<NaiveDate>,
    rank: impl Fn(Who) -> u64,
) -> Option<Who> {
    let fresh: Vec<Who> = attendees
        .iter()
        .copied()
        .filter(|w| !previous.contains(w))
        .collect();
    let candidates = if fresh.is_empty() { attendees } else { &fresh };
    candidates
        .iter()
        .copied()
        .min_by_key(|&w| (last_took_notes(w), rank(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, 6, d)
    }

    #[test]
    fn someone_who_never_took_notes_goes_first() {
        let last = |w: Who| if w == 3 { None } else { day(w) };
        assert_eq!(pick_note_taker(&[1, 2, 3], &[], last, |_| 0), Some(3));
    }

    #[test]
    fn otherwise_the_least_recent_note_taker() {
        let last = |w: Who| day(10 - w);
        assert_eq!(pick_note_taker(&[1, 2, 3], &[], last, |_| 0), Some(3));
    }

    #[test]
    fn the_previous_note_taker_is_passed_over_while_another_can_do_it() {
        // 1 has the oldest date (bad data, say), but took notes last time.
        let last = |w: Who| day(w);
        assert_eq!(pick_note_taker(&[1, 2], &[1], last, |_| 0), Some(2));
        assert_eq!(pick_note_taker(&[1], &[1], last, |_| 0), Some(1));
    }

    #[test]
    fn ties_go_by_rank_and_nobody_means_no_note_taker() {
        assert_eq!(
            pick_note_taker(&[1, 2], &[], |_| None, |w| 5 - u64::from(w)),
            Some(2)
        );
        assert_eq!(pick_note_taker(&[], &[], |_| None, |_| 0), None);
    }
}
