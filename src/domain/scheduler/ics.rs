//! iCalendar (RFC 5545) export of a plan: one VEVENT per meeting, so the facilitator can
//! send the invitations from any calendar. A pure function: the stamp time and the local time
//! zone (as a conversion to UTC) come in.
//!
//! Times are written in UTC (`…Z`), so a colleague in another time zone sees the meeting at
//! the right hour; a time the zone cannot place falls back to a floating local time. Each
//! event's UID depends only on its date and group, so importing an updated plan updates the
//! events instead of adding copies, and SEQUENCE grows with every export so calendars take
//! the newer copy. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
//! character.

use super::plan::{Plan, PlannedMeeting};
use crate::domain::date_text::{compact_date, compact_date_time};
use crate::domain::ids::PersonId;
use crate::domain::person::Person;
use crate::domain::person::REMOVED_PERSON;
use crate::domain::time::Timestamp;
use chrono::{NaiveDateTime, TimeDelta};
use std::collections::HashMap;
use std::fmt::Write;

/// The longest content line RFC 5545 allows, in octets, without the CRLF.
const MAX_LINE_OCTETS: usize = 75;

/// What the export needs besides the plan.
#[derive(Clone)]
pub struct IcsOptions<'a> {
    /// When the file was made (the browser's `Date.now()`): every event's DTSTAMP.
    pub stamp: Timestamp,
    pub duration: TimeDelta,
    /// The event title; a group's name is added after it.
    pub title: &'a str,
    /// Lines of the agenda, listed in each event's description.
    pub agenda: &'a [String],
    /// The instant a local wall-clock time stands for in the facilitator's time zone.
    pub to_utc: &'a dyn Fn(NaiveDateTime) -> Option<Timestamp>,
    /// Who sends the invitations: written as ORGANIZER when they have an email address.
    pub organizer: Option<&'a Person>,
}

/// Who sends the invitations: the first active core member (by name) with an email address.
/// The facilitator is the one person at every meeting, so a core member.
pub fn calendar_organizer(people: &[Person]) -> Option<&Person> {
    people
        .iter()
        .filter(|p| p.active && p.core && p.email.is_some())
        .min_by(|a, b| a.name.cmp(&b.name))
}

/// The plan's meetings as an iCalendar file. `roster` supplies names and email addresses.
pub fn to_ics(plan: &Plan, roster: &[Person], options: &IcsOptions) -> String {
    let people: HashMap<PersonId, &Person> = roster.iter().map(|p| (p.id, p)).collect();
    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Smarketing Meetings//Rotation plan//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let stamp = format_stamp(options.stamp);
    for meeting in &plan.meetings {
        for event_line in event_lines(meeting, &people, options, &stamp) {
            line(&event_line);
        }
    }
    line("END:VCALENDAR");
    out
}

fn event_lines(
    meeting: &PlannedMeeting,
    people: &HashMap<PersonId, &Person>,
    options: &IcsOptions,
    stamp: &str,
) -> Vec<String> {
    let name = |id: PersonId| {
        people
            .get(&id)
            .map_or_else(|| REMOVED_PERSON.to_string(), |p| p.name.clone())
    };
    let summary = match &meeting.group {
        Some(group) => format!("{} – {group}", options.title),
        None => options.title.to_string(),
    };
    let time = |local: NaiveDateTime| match (options.to_utc)(local) {
        Some(instant) => format_stamp(instant),
        None => format_floating(local),
    };
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", event_uid(meeting)),
        format!("DTSTAMP:{stamp}"),
        format!("SEQUENCE:{}", sequence(options.stamp)),
        format!("DTSTART:{}", time(meeting.starts_at)),
        format!("DTEND:{}", time(meeting.starts_at + options.duration)),
        format!("SUMMARY:{}", escape_text(&summary)),
        format!(
            "DESCRIPTION:{}",
            escape_text(&description(meeting, options, &name))
        ),
    ];
    if let Some(organizer) = options.organizer
        && let Some(email) = organizer.email.as_deref()
    {
        lines.push(format!(
            "ORGANIZER;CN={}:mailto:{email}",
            quote_param(&organizer.name)
        ));
    }
    for attendee in &meeting.attendees {
        let person = people.get(&attendee.person);
        let address = match person.and_then(|p| p.email.as_deref()) {
            Some(email) => format!("mailto:{email}"),
            None => format!("urn:uuid:{}", attendee.person),
        };
        lines.push(format!(
            "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT:{address}",
            quote_param(&name(attendee.person))
        ));
    }
    lines.push("END:VEVENT".to_string());
    lines
}

fn description(
    meeting: &PlannedMeeting,
    options: &IcsOptions,
    name: &dyn Fn(PersonId) -> String,
) -> String {
    let mut text = String::from("Attendees:");
    for attendee in &meeting.attendees {
        let _ = write!(
            text,
            "\n- {} ({})",
            name(attendee.person),
            attendee.team.label()
        );
        if meeting.note_taker == Some(attendee.person) {
            text.push_str(", takes notes");
        }
    }
    if !options.agenda.is_empty() {
        text.push_str("\n\nAgenda:");
        for item in options.agenda {
            let _ = write!(text, "\n- {item}");
        }
    }
    text
}

/// Stable per meeting date and group, so re-importing an updated plan updates the events.
fn event_uid(meeting: &PlannedMeeting) -> String {
    let group = match &meeting.group {
        Some(label) => format!("{:016x}", fnv1a(label.as_bytes())),
        None => "all".to_string(),
    };
    format!(
        "{}-{group}@smarketing-meetings",
        compact_date(meeting.starts_at.date())
    )
}

/// FNV-1a: a tiny stable hash (unlike std's, it never changes between Rust versions).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Minutes since 2020 at the export: larger for every later export of the same plan.
fn sequence(stamp: Timestamp) -> i64 {
    const JAN_2020_MILLIS: i64 = 1_577_836_800_000;
    ((stamp.0 - JAN_2020_MILLIS) / 60_000).max(0)
}

fn format_floating(time: NaiveDateTime) -> String {
    compact_date_time(time)
}

fn format_stamp(stamp: Timestamp) -> String {
    let utc = stamp.to_utc().unwrap_or_default();
    format!("{}Z", compact_date_time(utc.naive_utc()))
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline. Other control
/// characters are not allowed in a value and are dropped.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value in double quotes, which may hold `,;:` but never a quote or a control
/// character (RFC 5545 §3.1 has no escape for them).
fn quote_param(value: &str) -> String {
    let inner: String = value
        .chars()
        .map(|c| if c == '"' { '\'' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    format!("\"{inner}\"")
}

/// Appends `line` with CRLF, folded so no physical line exceeds 75 octets: each fold is a
/// CRLF and one space, and a fold never falls inside a UTF-8 character.
fn push_folded(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let octets = c.len_utf8();
        if used + octets > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += octets;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escaping_covers_the_reserved_characters() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg\u{7}h"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ngh"
        );
        assert_eq!(escape_text("plain: text"), "plain: text");
    }

    #[test]
    fn parameters_are_quoted_and_lose_quotes_inside() {
        assert_eq!(quote_param("Lovelace, Ada"), "\"Lovelace, Ada\"");
        assert_eq!(
            quote_param("Ada \"The\" Countess"),
            "\"Ada 'The' Countess\""
        );
    }

    #[test]
    fn short_lines_are_not_folded() {
        let mut out = String::new();
        push_folded(&mut out, &"x".repeat(75));
        assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(60)); // 8 + 120 octets
        let mut out = String::new();
        push_folded(&mut out, &line);
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 1);
        for part in &physical {
            assert!(part.len() <= MAX_LINE_OCTETS, "{} octets", part.len());
        }
        assert!(physical[1..].iter().all(|p| p.starts_with(' ')));
        let unfolded: String = physical
            .iter()
            .enumerate()
            .map(|(i, p)| if i == 0 { *p } else { &p[1..] })
            .collect();
        assert_eq!(unfolded, line);
    }

    #[test]
    fn uid_hash_is_stable() {
        // Fixed value: a change here would duplicate every exported event.
        assert_eq!(fnv1a(b"EMEA"), 0xc7ad_de6c_f6a2_ebb5);
    }
}
