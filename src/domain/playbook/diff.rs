//! What changed between two versions of an entry, line by line, as a person reads it.

use super::content::EntryContent;
use similar::{ChangeTag, TextDiff};

/// One line of a version diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffLine {
    Kept(String),
    Added(String),
    Removed(String),
}

/// The lines of `new` against `old`, in reading order: kept lines, and what was taken out
/// just before what was put in.
pub fn diff(old: &EntryContent, new: &EntryContent) -> Vec<DiffLine> {
    let (old, new) = (old.lines(), new.lines());
    let old: Vec<&str> = old.iter().map(String::as_str).collect();
    let new: Vec<&str> = new.iter().map(String::as_str).collect();
    TextDiff::from_slices(&old, &new)
        .iter_all_changes()
        .map(|change| {
            let line = change.value().to_string();
            match change.tag() {
                ChangeTag::Equal => DiffLine::Kept(line),
                ChangeTag::Insert => DiffLine::Added(line),
                ChangeTag::Delete => DiffLine::Removed(line),
            }
        })
        .collect()
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
