//! The iCalendar export, checked by parsing it back with the `icalendar` crate.

use super::*;
use chrono::{NaiveDateTime, TimeDelta};
use icalendar::parser::{Component, read_calendar, unfold};
use std::collections::HashSet;

fn stamp() -> Timestamp {
    Timestamp(1_764_000_000_000) // 2025-11-24 16:00:00 UTC
}

fn agenda() -> Vec<String> {
    vec![
        "Review last week's actions".into(),
        "Problem: leads, MQLs; who owns follow-up?".into(),
    ]
}

/// The facilitator's zone in these tests: one hour ahead of UTC all year.
fn one_hour_ahead(local: NaiveDateTime) -> Option<Timestamp> {
    Some(Timestamp(
        (local - TimeDelta::hours(1)).and_utc().timestamp_millis(),
    ))
}

fn export_at(plan: &Plan, people: &[Person], stamp: Timestamp) -> String {
    let agenda = agenda();
    let organizer = calendar_organizer(people);
    to_ics(
        plan,
        people,
        &IcsOptions {
            stamp,
            duration: TimeDelta::minutes(45),
            title: "Smarketing meeting",
            agenda: &agenda,
            to_utc: &one_hour_ahead,
            organizer,
        },
    )
}

fn export(plan: &Plan, people: &[Person]) -> String {
    export_at(plan, people, stamp())
}

fn sample() -> (Vec<Person>, Plan) {
    let mut people = roster(3, 3, 0);
    people[0].name = "Lovelace, Ada; \"The\" Countess \\ Sales".into();
    people[0].email = Some("ada@example.com".into());
    people[0].core = true;
    people[3].name = "Zoë Ångström".into();
    let plan = plan_from_start(&settings(1, 4, 3), &people).unwrap();
    (people, plan)
}

fn events<'a>(components: &'a [Component<'a>]) -> Vec<&'a Component<'a>> {
    components.iter().filter(|c| c.name == "VEVENT").collect()
}

fn value<'a>(event: &'a Component<'a>, name: &str) -> &'a str {
    event.find_prop(name).unwrap().val.as_str()
}

/// Parses `text` back and hands its events to `check` (they borrow from the parse).
fn with_events<R>(text: &str, check: impl FnOnce(&[&Component<'_>]) -> R) -> R {
    let unfolded = unfold(text);
    let calendar = read_calendar(&unfolded).unwrap();
    check(&events(&calendar.components))
}

#[test]
fn every_meeting_becomes_one_event_that_parses() {
    let (people, plan) = sample();
    let text = export(&plan, &people);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    assert!(
        calendar
            .properties
            .iter()
            .any(|p| p.name == "VERSION" && p.val == "2.0")
    );
    assert_eq!(events(&calendar.components).len(), plan.meetings.len());
}

#[test]
fn events_carry_uid_stamp_utc_times_organizer_and_summary() {
    let (people, plan) = sample();
    with_events(&export(&plan, &people), |events| {
        let first = events[0];
        assert_eq!(value(first, "UID"), "20250603-all@smarketing-meetings");
        assert_eq!(value(first, "DTSTAMP"), "20251124T160000Z");
        // 09:30 where the facilitator is, one hour ahead of UTC.
        assert_eq!(value(first, "DTSTART"), "20250603T083000Z");
        assert_eq!(value(first, "DTEND"), "20250603T091500Z");
        assert_eq!(
            value(first, "ORGANIZER"),
            "mailto:ada@example.com",
            "the core facilitator with an email organizes"
        );
        assert_eq!(value(first, "SUMMARY"), "Smarketing meeting");
        let uids: HashSet<&str> = events.iter().map(|e| value(e, "UID")).collect();
        assert_eq!(uids.len(), plan.meetings.len());
    });
}

#[test]
fn attendees_are_listed_with_names_and_mailto_when_known() {
    let (people, plan) = sample();
    with_events(&export(&plan, &people), |events| {
        for (event, meeting) in events.iter().zip(&plan.meetings) {
            let attendees: Vec<_> = event
                .properties
                .iter()
                .filter(|p| p.name == "ATTENDEE")
                .collect();
            assert_eq!(attendees.len(), meeting.attendees.len());
            let ada = attendees
                .iter()
                .find(|p| p.val == "mailto:ada@example.com")
                .expect("the core member with an email is invited by mail");
            let cn = ada.params.iter().find(|p| p.key == "CN").unwrap();
            assert_eq!(
                cn.val.as_ref().unwrap().as_str(),
                "Lovelace, Ada; 'The' Countess \\ Sales"
            );
            assert!(
                attendees
                    .iter()
                    .filter(|p| p.val != "mailto:ada@example.com")
                    .all(|p| p.val.as_str().starts_with("urn:uuid:"))
            );
        }
    });
}

#[test]
fn the_description_lists_attendees_note_taker_and_agenda_unescaped_intact() {
    let (people, plan) = sample();
    let text = export(&plan, &people);
    let description = with_events(&text, |events| value(events[0], "DESCRIPTION").to_string());
    let meeting = &plan.meetings[0];
    let taker = people
        .iter()
        .find(|p| Some(p.id) == meeting.note_taker)
        .unwrap();
    assert!(description.starts_with("Attendees:\n- "));
    assert!(description.contains(&format!("{} (", taker.name)));
    assert!(description.contains(", takes notes"));
    assert!(description.contains("- Lovelace, Ada; \"The\" Countess \\ Sales (Sales)"));
    assert!(description.ends_with(
        "Agenda:\n- Review last week's actions\n- Problem: leads, MQLs; who owns follow-up?"
    ));
}

#[test]
fn reserved_characters_are_escaped_in_the_raw_text() {
    let (people, plan) = sample();
    let text = unfold(&export(&plan, &people));
    let description = text
        .split("\r\n")
        .find(|l| l.starts_with("DESCRIPTION:"))
        .unwrap();
    assert!(description.contains("Lovelace\\, Ada\\; \"The\" Countess \\\\ Sales"));
    assert!(description.contains("\\n"));
    assert!(!description.contains('\n'));
}

#[test]
fn lines_end_in_crlf_and_fold_at_75_octets() {
    let (mut people, _) = sample();
    people[0].name = "Ådelheid-Øyvind ".repeat(8) + "😀 end"; // long, multi-byte
    let plan = plan_from_start(&settings(1, 4, 2), &people).unwrap();
    let text = export(&plan, &people);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'));
    let mut folded = 0;
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        folded += usize::from(line.starts_with(' '));
    }
    assert!(folded > 0);
    // Unfolded, the long name is whole again.
    with_events(&text, |events| {
        assert!(value(events[0], "DESCRIPTION").contains(&people[0].name));
    });
}

#[test]
fn group_meetings_have_their_own_uid_and_summary() {
    let people = roster_in_groups(4, 4, ["EMEA", "APAC, Japan"]);
    let plan = plan_from_start(&settings_by_group(1, 4, 1), &people).unwrap();
    let text = export(&plan, &people);
    with_events(&text, |events| {
        assert_eq!(events.len(), 2);
        assert_eq!(
            value(events[0], "SUMMARY"),
            "Smarketing meeting – APAC, Japan"
        );
        assert_ne!(value(events[0], "UID"), value(events[1], "UID"));
    });
    // Exporting again gives the same UIDs: calendars update the events in place.
    let again = export(&plan, &people);
    assert_eq!(text, again);
}

#[test]
fn a_time_the_zone_cannot_place_stays_floating_and_no_email_means_no_organizer() {
    let (mut people, plan) = sample();
    people[0].email = None;
    let agenda = agenda();
    let text = to_ics(
        &plan,
        &people,
        &IcsOptions {
            stamp: stamp(),
            duration: TimeDelta::minutes(45),
            title: "Smarketing meeting",
            agenda: &agenda,
            to_utc: &|_| None,
            organizer: people.iter().find(|p| p.core),
        },
    );
    with_events(&text, |events| {
        assert_eq!(value(events[0], "DTSTART"), "20250603T093000");
        assert!(events[0].find_prop("ORGANIZER").is_none());
    });
}

#[test]
fn an_updated_plan_exported_again_keeps_its_uids_with_a_higher_sequence() {
    let (people, plan) = sample();
    let before = export(&plan, &people);
    // The plan changes: someone asks to attend the first meeting.
    let mut s = settings(1, 4, 3);
    s.hand_changes.requests = vec![AttendanceRequest::raised_problem(
        people[5].id,
        first_tuesday(),
    )];
    let updated = plan_from_start(&s, &people).unwrap();
    assert_ne!(updated.meetings[0].attendees, plan.meetings[0].attendees);
    let after = export_at(&updated, &people, Timestamp(stamp().0 + 86_400_000));

    let read = |text: &str| -> Vec<(String, i64)> {
        with_events(text, |events| {
            events
                .iter()
                .map(|e| {
                    (
                        value(e, "UID").to_string(),
                        value(e, "SEQUENCE").parse().unwrap(),
                    )
                })
                .collect()
        })
    };
    let (old, new) = (read(&before), read(&after));
    let uids = |events: &[(String, i64)]| events.iter().map(|e| e.0.clone()).collect::<Vec<_>>();
    assert_eq!(uids(&old), uids(&new));
    assert!(old.iter().zip(&new).all(|(a, b)| b.1 > a.1));
}

#[test]
fn the_organizer_is_the_first_core_member_with_an_email() {
    let mut people = roster(3, 3, 0);
    assert!(calendar_organizer(&people).is_none());
    people[1].core = true;
    assert!(
        calendar_organizer(&people).is_none(),
        "no email, no organizer"
    );
    people[1].email = Some("bo@example.com".into());
    people[2].core = true;
    people[2].email = Some("al@example.com".into());
    people[2].name = "Al".into();
    assert_eq!(calendar_organizer(&people).unwrap().name, "Al");
    people[2].active = false;
    assert_eq!(calendar_organizer(&people).unwrap().id, people[1].id);
}
