//! Examples of the exchange file: export, every kind of import error, migrations of the
//! fixtures under `tests/fixtures/`, the import preview, and the JSON Schema.

use super::generate::{WorkspaceShape, generate_workspace};
use super::*;
use crate::domain::ids::{MeetingId, PersonId, TallyEventId, TemplateId};
use crate::domain::person::{Person, Team};
use crate::domain::roster::{PersonDraft, check_draft};
use crate::domain::tally::{TallyEvent, TallyEventKind};
use crate::domain::time::Timestamp;
use serde_json::{Value, json};

const NOW: Timestamp = Timestamp(1_764_000_000_000);
const WORKSPACE_V1: &str = include_str!("../../../tests/fixtures/workspace-v1.json");
const WORKSPACE_V2: &str = include_str!("../../../tests/fixtures/workspace-v2.json");
const MEETING_V2: &str = include_str!("../../../tests/fixtures/meeting-v2.json");
const WORKSPACE_V3: &str = include_str!("../../../tests/fixtures/workspace-v3.json");
const MEETING_V3: &str = include_str!("../../../tests/fixtures/meeting-v3.json");
const SCHEMA: &str = include_str!("../../../schema/smarketing.schema.json");

fn person(n: u128, name: &str) -> Person {
    let draft = PersonDraft {
        name: name.into(),
        team: Team::Sales,
        executive: false,
        core: false,
        email: None,
    };
    check_draft(&draft, &[], None)
        .unwrap()
        .into_new_person(PersonId::from_u128(n), Timestamp(0))
}

fn small() -> WorkspaceSnapshot {
    generate_workspace(&WorkspaceShape::SMALL, 1)
}

fn exported(workspace: &WorkspaceSnapshot) -> String {
    export_workspace(workspace, "0.1.0", NOW).to_json()
}

fn value(json: &str) -> Value {
    serde_json::from_str(json).unwrap()
}

fn import(json: &str) -> Result<ImportFile, ImportError> {
    read_import(json, &ExistingIds::default())
}

/// The error for a valid small export after `edit`.
fn error_after(edit: impl FnOnce(&mut Value)) -> ImportError {
    let mut file = value(&exported(&small()));
    edit(&mut file);
    import(&file.to_string()).unwrap_err()
}

fn merged(
    existing: &WorkspaceSnapshot,
    json: &str,
    mode: ImportMode,
) -> (ImportPlan, WorkspaceSnapshot) {
    let file = read_import(json, &ExistingIds::of(existing)).unwrap();
    let plan = plan_import(existing, &file, mode);
    let after = apply_plan(existing, &plan);
    (plan, after)
}

// Export.

#[test]
fn the_header_comes_first_in_order_then_the_records() {
    let json = exported(&small());
    let keys: Vec<String> = json
        .lines()
        .filter(|line| line.starts_with("  \""))
        .map(|line| line.trim().split('"').nth(1).unwrap().to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "schema_version",
            "app_version",
            "exported_at",
            "kind",
            "people",
            "templates",
            "meetings",
            "tally_events",
            "problems",
            "action_items",
            "minutes",
            "schedule_settings",
            "playbook_entries",
            "decisions",
            "readings",
            "alignment_statements",
            "alignment_scores"
        ]
    );
    assert!(
        json.starts_with("{\n  \"format\": \"smarketing-meetings\",\n  \"schema_version\": 3,")
    );
    assert!(json.contains("\"exported_at\": \"2025-11-24T16:00:00.000Z\""));
    assert!(json.ends_with("}\n"));
}

#[test]
fn the_same_records_in_any_order_export_byte_identical_and_sorted_by_id() {
    let workspace = small();
    let mut shuffled = workspace.clone();
    shuffled.people.reverse();
    shuffled.meetings.reverse();
    shuffled.tally_events.rotate_left(3);
    shuffled.action_items.reverse();
    assert_eq!(exported(&workspace), exported(&shuffled));
    let file = export_workspace(&shuffled, "0.1.0", NOW);
    assert!(file.records.people.is_sorted_by_key(|p| p.id));
    assert!(file.records.tally_events.is_sorted_by_key(|e| e.id));
    // Ids sort the same as bytes and as text, so the file is sorted as a reader sees it.
    let ids: Vec<String> = file
        .records
        .people
        .iter()
        .map(|p| p.id.to_string())
        .collect();
    assert!(ids.is_sorted());
}

#[test]
fn built_in_templates_are_not_exported() {
    let mut workspace = small();
    workspace
        .templates
        .extend(crate::domain::agenda::builtin_templates());
    let file = export_workspace(&workspace, "0.1.0", NOW);
    assert_eq!(file.records.templates.len(), 1);
    assert!(!file.records.templates[0].builtin);
}

#[test]
fn file_names_carry_the_date_and_the_meeting_title() {
    let workspace = small();
    let file = export_workspace(&workspace, "0.1.0", NOW);
    assert_eq!(file.file_name(), "smarketing-2025-11-24-workspace.json");
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    assert_eq!(
        file.file_name_on(date),
        "smarketing-2026-11-24-workspace.json"
    );
    let meeting = export_meeting(&workspace, workspace.meetings[0].id, "0.1.0", NOW).unwrap();
    assert_eq!(
        meeting.file_name(),
        "smarketing-2021-01-05-weekly-smarketing-30-min.json"
    );
    assert_eq!(
        slug("  Weekly: Sales × Marketing!! "),
        "weekly-sales-marketing"
    );
    assert_eq!(slug("Ünïcödé"), "n-c-d");
    assert_eq!(slug("週次"), "meeting");
    assert!(slug(&"ab ".repeat(50)).len() <= 40);
    assert!(!slug(&"ab ".repeat(50)).ends_with('-'));
}

#[test]
fn the_first_export_api_still_works() {
    let file = WorkspaceFile::new(vec![person(2, "Bea"), person(1, "Ada")], "0.1.0", NOW);
    let json = file.to_json();
    assert!(json.find("Ada").unwrap() < json.find("Bea").unwrap());
    assert_eq!(
        file.file_name("workspace"),
        "smarketing-2025-11-24-workspace.json"
    );
    let read = import(&json).unwrap();
    assert_eq!(read.records().people.len(), 2);
}

#[test]
fn a_meeting_exports_with_what_belongs_to_it_and_the_people_it_names() {
    let workspace = small();
    let meeting = &workspace.meetings[1];
    let file = export_meeting(&workspace, meeting.id, "0.1.0", NOW).unwrap();
    assert_eq!(file.header.kind, FileKind::Meeting);
    let records = &file.records;
    assert_eq!(&records.meetings, std::slice::from_ref(meeting));
    assert!(records.templates.is_empty() && records.schedule_settings.is_none());
    assert_eq!(
        records.tally_events.len(),
        WorkspaceShape::SMALL.tally_events_per_meeting
    );
    assert!(
        records
            .tally_events
            .iter()
            .all(|e| e.meeting_id == meeting.id)
    );
    assert!(records.action_items.iter().all(|a| a.made_in == meeting.id));
    assert_eq!(records.minutes.len(), 1);
    for attendee in &meeting.attendees {
        assert!(records.people.iter().any(|p| p.id == *attendee));
    }
    assert!(records.people.len() < workspace.people.len());
    let json = file.to_json();
    assert!(json.contains("\"kind\": \"meeting\""));
    assert!(!json.contains("schedule_settings"));
    assert!(export_meeting(&workspace, MeetingId::from_u128(1), "0.1.0", NOW).is_none());
    // It imports into an empty workspace on its own.
    let read = import(&json).unwrap();
    assert_eq!(read.meeting(), Some(meeting));
}

#[test]
fn an_export_never_points_at_deleted_records() {
    let mut workspace = small();
    let gone = workspace.meetings[0].attendees[0];
    workspace.people.retain(|p| p.id != gone);
    let deleted_meeting = workspace.meetings.remove(0).id;
    workspace.meetings[0].attendees.push(gone);
    let file = export_workspace(&workspace, "0.1.0", NOW);
    let placeholder = file.records.people.iter().find(|p| p.id == gone).unwrap();
    assert_eq!(placeholder, &removed_person(gone));
    assert!(!placeholder.active);
    assert!(
        file.records
            .tally_events
            .iter()
            .all(|e| e.meeting_id != deleted_meeting)
    );
    assert!(
        file.records
            .action_items
            .iter()
            .all(|a| a.made_in != deleted_meeting)
    );
    assert!(
        file.records
            .minutes
            .iter()
            .all(|m| m.meeting_id != deleted_meeting)
    );
    if let Err(error) = import(&file.to_json()) {
        panic!("{error}");
    }
}

// Import errors.

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_parsed() {
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    let error = import(&big).unwrap_err();
    assert_eq!(
        error,
        ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        }
    );
    assert_eq!(
        error.to_string(),
        "The file is 32.0 MB; Smarketing Meetings reads files of up to 32 MB."
    );
    assert!(matches!(
        read_import_bytes(big.as_bytes(), &ExistingIds::default()),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn bytes_that_are_not_text_are_refused_and_a_byte_order_mark_is_fine() {
    let error = read_import_bytes(b"{\"format\": \"\xff\"}", &ExistingIds::default());
    assert_eq!(error, Err(ImportError::NotText { offset: 12 }));
    let with_bom = format!("\u{feff}{}", exported(&small()));
    assert!(read_import_bytes(with_bom.as_bytes(), &ExistingIds::default()).is_ok());
}

#[test]
fn broken_json_says_line_and_column() {
    let error =
        import("{\n  \"format\": \"smarketing-meetings\",\n  \"people\": [,]\n}").unwrap_err();
    assert_eq!(
        error,
        ImportError::Syntax {
            message: "a value is missing or not JSON (texts go in double quotes)".into(),
            line: 3,
            column: 14
        }
    );
    assert_eq!(
        error.to_string(),
        "The file is not valid JSON: a value is missing or not JSON (texts go in double quotes) \
         (line 3, column 14)."
    );
    assert_eq!(error.location().as_deref(), Some("line 3, column 14"));
    assert!(matches!(import(""), Err(ImportError::Syntax { .. })));
    assert!(matches!(
        import("{\"format\": "),
        Err(ImportError::Syntax { .. })
    ));
}

#[test]
fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
    for depth in [129, 100_000] {
        let json = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(
            matches!(import(&json), Err(ImportError::TooDeep { line: 1, .. })),
            "depth {depth}"
        );
        let nested = format!(
            "{{\"format\":\"smarketing-meetings\",\"x\":{}{}}}",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        );
        assert!(matches!(import(&nested), Err(ImportError::TooDeep { .. })));
    }
    // Deep but within the limit: parsed, then refused for what it is.
    let json = format!("{}{}", "[".repeat(120), "]".repeat(120));
    assert!(matches!(
        import(&json),
        Err(ImportError::NotOurFormat { .. })
    ));
}

#[test]
fn other_json_files_are_not_ours() {
    for (json, reason) in [
        (
            "[]",
            "This is not a Smarketing Meetings file: it holds no object with a `format` field.",
        ),
        (
            "{\"name\": \"package\"}",
            "This is not a Smarketing Meetings file: it has no `format` field saying “smarketing-meetings”.",
        ),
        (
            "{\"format\": \"trello\"}",
            "This is not a Smarketing Meetings file: its `format` is “trello”, not “smarketing-meetings”.",
        ),
    ] {
        assert_eq!(import(json).unwrap_err().to_string(), reason);
    }
}

#[test]
fn a_file_from_a_newer_app_says_so() {
    let error = error_after(|file| file["schema_version"] = json!(4));
    assert_eq!(error, ImportError::NewerSchema { found: 4 });
    assert_eq!(
        error.to_string(),
        "This file was made by a newer version of Smarketing Meetings (schema 4); this app \
         reads up to 3. Update the app, then import it again."
    );
    let error = error_after(|file| file["schema_version"] = json!(0));
    assert_eq!(error.location().as_deref(), Some("schema_version"));
    let error = error_after(|file| file["schema_version"] = json!("2"));
    assert_eq!(
        error.to_string(),
        "schema_version: Expected a whole number."
    );
}

#[test]
fn header_fields_are_checked() {
    let error = error_after(|file| {
        file.as_object_mut().unwrap().remove("exported_at");
    });
    assert_eq!(
        error.to_string(),
        "exported_at: Missing field `exported_at`."
    );
    let error = error_after(|file| file["exported_at"] = json!("yesterday"));
    assert_eq!(error.location().as_deref(), Some("exported_at"));
    let error = error_after(|file| file["kind"] = json!("calendar"));
    assert!(
        error
            .to_string()
            .starts_with("kind: “calendar” is not known here; expected one of “workspace”"),
        "{error}"
    );
    let error = error_after(|file| file["people"] = json!({}));
    assert_eq!(error.to_string(), "people: Expected a list of people.");
}

#[test]
fn wrong_types_and_missing_fields_name_the_path_into_the_record() {
    let error = error_after(|file| file["meetings"][1]["attendees"][2] = json!(42));
    assert_eq!(
        error.location().as_deref(),
        Some("meetings[1].attendees[2]")
    );
    assert!(
        error.to_string().ends_with("found the number 42."),
        "{error}"
    );

    let error = error_after(|file| {
        file["meetings"][0]["agenda"]["segments"][1]
            .as_object_mut()
            .unwrap()
            .remove("title");
    });
    assert_eq!(
        error.to_string(),
        "meetings[0].agenda.segments[1]: Missing field `title`."
    );

    let error = error_after(|file| file["tally_events"][3]["kind"]["type"] = json!("cheer"));
    assert_eq!(
        error.location().as_deref(),
        Some("tally_events[3].kind.type")
    );

    let error = error_after(|file| file["people"][0]["team"] = json!({ "kind": "finance" }));
    assert_eq!(error.location().as_deref(), Some("people[0].team.kind"));

    let error = error_after(|file| file["schedule_settings"]["seat_cap"] = json!(12));
    assert_eq!(
        error.location().as_deref(),
        Some("schedule_settings.seat_cap")
    );
    assert!(error.to_string().contains("12 is not allowed"));

    let error = error_after(|file| file["meetings"][0]["clock"]["planned_ms"] = json!([]));
    assert_eq!(
        error.to_string(),
        "meetings[0].clock: The meeting clock's segments do not match."
    );
}

#[test]
fn the_apps_rules_are_checked_with_the_path_to_the_field() {
    type Edit = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|f| f["people"][2]["name"] = json!("x".repeat(101))),
            "people[2].name: Names can be at most 100 characters; this one has 101.",
        ),
        (
            Box::new(|f| f["people"][0]["name"] = json!("  ")),
            "people[0].name: Enter a name.",
        ),
        (
            Box::new(|f| f["people"][1]["email"] = json!("ada@")),
            "people[1].email: “ada@” does not look like an email address.",
        ),
        (
            Box::new(|f| f["meetings"][0]["title"] = json!(" ")),
            "meetings[0].title: Give the meeting a title.",
        ),
        (
            Box::new(|f| {
                let first = f["meetings"][0]["attendees"][0].clone();
                f["meetings"][0]["attendees"][3] = first;
            }),
            "meetings[0].attendees[3]: Someone is on the attendee list twice.",
        ),
        (
            Box::new(|f| f["meetings"][1]["agenda"]["segments"][2]["planned_secs"] = json!(0)),
            "meetings[1].agenda.segments[2].planned_secs: A duration must be longer than zero.",
        ),
        (
            Box::new(|f| f["templates"][0]["name"] = json!("")),
            "templates[0].name: Give the template a name.",
        ),
        (
            Box::new(|f| f["templates"][0]["builtin"] = json!(true)),
            "templates[0].builtin: Built-in templates ship with the app and are not imported.",
        ),
        (
            Box::new(|f| f["problems"][0]["impact"] = json!(9)),
            "problems[0].impact: Rate the impact from 1 (small) to 5 (the biggest).",
        ),
        (
            Box::new(|f| f["action_items"][1]["what"] = json!("")),
            "action_items[1].what: Say what will be done.",
        ),
        (
            Box::new(|f| f["minutes"][0]["markdown"] = json!(" \n")),
            "minutes[0].markdown: The minutes are empty. Write something, or generate them again.",
        ),
    ];
    for (edit, message) in cases {
        assert_eq!(error_after(edit).to_string(), message);
    }
}

#[test]
fn absurdly_long_text_anywhere_is_refused_with_its_path() {
    let error = error_after(|f| {
        f["meetings"][0]["agenda"]["segments"][0]["hint"] = json!("é".repeat(MAX_TEXT_CHARS + 1))
    });
    assert_eq!(
        error.location().as_deref(),
        Some("meetings[0].agenda.segments[0].hint")
    );
    assert!(error.to_string().contains("100001 characters"));
    let error = error_after(|f| f["app_version"] = json!("x".repeat(MAX_TEXT_CHARS + 1)));
    assert_eq!(error.location().as_deref(), Some("app_version"));
}

/// The bug: `updated_at` = 9223372036854775807 passed the check, came back from IndexedDB as
/// 9223372036854776000 and made the whole roster unreadable.
#[test]
fn numbers_the_browser_cannot_keep_exactly_are_refused_with_their_path() {
    let too_big = MAX_EXACT_WHOLE_NUMBER + 1;
    type Edit = fn(&mut Value, Value);
    let cases: [(&str, Edit); 6] = [
        ("people[0].updated_at", |f, n| {
            f["people"][0]["updated_at"] = n
        }),
        ("meetings[0].scheduled_at", |f, n| {
            f["meetings"][0]["scheduled_at"] = n
        }),
        ("meetings[0].clock.paused_ms", |f, n| {
            f["meetings"][0]["clock"]["paused_ms"] = n
        }),
        ("tally_events[0].segment", |f, n| {
            f["tally_events"][0]["segment"] = n
        }),
        ("tally_events[0].at", |f, n| f["tally_events"][0]["at"] = n),
        ("problems[0].next_idea_id", |f, n| {
            f["problems"][0]["next_idea_id"] = n
        }),
    ];
    let huge = [
        json!(too_big),
        json!(u64::MAX),
        json!(i64::MAX),
        json!(-(too_big as i64)),
        // Written out, a number past 64 bits is still a whole number.
        value("123456789012345678901234567890"),
    ];
    for (path, edit) in cases {
        for number in &huge {
            let error = error_after(|f| edit(f, number.clone()));
            assert_eq!(
                error.location().as_deref(),
                Some(path),
                "{number} at {path}"
            );
            assert!(
                error.to_string().contains("too large to be kept exactly"),
                "{number} at {path}: {error}"
            );
        }
    }
    // Written with an exponent, a number has few digits and any size: found by the careful
    // way even where no field reads it (the quick way would skip it, and the two must agree).
    let mut file = value(&exported(&small()));
    file["schedule_settings"]["hand_changes"]["note"] = value("-1.82040574933539e+271");
    let text = file.to_string();
    assert!(super::validate::scan(&text).exponent);
    let error = import(&text).unwrap_err();
    assert_eq!(
        error.location().as_deref(),
        Some("schedule_settings.hand_changes.note")
    );
    assert!(!super::validate::scan("[true, false, 1.5, 2]").exponent);
    // The largest exact number is fine where a field can hold it.
    let mut file = value(&exported(&small()));
    file["meetings"][0]["clock"]["paused_ms"] = json!(MAX_EXACT_WHOLE_NUMBER);
    import(&file.to_string()).unwrap();
}

#[test]
fn times_beyond_what_a_browser_date_holds_are_refused_with_their_path() {
    let past_the_limit = Timestamp::LIMIT_MS + 1;
    let error = error_after(|f| f["people"][0]["created_at"] = json!(past_the_limit));
    assert_eq!(error.location().as_deref(), Some("people[0].created_at"));
    assert!(
        error.to_string().contains("a browser keeps times"),
        "{error}"
    );
    let error = error_after(|f| f["meetings"][0]["scheduled_at"] = json!(-past_the_limit));
    assert_eq!(
        error.location().as_deref(),
        Some("meetings[0].scheduled_at")
    );
    let mut file = value(&exported(&small()));
    file["people"][0]["created_at"] = json!(-Timestamp::LIMIT_MS);
    file["meetings"][0]["scheduled_at"] = json!(Timestamp::LIMIT_MS);
    import(&file.to_string()).unwrap();
}

#[test]
fn texts_are_measured_in_characters_however_they_are_escaped() {
    // As `\u00e9` escapes, a text takes six times as many bytes as it has characters.
    let escaped = |chars: usize| {
        let mut file = value(&exported(&small()));
        file["app_version"] = json!("é".repeat(chars));
        serde_json::to_string(&file)
            .unwrap()
            .replace('é', "\\u00e9")
    };
    let read = import(&escaped(MAX_TEXT_CHARS)).unwrap();
    assert_eq!(read.header().app_version.chars().count(), MAX_TEXT_CHARS);
    let error = import(&escaped(MAX_TEXT_CHARS + 1)).unwrap_err();
    assert_eq!(error.location().as_deref(), Some("app_version"));
    // Quotes escaped inside a text do not end it.
    let quotes = r#""a\"b\\" "c""#;
    assert_eq!(super::validate::scan(quotes).longest_text_bytes, 6);
}

#[test]
fn duplicate_ids_name_both_records() {
    let error = error_after(|file| {
        let first = file["meetings"][0]["id"].clone();
        file["meetings"][1]["id"] = first;
    });
    assert_eq!(
        error.to_string(),
        "meetings[1].id duplicates meetings[0].id: each record needs its own id."
    );
}

#[test]
fn references_must_resolve_in_the_file_or_the_workspace() {
    let workspace = small();
    let missing = workspace.meetings[1].attendees[2];
    let mut file = value(&exported(&workspace));
    let people = file["people"].as_array_mut().unwrap();
    people.retain(|p| p["id"] != json!(missing.to_string()));
    let json = file.to_string();
    let error = import(&json).unwrap_err();
    // People come first: the first record naming them is reported.
    let path = error.location().unwrap();
    assert!(
        error
            .to_string()
            .ends_with("refers to a person that is neither in the file nor in this workspace.")
    );
    assert!(
        path.starts_with("meetings[") || path.starts_with("tally_events["),
        "{path}"
    );

    // The same file imports into a workspace that has the person.
    let existing = ExistingIds {
        people: [missing].into(),
        ..ExistingIds::default()
    };
    assert!(read_import(&json, &existing).is_ok());

    let error =
        error_after(|f| f["tally_events"][0]["meeting_id"] = json!(MeetingId::from_u128(5)));
    assert_eq!(
        error.to_string(),
        "tally_events[0].meeting_id refers to a meeting that is neither in the file nor in this workspace."
    );
    let error = error_after(|f| {
        f["schedule_settings"]["hand_changes"]["swaps"][0]["in"] = json!(PersonId::from_u128(5))
    });
    assert_eq!(
        error.location().as_deref(),
        Some("schedule_settings.hand_changes.swaps[0].in")
    );
    let error = error_after(|f| f["action_items"][0]["problem"] = json!(PersonId::from_u128(5)));
    assert!(error.to_string().contains("refers to a problem"));
}

#[test]
fn a_meeting_file_holds_one_meeting_and_only_what_belongs_to_it() {
    let workspace = small();
    let one = export_meeting(&workspace, workspace.meetings[0].id, "0.1.0", NOW).unwrap();
    let mut file = value(&one.to_json());
    file["meetings"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::to_value(&workspace.meetings[1]).unwrap());
    assert_eq!(
        import(&file.to_string()).unwrap_err().to_string(),
        "meetings: A meeting file holds exactly one meeting; this one has 2."
    );
    let mut file = value(&one.to_json());
    file["tally_events"][0]["meeting_id"] = json!(workspace.meetings[1].id);
    assert_eq!(
        import(&file.to_string()).unwrap_err().location().as_deref(),
        Some("tally_events[0].meeting_id")
    );
}

#[test]
fn a_meeting_from_the_past_with_more_than_nine_attendees_still_imports_and_is_marked() {
    let mut workspace = small();
    let extra: Vec<Person> = (0..12)
        .map(|n| person(70_000 + n, &format!("Guest {n}")))
        .collect();
    workspace.meetings[0].attendees = extra.iter().map(|p| p.id).collect();
    workspace.meetings[0].note_taker = None;
    workspace.meetings[0].go_round.clear();
    workspace.people.extend(extra);
    let file = import(&exported(&workspace)).expect("history imports as it was");
    let meeting = file
        .records()
        .meetings
        .iter()
        .find(|m| m.id == workspace.meetings[0].id)
        .unwrap();
    assert_eq!(meeting.attendees.len(), 12);
    assert!(meeting.is_over_cap());
}

#[test]
fn unknown_fields_are_ignored_so_later_additions_stay_readable() {
    let mut file = value(&exported(&small()));
    file["comment"] = json!("exported for the offsite");
    file["people"][0]["nickname"] = json!("Ace");
    assert!(import(&file.to_string()).is_ok());
}

// Versions and fixtures.

#[test]
fn every_fixture_imports_and_migrates_to_the_current_layout() {
    for (name, json, version, kind) in [
        ("workspace-v1", WORKSPACE_V1, 1, FileKind::Workspace),
        ("workspace-v2", WORKSPACE_V2, 2, FileKind::Workspace),
        ("meeting-v2", MEETING_V2, 2, FileKind::Meeting),
        ("workspace-v3", WORKSPACE_V3, 3, FileKind::Workspace),
        ("meeting-v3", MEETING_V3, 3, FileKind::Meeting),
    ] {
        let file = import(json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(file.header().schema_version, version, "{name}");
        assert_eq!(file.kind(), kind, "{name}");
        assert!(!file.records().people.is_empty(), "{name}");
        let migrated = migrate::migrate(value(json), version);
        assert_eq!(migrated["schema_version"], SCHEMA_VERSION, "{name}");
        assert!(migrated["kind"].is_string(), "{name}");
        // Importing into an empty workspace and exporting again gives the current layout.
        let plan = plan_import(&WorkspaceSnapshot::default(), &file, ImportMode::Merge);
        let after = apply_plan(&WorkspaceSnapshot::default(), &plan);
        let again = export_workspace(&after, "0.1.0", NOW).to_json();
        assert_eq!(import(&again).unwrap().records(), &after, "{name}");
    }
}

#[test]
fn a_version_1_file_is_a_roster() {
    let file = import(WORKSPACE_V1).unwrap();
    let people = &file.records().people;
    assert_eq!(people.len(), 3);
    assert_eq!(people[0].name, "Ada Okafor");
    assert!(file.records().meetings.is_empty());
    assert_eq!(file.header().app_version, "0.1.0");
}

/// The current writer reproduces the current fixtures byte for byte: a change to the layout
/// must come with a new schema version (and new fixtures), not change what version 3 means.
#[test]
fn the_writer_reproduces_the_current_fixtures() {
    for json in [WORKSPACE_V3, MEETING_V3] {
        let file = import(json).unwrap();
        let rewritten = ExchangeFile {
            header: file.header().clone(),
            records: file.records().clone(),
        };
        assert_eq!(rewritten.to_json(), json);
    }
}

/// Writes the fixtures of the current version. Run it once when the schema version changes
/// (`cargo test -- --ignored write_current_fixtures`), then keep the files as they are.
#[test]
#[ignore = "writes tests/fixtures; run by hand for a new schema version"]
fn write_current_fixtures() {
    let workspace = small();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let at = Timestamp(1_795_536_000_000);
    let write = |name: &str, json: String| std::fs::write(format!("{dir}/{name}"), json).unwrap();
    write(
        &format!("workspace-v{SCHEMA_VERSION}.json"),
        export_workspace(&workspace, "0.1.0", at).to_json(),
    );
    let meeting = export_meeting(&workspace, workspace.meetings[1].id, "0.1.0", at).unwrap();
    write(
        &format!("meeting-v{SCHEMA_VERSION}.json"),
        meeting.to_json(),
    );
}

// Preview and merge.

#[test]
fn into_an_empty_workspace_everything_is_added() {
    let workspace = small();
    let (plan, after) = merged(
        &WorkspaceSnapshot::default(),
        &exported(&workspace),
        ImportMode::Merge,
    );
    assert_eq!(after, workspace.normalized());
    let people = plan.summary(RecordKind::Person);
    assert_eq!(people.added, workspace.people.len());
    assert_eq!(people.added_names.len(), workspace.people.len());
    let tally = plan.summary(RecordKind::TallyEvent);
    assert_eq!(tally.added, workspace.tally_events.len());
    assert!(
        tally.added_names.is_empty(),
        "tally events are counted, not listed"
    );
    assert_eq!(plan.summary(RecordKind::ScheduleSettings).added, 1);
    assert!(plan.conflicts.is_empty());
    assert!(plan.changes_anything());
}

#[test]
fn importing_the_same_file_again_changes_nothing() {
    let workspace = small().normalized();
    let (plan, after) = merged(&workspace, &exported(&workspace), ImportMode::Merge);
    assert!(!plan.changes_anything());
    assert!(
        plan.summaries
            .iter()
            .all(|s| s.added + s.updated + s.kept + s.removed == 0)
    );
    assert_eq!(after, workspace);
    let (plan, _) = merged(&workspace, &exported(&workspace), ImportMode::Replace);
    assert!(!plan.changes_anything());
}

#[test]
fn a_workspace_or_its_writes_are_empty_only_without_a_single_record() {
    assert!(WorkspaceSnapshot::default().is_empty());
    let workspace = small();
    assert!(!workspace.is_empty());
    let settings_only = WorkspaceSnapshot {
        schedule_settings: workspace.schedule_settings.clone(),
        ..WorkspaceSnapshot::default()
    };
    assert!(!settings_only.is_empty());
    let scores_only = WorkspaceSnapshot {
        alignment_scores: workspace.alignment_scores[..1].to_vec(),
        ..WorkspaceSnapshot::default()
    };
    assert!(!scores_only.is_empty());

    assert!(Writes::default().is_empty());
    let delete_settings = Writes {
        schedule_settings: SettingsWrite::Delete,
        ..Writes::default()
    };
    assert!(!delete_settings.is_empty());
    let delete_a_score = Writes {
        alignment_scores: StoreWrites {
            puts: Vec::new(),
            deletes: vec![workspace.alignment_scores[0].id],
        },
        ..Writes::default()
    };
    assert!(!delete_a_score.is_empty());
}

#[test]
fn the_newer_copy_wins_a_conflict_and_both_are_listed() {
    let base = small().normalized();
    let mut theirs = base.clone();
    let mut ours = base.clone();
    // They renamed person 0 later than we did; we renamed person 1 later than they did.
    ours.people[0].name = "Ours".into();
    ours.people[0].updated_at = Timestamp(10);
    theirs.people[0].name = "Theirs".into();
    theirs.people[0].updated_at = Timestamp(20);
    ours.people[1].name = "Ours too".into();
    ours.people[1].updated_at = Timestamp(30);
    theirs.people[1].name = "Theirs too".into();
    theirs.people[1].updated_at = Timestamp(20);
    // Same time, different content: ours is kept.
    ours.templates[0].name = "Tie, ours".into();
    theirs.templates[0].name = "Tie, theirs".into();
    // Only they have this one.
    let mut extra = person(77, "Newcomer");
    extra.updated_at = Timestamp(5);
    theirs.people.push(extra);

    let (plan, after) = merged(&ours, &exported(&theirs), ImportMode::Merge);
    let people = plan.summary(RecordKind::Person);
    assert_eq!((people.added, people.updated, people.kept), (1, 1, 1));
    assert_eq!(people.added_names, ["Newcomer"]);
    assert_eq!(people.updated_names, ["Theirs"]);
    let described: Vec<String> = plan.conflicts.iter().map(Conflict::describe).collect();
    assert_eq!(
        described,
        [
            "“Theirs”: the file's copy is newer and replaces this one.",
            "“Ours too”: this copy is newer and is kept.",
            "“Tie, ours”: both copies were changed at the same time; this one is kept.",
        ]
    );
    assert_eq!(
        after
            .people
            .iter()
            .find(|p| p.id == base.people[0].id)
            .unwrap()
            .name,
        "Theirs"
    );
    assert_eq!(
        after
            .people
            .iter()
            .find(|p| p.id == base.people[1].id)
            .unwrap()
            .name,
        "Ours too"
    );
    assert_eq!(plan.writes.people.puts.len(), 2);
    assert!(plan.writes.people.deletes.is_empty());
    assert!(plan.writes.templates.is_empty());
}

#[test]
fn a_tally_event_that_differs_keeps_the_workspace_copy() {
    let ours = small().normalized();
    let mut theirs = ours.clone();
    theirs.tally_events[0].at = Timestamp(1);
    let (plan, after) = merged(&ours, &exported(&theirs), ImportMode::Merge);
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(plan.conflicts[0].kept, Side::Workspace);
    assert!(
        plan.conflicts[0].label.starts_with("A turn by")
            || plan.conflicts[0].label.contains(" in ")
    );
    assert_eq!(after, ours);
}

#[test]
fn a_meeting_adds_missing_people_as_inactive_and_leaves_known_people_alone() {
    let theirs = small();
    let meeting = &theirs.meetings[0];
    let json = export_meeting(&theirs, meeting.id, "0.1.0", NOW)
        .unwrap()
        .to_json();
    // We know the first attendee, under another name; the others are new to us.
    let mut known = theirs
        .people
        .iter()
        .find(|p| p.id == meeting.attendees[0])
        .unwrap()
        .clone();
    known.name = "Our name for them".into();
    known.updated_at = Timestamp(0);
    let ours = WorkspaceSnapshot {
        people: vec![known.clone(), person(99, "Only ours")],
        ..WorkspaceSnapshot::default()
    };
    let (plan, after) = merged(&ours, &json, ImportMode::Merge);
    let people = plan.summary(RecordKind::Person);
    assert_eq!(people.kept, 1);
    assert!(
        plan.conflicts.is_empty(),
        "a meeting file's people are not conflicts"
    );
    assert_eq!(after.people.iter().find(|p| p.id == known.id), Some(&known));
    let added: Vec<&Person> = after
        .people
        .iter()
        .filter(|p| p.id != known.id && p.id != PersonId::from_u128(99))
        .collect();
    assert_eq!(added.len(), people.added);
    assert!(added.iter().all(|p| !p.active));
    assert_eq!(&after.meetings, std::slice::from_ref(meeting));
    assert_eq!(plan.summary(RecordKind::Meeting).added_names.len(), 1);
    assert!(plan.summary(RecordKind::Meeting).added_names[0].contains("(2021-01-05)"));
}

#[test]
fn replace_makes_the_workspace_the_file_and_keeps_what_it_still_names() {
    let theirs = small();
    let mut ours = generate_workspace(&WorkspaceShape::SMALL, 2);
    // The file names one of our people (a tally event of theirs), whom it does not carry.
    let ours_only = ours.people[0].clone();
    let mut file = value(&exported(&theirs));
    file["tally_events"][0]["kind"] = json!({ "type": "contribution", "person": ours_only.id });
    let json = file.to_string();
    ours.templates
        .extend(crate::domain::agenda::builtin_templates());

    let (plan, after) = merged(&ours, &json, ImportMode::Replace);
    let people = plan.summary(RecordKind::Person);
    assert_eq!(people.removed, ours.people.len() - 1);
    assert_eq!(people.kept, 1);
    assert!(after.people.contains(&ours_only));
    assert_eq!(after.people.len(), theirs.people.len() + 1);
    assert_eq!(after.meetings, theirs.normalized().meetings);
    assert_eq!(after.schedule_settings, theirs.schedule_settings);
    assert_eq!(
        plan.summary(RecordKind::Template).removed,
        1,
        "built-ins are never removed"
    );
    assert_eq!(plan.summary(RecordKind::Meeting).removed_names.len(), 2);
    assert_eq!(plan.writes.people.deletes.len(), ours.people.len() - 1);
    assert!(plan.conflicts.is_empty());
}

#[test]
fn replace_with_a_meeting_file_replaces_only_that_meeting() {
    let ours = small().normalized();
    let meeting = ours.meetings[0].clone();
    let mut theirs = ours.clone();
    // They undid a tally event by removing it, and retitled the meeting (earlier than us).
    theirs.tally_events.retain(|e| {
        e.meeting_id != meeting.id
            || e.id
                != ours
                    .tally_events
                    .iter()
                    .find(|e| e.meeting_id == meeting.id)
                    .unwrap()
                    .id
    });
    theirs.meetings[0].title = "Renamed".into();
    theirs.meetings[0].updated_at = Timestamp(0);
    let json = export_meeting(&theirs, meeting.id, "0.1.0", NOW)
        .unwrap()
        .to_json();

    let (merge, _) = merged(&ours, &json, ImportMode::Merge);
    assert_eq!(merge.summary(RecordKind::Meeting).kept, 1);
    assert_eq!(merge.summary(RecordKind::TallyEvent).removed, 0);

    let (replace, after) = merged(&ours, &json, ImportMode::Replace);
    assert_eq!(replace.summary(RecordKind::Meeting).updated, 1);
    assert_eq!(replace.summary(RecordKind::TallyEvent).removed, 1);
    assert_eq!(
        after
            .meetings
            .iter()
            .find(|m| m.id == meeting.id)
            .unwrap()
            .title,
        "Renamed"
    );
    // Everything outside the meeting is untouched.
    assert_eq!(after.people, ours.people);
    assert_eq!(after.templates, ours.templates);
    assert_eq!(after.meetings[1], ours.meetings[1]);
    assert_eq!(after.tally_events.len(), ours.tally_events.len() - 1);
    assert_eq!(after.schedule_settings, ours.schedule_settings);
}

#[test]
fn schedule_settings_merge_as_one_value() {
    let ours = small().normalized();
    let mut theirs = ours.clone();
    theirs.schedule_settings.as_mut().unwrap().seed = 99;
    let (plan, after) = merged(&ours, &exported(&theirs), ImportMode::Merge);
    assert_eq!(plan.summary(RecordKind::ScheduleSettings).kept, 1);
    assert_eq!(plan.conflicts.len(), 1);
    assert_eq!(after.schedule_settings, ours.schedule_settings);
    let (plan, after) = merged(&ours, &exported(&theirs), ImportMode::Replace);
    assert_eq!(
        plan.writes.schedule_settings,
        SettingsWrite::Put(theirs.schedule_settings.clone().unwrap())
    );
    assert_eq!(after.schedule_settings, theirs.schedule_settings);
    theirs.schedule_settings = None;
    let (plan, after) = merged(&ours, &exported(&theirs), ImportMode::Replace);
    assert_eq!(plan.writes.schedule_settings, SettingsWrite::Delete);
    assert_eq!(after.schedule_settings, None);
}

#[test]
fn store_writes_applied_give_the_new_contents() {
    let a = person(1, "A");
    let b = person(2, "B");
    let mut b2 = b.clone();
    b2.name = "B2".into();
    let writes = StoreWrites {
        puts: vec![b2.clone(), person(3, "C")],
        deletes: vec![a.id],
    };
    let after = writes.applied_to(&[b.clone(), a]);
    let names: Vec<&str> = after.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["B2", "C"]);
}

#[test]
fn tally_labels_name_the_person_and_the_meeting() {
    let event = TallyEvent::new(
        TallyEventId::from_u128(1),
        MeetingId::from_u128(2),
        NOW,
        0,
        TallyEventKind::Contribution {
            person: PersonId::from_u128(3),
        },
    );
    let people = [person(3, "Ada")];
    let mut names = records::Names::default();
    names.add_people(&people);
    assert_eq!(event.label(&names), "A turn by Ada in a meeting");
    let _ = TemplateId::from_u128(1);
}

// The JSON Schema.

#[test]
fn the_schema_is_json_schema_2020_12_with_a_definition_per_record() {
    let schema = value(SCHEMA);
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["properties"]["format"]["const"], FORMAT);
    for kind in RecordKind::ALL {
        let field = kind.field();
        let property = &schema["properties"][field];
        assert!(property.is_object(), "{field} is described");
    }
    for def in [
        "Person",
        "Template",
        "Meeting",
        "TallyEvent",
        "Problem",
        "ActionItem",
        "Minutes",
        "ScheduleSettings",
        "PlaybookEntry",
        "Decision",
        "Reading",
        "AlignmentStatement",
        "AlignmentScore",
    ] {
        assert!(schema["$defs"][def].is_object(), "$defs.{def}");
    }
}

#[test]
fn every_export_and_fixture_matches_the_schema() {
    let schema = value(SCHEMA);
    let workspace = small();
    let files = [
        exported(&workspace),
        export_meeting(&workspace, workspace.meetings[0].id, "0.1.0", NOW)
            .unwrap()
            .to_json(),
        WORKSPACE_V3.to_string(),
        MEETING_V3.to_string(),
    ];
    for json in files {
        let file = value(&json);
        for key in file.as_object().unwrap().keys() {
            assert!(
                schema["properties"][key].is_object(),
                "top-level `{key}` is described"
            );
        }
        let errors = schema_check::validate(&schema, &file);
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // The checker does catch mistakes.
    let mut file = value(&exported(&workspace));
    file["people"][0]["team"] = json!({ "kind": "finance" });
    file["meetings"][0]["scheduled_at"] = json!("tomorrow");
    file["tally_events"][0]
        .as_object_mut()
        .unwrap()
        .remove("at");
    let errors = schema_check::validate(&schema, &file);
    assert_eq!(errors.len(), 3, "{errors:#?}");
}

/// A small JSON Schema checker for the keywords the schema uses, so that the schema is kept
/// honest natively. The end-to-end tests validate with a full validator (ajv).
mod schema_check {
    use serde_json::Value;

    pub fn validate(schema: &Value, value: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        check(schema, schema, value, "", &mut errors);
        errors
    }

    fn check(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
        let Some(schema) = schema.as_object() else {
            return;
        };
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let mut target = root;
            for part in reference.trim_start_matches("#/").split('/') {
                target = &target[part];
            }
            assert!(target.is_object(), "{reference} resolves");
            check(root, target, value, at, errors);
        }
        if let Some(types) = schema.get("type") {
            let allowed: Vec<&str> = match types {
                Value::String(t) => vec![t.as_str()],
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !allowed.iter().any(|t| has_type(value, t)) {
                errors.push(format!("{at}: expected {allowed:?}, found {value}"));
                return;
            }
        }
        if let Some(expected) = schema.get("const")
            && expected != value
        {
            errors.push(format!("{at}: expected {expected}"));
        }
        if let Some(Value::Array(options)) = schema.get("enum")
            && !options.contains(value)
        {
            errors.push(format!("{at}: {value} is not one of {options:?}"));
        }
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
            && value.as_f64().is_some_and(|v| v < min)
        {
            errors.push(format!("{at}: below {min}"));
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
            && value.as_f64().is_some_and(|v| v > max)
        {
            errors.push(format!("{at}: above {max}"));
        }
        if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
            && value
                .as_str()
                .is_some_and(|s| (s.chars().count() as u64) < min)
        {
            errors.push(format!("{at}: shorter than {min}"));
        }
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
            && value
                .as_str()
                .is_some_and(|s| (s.chars().count() as u64) > max)
        {
            errors.push(format!("{at}: longer than {max}"));
        }
        if let Some(Value::Array(options)) = schema.get("oneOf") {
            let matching = options
                .iter()
                .filter(|option| {
                    let mut inner = Vec::new();
                    check(root, option, value, at, &mut inner);
                    inner.is_empty()
                })
                .count();
            if matching != 1 {
                errors.push(format!("{at}: matches {matching} of oneOf"));
            }
        }
        if let Some(Value::Array(options)) = schema.get("anyOf") {
            let any = options.iter().any(|option| {
                let mut inner = Vec::new();
                check(root, option, value, at, &mut inner);
                inner.is_empty()
            });
            if !any {
                errors.push(format!("{at}: matches none of anyOf"));
            }
        }
        if let Value::Object(map) = value {
            if let Some(Value::Array(required)) = schema.get("required") {
                for field in required.iter().filter_map(Value::as_str) {
                    if !map.contains_key(field) {
                        errors.push(format!("{at}: missing `{field}`"));
                    }
                }
            }
            let properties = schema.get("properties").and_then(Value::as_object);
            for (key, item) in map {
                match properties.and_then(|p| p.get(key)) {
                    Some(property) => check(root, property, item, &format!("{at}.{key}"), errors),
                    None => match schema.get("additionalProperties") {
                        Some(Value::Bool(false)) => {
                            errors.push(format!("{at}: `{key}` is not allowed"))
                        }
                        Some(extra @ Value::Object(_)) => {
                            check(root, extra, item, &format!("{at}.{key}"), errors)
                        }
                        _ => {}
                    },
                }
            }
            if let Some(names) = schema.get("propertyNames") {
                for key in map.keys() {
                    check(
                        root,
                        names,
                        &Value::String(key.clone()),
                        &format!("{at}.{key}"),
                        errors,
                    );
                }
            }
        }
        if let (Value::Array(items), Some(item_schema)) = (value, schema.get("items")) {
            for (index, item) in items.iter().enumerate() {
                check(root, item_schema, item, &format!("{at}[{index}]"), errors);
            }
        }
        if let (Some(pattern), Some(text)) = (
            schema.get("pattern").and_then(Value::as_str),
            value.as_str(),
        ) && !matches_pattern(pattern, text)
        {
            errors.push(format!("{at}: “{text}” does not match {pattern}"));
        }
    }

    fn has_type(value: &Value, name: &str) -> bool {
        match name {
            "null" => value.is_null(),
            "boolean" => value.is_boolean(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "string" => value.is_string(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            _ => false,
        }
    }

    /// The few patterns the schema uses, checked by shape (no regex crate here).
    fn matches_pattern(pattern: &str, text: &str) -> bool {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        match pattern {
            UUID => {
                let parts: Vec<&str> = text.split('-').collect();
                parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
                    && parts.iter().all(|p| {
                        p.bytes()
                            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
                    })
            }
            DATE => {
                text.len() == 10
                    && digits(&text[..4])
                    && &text[4..5] == "-"
                    && digits(&text[5..7])
                    && &text[7..8] == "-"
                    && digits(&text[8..])
            }
            TIME => {
                text.len() >= 8 && digits(&text[..2]) && &text[2..3] == ":" && digits(&text[3..5])
            }
            DIGITS => digits(text),
            other => panic!("the schema uses a pattern the checker does not know: {other}"),
        }
    }

    const UUID: &str = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    const DATE: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    const TIME: &str = "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$";
    const DIGITS: &str = "^[0-9]+$";
}

/// Words a user should never meet in a message about their file.
const JARGON: &[&str] = &[
    "i64",
    "u64",
    "u32",
    "u16",
    "u8",
    "usize",
    "i32",
    "isize",
    "f64",
    "variant index",
    "UUID",
    "Invalid length",
    "invalid length",
    "struct ",
    "enum ",
    "sequence",
    "a map",
    "identifier",
    "invalid type",
    "invalid value",
    "newtype",
    "tuple",
    "unit value",
    "integer `",
    "EOF",
];

/// Hostile files: every value in a small export replaced by each wrong kind of value, plus
/// broken syntax. Returns (files tried, messages).
fn hostile_messages() -> (usize, Vec<String>) {
    let mut workspace = small();
    workspace.schedule_settings = None;
    let good = value(&exported(&workspace));
    let mut paths = Vec::new();
    fn walk(value: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate().take(1) {
                    at.push(i.to_string());
                    out.push(at.clone());
                    walk(item, at, out);
                    at.pop();
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    at.push(key.clone());
                    out.push(at.clone());
                    walk(item, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    walk(&good, &mut Vec::new(), &mut paths);
    let wrong = [
        json!("x"),
        json!(-1),
        json!(1.5),
        json!(true),
        json!(null),
        json!([1, 2]),
        json!({}),
        json!(7),
    ];
    let mut tried = 0;
    let mut messages = Vec::new();
    for path in &paths {
        for bad in &wrong {
            let mut file = good.clone();
            let slot = path.iter().fold(&mut file, |v, step| match v {
                Value::Array(items) => &mut items[step.parse::<usize>().unwrap()],
                other => &mut other[step.as_str()],
            });
            if slot == bad {
                continue;
            }
            *slot = bad.clone();
            tried += 1;
            if let Err(error) = import(&file.to_string()) {
                messages.push(error.to_string());
            }
        }
    }
    let text = exported(&small());
    for cut in [1, 10, text.len() / 3, text.len() / 2, text.len() - 2] {
        tried += 1;
        if let Err(error) = import(&text[..cut]) {
            messages.push(error.to_string());
        }
    }
    for broken in [
        text.replacen(':', "", 1),
        text.replacen(',', ",,", 3),
        text.replacen('"', "'", 5),
        format!("{text}x"),
    ] {
        tried += 1;
        if let Err(error) = import(&broken) {
            messages.push(error.to_string());
        }
    }
    (tried, messages)
}

#[test]
fn import_messages_are_in_a_users_words() {
    let (tried, messages) = hostile_messages();
    let with_jargon: Vec<&String> = messages
        .iter()
        .filter(|m| JARGON.iter().any(|word| m.contains(word)))
        .collect();
    eprintln!(
        "hostile files tried: {tried}; refused: {}; messages with jargon: {}",
        messages.len(),
        with_jargon.len()
    );
    for message in with_jargon.iter().take(20) {
        eprintln!("  {message}");
    }
    assert!(
        messages.len() * 10 > tried * 8,
        "most hostile files are refused"
    );
    assert_eq!(with_jargon.len(), 0);
}

/// The bug report's examples: "team: [1,2]" said "Invalid length 1, expected 0 elements", and
/// a syntax error named its place twice on screen.
#[test]
fn the_reported_messages_read_well_and_name_their_place_once() {
    let error = error_after(|f| f["people"][0]["team"] = json!([1, 2]));
    assert_eq!(error.location().as_deref(), Some("people[0].team"));
    assert!(!error.to_string().contains("length"), "{error}");
    let error = error_after(|f| f["people"][0]["id"] = json!("x"));
    assert_eq!(
        error.to_string(),
        "people[0].id: Expected an id such as 0b6e4c1a-3f2d-4e5a-9b7c-1d2e3f4a5b6c."
    );
    let error = error_after(|f| f["people"][0]["team"]["kind"] = json!("sale"));
    assert_eq!(
        error.to_string(),
        "people[0].team.kind: “sale” is not known here; expected one of “sales”, “marketing”, \
         “other”."
    );
    let error = error_after(|f| f["people"][0]["created_at"] = json!("yesterday"));
    assert_eq!(
        error.to_string(),
        "people[0].created_at: Expected a whole number, found the text “yesterday”."
    );
    let broken = import(r#"{"format": "smarketing-meetings", "people": [}"#).unwrap_err();
    let message = broken.to_string();
    assert_eq!(message.matches("line").count(), 1, "{message}");
    let cut = import(r#"{"format": "smarketing-meetings", "#).unwrap_err();
    assert_eq!(
        cut.to_string(),
        "The file is not valid JSON: the file ends before its data is complete (line 1, column 34)."
    );
}

// The generator the benches and these tests share (tests/support/generate.rs).

#[test]
fn the_same_seed_gives_the_same_workspace() {
    let a = generate_workspace(&WorkspaceShape::SMALL, 3);
    assert_eq!(a, generate_workspace(&WorkspaceShape::SMALL, 3));
    assert_ne!(a, generate_workspace(&WorkspaceShape::SMALL, 4));
}

#[test]
fn any_seed_gives_a_workspace() {
    for seed in 0..100 {
        generate_workspace(&WorkspaceShape::SMALL, seed);
    }
}

#[test]
fn the_shape_is_respected() {
    let shape = WorkspaceShape::SMALL;
    let w = generate_workspace(&shape, 1);
    assert_eq!(w.people.len(), shape.people);
    assert_eq!(w.templates.len(), shape.user_templates);
    assert_eq!(w.meetings.len(), shape.meetings);
    assert_eq!(
        w.tally_events.len(),
        shape.meetings * shape.tally_events_per_meeting
    );
    assert_eq!(
        w.action_items.len(),
        shape.meetings * shape.action_items_per_meeting
    );
    assert_eq!(w.minutes.len(), shape.meetings);
    assert!(w.meetings.iter().all(|m| m.clock.ended_at().is_some()));
}

// The playbook (schema version 3).

#[test]
fn the_playbook_travels_in_a_workspace_file_and_reads_back_equal() {
    let workspace = small();
    assert!(!workspace.playbook_entries.is_empty());
    assert!(!workspace.readings.is_empty());
    let file = import(&exported(&workspace)).unwrap();
    assert_eq!(
        file.records().playbook_entries,
        workspace.normalized().playbook_entries
    );
    assert_eq!(file.records().decisions.len(), workspace.decisions.len());
    assert_eq!(
        file.records().alignment_scores.len(),
        workspace.alignment_scores.len()
    );
    let meeting = export_meeting(&workspace, workspace.meetings[0].id, "0.1.0", NOW).unwrap();
    assert!(meeting.records.playbook_entries.is_empty());
    assert!(meeting.records.readings.is_empty());
}

#[test]
fn hostile_playbook_values_are_refused_with_their_path() {
    let error = error_after(|file| {
        file["playbook_entries"][0]["versions"][0]["content"]["body"] =
            json!("Firms <script>alert(1)</script>")
    });
    assert_eq!(
        error.location().as_deref(),
        Some("playbook_entries[0].versions[0].content")
    );
    assert!(error.to_string().contains("HTML tag"), "{error}");

    let error = error_after(|file| {
        file["playbook_entries"][0]["versions"][0]["content"]["body"] = json!("x".repeat(4_001))
    });
    assert_eq!(
        error.to_string(),
        "playbook_entries[0].versions[0].content: The text is too long: at most 4000 characters."
    );

    let error =
        error_after(|file| file["readings"][0]["meeting"] = json!(MeetingId::from_u128(77)));
    assert_eq!(
        error.to_string(),
        "readings[0].meeting refers to a meeting that is neither in the file nor in this \
         workspace."
    );
    let error =
        error_after(|file| file["decisions"][0]["meeting"] = json!(MeetingId::from_u128(77)));
    assert_eq!(error.location().as_deref(), Some("decisions[0].meeting"));
    let error = error_after(|file| file["alignment_scores"][0]["score"] = json!(9));
    assert_eq!(
        error.location().as_deref(),
        Some("alignment_scores[0].score")
    );
    let error =
        error_after(|file| file["decisions"][0]["what"] = json!("<img src=x onerror=alert(1)>"));
    assert_eq!(error.location().as_deref(), Some("decisions[0].what"));
    let error =
        error_after(|file| file["alignment_statements"][0]["text"] = json!("We <b>agree</b>"));
    assert_eq!(
        error.location().as_deref(),
        Some("alignment_statements[0].text")
    );
    let error =
        error_after(|file| file["playbook_entries"][0]["versions"][0]["agreements"] = json!([]));
    assert_eq!(
        error.location().as_deref(),
        Some("playbook_entries[0].versions")
    );
}

#[test]
fn a_meeting_file_holds_no_playbook() {
    let workspace = small();
    let mut file = value(
        &export_meeting(&workspace, workspace.meetings[0].id, "0.1.0", NOW)
            .unwrap()
            .to_json(),
    );
    let whole = value(&exported(&workspace));
    file["decisions"] = whole["decisions"].clone();
    let error = import(&file.to_string()).unwrap_err();
    assert_eq!(error.location().as_deref(), Some("decisions"));
}

#[test]
fn playbook_entries_merge_by_id_and_the_newer_copy_wins() {
    let workspace = small();
    let mut file = workspace.clone();
    let entry = &mut file.playbook_entries[0];
    let newer = entry.updated_at.plus_millis(1_000);
    let changed = crate::domain::playbook::EntryContent::Text {
        body: "Software firms everywhere.".into(),
    };
    entry.edit(&changed, newer).unwrap();
    let id = entry.id;
    let (plan, after) = merged(&workspace, &exported(&file), ImportMode::Merge);
    assert_eq!(plan.summary(RecordKind::PlaybookEntry).updated, 1);
    let merged_entry = after.playbook_entries.iter().find(|e| e.id == id).unwrap();
    assert_eq!(merged_entry.newest().content, changed);
    // The other way round the workspace's newer copy stays.
    let (plan, after) = merged(&file, &exported(&workspace), ImportMode::Merge);
    assert_eq!(plan.summary(RecordKind::PlaybookEntry).kept, 1);
    let kept = after.playbook_entries.iter().find(|e| e.id == id).unwrap();
    assert_eq!(kept.newest().content, changed);
}

#[test]
fn an_export_leaves_out_what_a_deleted_meeting_measured_and_still_imports() {
    let mut workspace = small();
    let gone = workspace.meetings.remove(0).id;
    let file = export_workspace(&workspace, "0.1.0", NOW);
    assert!(file.records.readings.iter().all(|r| r.meeting != gone));
    assert!(
        file.records
            .alignment_scores
            .iter()
            .all(|s| s.meeting != gone)
    );
    assert!(file.records.decisions.iter().all(|d| d.meeting.is_none()));
    assert!(import(&file.to_json()).is_ok());
}
