//! Stored records the app could not read back. They are kept as they are (never rewritten,
//! never exported as something else) and the user is told how many there are, so that one
//! damaged record costs that record only and not its whole kind.

use super::records::RecordKind;
use std::fmt;

/// How many stored records of each kind could not be read. Empty when everything read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnreadableRecords {
    counts: Vec<(RecordKind, usize)>,
}

impl UnreadableRecords {
    /// Counts `count` more unreadable records of `kind`.
    pub fn add(&mut self, kind: RecordKind, count: usize) {
        if count == 0 {
            return;
        }
        match self.counts.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, total)) => *total += count,
            None => self.counts.push((kind, count)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    pub fn total(&self) -> usize {
        self.counts.iter().map(|(_, n)| n).sum()
    }

    /// How many records of `kind` did not read.
    pub fn of(&self, kind: RecordKind) -> usize {
        self.counts
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    }
}

/// "1 saved meeting could not be read", "2 saved people and 1 saved problem could not be read".
impl fmt::Display for UnreadableRecords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let last = self.counts.len().saturating_sub(1);
        for (index, (kind, count)) in self.counts.iter().enumerate() {
            let joint = match index {
                0 => "",
                i if i == last => " and ",
                _ => ", ",
            };
            write!(f, "{joint}{count} saved {}", kind.noun(*count))?;
        }
        f.write_str(" could not be read")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_a_sentence() {
        let mut unreadable = UnreadableRecords::default();
        assert!(unreadable.is_empty());
        unreadable.add(RecordKind::Meeting, 1);
        assert_eq!(unreadable.to_string(), "1 saved meeting could not be read");
        unreadable.add(RecordKind::Person, 2);
        unreadable.add(RecordKind::Person, 0);
        assert_eq!(
            unreadable.to_string(),
            "1 saved meeting and 2 saved people could not be read"
        );
        unreadable.add(RecordKind::Problem, 1);
        unreadable.add(RecordKind::Meeting, 1);
        assert_eq!(
            unreadable.to_string(),
            "2 saved meetings, 2 saved people and 1 saved problem could not be read"
        );
        assert_eq!(unreadable.total(), 5);
    }
}
