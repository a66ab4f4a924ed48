//! `mailto:` links (RFC 6068) for sending the minutes to people who did not attend. The
//! browser opens the reader's mail program with the message filled in; nothing is sent by us.

use crate::domain::meeting::Meeting;
use crate::domain::person::Person;

/// A `mailto:` URI for `recipients` with `subject` and `body`, percent-encoded as RFC 6068
/// asks: addresses are joined by commas, every byte outside the URI's unreserved characters
/// is `%XX`-encoded (UTF-8), spaces as `%20` and never `+`, a literal `+` in the subject or
/// body as `%2B` (some mail programs read `+` as a space), and line breaks in the body as
/// `%0D%0A`. Empty subjects and bodies are left out. Recipients are trimmed; blank ones are
/// skipped. The caller passes addresses it has checked.
///
/// Mail programs cap the length of such links (a few thousand characters for some), so long
/// minutes may arrive cut short; the UI should also offer copying them.
pub fn mailto_link(recipients: &[&str], subject: &str, body: &str) -> String {
    let to: Vec<String> = recipients
        .iter()
        .map(|address| address.trim())
        .filter(|address| !address.is_empty())
        .map(|address| percent_encode(address, |b| b == b'@' || b == b'+'))
        .collect();
    let mut link = format!("mailto:{}", to.join(","));
    let mut fields = Vec::new();
    if !subject.is_empty() {
        fields.push(format!("subject={}", percent_encode(subject, |_| false)));
    }
    if !body.is_empty() {
        let body = crlf_line_breaks(body);
        fields.push(format!("body={}", percent_encode(&body, |_| false)));
    }
    if !fields.is_empty() {
        link.push('?');
        link.push_str(&fields.join("&"));
    }
    link
}

/// Who a minutes e-mail goes to: one link for those in the room, one for everyone else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MinutesAudience {
    /// The meeting's attendees, so they have the record.
    Attendees,
    /// Active people on the roster who were not there, executives included: the documents
    /// say everyone else reads the minutes.
    MissedIt,
}

/// The people of `audience` who have an e-mail address, in roster order.
pub fn minutes_recipients<'a>(
    people: &'a [Person],
    meeting: &Meeting,
    audience: MinutesAudience,
) -> Vec<&'a Person> {
    people
        .iter()
        .filter(|p| match audience {
            MinutesAudience::Attendees => meeting.attendees.contains(&p.id),
            MinutesAudience::MissedIt => p.active && !meeting.attendees.contains(&p.id),
        })
        .filter(|p| email_of(p).is_some())
        .collect()
}

/// `person`'s address, trimmed, if they have one.
pub fn email_of(person: &Person) -> Option<&str> {
    person
        .email
        .as_deref()
        .map(str::trim)
        .filter(|email| !email.is_empty())
}

/// "Minutes: Weekly smarketing, 24 Nov 2025": the subject line for the minutes' email.
pub fn minutes_subject(meeting_title: &str, date_text: &str) -> String {
    match date_text.trim() {
        "" => format!("Minutes: {}", meeting_title.trim()),
        date => format!("Minutes: {}, {date}", meeting_title.trim()),
    }
}

/// Every line break (`\r\n`, `\r` or `\n`) as `\r\n`, as RFC 6068 wants in a body.
fn crlf_line_breaks(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// `text`'s UTF-8 bytes with all but unreserved characters (RFC 3986: letters, digits, `-`,
/// `.`, `_`, `~`) and those `keep` allows percent-encoded in upper-case hex.
fn percent_encode(text: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') || keep(byte) {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0F)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::builtin::{WEEKLY_ID, builtin_template};
    use crate::domain::ids::{MeetingId, PersonId};
    use crate::domain::meeting::NewMeeting;
    use crate::domain::person::Team;
    use crate::domain::time::Timestamp;
    use proptest::prelude::*;

    /// Decodes `%XX` sequences; for checking links only.
    fn percent_decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn encodes_subject_and_body_as_rfc_6068_asks() {
        assert_eq!(
            mailto_link(
                &["ada@example.com", " bo+sales@example.org "],
                "Minutes: Q&A ✓",
                "Line 1\nLine 2 is 100% + more?\r\n#3=done",
            ),
            "mailto:ada@example.com,bo+sales@example.org\
             ?subject=Minutes%3A%20Q%26A%20%E2%9C%93\
             &body=Line%201%0D%0ALine%202%20is%20100%25%20%2B%20more%3F%0D%0A%233%3Ddone"
        );
    }

    #[test]
    fn leaves_out_empty_parts() {
        assert_eq!(mailto_link(&[], "", ""), "mailto:");
        assert_eq!(mailto_link(&["", "  "], "Hi", ""), "mailto:?subject=Hi");
        assert_eq!(mailto_link(&["a@b.c"], "", "x"), "mailto:a@b.c?body=x");
    }

    #[test]
    fn odd_characters_in_addresses_are_encoded() {
        assert_eq!(
            mailto_link(&["o'neil,x@example.com"], "", ""),
            "mailto:o%27neil%2Cx@example.com"
        );
    }

    #[test]
    fn every_kind_of_line_break_becomes_crlf() {
        assert_eq!(crlf_line_breaks("a\nb\r\nc\rd"), "a\r\nb\r\nc\r\nd");
    }

    #[test]
    fn subject_names_the_meeting_and_date() {
        assert_eq!(
            minutes_subject(" Weekly ", "24 Nov 2025"),
            "Minutes: Weekly, 24 Nov 2025"
        );
        assert_eq!(minutes_subject("Weekly", " "), "Minutes: Weekly");
    }

    #[test]
    fn recipients_are_attendees_or_active_absentees_with_an_address() {
        let person = |n: u128, email: Option<&str>, active: bool| Person {
            executive: n == 6,
            active,
            email: email.map(str::to_string),
            ..Person::member(PersonId::from_u128(n), &format!("P{n}"), Team::Sales)
        };
        let people = [
            person(1, Some("attended@example.com"), true),
            person(2, Some("absent@example.com"), true),
            person(3, None, true),
            person(4, Some("left@example.com"), false),
            person(5, Some("  "), true),
            person(6, Some(" exec@example.com "), true),
        ];
        let weekly = builtin_template(WEEKLY_ID).unwrap();
        let plan =
            NewMeeting::from_template(&weekly, Timestamp(0), vec![PersonId::from_u128(1)], None);
        let meeting = Meeting::new(MeetingId::from_u128(9), plan, Timestamp(0)).unwrap();
        let addresses = |audience| -> Vec<&str> {
            minutes_recipients(&people, &meeting, audience)
                .into_iter()
                .filter_map(email_of)
                .collect()
        };
        assert_eq!(
            addresses(MinutesAudience::MissedIt),
            ["absent@example.com", "exec@example.com"]
        );
        assert_eq!(
            addresses(MinutesAudience::Attendees),
            ["attended@example.com"]
        );
    }

    proptest! {
        #[test]
        fn body_and_subject_decode_back(subject in any::<String>(), body in any::<String>()) {
            let link = mailto_link(&["a@example.com"], &subject, &body);
            let query = link.strip_prefix("mailto:a@example.com").unwrap();
            prop_assert!(query.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%?&=".contains(&b)));
            let mut decoded_subject = String::new();
            let mut decoded_body = String::new();
            for field in query.trim_start_matches('?').split('&').filter(|f| !f.is_empty()) {
                let (name, value) = field.split_once('=').unwrap();
                match name {
                    "subject" => decoded_subject = percent_decode(value),
                    "body" => decoded_body = percent_decode(value),
                    other => prop_assert!(false, "unexpected field {}", other),
                }
            }
            prop_assert_eq!(decoded_subject, subject);
            prop_assert_eq!(decoded_body, crlf_line_breaks(&body));
        }
    }
}
