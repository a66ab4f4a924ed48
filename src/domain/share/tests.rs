//! The minutes link's framing and checks. Compression is the browser's (`CompressionStream`),
//! so these tests put the file in the payload as it is; the journey
//! `tests/e2e/minutes-link.test.mjs` covers the compressed links.

use super::*;
use crate::domain::exchange::generate::{WorkspaceShape, generate_workspace};
use crate::domain::exchange::{FileKind, export_workspace};
use proptest::prelude::*;
use serde_json::Value;

const NOW: Timestamp = Timestamp(1_764_000_000_000);

fn workspace() -> WorkspaceSnapshot {
    generate_workspace(&WorkspaceShape::SMALL, 1)
}

fn first_meeting(workspace: &WorkspaceSnapshot) -> MeetingId {
    workspace.meetings[0].id
}

fn link_file() -> Vec<u8> {
    let workspace = workspace();
    minutes_link_file(
        &workspace,
        first_meeting(&workspace),
        LinkContents::Minutes,
        "0.1.0",
        NOW,
    )
    .unwrap()
}

/// The file after `edit`, read as a link's unpacked bytes.
fn read_after(edit: impl FnOnce(&mut Value)) -> Result<SharedMinutes, LinkError> {
    let mut file: Value = serde_json::from_slice(&link_file()).unwrap();
    edit(&mut file);
    read_shared_minutes(file.to_string().as_bytes())
}

#[test]
fn a_link_carries_the_meeting_its_minutes_problems_and_action_items_but_not_the_tally() {
    let workspace = workspace();
    let meeting = first_meeting(&workspace);
    assert!(
        workspace
            .tally_events
            .iter()
            .any(|e| e.meeting_id == meeting)
    );
    let shared = read_shared_minutes(&link_file()).unwrap();
    assert_eq!(shared.meeting().id, meeting);
    assert_eq!(shared.minutes().meeting_id, meeting);
    assert!(shared.file().records().tally_events.is_empty());
    assert!(!shared.problems().is_empty());
    assert!(!shared.action_items().is_empty());
    assert_eq!(
        shared.attendee_names().len(),
        workspace.meetings[0].attendees.len()
    );
    assert_eq!(shared.file().kind(), FileKind::Meeting);
}

#[test]
fn the_tally_travels_only_when_chosen() {
    let workspace = workspace();
    let meeting = first_meeting(&workspace);
    let taps = workspace
        .tally_events
        .iter()
        .filter(|e| e.meeting_id == meeting)
        .count();
    let bytes = minutes_link_file(
        &workspace,
        meeting,
        LinkContents::MinutesAndTally,
        "0.1.0",
        NOW,
    )
    .unwrap();
    let shared = read_shared_minutes(&bytes).unwrap();
    assert_eq!(shared.tally_taps(), taps);
    assert!(taps > 0);
    assert_eq!(read_shared_minutes(&link_file()).unwrap().tally_taps(), 0);
}

#[test]
fn the_file_in_a_link_is_the_meeting_file_without_indentation_and_downloads_indented() {
    let bytes = link_file();
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(!text.contains('\n'));
    assert!(text.starts_with(r#"{"format":"smarketing-meetings","schema_version":"#));
    let pretty = read_shared_minutes(&bytes).unwrap().to_file().to_json();
    assert!(pretty.starts_with("{\n  \"format\": \"smarketing-meetings\""));
    let again: Value = serde_json::from_str(&pretty).unwrap();
    assert_eq!(again, serde_json::from_slice::<Value>(&bytes).unwrap());
}

#[test]
fn compacting_keeps_every_string_exactly() {
    let json = "{\n  \"a b\": \"x \\\" y\\\\\",\n  \"c\": [ 1, \" \" ]\n}\n";
    assert_eq!(compact(json), r#"{"a b":"x \" y\\","c":[1," "]}"#);
}

#[test]
fn a_meeting_without_minutes_or_not_in_the_workspace_makes_no_link() {
    let mut workspace = workspace();
    let meeting = first_meeting(&workspace);
    workspace.minutes.retain(|m| m.meeting_id != meeting);
    assert_eq!(
        minutes_link_file(&workspace, meeting, LinkContents::Minutes, "0.1.0", NOW),
        Err(ShareError::NoMinutes)
    );
    assert_eq!(
        minutes_link_file(
            &workspace,
            MeetingId::from_u128(999),
            LinkContents::Minutes,
            "0.1.0",
            NOW
        ),
        Err(ShareError::NoSuchMeeting)
    );
}

#[test]
fn the_payload_is_versioned_and_round_trips() {
    let file = link_file();
    let payload = link_payload(&file).unwrap();
    assert!(payload.starts_with("1."));
    assert_eq!(unpack_payload(&payload).unwrap(), file);
    assert_eq!(
        payload_in_fragment(&link_fragment(&payload)),
        Some(payload.as_str())
    );
}

#[test]
fn a_payload_over_eight_kilobytes_is_refused_both_ways() {
    // 6,144 bytes encode to exactly 8,192 characters: the limit itself is fine.
    assert!(link_payload(&[7; 6_144]).is_ok());
    let error = link_payload(&[7; 6_147]).unwrap_err();
    assert_eq!(error, ShareError::TooLarge { chars: 8_196 });
    assert_eq!(
        error.to_string(),
        "These minutes are too large for a link: 8.0 KB encoded, and a link carries up to 8 KB."
    );
    let long = format!("1.{}", "A".repeat(MAX_PAYLOAD_CHARS + 4));
    assert_eq!(
        unpack_payload(&long),
        Err(LinkError::TooLong { chars: 8_196 })
    );
}

#[test]
fn the_fragment_route_is_found_and_others_are_not() {
    assert_eq!(payload_in_fragment("#/minutes/1.abc"), Some("1.abc"));
    assert_eq!(payload_in_fragment("#/minutes/"), Some(""));
    assert_eq!(payload_in_fragment("#/minutes"), Some(""));
    assert_eq!(payload_in_fragment("#/minutesx/1.abc"), None);
    assert_eq!(payload_in_fragment("#/history"), None);
}

#[test]
fn a_damaged_payload_says_what_is_wrong() {
    assert_eq!(unpack_payload(""), Err(LinkError::Empty));
    assert_eq!(unpack_payload("1."), Err(LinkError::Empty));
    assert_eq!(
        unpack_payload("2.QUJD"),
        Err(LinkError::UnknownVersion { found: "2".into() })
    );
    assert_eq!(
        unpack_payload("QUJD"),
        Err(LinkError::UnknownVersion {
            found: "QUJD".into()
        })
    );
    let error = unpack_payload("1.QU*D").unwrap_err();
    assert_eq!(
        error,
        LinkError::NotBase64 {
            position: 3,
            character: '*'
        }
    );
    assert!(
        error
            .to_string()
            .contains("character 3 of its minutes (“*”)")
    );
    assert_eq!(unpack_payload("1.QUJDR"), Err(LinkError::CutShort));
    // Padding and the other base64 alphabet are not what the app writes.
    assert!(matches!(
        unpack_payload("1.QQ=="),
        Err(LinkError::NotBase64 { character: '=', .. })
    ));
    assert!(matches!(
        unpack_payload("1.a+b/"),
        Err(LinkError::NotBase64 { character: '+', .. })
    ));
}

#[test]
fn base64url_matches_the_rfc_vectors() {
    let vectors = [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ];
    for (plain, encoded) in vectors {
        assert_eq!(to_base64url(plain.as_bytes()), encoded);
        assert_eq!(from_base64url(encoded).unwrap(), plain.as_bytes());
    }
    assert_eq!(to_base64url(&[0xfb, 0xff]), "-_8");
}

#[test]
fn garbage_that_unpacks_is_refused_as_a_file_would_be() {
    let error = read_shared_minutes(b"{\"format\": ").unwrap_err();
    assert!(matches!(
        error,
        LinkError::Invalid(ImportError::Syntax { .. })
    ));
    assert!(
        error
            .to_string()
            .starts_with("The minutes in this link are not valid: The file is not valid JSON")
    );
    assert!(matches!(
        read_shared_minutes(&[0xff, 0xfe, 0x00]),
        Err(LinkError::Invalid(ImportError::NotText { .. }))
    ));
}

#[test]
fn hostile_values_are_refused_with_their_path() {
    let error = read_after(|file| {
        file["meetings"][0]["attendees"][0] = Value::String("<script>".into());
    })
    .unwrap_err();
    let LinkError::Invalid(inner) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(
        inner.location().as_deref(),
        Some("meetings[0].attendees[0]")
    );

    let error = read_after(|file| {
        file["minutes"][0]["markdown"] = Value::String("x".repeat(200_000));
    })
    .unwrap_err();
    assert!(matches!(error, LinkError::Invalid(_)), "{error:?}");

    let error = read_after(|file| {
        file["minutes"][0]["meeting_id"] = Value::String(MeetingId::from_u128(42).to_string());
    })
    .unwrap_err();
    assert!(error.to_string().contains("minutes[0]"), "{error}");
}

#[test]
fn a_link_must_name_only_what_it_carries() {
    // The reader's workspace is not leaned on: a person missing from the link is an error.
    let error = read_after(|file| {
        file["people"] = Value::Array(Vec::new());
    })
    .unwrap_err();
    assert!(
        matches!(
            error,
            LinkError::Invalid(ImportError::UnknownReference { .. })
        ),
        "{error:?}"
    );
}

#[test]
fn a_workspace_or_a_meeting_without_minutes_is_not_a_minutes_link() {
    let workspace_file = export_workspace(&workspace(), "0.1.0", NOW).to_json();
    assert_eq!(
        read_shared_minutes(workspace_file.as_bytes()),
        Err(LinkError::NotOneMeeting)
    );
    assert_eq!(
        read_after(|file| file["minutes"] = Value::Array(Vec::new())),
        Err(LinkError::NoMinutes)
    );
}

#[test]
fn a_link_that_unpacks_too_large_is_refused_before_it_is_read() {
    assert_eq!(
        read_shared_minutes(&vec![b' '; MAX_UNPACKED_BYTES + 1]),
        Err(LinkError::UnpacksTooLarge)
    );
}

proptest! {
    #[test]
    fn base64url_round_trips_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let encoded = to_base64url(&bytes);
        prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        prop_assert_eq!(from_base64url(&encoded).unwrap(), bytes);
    }

    #[test]
    fn any_text_after_the_version_is_decoded_or_refused_without_panicking(text in "\\PC{0,64}") {
        let _ = unpack_payload(&format!("1.{text}"));
    }
}
