//! The iCalendar export, checked by parsing it back with the `icalendar` crate.

use super::*;
use chrono::TimeDelta;
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

fn export(plan: &Plan, people: &[Person]) -> String {
    let agenda = agenda();
    to_ics(
        plan,
        people,
        &IcsOptions {
            stamp: stamp(),
            duration: TimeDelta::minutes(45),
            title: "Smarketing meeting",
            agenda: &agenda,
        },
    )
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
fn events_carry_uid_stamp_floating_times_and_summary() {
    let (people, plan) = sample();
    let text = export(&plan, &people);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let first = events(&calendar.components)[0];
    assert_eq!(value(first, "UID"), "20250603-all@smarketing-meetings");
    assert_eq!(value(first, "DTSTAMP"), "20251124T160000Z");
    assert_eq!(value(first, "DTSTART"), "20250603T093000");
    assert_eq!(value(first, "DTEND"), "20250603T101500");
    assert_eq!(value(first, "SUMMARY"), "Smarketing meeting");
    let uids: HashSet<&str> = events(&calendar.components)
        .iter()
        .map(|e| value(e, "UID"))
        .collect();
    assert_eq!(uids.len(), plan.meetings.len());
}

#[test]
fn attendees_are_listed_with_names_and_mailto_when_known() {
    let (people, plan) = sample();
    let text = export(&plan, &people);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    for (event, meeting) in events(&calendar.components).iter().zip(&plan.meetings) {
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
}

#[test]
fn the_description_lists_attendees_note_taker_and_agenda_unescaped_intact() {
    let (people, plan) = sample();
    let text = export(&plan, &people);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let event = events(&calendar.components)[0];
    let description = value(event, "DESCRIPTION");
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
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let event = events(&calendar.components)[0];
    assert!(value(event, "DESCRIPTION").contains(&people[0].name));
}

#[test]
fn group_meetings_have_their_own_uid_and_summary() {
    let mut people = roster(4, 4, 0);
    for (i, p) in people.iter_mut().enumerate() {
        p.group = Some(if i % 2 == 0 { "EMEA" } else { "APAC, Japan" }.into());
    }
    let mut s = settings(1, 4, 1);
    s.by_group = true;
    let plan = plan_from_start(&s, &people).unwrap();
    let text = export(&plan, &people);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let events = events(&calendar.components);
    assert_eq!(events.len(), 2);
    assert_eq!(
        value(events[0], "SUMMARY"),
        "Smarketing meeting – APAC, Japan"
    );
    assert_ne!(value(events[0], "UID"), value(events[1], "UID"));
    // Exporting again gives the same UIDs: calendars update the events in place.
    let again = export(&plan, &people);
    assert_eq!(text, again);
}
