//! What changed between two versions of an entry, line by line, as a person reads it.

use super::content::EntryContent;
use similar::DiffTag;
use similar::algorithms::{Capture, Replace, myers};

/// One line of a version diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffLine {
    Kept(String),
    Added(String),
    Removed(String),
}

/// The lines of `new` against `old`, in reading order: kept lines, and what was taken out
/// just before what was put in.
///
/// Myers' algorithm is called directly, on whole lines: `similar`'s `TextDiff` compiles three
/// algorithms for several hook types, about 180 KB of wasm in the page that shows this.
pub fn diff(old: &EntryContent, new: &EntryContent) -> Vec<DiffLine> {
    let (old, new) = (old.lines(), new.lines());
    // `Replace` joins a deletion and an insertion next to each other into one replacement, so
    // the removed lines come first whichever way the algorithm found them. Capturing never fails.
    let mut capture = Replace::new(Capture::new());
    let _ = myers::diff(&mut capture, &old, 0..old.len(), &new, 0..new.len());
    let mut lines = Vec::with_capacity(old.len().max(new.len()));
    for op in capture.into_inner().into_ops() {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            lines.extend(new[new_range].iter().cloned().map(DiffLine::Kept));
        } else {
            lines.extend(old[old_range].iter().cloned().map(DiffLine::Removed));
            lines.extend(new[new_range].iter().cloned().map(DiffLine::Added));
        }
    }
    lines
}

/// "2 lines added, 1 removed": the diff in a few words.
pub fn summary(lines: &[DiffLine]) -> String {
    let added = lines
        .iter()
        .filter(|l| matches!(l, DiffLine::Added(_)))
        .count();
    let removed = lines
        .iter()
        .filter(|l| matches!(l, DiffLine::Removed(_)))
        .count();
    let count = |n: usize| {
        if n == 1 {
            "1 line".to_string()
        } else {
            format!("{n} lines")
        }
    };
    match (added, removed) {
        (0, 0) => "No change".to_string(),
        (a, 0) => format!("{} added", count(a)),
        (0, r) => format!("{} removed", count(r)),
        (a, r) => format!("{} added, {r} removed", count(a)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criteria(items: &[&str]) -> EntryContent {
        EntryContent::Criteria {
            criteria: items.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn a_changed_criterion_shows_as_removed_then_added() {
        let old = criteria(&["Has a budget", "Downloaded a guide", "Works in software"]);
        let new = criteria(&["Has a budget", "Asked for a demo", "Works in software"]);
        assert_eq!(
            diff(&old, &new),
            [
                DiffLine::Kept("• Has a budget".into()),
                DiffLine::Removed("• Downloaded a guide".into()),
                DiffLine::Added("• Asked for a demo".into()),
                DiffLine::Kept("• Works in software".into()),
            ]
        );
        assert_eq!(summary(&diff(&old, &new)), "1 line added, 1 removed");
    }

    #[test]
    fn identical_versions_have_no_change() {
        let same = criteria(&["Has a budget"]);
        assert_eq!(summary(&diff(&same, &same)), "No change");
        assert_eq!(
            summary(&diff(&criteria(&[]), &criteria(&["A", "B"]))),
            "2 lines added"
        );
    }
}
