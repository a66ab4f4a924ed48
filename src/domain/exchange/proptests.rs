//! Properties of the exchange file: any workspace survives export and import unchanged, and
//! no input (random bytes, or a valid file with random damage) makes the reader panic or lets
//! an import leave references dangling.

use super::generate::{WorkspaceShape, generate_workspace};
use super::*;
use crate::domain::agenda::{Agenda, ClockAction, Segment, SegmentKind, Template};
use crate::domain::ids::{ActionItemId, MeetingId, PersonId, ProblemId, TallyEventId, TemplateId};
use crate::domain::meeting::{GoRoundMark, Meeting, NewMeeting};
use crate::domain::outcomes::{
    ActionItem, ActionStatus, Minutes, NewActionItem, NewProblem, Problem, ProblemStatus,
};
use crate::domain::person::{Person, Team};
use crate::domain::scheduler::{
    AttendanceRequest, Cadence, Frequency, HandChanges, RotationStyle, ScheduleSettings, Swap,
    Unavailability,
};
use crate::domain::tally::{TallyEvent, TallyEventKind};
use crate::domain::time::Timestamp;
use chrono::{NaiveDate, NaiveTime, Weekday};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use uuid::Uuid;

const T0: i64 = 1_764_000_000_000;

/// Text with the characters JSON has to escape, and some it does not.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ,.'é漢😀\"\\\\/<>&\t\n\u{2028}-]{0,12}"
}

/// Text that is not blank.
fn words() -> impl Strategy<Value = String> {
    "[A-Za-zé漢][a-zA-Z0-9 ,.'é\"\\\\-]{0,15}"
}

fn instant() -> impl Strategy<Value = Timestamp> {
    (0i64..10_000_000_000).prop_map(|ms| Timestamp(T0 + ms))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..2_000).prop_map(|days| {
        NaiveDate::from_ymd_opt(2025, 1, 1)
            .unwrap()
            .checked_add_days(chrono::Days::new(days))
            .unwrap()
    })
}

/// Ids unique per kind and workspace: `salt` keeps workspaces apart, `kind` kinds apart.
fn id(salt: u64, kind: u128, n: usize) -> Uuid {
    Uuid::from_u128(u128::from(salt) << 64 | kind << 32 | n as u128)
}

fn team() -> impl Strategy<Value = Team> {
    prop_oneof![
        Just(Team::Sales),
        Just(Team::Marketing),
        text().prop_map(|label| Team::Other { label }),
    ]
}

type PersonParts = (
    String,
    Team,
    [bool; 4],
    Option<String>,
    Option<String>,
    Timestamp,
);

fn person_parts() -> impl Strategy<Value = PersonParts> {
    (
        words(),
        team(),
        any::<[bool; 4]>(),
        proptest::option::of("[a-z]{1,6}@[a-z]{1,6}\\.(com|org)"),
        proptest::option::of(text()),
        instant(),
    )
}

fn segments() -> impl Strategy<Value = (Vec<Segment>, u32)> {
    (
        prop::collection::vec((words(), 1u32..=900, text(), 0usize..5), 1..4),
        0u32..600,
    )
        .prop_map(|(parts, spare)| {
            let segments: Vec<Segment> = parts
                .into_iter()
                .map(|(title, secs, hint, kind)| Segment {
                    title,
                    planned_secs: secs,
                    hint,
                    kind: SegmentKind::ALL[kind],
                })
                .collect();
            let cap = segments.iter().map(|s| s.planned_secs).sum::<u32>() + spare;
            (segments, cap)
        })
}

#[derive(Clone, Debug)]
struct MeetingParts {
    title: String,
    agenda: (Vec<Segment>, u32),
    attendees: Vec<Index>,
    note_taker: Option<Index>,
    scheduled_at: Timestamp,
    clock: Vec<(u8, i64)>,
    deliverables: Vec<String>,
    marks: Vec<(Index, bool)>,
}

fn meeting_parts() -> impl Strategy<Value = MeetingParts> {
    (
        words(),
        segments(),
        prop::collection::vec(any::<Index>(), 1..5),
        proptest::option::of(any::<Index>()),
        instant(),
        prop::collection::vec((0u8..7, 0i64..600_000), 0..6),
        prop::collection::vec(words(), 0..3),
        prop::collection::vec((any::<Index>(), any::<bool>()), 0..3),
    )
        .prop_map(
            |(title, agenda, attendees, note_taker, scheduled_at, clock, deliverables, marks)| {
                MeetingParts {
                    title,
                    agenda,
                    attendees,
                    note_taker,
                    scheduled_at,
                    clock,
                    deliverables,
                    marks,
                }
            },
        )
}

fn clock_action(code: u8, secs: i64) -> ClockAction {
    match code {
        0 => ClockAction::Start,
        1 => ClockAction::Pause,
        2 => ClockAction::Resume,
        3 => ClockAction::Next,
        4 => ClockAction::Previous,
        5 => ClockAction::Extend {
            secs: (secs % 300) as u32,
        },
        _ => ClockAction::Finish,
    }
}

fn build_meeting(id: MeetingId, parts: MeetingParts, people: &[PersonId]) -> Meeting {
    let mut attendees: Vec<PersonId> = parts.attendees.iter().map(|i| *i.get(people)).collect();
    attendees.dedup();
    let mut seen = std::collections::HashSet::new();
    attendees.retain(|p| seen.insert(*p));
    let note_taker = parts.note_taker.map(|i| *i.get(&attendees));
    let (segments, cap_secs) = parts.agenda;
    let plan = NewMeeting {
        title: parts.title,
        template_id: None,
        agenda: Agenda { segments, cap_secs },
        scheduled_at: parts.scheduled_at,
        attendees: attendees.clone(),
        note_taker,
    };
    let mut meeting = Meeting::new(id, plan, parts.scheduled_at).unwrap();
    let mut now = parts.scheduled_at;
    for (code, wait) in parts.clock {
        now = now.plus_millis(wait);
        let _ = meeting.handle_clock(clock_action(code, wait), now);
    }
    for text in parts.deliverables {
        meeting.add_deliverable(&text, now).unwrap();
    }
    for (person, raised) in parts.marks {
        let mark = if raised {
            GoRoundMark::RaisedProblem
        } else {
            GoRoundMark::NothingNew
        };
        meeting
            .mark_go_round(*person.get(&attendees), Some(mark), now)
            .unwrap();
    }
    meeting
}

type TallyParts = (Index, Timestamp, usize, u8, Index, u64);
type ProblemParts = (
    String,
    String,
    Option<Index>,
    Option<Index>,
    u8,
    Vec<String>,
    usize,
    Timestamp,
);
type ActionParts = (
    Index,
    String,
    Index,
    Vec<Index>,
    Option<NaiveDate>,
    Option<Index>,
    usize,
    String,
    Timestamp,
);
type MinutesParts = (Index, String, Option<String>, Timestamp);
type SettingsParts = (
    u8,
    u8,
    u16,
    u64,
    bool,
    bool,
    Vec<(Index, NaiveDate)>,
    Vec<(Index, Index, NaiveDate)>,
    Vec<Index>,
);

fn settings_parts() -> impl Strategy<Value = SettingsParts> {
    (
        0u8..3,
        2u8..=9,
        1u16..=260,
        any::<u64>(),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec((any::<Index>(), date()), 0..3),
        prop::collection::vec((any::<Index>(), any::<Index>(), date()), 0..2),
        prop::collection::vec(any::<Index>(), 0..2),
    )
}

fn build_settings(parts: SettingsParts, people: &[PersonId]) -> ScheduleSettings {
    let (frequency, seats, horizon, seed, by_group, mix, unavailable, swaps, replaced) = parts;
    let mut settings = ScheduleSettings::new(
        Cadence {
            frequency: [
                Frequency::Weekly,
                Frequency::Fortnightly,
                Frequency::Monthly,
            ][usize::from(frequency)],
            weekday: Weekday::Thu,
            time_of_day: NaiveTime::from_hms_opt(14, 5, 0).unwrap(),
            start: NaiveDate::from_ymd_opt(2025, 6, 3).unwrap(),
        },
        seed,
    );
    settings.seat_cap = crate::domain::scheduler::SeatCap::new(u32::from(seats)).unwrap();
    settings.horizon = crate::domain::scheduler::Horizon::new(u32::from(horizon)).unwrap();
    settings.by_group = by_group;
    settings.rotation = if mix {
        RotationStyle::MixEachRound
    } else {
        RotationStyle::StrictTurns
    };
    settings.hand_changes = HandChanges {
        unavailable: unavailable
            .iter()
            .map(|(p, date)| Unavailability {
                person: *p.get(people),
                date: *date,
            })
            .collect(),
        requests: unavailable
            .iter()
            .map(|(p, date)| AttendanceRequest::raised_problem(*p.get(people), *date))
            .collect(),
        skipped_dates: unavailable.iter().map(|(_, date)| *date).collect(),
        swaps: swaps
            .iter()
            .map(|(a, b, date)| Swap {
                date: *date,
                swapped_out: *a.get(people),
                swapped_in: *b.get(people),
            })
            .collect(),
        replaced: replaced.iter().map(|p| *p.get(people)).collect(),
    };
    settings
}

/// A small workspace whose references all resolve, as the app keeps it.
fn workspaces() -> impl Strategy<Value = WorkspaceSnapshot> {
    (
        any::<u64>(),
        prop::collection::vec(person_parts(), 1..5),
        prop::collection::vec((words(), segments(), instant()), 0..3),
        prop::collection::vec(meeting_parts(), 0..3),
        prop::collection::vec(
            (
                any::<Index>(),
                instant(),
                0usize..4,
                0u8..4,
                any::<Index>(),
                any::<u64>(),
            ),
            0..6,
        ),
        prop::collection::vec(
            (
                words(),
                text(),
                proptest::option::of(any::<Index>()),
                proptest::option::of(any::<Index>()),
                1u8..=5,
                prop::collection::vec(words(), 0..3),
                0usize..4,
                instant(),
            ),
            0..3,
        ),
        prop::collection::vec(
            (
                any::<Index>(),
                words(),
                any::<Index>(),
                prop::collection::vec(any::<Index>(), 0..3),
                proptest::option::of(date()),
                proptest::option::of(any::<Index>()),
                0usize..4,
                text(),
                instant(),
            ),
            0..4,
        ),
        prop::collection::vec(
            (
                any::<Index>(),
                words(),
                proptest::option::of(words()),
                instant(),
            ),
            0..3,
        ),
        proptest::option::of(settings_parts()),
    )
        .prop_map(
            |(salt, people, templates, meetings, tally, problems, actions, minutes, settings)| {
                build_workspace(
                    salt, people, templates, meetings, tally, problems, actions, minutes, settings,
                )
            },
        )
}

#[allow(clippy::too_many_arguments)]
fn build_workspace(
    salt: u64,
    people: Vec<PersonParts>,
    templates: Vec<(String, (Vec<Segment>, u32), Timestamp)>,
    meetings: Vec<MeetingParts>,
    tally: Vec<TallyParts>,
    problems: Vec<ProblemParts>,
    actions: Vec<ActionParts>,
    minutes: Vec<MinutesParts>,
    settings: Option<SettingsParts>,
) -> WorkspaceSnapshot {
    let people: Vec<Person> = people
        .into_iter()
        .enumerate()
        .map(|(n, (name, team, flags, email, group, at))| Person {
            id: PersonId(id(salt, 1, n)),
            name,
            team,
            executive: flags[0],
            core: flags[1],
            active: flags[2],
            executive_opt_in: flags[3],
            email,
            group,
            created_at: at,
            updated_at: at.plus_millis(n as i64),
        })
        .collect();
    let person_ids: Vec<PersonId> = people.iter().map(|p| p.id).collect();
    let templates: Vec<Template> = templates
        .into_iter()
        .enumerate()
        .map(|(n, (name, (segments, cap), at))| {
            Template::new(TemplateId(id(salt, 2, n)), &name, segments, cap, at).unwrap()
        })
        .collect();
    let meetings: Vec<Meeting> = meetings
        .into_iter()
        .enumerate()
        .map(|(n, parts)| build_meeting(MeetingId(id(salt, 3, n)), parts, &person_ids))
        .collect();
    let meeting_ids: Vec<MeetingId> = meetings.iter().map(|m| m.id).collect();
    let tally_events = if meeting_ids.is_empty() {
        Vec::new()
    } else {
        tally
            .into_iter()
            .enumerate()
            .map(|(n, (meeting, at, segment, kind, person, cancels))| {
                let person = *person.get(&person_ids);
                let kind = match kind {
                    0 => TallyEventKind::Contribution { person },
                    1 => TallyEventKind::Undo {
                        cancels: TallyEventId(Uuid::from_u64_pair(cancels, cancels)),
                    },
                    2 => TallyEventKind::SpeakerStarted { person },
                    _ => TallyEventKind::SpeakerStopped,
                };
                TallyEvent::new(
                    TallyEventId(id(salt, 4, n)),
                    *meeting.get(&meeting_ids),
                    at,
                    segment,
                    kind,
                )
            })
            .collect()
    };
    let problems: Vec<Problem> = problems
        .into_iter()
        .enumerate()
        .map(
            |(n, (title, details, by, raised_in, impact, ideas, status, at))| {
                let new = NewProblem {
                    title,
                    details,
                    raised_by: by.map(|i| *i.get(&person_ids)),
                    raised_in: raised_in
                        .filter(|_| !meeting_ids.is_empty())
                        .map(|i| *i.get(&meeting_ids)),
                    impact,
                };
                let mut problem = Problem::new(ProblemId(id(salt, 5, n)), new, at).unwrap();
                for idea in ideas {
                    problem.add_idea(&idea, at).unwrap();
                }
                problem.set_status(ProblemStatus::ALL[status], at.plus_millis(1));
                problem
            },
        )
        .collect();
    let problem_ids: Vec<ProblemId> = problems.iter().map(|p| p.id).collect();
    let action_items = if meetings.is_empty() {
        Vec::new()
    } else {
        actions
            .into_iter()
            .enumerate()
            .map(
                |(n, (meeting, what, owner, with, due, problem, status, note, at))| {
                    let meeting = meeting.get(&meetings);
                    let owner = *owner.get(&meeting.attendees);
                    let mut collaborators: Vec<PersonId> = with
                        .iter()
                        .map(|i| *i.get(&person_ids))
                        .filter(|p| *p != owner)
                        .collect();
                    let mut seen = std::collections::HashSet::new();
                    collaborators.retain(|p| seen.insert(*p));
                    let new = NewActionItem {
                        what,
                        owner,
                        collaborators,
                        due,
                        problem: problem
                            .filter(|_| !problem_ids.is_empty())
                            .map(|i| *i.get(&problem_ids)),
                    };
                    let mut item =
                        ActionItem::new(ActionItemId(id(salt, 6, n)), meeting, new, at).unwrap();
                    item.set_status(ActionStatus::ALL[status], at);
                    let note: String = note.chars().take(200).collect();
                    item.set_progress_note(&note, at).unwrap();
                    item
                },
            )
            .collect()
    };
    let mut minutes_list: Vec<Minutes> = Vec::new();
    if !meeting_ids.is_empty() {
        for (meeting, markdown, edit, at) in minutes {
            let meeting = *meeting.get(&meeting_ids);
            if minutes_list.iter().any(|m| m.meeting_id == meeting) {
                continue;
            }
            let mut record = Minutes::generated(meeting, markdown, at);
            if let Some(edit) = edit {
                record.edit(&edit, at.plus_millis(5)).unwrap();
            }
            minutes_list.push(record);
        }
    }
    WorkspaceSnapshot {
        schedule_settings: settings.map(|parts| build_settings(parts, &person_ids)),
        people,
        templates,
        meetings,
        tally_events,
        problems,
        action_items,
        minutes: minutes_list,
        ..WorkspaceSnapshot::default()
    }
}

fn reimport(json: &str) -> WorkspaceSnapshot {
    let file = read_import(json, &ExistingIds::default()).unwrap_or_else(|e| panic!("{e}\n{json}"));
    let empty = WorkspaceSnapshot::default();
    apply_plan(&empty, &plan_import(&empty, &file, ImportMode::Merge))
}

/// A valid file to damage: a small generated workspace, or one of its meetings.
fn base_files() -> &'static (WorkspaceSnapshot, String, String) {
    static FILES: std::sync::OnceLock<(WorkspaceSnapshot, String, String)> =
        std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        let shape = WorkspaceShape {
            people: 6,
            user_templates: 1,
            meetings: 2,
            attendees: 3,
            tally_events_per_meeting: 4,
            problems_per_meeting: 1,
            action_items_per_meeting: 1,
        };
        let workspace = generate_workspace(&shape, 11);
        let at = Timestamp(T0);
        let whole = export_workspace(&workspace, "0.1.0", at).to_json();
        let one = export_meeting(&workspace, workspace.meetings[0].id, "0.1.0", at)
            .unwrap()
            .to_json();
        (workspace, whole, one)
    })
}

/// Damage to a parsed file.
#[derive(Clone, Debug)]
enum Damage {
    /// Replace the `n`th node (in document order) with this value.
    Replace(Index, Value),
    /// Remove the `n`th object key.
    RemoveKey(Index),
    /// Duplicate an array item (a duplicate id, usually).
    DuplicateItem(Index),
    /// Swap two nodes of the same array.
    Swap(Index, Index),
}

fn json_values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0u64..20).prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        text().prop_map(Value::String),
        Just(Value::String("00000000-0000-0000-0000-000000000001".into())),
        Just(Value::String("2026-02-30".into())),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn damages() -> impl Strategy<Value = Vec<Damage>> {
    let damage = prop_oneof![
        4 => (any::<Index>(), json_values()).prop_map(|(i, v)| Damage::Replace(i, v)),
        2 => any::<Index>().prop_map(Damage::RemoveKey),
        1 => any::<Index>().prop_map(Damage::DuplicateItem),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Damage::Swap(a, b)),
    ];
    prop::collection::vec(damage, 1..4)
}

/// The path (keys and indexes) of the `n`th node in document order, counting the root as 0
/// and wrapping around.
fn nth_path(file: &Value, n: &Index) -> Vec<Value> {
    fn count(value: &Value) -> usize {
        1 + match value {
            Value::Array(items) => items.iter().map(count).sum(),
            Value::Object(map) => map.values().map(count).sum(),
            _ => 0,
        }
    }
    fn walk(value: &Value, left: &mut usize, path: &mut Vec<Value>) -> bool {
        if *left == 0 {
            return true;
        }
        *left -= 1;
        let children: Vec<(Value, &Value)> = match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (Value::from(i), v))
                .collect(),
            Value::Object(map) => map
                .iter()
                .map(|(k, v)| (Value::String(k.clone()), v))
                .collect(),
            _ => return false,
        };
        for (step, child) in children {
            path.push(step);
            if walk(child, left, path) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut left = n.index(count(file));
    let mut path = Vec::new();
    walk(file, &mut left, &mut path);
    path
}

fn node_at<'v>(value: &'v mut Value, path: &[Value]) -> &'v mut Value {
    path.iter().fold(value, |node, step| match step {
        Value::String(key) => &mut node[key.as_str()],
        Value::Number(n) => &mut node[n.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}

fn damage(file: &mut Value, damage: &Damage) {
    match damage {
        Damage::Replace(at, value) => {
            let path = nth_path(file, at);
            *node_at(file, &path) = value.clone()
        }
        Damage::RemoveKey(at) => {
            let path = nth_path(file, at);
            if let Some((Value::String(key), parent)) = path.split_last()
                && let Value::Object(map) = node_at(file, parent)
            {
                map.remove(key);
            }
        }
        Damage::DuplicateItem(at) => {
            if let Value::Array(items) = node_at(file, &nth_path(file, at))
                && let Some(first) = items.first().cloned()
            {
                items.push(first);
            }
        }
        Damage::Swap(a, b) => {
            if let Value::Array(items) = node_at(file, &nth_path(file, a))
                && !items.is_empty()
            {
                let (i, j) = (a.index(items.len()), b.index(items.len()));
                items.swap(i, j);
            }
        }
    }
}

/// Byte-level damage: flips, insertions, deletions and a cut.
fn byte_damage() -> impl Strategy<Value = Vec<(Index, u8, u8)>> {
    prop::collection::vec((any::<Index>(), 0u8..4, any::<u8>()), 1..6)
}

fn damage_bytes(json: &str, edits: &[(Index, u8, u8)]) -> Vec<u8> {
    let mut bytes = json.as_bytes().to_vec();
    for (at, op, byte) in edits {
        if bytes.is_empty() {
            break;
        }
        let i = at.index(bytes.len());
        match op {
            0 => bytes[i] = *byte,
            1 => bytes.insert(i, *byte),
            2 => {
                bytes.remove(i);
            }
            _ => bytes.truncate(i),
        }
    }
    bytes
}

/// After any import, the workspace is one the app could have: it exports with no repairs
/// (no placeholder people, nothing left out) and imports on its own.
/// The quick way in reads a file only as the careful way would.
fn assert_both_ways_agree(json: &str) {
    if let Some(quick) = validate::read_current_layout(json) {
        assert_eq!(validate::read_any_layout(json), Ok(quick));
    }
}

fn assert_imports_cleanly(existing: &WorkspaceSnapshot, file: &ImportFile) {
    for mode in [ImportMode::Merge, ImportMode::Replace] {
        let plan = plan_import(existing, file, mode);
        let after = apply_plan(existing, &plan);
        let again = export_workspace(&after, "0.1.0", Timestamp(T0));
        assert_eq!(
            again.records,
            after.normalized(),
            "{mode:?} left a reference dangling"
        );
        read_import(&again.to_json(), &ExistingIds::default()).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn export_then_import_into_an_empty_workspace_gives_the_same_workspace(
        workspace in workspaces()
    ) {
        let json = export_workspace(&workspace, "0.1.0", Timestamp(T0)).to_json();
        prop_assert!(validate::read_current_layout(&json).is_some(), "an export takes the quick way in");
        assert_both_ways_agree(&json);
        let after = reimport(&json);
        prop_assert_eq!(&after, &workspace.normalized());
        // And exporting that again is byte-identical.
        prop_assert_eq!(export_workspace(&after, "0.1.0", Timestamp(T0)).to_json(), json);
    }

    #[test]
    fn each_meeting_exports_and_imports_on_its_own(workspace in workspaces()) {
        for meeting in &workspace.meetings {
            let file = export_meeting(&workspace, meeting.id, "0.1.0", Timestamp(T0)).unwrap();
            let after = reimport(&file.to_json());
            prop_assert_eq!(&after.meetings, &vec![meeting.clone()]);
            prop_assert!(after.people.iter().all(|p| !p.active));
        }
    }

    #[test]
    fn importing_into_a_workspace_never_leaves_a_reference_dangling(
        ours in workspaces(),
        theirs in workspaces(),
    ) {
        let json = export_workspace(&theirs, "0.1.0", Timestamp(T0)).to_json();
        let file = read_import(&json, &ExistingIds::of(&ours)).unwrap();
        assert_imports_cleanly(&ours, &file);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_import_bytes(&bytes, &ExistingIds::default());
    }

    #[test]
    fn random_text_after_a_valid_header_never_panics(
        tail in "[\\[\\]{}\",:0-9a-z \\\\-]{0,200}"
    ) {
        let json = format!(r#"{{"format":"smarketing-meetings","schema_version":2,{tail}"#);
        let _ = read_import(&json, &ExistingIds::default());
    }

    #[test]
    fn damaged_files_are_refused_or_import_cleanly(
        meeting_file in any::<bool>(),
        damages in damages(),
    ) {
        let (workspace, whole, one) = base_files();
        let mut file: Value = serde_json::from_str(if meeting_file { one } else { whole }).unwrap();
        for d in &damages {
            damage(&mut file, d);
        }
        let json = file.to_string();
        assert_both_ways_agree(&json);
        if let Ok(read) = read_import(&json, &ExistingIds::of(workspace)) {
            assert_imports_cleanly(workspace, &read);
        }
        if let Ok(read) = read_import(&json, &ExistingIds::default()) {
            assert_imports_cleanly(&WorkspaceSnapshot::default(), &read);
        }
    }

    #[test]
    fn files_with_damaged_bytes_never_panic(
        meeting_file in any::<bool>(),
        edits in byte_damage(),
    ) {
        let (workspace, whole, one) = base_files();
        let bytes = damage_bytes(if meeting_file { one } else { whole }, &edits);
        if let Ok(json) = std::str::from_utf8(&bytes) {
            assert_both_ways_agree(json);
        }
        if let Ok(read) = read_import_bytes(&bytes, &ExistingIds::of(workspace)) {
            assert_imports_cleanly(workspace, &read);
        }
    }
}
