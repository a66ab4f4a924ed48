//! The whole current playbook on one page: what the print view shows and the Markdown export
//! writes. Each entry is read in the version the teams work from (the agreed one), with a note
//! when a changed draft waits, or the draft while nothing is agreed yet.

use super::content::Topic;
use super::decision::{Decision, sort_decisions};
use super::entry::{EntryStatus, PlaybookEntry};
use crate::domain::date_text::iso_date;
use crate::domain::ids::{MeetingId, PersonId};
use crate::domain::outcomes::markdown::escape_inline;
use crate::domain::sort::SortByKey;
use chrono::NaiveDate;
use std::fmt::Write;

/// One entry as the document shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentEntry {
    pub heading: String,
    /// "Agreed on 2030-01-08 in Weekly sync by Ada, Ben (version 2)", or "Draft, not agreed yet".
    pub standing: String,
    /// "Review due 2030-04-08", or "Due for review since 2030-04-08".
    pub review: Option<String>,
    /// Set when a changed draft waits for agreement.
    pub waiting_draft: bool,
    pub lines: Vec<String>,
}

/// The playbook in reading order: the definitions (in [`Topic::ALL`] order), then the SLA
/// commitments, then the shared goals.
pub fn document(
    entries: &[PlaybookEntry],
    person: &dyn Fn(PersonId) -> String,
    meeting: &dyn Fn(MeetingId) -> String,
    today: NaiveDate,
) -> Vec<(Topic, Vec<DocumentEntry>)> {
    Topic::ALL
        .into_iter()
        .filter_map(|topic| {
            let mut of_topic: Vec<&PlaybookEntry> =
                entries.iter().filter(|e| e.topic == topic).collect();
            of_topic.sort_by_key_dyn(|e| (e.created_at, e.id));
            let shown: Vec<DocumentEntry> = of_topic
                .into_iter()
                .map(|entry| document_entry(entry, person, meeting, today))
                .collect();
            (!shown.is_empty()).then_some((topic, shown))
        })
        .collect()
}

fn document_entry(
    entry: &PlaybookEntry,
    person: &dyn Fn(PersonId) -> String,
    meeting: &dyn Fn(MeetingId) -> String,
    today: NaiveDate,
) -> DocumentEntry {
    let version = entry.in_force().unwrap_or_else(|| entry.newest());
    let heading = if entry.topic.is_single() {
        entry.topic.label().to_string()
    } else {
        entry.title()
    };
    DocumentEntry {
        heading,
        standing: standing(entry, person, meeting),
        review: review_line(entry, today),
        waiting_draft: entry.status() == EntryStatus::ChangedSinceAgreed,
        // A list of criteria is already a list: its lines lose their bullets.
        lines: version
            .content
            .lines()
            .into_iter()
            .map(|line| line.strip_prefix("• ").map_or(line.clone(), str::to_string))
            .collect(),
    }
}

/// Who agreed the version in force, where and when; or that it is a draft.
pub fn standing(
    entry: &PlaybookEntry,
    person: &dyn Fn(PersonId) -> String,
    meeting: &dyn Fn(MeetingId) -> String,
) -> String {
    let Some(version) = entry.in_force() else {
        return "Draft, not agreed yet".to_string();
    };
    let Some(last) = version.agreements.last() else {
        return "Draft, not agreed yet".to_string();
    };
    let names: Vec<String> = last.attendees.iter().map(|p| person(*p)).collect();
    let verb = if version.agreements.len() > 1 {
        "Reaffirmed"
    } else {
        "Agreed"
    };
    format!(
        "{verb} on {} in {} by {} (version {})",
        iso_date(last.on),
        meeting(last.meeting),
        names.join(", "),
        version.number
    )
}

/// When the entry is next reviewed, or since when it is due.
pub fn review_line(entry: &PlaybookEntry, today: NaiveDate) -> Option<String> {
    let due = entry.review_due_on()?;
    Some(if due <= today {
        format!("Due for review since {}", iso_date(due))
    } else {
        format!("Review due {}", iso_date(due))
    })
}

/// The whole current playbook and the decision log as Markdown, every typed text escaped.
pub fn playbook_markdown(
    entries: &[PlaybookEntry],
    decisions: &[Decision],
    person: &dyn Fn(PersonId) -> String,
    meeting: &dyn Fn(MeetingId) -> String,
    today: NaiveDate,
) -> String {
    let mut doc = String::new();
    let _ = writeln!(doc, "# Playbook\n\nAs of {}.", iso_date(today));
    let sections = document(entries, person, meeting, today);
    if sections.is_empty() {
        doc.push_str("\nNothing written yet.\n");
    }
    for (topic, shown) in sections {
        let many = !topic.is_single();
        if many {
            let _ = writeln!(doc, "\n## {}", section_title(topic));
        }
        for entry in shown {
            let level = if many { "###" } else { "##" };
            let _ = writeln!(doc, "\n{level} {}\n", escape_inline(&entry.heading));
            let _ = writeln!(doc, "*{}*", escape_inline(&entry.standing));
            if let Some(review) = &entry.review {
                let _ = writeln!(doc, "\n*{review}*");
            }
            if entry.waiting_draft {
                doc.push_str("\n*A changed draft waits for agreement.*\n");
            }
            doc.push('\n');
            for line in &entry.lines {
                let _ = writeln!(doc, "- {}", escape_inline(line));
            }
        }
    }
    let mut log = decisions.to_vec();
    sort_decisions(&mut log);
    doc.push_str("\n## Decision log\n\n");
    if log.is_empty() {
        doc.push_str("No decisions logged yet.\n");
    }
    for decision in &log {
        let mut line = format!(
            "- {}: {}",
            iso_date(decision.decided_on),
            escape_inline(&decision.what)
        );
        if let Some(m) = decision.meeting {
            let _ = write!(line, " (in {})", escape_inline(&meeting(m)));
        }
        if let Some(owner) = decision.owner {
            let _ = write!(line, "; owner {}", escape_inline(&person(owner)));
        }
        if !decision.why.is_empty() {
            let _ = write!(line, "; why: {}", escape_inline(&decision.why));
        }
        let _ = writeln!(doc, "{line}");
    }
    doc
}

/// The heading over the SLA commitments and over the goals.
pub fn section_title(topic: Topic) -> &'static str {
    match topic {
        Topic::Sla => "Service level agreement",
        Topic::Kpi => "Shared goals and KPIs",
        other => other.label(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{DecisionId, PlaybookEntryId};
    use crate::domain::playbook::content::EntryContent;
    use crate::domain::playbook::entry::Agreement;
    use crate::domain::time::Timestamp;

    const T0: Timestamp = Timestamp(1_900_000_000_000);

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2030, m, d).unwrap()
    }

    fn person(id: PersonId) -> String {
        if id == PersonId::from_u128(1) {
            "Ada".into()
        } else {
            "Ben".into()
        }
    }

    fn meeting(_: MeetingId) -> String {
        "Weekly sync".into()
    }

    fn agreed_market() -> PlaybookEntry {
        let mut entry = PlaybookEntry::new(
            PlaybookEntryId::from_u128(1),
            Topic::TargetMarket,
            &EntryContent::Text {
                body: "EU mid-market *software*".into(),
            },
            T0,
        )
        .unwrap();
        entry
            .agree(
                Agreement {
                    meeting: MeetingId::from_u128(1),
                    on: day(1, 8),
                    attendees: vec![PersonId::from_u128(1), PersonId::from_u128(2)],
                    recorded_at: T0,
                },
                T0,
            )
            .unwrap();
        entry
    }

    #[test]
    fn the_markdown_export_shows_the_agreed_version_who_agreed_it_and_the_log() {
        let mut entry = agreed_market();
        let decision = Decision::agreed(
            DecisionId::from_u128(1),
            &entry,
            1,
            MeetingId::from_u128(1),
            day(1, 8),
            T0,
        );
        entry
            .edit(
                &EntryContent::Text {
                    body: "All of Europe".into(),
                },
                T0,
            )
            .unwrap();
        let md = playbook_markdown(&[entry], &[decision], &person, &meeting, day(4, 9));
        assert!(md.starts_with("# Playbook\n\nAs of 2030-04-09.\n"), "{md}");
        assert!(md.contains("## Target market\n"), "{md}");
        assert!(
            md.contains("*Agreed on 2030-01-08 in Weekly sync by Ada, Ben (version 1)*"),
            "{md}"
        );
        assert!(md.contains("*Due for review since 2030-04-08*"), "{md}");
        assert!(
            md.contains("*A changed draft waits for agreement.*"),
            "{md}"
        );
        assert!(md.contains("- EU mid-market \\*software\\*"), "{md}");
        assert!(
            !md.contains("All of Europe"),
            "the draft is not in force: {md}"
        );
        assert!(
            md.contains("- 2030-01-08: Agreed: Target market (version 1) (in Weekly sync)"),
            "{md}"
        );
    }

    #[test]
    fn an_empty_playbook_says_so() {
        let md = playbook_markdown(&[], &[], &person, &meeting, day(1, 1));
        assert!(md.contains("Nothing written yet."));
        assert!(md.contains("No decisions logged yet."));
    }
}
