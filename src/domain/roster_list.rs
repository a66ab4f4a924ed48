//! Several people at once: a list pasted from a spreadsheet, an email's address line or a chat,
//! one person a line. A line is a name, optionally followed by a team and an email address:
//! spreadsheet cells (tabs) are read as columns; commas only when what follows is a team or an
//! address, since "Lee, Ann" is a name. "Ann Lee <ann@example.com>; Ben Ng <ben@example.com>"
//! (an address line) gives two people.
//!
//! A cell (or comma-separated part) made of the words "exec"/"executive" and "core" marks the
//! person an executive or a core member: "Ann Lee, marketing, exec", "Ben Ng\tcore". Every
//! line is read back before anything is added (see [`PeopleList::lines`]), with the team and
//! the marks as understood.
//!
//! People already on the roster (same name, same team) are left out, so pasting the whole team
//! again adds only the new ones. Nothing is added while a line is wrong.

use super::ids::PersonId;
use super::person::{Person, Team, TeamKind};
use super::roster::{CheckedDraft, PersonDraft, RosterError, RosterWarning, check_draft};
use super::time::Timestamp;
use thiserror::Error;

/// What a pasted list would do to the roster.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleList {
    /// New people, in the order they were listed.
    pub to_add: Vec<CheckedDraft>,
    /// Names left out because the roster (or an earlier line) already has them in that team.
    pub already_there: Vec<String>,
    pub problems: Vec<LineProblem>,
    /// Every person read, in order, as understood: the preview shown before adding.
    pub lines: Vec<ReadLine>,
}

/// One person as a line was read, and what adding the list would do with them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadLine {
    /// The line's number as the user sees it (from 1).
    pub line: usize,
    pub draft: PersonDraft,
    pub outcome: LineOutcome,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineOutcome {
    Adds,
    AlreadyThere,
    Wrong(RosterError),
}

impl std::fmt::Display for ReadLine {
    /// "Line 2: Ben Ng · Marketing · executive · ben@example.com: will be added".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let draft = &self.draft;
        let name = draft.name.trim();
        write!(f, "Line {}: {} · {}", self.line, name, draft.team)?;
        if draft.executive {
            f.write_str(" · executive")?;
        }
        if draft.core {
            f.write_str(" · core")?;
        }
        if let Some(email) = &draft.email {
            write!(f, " · {}", email.trim())?;
        }
        match &self.outcome {
            LineOutcome::Adds => f.write_str(": will be added"),
            LineOutcome::AlreadyThere => f.write_str(": already on the roster, will be left out"),
            LineOutcome::Wrong(reason) => write!(f, ": {reason}"),
        }
    }
}

/// A line that cannot be added, with its number as the user sees it (from 1).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("Line {line}: {reason}")]
pub struct LineProblem {
    pub line: usize,
    pub reason: RosterError,
}

/// Reads `text`; people listed without a team go into `default_team`.
pub fn read_people_list(text: &str, default_team: &Team, roster: &[Person]) -> PeopleList {
    let mut list = PeopleList::default();
    // Earlier lines count as roster, so a name listed twice is added once.
    let mut known: Vec<Person> = roster.to_vec();
    for (index, line) in text.lines().enumerate() {
        for entry in entries(line) {
            let draft = read_entry(entry, default_team);
            let line = index + 1;
            let outcome = match check_draft(&draft, &known, None) {
                Err(reason) => {
                    list.problems.push(LineProblem {
                        line,
                        reason: reason.clone(),
                    });
                    LineOutcome::Wrong(reason)
                }
                Ok(checked) => match &checked.warning {
                    Some(RosterWarning::DuplicateName { name, .. }) => {
                        list.already_there.push(name.clone());
                        LineOutcome::AlreadyThere
                    }
                    None => {
                        // Only name and team matter to the duplicate check.
                        known.push(
                            checked
                                .clone()
                                .into_new_person(PersonId::from_u128(0), Timestamp(0)),
                        );
                        list.to_add.push(checked);
                        LineOutcome::Adds
                    }
                },
            };
            list.lines.push(ReadLine {
                line,
                draft,
                outcome,
            });
        }
    }
    list
}

/// The people on one line: an address line separates them with semicolons.
fn entries(line: &str) -> impl Iterator<Item = &str> {
    line.split(';')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
}

fn read_entry(entry: &str, default_team: &Team) -> PersonDraft {
    let mut draft = PersonDraft {
        name: entry.to_string(),
        team: default_team.clone(),
        executive: false,
        core: false,
        email: None,
    };
    // "Ann Lee <ann@example.com>", as mail programs write addresses.
    if let Some((name, rest)) = entry.split_once('<')
        && let Some((address, _)) = rest.split_once('>')
    {
        draft.name = name.trim().trim_matches('"').to_string();
        draft.email = Some(address.trim().to_string());
        return draft;
    }
    let cells: Vec<&str> = if entry.contains('\t') {
        entry.split('\t').map(str::trim).collect()
    } else {
        let parts: Vec<&str> = entry.split(',').map(str::trim).collect();
        let columns_follow = parts[1..].iter().all(|part| {
            part.is_empty()
                || is_address(part)
                || team_keyword(part).is_some()
                || marks(part).is_some()
        });
        if columns_follow { parts } else { vec![entry] }
    };
    draft.name = cells[0].to_string();
    for cell in cells[1..].iter().filter(|cell| !cell.is_empty()) {
        if is_address(cell) {
            draft.email = Some(cell.to_string());
        } else if let Some((executive, core)) = marks(cell) {
            draft.executive |= executive;
            draft.core |= core;
        } else {
            draft.team = team_keyword(cell)
                .unwrap_or(TeamKind::Other)
                .with_label(cell);
        }
    }
    draft
}

/// (executive, core) when `text` is only the marks' words: "exec", "executive", "core",
/// in any case, joined by spaces, "/", "+" or "&" ("exec core", "Core/Exec").
fn marks(text: &str) -> Option<(bool, bool)> {
    let mut found = (false, false);
    let mut words = text
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '+' | '&'))
        .filter(|word| !word.is_empty())
        .peekable();
    words.peek()?;
    for word in words {
        match word.to_lowercase().as_str() {
            "exec" | "executive" => found.0 = true,
            "core" => found.1 = true,
            _ => return None,
        }
    }
    Some(found)
}

fn is_address(text: &str) -> bool {
    text.contains('@')
}

fn team_keyword(text: &str) -> Option<TeamKind> {
    TeamKind::ALL
        .into_iter()
        .find(|kind| kind.label().eq_ignore_ascii_case(text))
}

impl PeopleList {
    /// Whether nothing is wrong and there is someone to add.
    pub fn can_add(&self) -> bool {
        self.problems.is_empty() && !self.to_add.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> PeopleList {
        read_people_list(text, &Team::Sales, &[])
    }

    fn added(list: &PeopleList) -> Vec<(String, Team, Option<String>)> {
        list.to_add
            .iter()
            .map(|checked| {
                let person = checked
                    .clone()
                    .into_new_person(PersonId::from_u128(1), Timestamp(0));
                (person.name, person.team, person.email)
            })
            .collect()
    }

    /// A roster of one: Ann Lee, in Sales, added as a line of a list would add her.
    fn roster_of_ann_lee() -> Vec<Person> {
        let ann = check_draft(&read_entry("Ann Lee", &Team::Sales), &[], None).unwrap();
        vec![ann.into_new_person(PersonId::from_u128(1), Timestamp(0))]
    }

    fn plain(name: &str, team: Team) -> (String, Team, Option<String>) {
        (name.to_string(), team, None)
    }

    #[test]
    fn one_name_a_line_goes_into_the_chosen_team() {
        let list = read("Ann Lee\n\n  Ben Ng  \r\nCy Park\n");
        assert_eq!(
            added(&list),
            vec![
                plain("Ann Lee", Team::Sales),
                plain("Ben Ng", Team::Sales),
                plain("Cy Park", Team::Sales)
            ]
        );
        assert!(list.can_add());
        let marketing = read_people_list("Ann Lee", &Team::Marketing, &[]);
        assert_eq!(added(&marketing), vec![plain("Ann Lee", Team::Marketing)]);
    }

    #[test]
    fn spreadsheet_cells_give_team_and_email_in_either_order() {
        let list = read("Ann Lee\tMarketing\tann@example.com\nBen Ng\tben@example.com\tsupport\n");
        assert_eq!(
            added(&list),
            vec![
                (
                    "Ann Lee".into(),
                    Team::Marketing,
                    Some("ann@example.com".into())
                ),
                (
                    "Ben Ng".into(),
                    Team::Other {
                        label: "support".into()
                    },
                    Some("ben@example.com".into())
                ),
            ]
        );
    }

    #[test]
    fn a_comma_splits_only_before_a_team_or_an_address() {
        let list = read("Ann Lee, marketing\nLee, Ann\nBen Ng, ben@example.com\nCy Park,");
        assert_eq!(
            added(&list),
            vec![
                plain("Ann Lee", Team::Marketing),
                plain("Lee, Ann", Team::Sales),
                ("Ben Ng".into(), Team::Sales, Some("ben@example.com".into())),
                plain("Cy Park", Team::Sales),
            ]
        );
    }

    #[test]
    fn an_address_line_from_a_mail_program_gives_one_person_per_address() {
        let list = read("\"Ann Lee\" <ann@example.com>; Ben Ng <ben@example.com>;");
        assert_eq!(
            added(&list),
            vec![
                (
                    "Ann Lee".into(),
                    Team::Sales,
                    Some("ann@example.com".into())
                ),
                ("Ben Ng".into(), Team::Sales, Some("ben@example.com".into())),
            ]
        );
    }

    #[test]
    fn people_already_on_the_roster_or_listed_twice_are_left_out() {
        let roster = roster_of_ann_lee();
        let list = read_people_list(
            "Ann Lee\nBen Ng\nBen Ng\nAnn Lee, marketing",
            &Team::Sales,
            &roster,
        );
        assert_eq!(
            added(&list),
            vec![
                plain("Ben Ng", Team::Sales),
                plain("Ann Lee", Team::Marketing)
            ]
        );
        assert_eq!(list.already_there, vec!["Ann Lee", "Ben Ng"]);
    }

    #[test]
    fn a_wrong_line_is_named_and_blocks_the_whole_list() {
        let long = "x".repeat(101);
        let list = read(&format!("Ann Lee\nBen Ng\tben@example\n{long}"));
        assert!(!list.can_add());
        let messages: Vec<String> = list.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            vec![
                "Line 2: “ben@example” does not look like an email address.",
                "Line 3: Names can be at most 100 characters; this one has 101.",
            ]
        );
    }

    #[test]
    fn exec_and_core_are_read_from_a_column_or_a_word() {
        let list = read(
            "Ann Lee\tMarketing\tExecutive\tann@example.com\nBen Ng, core\nCy Park, sales, exec core\nDee\tcore/exec\nCore, Exec",
        );
        let marks: Vec<(String, bool, bool)> = list
            .lines
            .iter()
            .map(|l| (l.draft.name.clone(), l.draft.executive, l.draft.core))
            .collect();
        assert_eq!(
            marks,
            vec![
                ("Ann Lee".into(), true, false),
                ("Ben Ng".into(), false, true),
                ("Cy Park".into(), true, true),
                ("Dee".into(), true, true),
                // A name that happens to be a mark word stays a name.
                ("Core".into(), true, false),
            ]
        );
        let people: Vec<(bool, bool)> = list
            .to_add
            .iter()
            .map(|c| {
                let p = c
                    .clone()
                    .into_new_person(PersonId::from_u128(1), Timestamp(0));
                (p.executive, p.core)
            })
            .collect();
        assert_eq!(people[0], (true, false));
        assert_eq!(people[2], (true, true));
    }

    #[test]
    fn every_line_is_read_back_before_anything_is_added() {
        let roster = roster_of_ann_lee();
        let list = read_people_list(
            "ann  lee\nBen Ng, marketing, exec, ben@example.com\nCy\tcy@example",
            &Team::Sales,
            &roster,
        );
        let shown: Vec<String> = list.lines.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            vec![
                "Line 1: ann  lee · Sales: already on the roster, will be left out",
                "Line 2: Ben Ng · Marketing · executive · ben@example.com: will be added",
                "Line 3: Cy · Sales · cy@example: “cy@example” does not look like an email address.",
            ]
        );
    }

    #[test]
    fn an_empty_list_adds_nobody() {
        assert!(!read(" \n\n;").can_add());
        assert_eq!(read(" \n\n;"), PeopleList::default());
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_without_panicking_into_valid_people(
            text in "[a-zA-Zé @.,;<>\"\t\n]{0,200}|(?s).{0,200}"
        ) {
            let list = read(&text);
            for checked in &list.to_add {
                let person = checked.clone().into_new_person(PersonId::from_u128(1), Timestamp(0));
                proptest::prop_assert!(check_draft(&PersonDraft::of(&person), &[], None).is_ok());
            }
        }
    }
}
