//! Made-up workspaces for benches, fixtures and load tests: deterministic from a seed, and made
//! through the domain's own constructors so that every record is one the app could have made.
//!
//! [`WorkspaceShape::FIVE_YEARS`] is five years of weekly meetings: 260 meetings of 9
//! attendees from a 1,000-person roster, each with 200 tally events, 3 problems, 20 action
//! items and its minutes.
//!
//! Kept beside the tests and benches, not in the app: each user of it includes this file as a
//! module (the lib's own unit tests too, which is why its paths start at `smarketing::`).

use chrono::{NaiveDate, NaiveTime, Weekday};
use smarketing::domain::agenda::builtin::{WEEKLY_ID, builtin_template};
use smarketing::domain::agenda::{ClockAction, builtin_templates};
use smarketing::domain::exchange::WorkspaceSnapshot;
use smarketing::domain::ids::{
    ActionItemId, MeetingId, PersonId, ProblemId, TallyEventId, TemplateId,
};
use smarketing::domain::meeting::{GoRoundMark, Meeting, NewMeeting};
use smarketing::domain::outcomes::{
    ActionItem, ActionStatus, Minutes, MinutesInput, NewActionItem, NewProblem, Problem,
    ProblemStatus, minutes_markdown, names_of,
};
use smarketing::domain::person::{Person, TeamKind};
use smarketing::domain::scheduler::{
    AttendanceRequest, Cadence, Frequency, HandChanges, ScheduleSettings, Swap, Unavailability,
};
use smarketing::domain::tally::{TallyEvent, TallyEventKind};
use smarketing::domain::time::Timestamp;
use uuid::{Builder, Uuid};

/// How big a generated workspace is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkspaceShape {
    pub people: usize,
    pub user_templates: usize,
    /// Weekly, from Tuesday 5 January 2021.
    pub meetings: usize,
    pub attendees: usize,
    pub tally_events_per_meeting: usize,
    pub problems_per_meeting: usize,
    pub action_items_per_meeting: usize,
}

impl WorkspaceShape {
    /// Five years of weekly meetings; see the module docs.
    pub const FIVE_YEARS: WorkspaceShape = WorkspaceShape {
        people: 1_000,
        user_templates: 3,
        meetings: 260,
        attendees: 9,
        tally_events_per_meeting: 200,
        problems_per_meeting: 3,
        action_items_per_meeting: 20,
    };

    /// A few of everything, for fixtures and tests.
    pub const SMALL: WorkspaceShape = WorkspaceShape {
        people: 10,
        user_templates: 1,
        meetings: 2,
        attendees: 4,
        tally_events_per_meeting: 6,
        problems_per_meeting: 1,
        action_items_per_meeting: 2,
    };
}

/// [`WorkspaceShape::FIVE_YEARS`] from `seed`.
pub fn five_year_workspace(seed: u64) -> WorkspaceSnapshot {
    generate_workspace(&WorkspaceShape::FIVE_YEARS, seed)
}

/// 09:30 UTC on Tuesday 5 January 2021.
const FIRST_MEETING_MS: i64 = 1_609_839_000_000;
const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;
const MINUTE_MS: i64 = 60_000;

const GIVEN: [&str; 16] = [
    "Ada", "Bo", "Chiara", "Dev", "Elif", "Femi", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena",
    "Mateo", "Noor", "Olga", "Priya",
];
const FAMILY: [&str; 12] = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Silva",
    "Novak",
    "Haddad",
    "Kowalski",
    "O'Brien",
    "Nguyen",
    "Schmidt",
    "Ramírez",
];
const TOPICS: [&str; 8] = [
    "Leads from the webinar go cold",
    "Pricing page confuses buyers",
    "Sales decks use old messaging",
    "Trial sign-ups never hear from sales",
    "Case studies are hard to find",
    "Marketing-qualified leads are not qualified",
    "Churned customers were never surveyed",
    "Competitor comparison is out of date",
];
const ACTIONS: [&str; 6] = [
    "Draft a follow-up sequence for",
    "Interview three customers about",
    "Update the one-pager on",
    "Pair with sales on",
    "Collect numbers on",
    "Write a proposal for",
];

/// A workspace of `shape`, the same for the same seed.
pub fn generate_workspace(shape: &WorkspaceShape, seed: u64) -> WorkspaceSnapshot {
    let mut rng = Rng(seed ^ 0x5eed_5eed_5eed_5eed);
    let people = people(shape.people.max(shape.attendees), &mut rng);
    let templates = builtin_templates()
        .iter()
        .cycle()
        .take(shape.user_templates)
        .enumerate()
        .map(|(n, builtin)| {
            let mut copy = builtin.copy_as(
                TemplateId(rng.uuid()),
                Timestamp(FIRST_MEETING_MS - WEEK_MS),
            );
            if n >= builtin_templates().len() {
                copy.name = format!("{} ({})", copy.name, n + 1);
            }
            copy
        })
        .collect();
    let eligible: Vec<PersonId> = people
        .iter()
        .filter(|p| p.is_rotation_eligible())
        .map(|p| p.id)
        .collect();
    let weekly = builtin_template(WEEKLY_ID).expect("the weekly template ships with the app");
    let names = names_of(&people);
    let mut workspace = WorkspaceSnapshot {
        people,
        templates,
        ..WorkspaceSnapshot::default()
    };
    for n in 0..shape.meetings {
        let scheduled_at = Timestamp(FIRST_MEETING_MS + n as i64 * WEEK_MS);
        let attendees: Vec<PersonId> = (0..shape.attendees)
            .map(|k| eligible[(n * shape.attendees + k) % eligible.len()])
            .collect();
        let plan = NewMeeting::from_template(
            &weekly,
            scheduled_at,
            attendees.clone(),
            Some(attendees[n % attendees.len()]),
        );
        let mut meeting = Meeting::new(
            MeetingId(rng.uuid()),
            plan,
            scheduled_at.plus_millis(-WEEK_MS),
        )
        .expect("a weekly meeting with distinct attendees is valid");
        let end = hold(&mut meeting, &mut rng);
        workspace
            .tally_events
            .extend(tally(&meeting, shape.tally_events_per_meeting, &mut rng));
        let problems: Vec<Problem> = (0..shape.problems_per_meeting)
            .map(|k| problem(&meeting, k, &mut rng))
            .collect();
        let next_meeting = scheduled_at
            .plus_millis(WEEK_MS)
            .to_utc()
            .map(|at| at.date_naive());
        let actions: Vec<ActionItem> = (0..shape.action_items_per_meeting)
            .map(|k| action(&meeting, &problems, k, next_meeting, &mut rng))
            .collect();
        let date_text = scheduled_at
            .to_utc()
            .map(|at| at.format("%A %-d %B %Y").to_string())
            .unwrap_or_default();
        let markdown = minutes_markdown(&MinutesInput {
            meeting: &meeting,
            date_text: &date_text,
            names: &names,
            problems: &problems,
            actions: &actions,
            previous: None,
            participation: None,
            now: end,
            playbook: None,
            today: next_meeting.unwrap_or_default(),
        });
        workspace
            .minutes
            .push(Minutes::generated(meeting.id, markdown, end));
        workspace.meetings.push(meeting);
        workspace.problems.extend(problems);
        workspace.action_items.extend(actions);
    }
    workspace.schedule_settings = Some(settings(&eligible, seed));
    playbook(&mut workspace, &mut rng);
    workspace
}

/// A small playbook made the way the app makes one: the ideal customer agreed in the first
/// meeting and changed since, an SLA commitment and a KPI scored in every meeting, the
/// alignment check's statements scored by the first meeting's attendees, and the decisions
/// the agreements logged. Made last, so the rest of a workspace is the same as before.
fn playbook(workspace: &mut WorkspaceSnapshot, rng: &mut Rng) {
    use smarketing::domain::ids::{
        AlignmentScoreId, DecisionId, PlaybookEntryId, ReadingId, StatementId,
    };
    use smarketing::domain::playbook::{
        Agreement, AlignmentScore, Decision, Direction, EntryContent, GoalOwner, PlaybookEntry,
        Quantity, Reading, Side, Statement, Target, Topic,
    };
    let Some(first) = workspace.meetings.first().cloned() else {
        return;
    };
    let created = Timestamp(FIRST_MEETING_MS - WEEK_MS);
    let first_day = first
        .scheduled_at
        .to_utc()
        .map_or(NaiveDate::MIN, |at| at.date_naive());
    let agreed_at = first.scheduled_at.plus_millis(20 * MINUTE_MS);
    let agreement = Agreement {
        meeting: first.id,
        on: first_day,
        attendees: first.attendees.clone(),
        recorded_at: agreed_at,
    };
    let contents = [
        (
            Topic::IdealCustomer,
            EntryContent::Text {
                body: "Software firms of 50 to 500 people in Europe.".into(),
            },
        ),
        (
            Topic::Sla,
            EntryContent::Commitment {
                side: Side::Sales,
                promise: "Follow up every MQL".into(),
                measure: "Hours to the first call".into(),
                target: Target {
                    direction: Direction::AtMost,
                    value: Quantity::whole(24).unwrap_or_default(),
                    unit: "business hours".into(),
                },
                period: "per lead".into(),
            },
        ),
        (
            Topic::Kpi,
            EntryContent::Goal {
                name: "MQL to SQL rate".into(),
                owner: GoalOwner::Both,
                target: Target {
                    direction: Direction::AtLeast,
                    value: Quantity::whole(20).unwrap_or_default(),
                    unit: "%".into(),
                },
                deadline: first_day + chrono::Days::new(365),
            },
        ),
    ];
    for (topic, content) in contents {
        let Ok(mut entry) =
            PlaybookEntry::new(PlaybookEntryId(rng.uuid()), topic, &content, created)
        else {
            continue;
        };
        if let Ok(version) = entry.agree(agreement.clone(), agreed_at) {
            workspace.decisions.push(Decision::agreed(
                DecisionId(rng.uuid()),
                &entry,
                version,
                first.id,
                first_day,
                agreed_at,
            ));
        }
        if topic == Topic::IdealCustomer {
            let changed = EntryContent::Text {
                body: "Software firms of 50 to 1,000 people in Europe.".into(),
            };
            let _ = entry.edit(&changed, agreed_at.plus_millis(WEEK_MS));
        }
        if topic.is_measured() {
            for (n, meeting) in workspace.meetings.iter().enumerate() {
                let day = meeting
                    .scheduled_at
                    .to_utc()
                    .map_or(NaiveDate::MIN, |at| at.date_naive());
                let at = meeting.scheduled_at.plus_millis(10 * MINUTE_MS);
                workspace.readings.push(Reading {
                    id: ReadingId(rng.uuid()),
                    entry: entry.id,
                    meeting: meeting.id,
                    period_end: day,
                    actual: Quantity::whole(15 + (n as i64 * 3) % 12).unwrap_or_default(),
                    created_at: at,
                    updated_at: at,
                });
            }
        }
        workspace.playbook_entries.push(entry);
    }
    let statements = Statement::defaults(|_| StatementId(rng.uuid()), created);
    let teams: std::collections::HashMap<PersonId, smarketing::domain::person::TeamKind> =
        workspace
            .people
            .iter()
            .map(|p| (p.id, p.team.kind()))
            .collect();
    for statement in statements.iter().take(2) {
        for (k, person) in first.attendees.iter().enumerate() {
            workspace.alignment_scores.push(AlignmentScore {
                id: AlignmentScoreId(rng.uuid()),
                meeting: first.id,
                on: first_day,
                statement: statement.id,
                person: *person,
                team: teams
                    .get(person)
                    .copied()
                    .unwrap_or(smarketing::domain::person::TeamKind::Other),
                score: 2 + (k as u8 % 4),
                updated_at: agreed_at,
            });
        }
    }
    workspace.alignment_statements = statements;
}

fn people(count: usize, rng: &mut Rng) -> Vec<Person> {
    (0..count)
        .map(|n| {
            let given = GIVEN[n % GIVEN.len()];
            let family = FAMILY[(n / GIVEN.len()) % FAMILY.len()];
            let created_at = Timestamp(FIRST_MEETING_MS - WEEK_MS - n as i64 * MINUTE_MS);
            let id = PersonId(rng.uuid());
            let team = match n % 5 {
                0 | 1 => TeamKind::Sales,
                2 | 3 => TeamKind::Marketing,
                _ => TeamKind::Other,
            };
            Person {
                executive: n % 50 == 7,
                core: n < 2,
                active: n % 10 != 9,
                email: (n % 3 == 0).then(|| {
                    let local: String = format!("{given}.{family}")
                        .chars()
                        .filter(char::is_ascii_alphanumeric)
                        .collect();
                    format!("{}{n}@example.com", local.to_lowercase())
                }),
                created_at,
                updated_at: created_at.plus_millis(rng.below(1_000) as i64 * MINUTE_MS),
                ..Person::member(id, &format!("{given} {family}"), team.with_label("Support"))
            }
        })
        .collect()
}

/// Runs the meeting's clock from start to finish and fills in deliverables and the go-round.
/// Returns when it ended.
fn hold(meeting: &mut Meeting, rng: &mut Rng) -> Timestamp {
    let mut now = meeting
        .scheduled_at
        .plus_millis(rng.below(5) as i64 * MINUTE_MS);
    let handle = |meeting: &mut Meeting, action, now| {
        meeting
            .handle_clock(action, now)
            .expect("the clock accepts this sequence");
    };
    handle(meeting, ClockAction::Start, now);
    meeting
        .add_deliverable("Case study draft", now)
        .expect("deliverable text is not blank");
    meeting
        .add_deliverable("Webinar follow-up emails", now)
        .expect("deliverable text is not blank");
    for index in 0..meeting.agenda.segments.len() {
        let planned_ms = i64::from(meeting.agenda.segments[index].planned_secs) * 1000;
        // 80% to 100% of the plan: the weekly agenda fills its cap, so never more.
        now = now.plus_millis(planned_ms * (80 + rng.below(21) as i64) / 100);
        if index + 1 < meeting.agenda.segments.len() {
            handle(meeting, ClockAction::Next, now);
        }
    }
    for person in meeting.attendees.clone() {
        let mark = if rng.below(4) == 0 {
            GoRoundMark::RaisedProblem
        } else {
            GoRoundMark::NothingNew
        };
        meeting
            .mark_go_round(person, Some(mark), now)
            .expect("attendees can be marked");
    }
    handle(meeting, ClockAction::Finish, now);
    now
}

/// Taps skewed towards the first attendees, as real rooms are, with undos and timed turns.
fn tally(meeting: &Meeting, count: usize, rng: &mut Rng) -> Vec<TallyEvent> {
    let start = meeting.clock.started_at().unwrap_or(meeting.scheduled_at);
    let length_ms = meeting
        .clock
        .ended_at()
        .map_or(30 * MINUTE_MS, |end| end.millis_since(start))
        .max(1);
    let segments = meeting.agenda.segments.len();
    let attendees = &meeting.attendees;
    let mut last_contribution = None;
    let mut speaking = false;
    (0..count)
        .map(|n| {
            let roll = rng.below(100);
            let pick = rng.below(attendees.len());
            let person = attendees[pick.min(rng.below(attendees.len()))];
            let id = TallyEventId(rng.uuid());
            let kind = match (roll, last_contribution) {
                (85..93, Some(cancels)) => {
                    last_contribution = None;
                    TallyEventKind::Undo { cancels }
                }
                (93.., _) if speaking => {
                    speaking = false;
                    TallyEventKind::SpeakerStopped
                }
                (93.., _) => {
                    speaking = true;
                    TallyEventKind::SpeakerStarted { person }
                }
                _ => {
                    last_contribution = Some(id);
                    TallyEventKind::Contribution { person }
                }
            };
            TallyEvent::new(
                id,
                meeting.id,
                start.plus_millis(length_ms * n as i64 / count as i64),
                n * segments / count,
                kind,
            )
        })
        .collect()
}

fn problem(meeting: &Meeting, k: usize, rng: &mut Rng) -> Problem {
    let at = meeting.scheduled_at.plus_millis(10 * MINUTE_MS);
    let attendees = &meeting.attendees;
    let new = NewProblem {
        title: TOPICS[rng.below(TOPICS.len())].to_string(),
        details: if k.is_multiple_of(2) {
            "Raised in the go-round; numbers to follow.".into()
        } else {
            String::new()
        },
        raised_by: Some(attendees[rng.below(attendees.len())]),
        raised_in: Some(meeting.id),
        impact: 1 + rng.below(5) as u8,
    };
    let mut problem =
        Problem::new(ProblemId(rng.uuid()), new, at).expect("generated problems are valid");
    for idea in ["Ask the customers", "Run a two-week experiment"] {
        problem
            .add_idea(idea, at.plus_millis(MINUTE_MS))
            .expect("ideas are not blank");
    }
    let first = problem.ideas[0].id;
    problem
        .toggle_chosen(first, at.plus_millis(2 * MINUTE_MS))
        .expect("the idea exists");
    problem.set_status(
        ProblemStatus::ALL[rng.below(ProblemStatus::ALL.len())],
        at.plus_millis(3 * MINUTE_MS),
    );
    problem
}

fn action(
    meeting: &Meeting,
    problems: &[Problem],
    k: usize,
    due: Option<NaiveDate>,
    rng: &mut Rng,
) -> ActionItem {
    let attendees = &meeting.attendees;
    let owner = attendees[k % attendees.len()];
    let collaborator = attendees[(k + 1 + rng.below(attendees.len() - 1)) % attendees.len()];
    let topic = match problems.get(k % problems.len().max(1)) {
        Some(problem) => problem.title.to_lowercase(),
        None => "the pipeline".to_string(),
    };
    let new = NewActionItem {
        what: format!("{} {topic}", ACTIONS[rng.below(ACTIONS.len())]),
        owner,
        collaborators: if collaborator != owner && k.is_multiple_of(3) {
            vec![collaborator]
        } else {
            Vec::new()
        },
        due,
        problem: problems.get(k % problems.len().max(1)).map(|p| p.id),
    };
    let at = meeting.scheduled_at.plus_millis(25 * MINUTE_MS);
    let mut item = ActionItem::new(ActionItemId(rng.uuid()), meeting, new, at)
        .expect("generated action items are valid");
    item.set_status(
        ActionStatus::ALL[rng.below(ActionStatus::ALL.len())],
        at.plus_millis(WEEK_MS),
    );
    item
}

fn settings(eligible: &[PersonId], seed: u64) -> ScheduleSettings {
    let date = |days: u64| {
        NaiveDate::from_ymd_opt(2025, 12, 2)
            .and_then(|d| d.checked_add_days(chrono::Days::new(days)))
            .expect("a date in 2025 or 2026")
    };
    let person = |n: usize| eligible[n % eligible.len()];
    let mut settings = ScheduleSettings::new(
        Cadence {
            frequency: Frequency::Weekly,
            weekday: Weekday::Tue,
            time_of_day: NaiveTime::from_hms_opt(9, 30, 0).expect("a valid time"),
            start: NaiveDate::from_ymd_opt(2021, 1, 5).expect("a valid date"),
        },
        seed,
    );
    settings.hand_changes = HandChanges {
        unavailable: vec![Unavailability {
            person: person(3),
            date: date(7),
        }],
        requests: vec![AttendanceRequest::raised_problem(person(5), date(0))],
        skipped_dates: vec![date(21)],
        swaps: vec![Swap {
            date: date(14),
            swapped_out: person(1),
            swapped_in: person(2),
        }],
        replaced: vec![person(4)],
    };
    settings
}

/// SplitMix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform enough in `0..n`, for `n` > 0.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A version 4 UUID, as `crypto.randomUUID()` makes.
    fn uuid(&mut self) -> Uuid {
        let bytes = (u128::from(self.next()) << 64 | u128::from(self.next())).to_le_bytes();
        Builder::from_random_bytes(bytes).into_uuid()
    }
}

/// The first meeting of a small generated workspace, for tests.
#[cfg(test)]
pub fn sample_meeting() -> Meeting {
    generate_workspace(&WorkspaceShape::SMALL, 1)
        .meetings
        .remove(0)
}
