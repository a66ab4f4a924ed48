//! The minutes: a Markdown record of the meeting for those who were there and, above all, for
//! those who were not. Generated from the records, then editable by the note-taker.
//!
//! Every piece of user text (titles, names, ideas, the date) is escaped with
//! [`escape_inline`], so the document renders it literally; see [`super::markdown`].

use super::action_item::{ActionItem, ActionStatus, action_order};
use super::markdown::{collapse_whitespace, escape_inline};
use super::problem::{Problem, ProblemStatus, sort_problems};
use super::review_loop::{ABSENT_OWNER, carry_over, owner_is_absent, who_lacks_action};
use crate::domain::date_text::iso_date;
use crate::domain::ids::{MeetingId, PersonId, ProblemId};
use crate::domain::meeting::{GoRoundMark, Meeting};
use crate::domain::person::Person;
use crate::domain::person::REMOVED_PERSON;
use crate::domain::playbook::minutes::MeetingPlaybook;
use crate::domain::sort::SortByKey;
use crate::domain::time::Timestamp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;
use thiserror::Error;

/// Names by person, including people since removed from the roster (their last known names),
/// so that past minutes stay readable.
pub type Names = BTreeMap<PersonId, String>;

/// The names of `people`, active or not.
pub fn names_of(people: &[Person]) -> Names {
    people.iter().map(|p| (p.id, p.name.clone())).collect()
}

/// Everything the minutes are made from. The domain reads no clock and knows no time zone:
/// `date_text` is the meeting's date as the browser formats it in local time, and `now` is
/// when the minutes are generated (it reads the meeting clock).
#[derive(Clone, Copy, Debug)]
pub struct MinutesInput<'a> {
    pub meeting: &'a Meeting,
    /// E.g. "Monday 24 November 2025, 17:00".
    pub date_text: &'a str,
    pub names: &'a Names,
    /// Those raised in this meeting are listed; the others only name the problem an action
    /// item serves. Passing the whole problem log is fine.
    pub problems: &'a [Problem],
    /// Those made in this meeting are listed, and those carried over into its review (see
    /// [`carry_over`]). Passing all action items is fine.
    pub actions: &'a [ActionItem],
    /// The meeting held before this one, whose items this one reviewed first.
    pub previous: Option<MeetingId>,
    /// The participation balance as a line of text, e.g. "Balance 82 of 100; 4.1 of 7
    /// effective speakers". Its section is left out when `None`.
    pub participation: Option<&'a str>,
    pub now: Timestamp,
    /// What the meeting did with the playbook (agreements, scorecard, decisions); its section
    /// is left out when `None` or empty.
    pub playbook: Option<&'a MeetingPlaybook>,
    /// The local date the minutes are written on: items past due by then are marked overdue
    /// (see [`ActionItem::is_overdue`]).
    pub today: NaiveDate,
}

/// The minutes as a Markdown document: title, date, attendees and note-taker; the agenda with
/// planned and actual times (`mm:ss`; planned as the agenda had it, before any extension,
/// actual as the clock has it at `now`, `—` before the meeting starts); the go-round (who
/// raised a problem, who had nothing new, who was not asked); problems raised with their
/// chosen and their other ideas; action items grouped by owner (attendee order, then anyone
/// else by name) with due dates, collaborators and an overdue mark, then who left without
/// one; participation. Ends with a newline.
pub fn minutes_markdown(input: &MinutesInput<'_>) -> String {
    let meeting = input.meeting;
    let name = |person: PersonId| -> String {
        escape_or(
            input
                .names
                .get(&person)
                .map_or(REMOVED_PERSON, String::as_str),
            REMOVED_PERSON,
        )
    };
    // Writing to a String cannot fail, so the results of `writeln!` are ignored.
    let mut doc = String::new();
    let _ = writeln!(doc, "# Minutes: {}\n", escape_or(&meeting.title, "Meeting"));
    let _ = writeln!(
        doc,
        "- **Date:** {}",
        escape_or(input.date_text, "not recorded")
    );
    let attendees: Vec<String> = meeting.attendees.iter().map(|&p| name(p)).collect();
    let _ = writeln!(doc, "- **Attendees:** {}", attendees.join(", "));
    let note_taker = meeting.note_taker.map_or("none named".to_string(), &name);
    let _ = writeln!(doc, "- **Note-taker:** {note_taker}");

    write_agenda(&mut doc, meeting, input.now);
    write_review(&mut doc, input, &name);
    write_go_round(&mut doc, meeting, &name);
    write_problems(&mut doc, input, &name);
    write_actions(&mut doc, input, &name);
    if let Some(playbook) = input.playbook.filter(|p| !p.is_empty()) {
        write_playbook(&mut doc, playbook, &name);
    }

    if let Some(participation) = input.participation {
        let _ = writeln!(doc, "\n## Participation\n");
        let _ = writeln!(doc, "{}", escape_or(participation, "Not recorded."));
    }
    doc
}

/// The entries agreed or changed, the scorecard and the decisions, every typed text escaped.
fn write_playbook(doc: &mut String, playbook: &MeetingPlaybook, name: &dyn Fn(PersonId) -> String) {
    let _ = writeln!(doc, "\n## Playbook");
    if !playbook.agreed.is_empty() {
        let _ = writeln!(doc, "\n### Entries agreed or changed\n");
        for what in &playbook.agreed {
            let _ = writeln!(doc, "- {}", escape_inline(what));
        }
    }
    if !playbook.scorecard.is_empty() {
        let _ = writeln!(doc, "\n### Scorecard\n");
        let _ = writeln!(
            doc,
            "| Measure | Actual | Target | |\n| --- | ---: | --- | --- |"
        );
        for measure in &playbook.scorecard {
            let _ = writeln!(
                doc,
                "| {} | {} | {} | {} |",
                escape_inline(&measure.title),
                escape_inline(&measure.actual),
                escape_inline(&measure.target),
                measure.standing
            );
        }
    }
    if !playbook.decisions.is_empty() {
        let _ = writeln!(doc, "\n### Decisions\n");
        for (what, why, owner) in &playbook.decisions {
            let mut line = format!("- {}", escape_inline(what));
            if !why.is_empty() {
                let _ = write!(line, " (why: {})", escape_inline(why));
            }
            if let Some(owner) = owner {
                let _ = write!(line, "; owner {}", name(*owner));
            }
            let _ = writeln!(doc, "{line}");
        }
    }
}

fn write_agenda(doc: &mut String, meeting: &Meeting, now: Timestamp) {
    let started = meeting.clock.has_started();
    let actual_ms = meeting.clock.actual_ms(now);
    let actual = |ms: u64| {
        if started {
            format_mm_ss(ms)
        } else {
            "—".to_string()
        }
    };
    let _ = writeln!(doc, "\n## Agenda\n");
    let _ = writeln!(doc, "| Segment | Planned | Actual |");
    let _ = writeln!(doc, "| --- | ---: | ---: |");
    for (index, segment) in meeting.agenda.segments.iter().enumerate() {
        let _ = writeln!(
            doc,
            "| {} | {} | {} |",
            escape_or(&segment.title, "Untitled"),
            format_mm_ss(u64::from(segment.planned_secs) * 1000),
            actual(actual_ms.get(index).copied().unwrap_or(0)),
        );
    }
    let _ = writeln!(
        doc,
        "| **Total** | {} | {} |",
        format_mm_ss(u64::from(meeting.agenda.total_planned_secs()) * 1000),
        actual(actual_ms.iter().sum()),
    );
}

/// Who raised a problem and who had nothing new, in attendee order; left out when the
/// go-round was not used at all.
fn write_go_round(doc: &mut String, meeting: &Meeting, name: &dyn Fn(PersonId) -> String) {
    if meeting.go_round.is_empty() {
        return;
    }
    let _ = writeln!(doc, "\n## Go-round\n");
    let with_mark = |mark: Option<GoRoundMark>| -> Vec<String> {
        meeting
            .attendees
            .iter()
            .filter(|&&p| meeting.go_round_mark(p) == mark)
            .map(|&p| name(p))
            .collect()
    };
    for (label, mark) in [
        ("Raised a problem", Some(GoRoundMark::RaisedProblem)),
        ("Nothing new", Some(GoRoundMark::NothingNew)),
        ("Not asked", None),
    ] {
        let names = with_mark(mark);
        if !names.is_empty() {
            let _ = writeln!(doc, "- **{label}:** {}", names.join(", "));
        }
    }
}

fn write_problems(doc: &mut String, input: &MinutesInput<'_>, name: &dyn Fn(PersonId) -> String) {
    let mut raised: Vec<Problem> = input
        .problems
        .iter()
        .filter(|p| p.raised_in == Some(input.meeting.id))
        .cloned()
        .collect();
    sort_problems(&mut raised);
    let _ = writeln!(doc, "\n## Problems raised\n");
    if raised.is_empty() {
        let _ = writeln!(doc, "No problems were raised.");
        return;
    }
    for problem in &raised {
        let mut facts = vec![format!("impact {} of 5", problem.impact)];
        if let Some(person) = problem.raised_by {
            facts.push(format!("raised by {}", name(person)));
        }
        if problem.status != ProblemStatus::Open {
            facts.push(problem.status.label().to_lowercase());
        }
        let _ = writeln!(
            doc,
            "- **{}** ({})",
            escape_or(&problem.title, "Untitled problem"),
            facts.join(", ")
        );
        if !collapse_whitespace(&problem.details).is_empty() {
            let _ = writeln!(doc, "  - Details: {}", escape_inline(&problem.details));
        }
        // Chosen first; the others stay on record for the next time the problem comes up.
        for idea in problem.chosen_ideas() {
            let _ = writeln!(doc, "  - Chosen idea: {}", escape_or(&idea.text, "(blank)"));
        }
        for idea in problem.ideas.iter().filter(|idea| !idea.chosen) {
            let _ = writeln!(doc, "  - Other idea: {}", escape_or(&idea.text, "(blank)"));
        }
    }
}

/// How many of the items still open from before the previous meeting the minutes list; the
/// rest are counted. Years of open work gave minutes thousands of lines long (2,629 such items
/// in the five-year workspace) that nobody reads and that no e-mail or link can carry.
pub const EARLIER_OPEN_IN_MINUTES: usize = 20;

/// The earlier items this meeting reviewed, with where they stand; an open item whose owner
/// was not in the room says so, since the owner owes a written update. The previous meeting's
/// items are all listed, the older open ones up to [`EARLIER_OPEN_IN_MINUTES`].
fn write_review(doc: &mut String, input: &MinutesInput<'_>, name: &dyn Fn(PersonId) -> String) {
    let meeting = input.meeting;
    let review = carry_over(input.previous, meeting.id, &[], input.actions);
    if review.open_actions().next().is_none() && review.closed_from_previous.is_empty() {
        return;
    }
    let _ = writeln!(doc, "\n## Review of earlier action items\n");
    let line = |doc: &mut String, action: &ActionItem| {
        let mut facts = vec![name(action.owner), action.status.label().to_lowercase()];
        if let Some(due) = action.due {
            facts.push(format!("due {}", iso_date(due)));
        }
        if action.is_overdue(input.today) {
            facts.push("overdue".to_string());
        }
        if owner_is_absent(action, &meeting.attendees) {
            facts.push(format!("owner {ABSENT_OWNER}"));
        }
        let _ = writeln!(
            doc,
            "- {} ({})",
            escape_or(&action.what, "(blank)"),
            facts.join("; ")
        );
    };
    let earlier = &review.open_from_earlier;
    let listed = earlier.len().min(EARLIER_OPEN_IN_MINUTES);
    for action in review.open_from_previous.iter().chain(&earlier[..listed]) {
        line(doc, action);
    }
    if earlier.len() > listed {
        let _ = writeln!(
            doc,
            "- …and {} more still open from earlier meetings, listed on the Problems page",
            earlier.len() - listed
        );
    }
    for action in &review.closed_from_previous {
        line(doc, action);
    }
}

fn write_actions(doc: &mut String, input: &MinutesInput<'_>, name: &dyn Fn(PersonId) -> String) {
    let meeting = input.meeting;
    let mut made_here: Vec<&ActionItem> = input
        .actions
        .iter()
        .filter(|a| a.made_in == meeting.id)
        .collect();
    made_here.sort_by_key_dyn(|a| action_order(a));
    let _ = writeln!(doc, "\n## Action items");
    if made_here.is_empty() {
        let _ = writeln!(doc, "\nNo action items were set.");
    }
    write_items_by_owner(doc, input, &made_here, name);
    let owned: Vec<ActionItem> = made_here.iter().map(|&a| a.clone()).collect();
    let without: Vec<String> = who_lacks_action(&meeting.attendees, &owned)
        .into_iter()
        .map(name)
        .collect();
    if !without.is_empty() {
        let _ = writeln!(
            doc,
            "\n**Left without an action item:** {}",
            without.join(", ")
        );
    }
}

fn write_items_by_owner(
    doc: &mut String,
    input: &MinutesInput<'_>,
    made_here: &[&ActionItem],
    name: &dyn Fn(PersonId) -> String,
) {
    let meeting = input.meeting;
    // Owners in attendee order, then anyone else (an item handed over later) by name.
    let mut owners: Vec<PersonId> = meeting
        .attendees
        .iter()
        .copied()
        .filter(|p| made_here.iter().any(|a| a.owner == *p))
        .collect();
    let mut others: Vec<PersonId> = made_here
        .iter()
        .map(|a| a.owner)
        .filter(|p| !meeting.attendees.contains(p))
        .collect();
    others.sort_by_key_dyn(|&p| (input.names.get(&p).cloned(), p));
    others.dedup();
    owners.extend(others);

    let problem_titles: BTreeMap<ProblemId, &str> = input
        .problems
        .iter()
        .map(|p| (p.id, p.title.as_str()))
        .collect();
    for owner in owners {
        let _ = writeln!(doc, "\n### {}\n", name(owner));
        for action in made_here.iter().filter(|a| a.owner == owner) {
            let mut facts = vec![match action.due {
                Some(due) => format!("due {}", iso_date(due)),
                None => "no due date".to_string(),
            }];
            if !action.collaborators.is_empty() {
                let with: Vec<String> = action.collaborators.iter().map(|&p| name(p)).collect();
                facts.push(format!("with {}", with.join(", ")));
            }
            if let Some(problem) = action.problem {
                let title = problem_titles
                    .get(&problem)
                    .copied()
                    .unwrap_or("a removed problem");
                facts.push(format!("for: {}", escape_or(title, "Untitled problem")));
            }
            if action.status != ActionStatus::Open {
                facts.push(action.status.label().to_lowercase());
            }
            if action.is_overdue(input.today) {
                facts.push("overdue".to_string());
            }
            let _ = writeln!(
                doc,
                "- {} ({})",
                escape_or(&action.what, "(blank)"),
                facts.join("; ")
            );
            if !action.progress_note.trim().is_empty() {
                let _ = writeln!(
                    doc,
                    "  - Progress: {}",
                    escape_inline(&action.progress_note)
                );
            }
        }
    }
}

/// `text` escaped, or `fallback` (also escaped) when it is blank: an empty string inside
/// `**…**` would make `****`, a thematic break.
fn escape_or(text: &str, fallback: &str) -> String {
    match escape_inline(text) {
        escaped if escaped.is_empty() => escape_inline(fallback),
        escaped => escaped,
    }
}

/// Whole minutes and seconds, rounded down, minutes at least two digits: `05:00`, `75:30`.
pub fn format_mm_ss(millis: u64) -> String {
    let secs = millis / 1000;
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// Why a change to stored minutes is refused. Messages are shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MinutesError {
    #[error("The minutes are empty. Write something, or generate them again.")]
    Empty,
    #[error(
        "The note-taker has edited these minutes. Generating them again would discard the edits."
    )]
    WouldDiscardEdits,
}

/// A meeting's minutes as stored, one record per meeting, so the note-taker can edit the
/// generated text later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Minutes {
    pub meeting_id: MeetingId,
    pub markdown: String,
    pub generated_at: Timestamp,
    /// When the note-taker last edited the text; `None` while it is as generated.
    #[serde(default)]
    pub edited_at: Option<Timestamp>,
}

impl Minutes {
    pub fn generated(meeting_id: MeetingId, markdown: String, now: Timestamp) -> Minutes {
        Minutes {
            meeting_id,
            markdown,
            generated_at: now,
            edited_at: None,
        }
    }

    pub fn is_edited(&self) -> bool {
        self.edited_at.is_some()
    }

    /// When the text last changed, for picking the newer copy in a merge.
    pub fn changed_at(&self) -> Timestamp {
        self.edited_at
            .map_or(self.generated_at, |edited| edited.max(self.generated_at))
    }

    /// The note-taker's edit. The text is kept as typed (it is Markdown the note-taker owns),
    /// but it must not be blank.
    pub fn edit(&mut self, markdown: &str, now: Timestamp) -> Result<(), MinutesError> {
        if markdown.trim().is_empty() {
            return Err(MinutesError::Empty);
        }
        self.markdown = markdown.to_string();
        self.edited_at = Some(now);
        Ok(())
    }

    /// Replaces the text with freshly generated `markdown`. Refused once the note-taker has
    /// edited it, unless `discard_edits` (the UI asked first).
    pub fn regenerate(
        &mut self,
        markdown: String,
        now: Timestamp,
        discard_edits: bool,
    ) -> Result<(), MinutesError> {
        if self.is_edited() && !discard_edits {
            return Err(MinutesError::WouldDiscardEdits);
        }
        self.markdown = markdown;
        self.generated_at = now;
        self.edited_at = None;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::{Agenda, ClockAction, Segment, SegmentKind};
    use crate::domain::ids::ActionItemId;
    use crate::domain::meeting::NewMeeting;
    use crate::domain::outcomes::action_item::NewActionItem;
    use crate::domain::outcomes::markdown::unescape_inline;
    use crate::domain::outcomes::problem::NewProblem;
    use chrono::NaiveDate;

    const START: Timestamp = Timestamp(1_764_000_000_000);
    const MEETING: MeetingId = MeetingId::from_u128(9);
    const ADA: PersonId = PersonId::from_u128(1);
    const BO: PersonId = PersonId::from_u128(2);
    const CY: PersonId = PersonId::from_u128(3);
    const GONE: PersonId = PersonId::from_u128(4);
    const STRANGER: PersonId = PersonId::from_u128(5);

    fn at(secs: i64) -> Timestamp {
        START.plus_millis(secs * 1000)
    }

    fn names() -> Names {
        Names::from([
            (ADA, "Ada Lovelace".to_string()),
            (BO, "Bo *the* Builder".to_string()),
            (CY, "Cy".to_string()),
            // Removed from the roster; the lookup keeps the last known name.
            (GONE, "Dee (left)".to_string()),
        ])
    }

    fn meeting() -> Meeting {
        let agenda = Agenda {
            segments: vec![
                Segment::new("Review last week", 300, SegmentKind::Review, ""),
                Segment::new("Progress | deliverables", 600, SegmentKind::Progress, ""),
                Segment::new("New problems", 600, SegmentKind::NewProblems, ""),
                Segment::new("Action items", 300, SegmentKind::Actions, ""),
            ],
            cap_secs: 1800,
        };
        let plan = NewMeeting {
            title: "Weekly smarketing #12".into(),
            template_id: None,
            agenda,
            scheduled_at: START,
            attendees: vec![ADA, BO, CY, GONE],
            note_taker: Some(BO),
        };
        let mut meeting = Meeting::new(MEETING, plan, START).unwrap();
        for (action, secs) in [
            (ClockAction::Start, 0),
            (ClockAction::Next, 252),       // 04:12
            (ClockAction::Next, 252 + 545), // 09:05
            (ClockAction::Next, 797 + 661), // 11:01
        ] {
            meeting.handle_clock(action, at(secs)).unwrap();
        }
        for (person, mark) in [
            (ADA, GoRoundMark::RaisedProblem),
            (BO, GoRoundMark::NothingNew),
            (CY, GoRoundMark::RaisedProblem),
        ] {
            meeting.mark_go_round(person, Some(mark), at(900)).unwrap();
        }
        meeting
    }

    fn problems() -> Vec<Problem> {
        let mut hostile = Problem::new(
            ProblemId::from_u128(20),
            NewProblem {
                title: "<img src=x onerror=alert(1)>".into(),
                details: "Seen in the *CRM*\nexport & the [link](x)".into(),
                raised_by: Some(CY),
                raised_in: Some(MEETING),
                impact: 5,
            },
            at(900),
        )
        .unwrap();
        let idea = hostile.add_idea("*bold* [link](x)", at(1000)).unwrap();
        hostile.add_idea("Not chosen", at(1000)).unwrap();
        hostile.toggle_chosen(idea, at(1000)).unwrap();

        let mut leads = Problem::new(
            ProblemId::from_u128(21),
            NewProblem {
                impact: 3,
                ..NewProblem::titled("Leads go cold after the webinar", Some(ADA), Some(MEETING))
            },
            at(950),
        )
        .unwrap();
        let call = leads.add_idea("Call within 24 hours", at(1000)).unwrap();
        leads.toggle_chosen(call, at(1000)).unwrap();
        leads.set_status(ProblemStatus::BeingSolved, at(1100));

        let elsewhere = Problem::new(
            ProblemId::from_u128(22),
            NewProblem::titled(
                "Pricing page is confusing",
                None,
                Some(MeetingId::from_u128(8)),
            ),
            at(0),
        )
        .unwrap();
        vec![elsewhere, hostile, leads]
    }

    fn actions() -> Vec<ActionItem> {
        let m = meeting();
        let due = NaiveDate::from_ymd_opt(2025, 12, 1);
        let new = |n: u128, new: NewActionItem, secs: i64| {
            ActionItem::new(ActionItemId::from_u128(n), &m, new, at(secs)).unwrap()
        };
        let mut items = vec![
            new(
                30,
                NewActionItem {
                    collaborators: vec![BO, STRANGER],
                    problem: Some(ProblemId::from_u128(21)),
                    ..NewActionItem::new("Call the 10 warmest leads", ADA, due)
                },
                1500,
            ),
            new(31, NewActionItem::new("1. Draft_the_FAQ", CY, None), 1510),
            new(
                32,
                NewActionItem {
                    problem: Some(ProblemId::from_u128(22)),
                    ..NewActionItem::new(
                        "Sketch a simpler pricing table",
                        ADA,
                        NaiveDate::from_ymd_opt(2025, 11, 28),
                    )
                },
                1520,
            ),
            new(
                33,
                NewActionItem::new("Hand over the partner list", GONE, due),
                1530,
            ),
        ];
        items[1]
            .set_progress_note("Outline <done>", at(1600))
            .unwrap();
        items[1].set_status(ActionStatus::Blocked, at(1600));
        // Dee left: their open item went to someone who was not in the meeting.
        let handed = reassign_to_stranger(&items[3]);
        items[3] = handed;
        // An item from another meeting is not listed with this meeting's items: it is reviewed.
        let mut other = items[0].clone();
        other.id = ActionItemId::from_u128(34);
        other.made_in = MeetingId::from_u128(8);
        items.push(other);
        items
    }

    fn reassign_to_stranger(item: &ActionItem) -> ActionItem {
        crate::domain::outcomes::action_item::reassign_open_actions(
            std::slice::from_ref(item),
            GONE,
            STRANGER,
            at(2000),
        )
        .remove(0)
    }

    const EXPECTED: &str = r"# Minutes: Weekly smarketing \#12

- **Date:** Monday 24 November 2025, 17:00
- **Attendees:** Ada Lovelace, Bo \*the\* Builder, Cy, Dee (left)
- **Note-taker:** Bo \*the\* Builder

## Agenda

| Segment | Planned | Actual |
| --- | ---: | ---: |
| Review last week | 05:00 | 04:12 |
| Progress \| deliverables | 10:00 | 09:05 |
| New problems | 10:00 | 11:01 |
| Action items | 05:00 | 02:30 |
| **Total** | 30:00 | 26:48 |

## Review of earlier action items

- Call the 10 warmest leads (Ada Lovelace; open; due 2025-12-01)

## Go-round

- **Raised a problem:** Ada Lovelace, Cy
- **Nothing new:** Bo \*the\* Builder
- **Not asked:** Dee (left)

## Problems raised

- **\<img src=x onerror=alert(1)>** (impact 5 of 5, raised by Cy)
  - Details: Seen in the \*CRM\* export & the \[link\](x)
  - Chosen idea: \*bold\* \[link\](x)
  - Other idea: Not chosen
- **Leads go cold after the webinar** (impact 3 of 5, raised by Ada Lovelace, being solved)
  - Chosen idea: Call within 24 hours

## Action items

### Ada Lovelace

- Sketch a simpler pricing table (due 2025-11-28; for: Pricing page is confusing; overdue)
- Call the 10 warmest leads (due 2025-12-01; with Bo \*the\* Builder, Removed person; for: Leads go cold after the webinar)

### Cy

- 1\. Draft\_the\_FAQ (no due date; blocked)
  - Progress: Outline \<done>

### Removed person

- Hand over the partner list (due 2025-12-01)

**Left without an action item:** Dee (left)

## Participation

Balance 82 of 100; 3.1 of 4 effective speakers
";

    fn input<'a>(
        meeting: &'a Meeting,
        names: &'a Names,
        problems: &'a [Problem],
        actions: &'a [ActionItem],
    ) -> MinutesInput<'a> {
        MinutesInput {
            meeting,
            date_text: "Monday 24 November 2025, 17:00",
            names,
            problems,
            actions,
            previous: None,
            participation: Some("Balance 82 of 100; 3.1 of 4 effective speakers"),
            now: at(1458 + 150),
            playbook: None,
            // The pricing table was due the day before.
            today: NaiveDate::from_ymd_opt(2025, 11, 29).unwrap(),
        }
    }

    #[test]
    fn minutes_of_a_fixed_meeting_match_the_expected_document() {
        let (meeting, names, problems, actions) = (meeting(), names(), problems(), actions());
        let markdown = minutes_markdown(&input(&meeting, &names, &problems, &actions));
        assert_eq!(markdown, EXPECTED, "\n{markdown}");
    }

    #[test]
    fn the_playbook_section_lists_agreements_the_scorecard_and_decisions() {
        use crate::domain::ids::{DecisionId, PlaybookEntryId, ReadingId};
        use crate::domain::playbook::minutes::MeetingPlaybook;
        use crate::domain::playbook::{
            Decision, Direction, EntryContent, GoalOwner, NewDecision, PlaybookEntry, Quantity,
            Reading, Target, Topic,
        };
        let (meeting, names, problems, actions) = (meeting(), names(), problems(), actions());
        let goal = PlaybookEntry::new(
            PlaybookEntryId::from_u128(1),
            Topic::Kpi,
            &EntryContent::Goal {
                name: "MQL to SQL *rate*".into(),
                owner: GoalOwner::Both,
                target: Target {
                    direction: Direction::AtLeast,
                    value: Quantity::whole(20).unwrap(),
                    unit: "%".into(),
                },
                deadline: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
            },
            at(0),
        )
        .unwrap();
        let day = NaiveDate::from_ymd_opt(2025, 11, 24).unwrap();
        let agreed = Decision::agreed(DecisionId::from_u128(1), &goal, 1, meeting.id, day, at(10));
        let other = Decision::new(
            DecisionId::from_u128(2),
            NewDecision {
                what: "One funnel".into(),
                why: "Leads got lost".into(),
                meeting: Some(meeting.id),
                owner: Some(meeting.attendees[0]),
                ..NewDecision::default()
            },
            day,
            at(20),
        )
        .unwrap();
        let reading = Reading {
            id: ReadingId::from_u128(1),
            entry: goal.id,
            meeting: meeting.id,
            period_end: day,
            actual: "18.5".parse().unwrap(),
            created_at: at(30),
            updated_at: at(30),
        };
        let playbook = MeetingPlaybook::of(meeting.id, &[goal], &[other, agreed], &[reading]);
        let markdown = minutes_markdown(&MinutesInput {
            playbook: Some(&playbook),
            ..input(&meeting, &names, &problems, &actions)
        });
        let section = &markdown[markdown.find("## Playbook").expect("a playbook section")..];
        assert!(
            section.starts_with(
                "## Playbook\n\n### Entries agreed or changed\n\n- Agreed: MQL to SQL \\*rate\\* (version 1)\n\n### Scorecard\n\n| Measure | Actual | Target | |\n| --- | ---: | --- | --- |\n| MQL to SQL \\*rate\\* | 18\\.5 % | at least 20 % | off track |\n\n### Decisions\n\n- One funnel (why: Leads got lost); owner "
            ),
            "{section}"
        );
        // Nothing done with the playbook: no section.
        let empty = MeetingPlaybook::default();
        let markdown = minutes_markdown(&MinutesInput {
            playbook: Some(&empty),
            ..input(&meeting, &names, &problems, &actions)
        });
        assert!(!markdown.contains("## Playbook"));
    }

    #[test]
    fn a_reviewed_item_whose_owner_is_not_in_the_room_asks_for_a_written_update() {
        let (meeting, names, problems) = (meeting(), names(), problems());
        let mut actions = actions();
        let carried = actions.last_mut().unwrap();
        carried.owner = STRANGER;
        let markdown = minutes_markdown(&input(&meeting, &names, &problems, &actions));
        assert!(
            markdown.contains(
                "- Call the 10 warmest leads (Removed person; open; due 2025-12-01; \
                 owner absent: ask for a written update)"
            ),
            "{markdown}"
        );
        // Done items owe no update.
        actions.last_mut().unwrap().status = ActionStatus::Done;
        let markdown = minutes_markdown(&input(&meeting, &names, &problems, &actions));
        assert!(!markdown.contains("written update"));
    }

    #[test]
    fn the_minutes_list_twenty_older_open_items_and_count_the_rest() {
        let (meeting, names, problems) = (meeting(), names(), problems());
        let mut actions = actions();
        let older = actions.last().unwrap().clone();
        for n in 0..25 {
            let mut item = older.clone();
            item.id = ActionItemId::from_u128(100 + n);
            item.what = format!("Older item {n:02}");
            actions.push(item);
        }
        let markdown = minutes_markdown(&input(&meeting, &names, &problems, &actions));
        let listed = markdown.matches("- Older item ").count();
        // The 20 include the fixture's own older item.
        assert_eq!(listed, EARLIER_OPEN_IN_MINUTES - 1, "{markdown}");
        assert!(
            markdown.contains(
                "- …and 6 more still open from earlier meetings, listed on the Problems page\n"
            ),
            "{markdown}"
        );
        assert!(
            markdown.contains(
                "## Review of earlier action items\n\n- Call the 10 warmest leads (Ada Lovelace; open; due 2025-12-01)\n"
            ),
            "the fixture's item comes first: {markdown}"
        );
    }

    #[test]
    fn hostile_titles_render_as_text() {
        let (meeting, names, problems, actions) = (meeting(), names(), problems(), actions());
        let markdown = minutes_markdown(&input(&meeting, &names, &problems, &actions));
        // No tag a renderer would see, and no entity a plain-text reader would.
        assert!(!markdown.contains(" <img") && !markdown.contains("**<"));
        assert!(!markdown.contains("&lt;") && !markdown.contains("&amp;"));
        assert!(!markdown.contains("*bold*") && !markdown.contains("[link]"));
        assert!(markdown.contains(r"\*bold\* \[link\](x)"));
        let title_line = markdown.lines().find(|l| l.contains("img src")).unwrap();
        let title = title_line
            .strip_prefix("- **")
            .and_then(|l| l.split_once("** ("))
            .unwrap()
            .0;
        assert_eq!(unescape_inline(title), "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn a_meeting_not_started_without_outcomes_says_so() {
        let weekly = crate::domain::agenda::builtin::builtin_template(
            crate::domain::agenda::builtin::WEEKLY_ID,
        )
        .unwrap();
        let plan = NewMeeting::from_template(&weekly, START, vec![ADA], None);
        let meeting = Meeting::new(MEETING, plan, START).unwrap();
        let names = Names::new();
        let markdown = minutes_markdown(&MinutesInput {
            meeting: &meeting,
            date_text: " ",
            names: &names,
            problems: &[],
            actions: &[],
            previous: None,
            participation: None,
            now: at(60),
            playbook: None,
            today: NaiveDate::from_ymd_opt(2025, 11, 24).unwrap(),
        });
        let expected = "# Minutes: Weekly smarketing, 30 min

- **Date:** not recorded
- **Attendees:** Removed person
- **Note-taker:** none named

## Agenda

| Segment | Planned | Actual |
| --- | ---: | ---: |
| Review the last meeting | 05:00 | — |
| Progress on current problem-solving deliverables | 10:00 | — |
| Discuss new problems | 10:00 | — |
| Set new action items | 05:00 | — |
| **Total** | 30:00 | — |

## Problems raised

No problems were raised.

## Action items

No action items were set.

**Left without an action item:** Removed person
";
        assert_eq!(markdown, expected, "\n{markdown}");
    }

    #[test]
    fn mm_ss_rounds_down_and_keeps_two_minute_digits() {
        assert_eq!(format_mm_ss(0), "00:00");
        assert_eq!(format_mm_ss(59_999), "00:59");
        assert_eq!(format_mm_ss(300_000), "05:00");
        assert_eq!(format_mm_ss(4_530_000), "75:30");
    }

    #[test]
    fn names_include_inactive_people() {
        use crate::domain::person::{Person, Team};
        let people = [Person {
            active: false,
            ..Person::member(GONE, "Dee", Team::Sales)
        }];
        assert_eq!(
            names_of(&people).get(&GONE).map(String::as_str),
            Some("Dee")
        );
    }

    #[test]
    fn edited_minutes_are_kept_until_the_user_agrees_to_regenerate() {
        let mut minutes = Minutes::generated(MEETING, "# Old".into(), at(0));
        assert!(!minutes.is_edited());
        assert_eq!(minutes.edit("  \n", at(10)), Err(MinutesError::Empty));
        minutes.edit("# Edited\n", at(10)).unwrap();
        assert_eq!(
            (minutes.edited_at, minutes.changed_at()),
            (Some(at(10)), at(10))
        );
        assert_eq!(
            minutes.regenerate("# New".into(), at(20), false),
            Err(MinutesError::WouldDiscardEdits)
        );
        assert_eq!(minutes.markdown, "# Edited\n");
        minutes.regenerate("# New".into(), at(20), true).unwrap();
        assert_eq!(minutes, Minutes::generated(MEETING, "# New".into(), at(20)));
    }

    #[test]
    fn minutes_round_trip_and_read_records_without_edits() {
        let mut minutes = Minutes::generated(MEETING, "# M".into(), at(0));
        minutes.edit("# M2", at(5)).unwrap();
        let json = serde_json::to_string(&minutes).unwrap();
        assert_eq!(serde_json::from_str::<Minutes>(&json).unwrap(), minutes);
        let old: Minutes = serde_json::from_str(
            r##"{"meeting_id":"00000000-0000-0000-0000-000000000009","markdown":"# M","generated_at":0}"##,
        )
        .unwrap();
        assert_eq!(old.edited_at, None);
    }
}
