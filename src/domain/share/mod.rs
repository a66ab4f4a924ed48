//! Links that carry a meeting's minutes: sharing without a server.
//!
//! A minutes link is the app's address with the minutes in its fragment
//! (`…/#/minutes/1.<payload>`). Browsers never send the fragment to a server, so the minutes go
//! only where the link goes. The payload is, in order:
//!
//! 1. a one-meeting exchange file ([`export_meeting`]): the meeting (agenda, attendees,
//!    note-taker, clock, go-round), its minutes, its problems and action items, and the people
//!    these name, but **not the tally** unless the facilitator chooses it ([`LinkContents`]; the
//!    documents advise keeping it quiet) — the same file "Export this meeting" writes, minus the
//!    taps, and without the file's indentation;
//! 2. compressed with `deflate-raw` (the browser's `CompressionStream`; not done here, as the
//!    domain has no browser);
//! 3. written in base64url ([`to_base64url`]) after the link format's version, `1.`.
//!
//! Opening a link undoes these steps and reads the file with exactly the checks an imported file
//! gets ([`read_import_bytes`]), plus what a minutes link needs: one meeting, with minutes, and
//! nothing it names missing. A link is untrusted input: every step says what is wrong, and
//! nothing is written before all of them passed.
//!
//! **Size.** A link carries at most [`MAX_PAYLOAD_CHARS`] (8 KB) of encoded payload; longer
//! fragments are refused before they are decoded, and the unpacked file may be at most
//! [`MAX_UNPACKED_BYTES`], so a small link cannot unpack into something huge. Minutes too large
//! for a link are shared as the meeting file instead (the UI says so).

#[cfg(test)]
mod tests;

use crate::domain::exchange::{
    ExchangeFile, ExistingIds, ImportError, ImportFile, WorkspaceSnapshot, export_meeting,
    read_import_bytes,
};
use crate::domain::ids::MeetingId;
use crate::domain::meeting::Meeting;
use crate::domain::outcomes::{ActionItem, Minutes, Problem};
use crate::domain::person::Person;
use crate::domain::time::Timestamp;
use thiserror::Error;

/// The version of the link's payload layout, written before its first dot. A link of another
/// version is refused with a message, never guessed at.
pub const LINK_VERSION: &str = "1";

/// The most characters of encoded payload a link carries: 8 KB. Every browser and mail program
/// keeps a link of this length whole; the minutes of a usual meeting take 1–3 KB.
pub const MAX_PAYLOAD_CHARS: usize = 8 * 1024;

/// The largest file a link may unpack to. A deflated payload of 8 KB unpacks to about 100 KB of
/// ordinary minutes; this stops a crafted link from unpacking into megabytes.
pub const MAX_UNPACKED_BYTES: usize = 1_000_000;

/// The route of the minutes-link page in the address's fragment.
pub const LINK_ROUTE: &str = "minutes";

/// Why a meeting's minutes cannot be put in a link.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ShareError {
    #[error("This meeting is no longer in the workspace.")]
    NoSuchMeeting,
    #[error("This meeting has no minutes yet: they are written when the meeting is closed.")]
    NoMinutes,
    #[error(
        "These minutes are too large for a link: {} KB encoded, and a link carries up to {} KB.",
        kilobytes(*chars),
        MAX_PAYLOAD_CHARS / 1024
    )]
    TooLarge { chars: usize },
}

/// Why a minutes link cannot be opened. Messages are shown as they are; nothing has been
/// written when one is returned.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error("This link carries no minutes: the part after “#/minutes/” is empty.")]
    Empty,
    #[error(
        "This link was made by another version of Smarketing Meetings (link format “{found}”; \
         this app reads “{LINK_VERSION}”). Ask for the meeting file instead."
    )]
    UnknownVersion { found: String },
    #[error(
        "This link is too long to be a minutes link: {} KB, and links carry up to {} KB.",
        kilobytes(*chars),
        MAX_PAYLOAD_CHARS / 1024
    )]
    TooLong { chars: usize },
    #[error(
        "This link is damaged: character {position} of its minutes (“{character}”) cannot be in \
         a minutes link. Copy the whole link again."
    )]
    NotBase64 { position: usize, character: char },
    #[error(
        "This link is damaged: its minutes end partway through a character. It was probably cut short; copy the whole link again."
    )]
    CutShort,
    #[error(
        "This link is damaged: its minutes do not unpack. It was probably cut short or changed; copy the whole link again."
    )]
    DoesNotUnpack,
    #[error(
        "This link unpacks to more than {} KB, more than any minutes link holds.",
        MAX_UNPACKED_BYTES / 1000
    )]
    UnpacksTooLarge,
    #[error("The minutes in this link are not valid: {0}")]
    Invalid(ImportError),
    #[error("This link holds a whole workspace, not one meeting's minutes.")]
    NotOneMeeting,
    #[error("This link holds a meeting without minutes.")]
    NoMinutes,
}

fn kilobytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1024.0)
}

/// What a minutes link carries besides the minutes and the records they name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LinkContents {
    /// The minutes, agenda, attendees, problems and action items.
    #[default]
    Minutes,
    /// The same and the meeting's talk tally, when the facilitator chooses to share it.
    MinutesAndTally,
}

/// The meeting file a minutes link carries for `meeting`: the one-meeting export, with the
/// tally only when `contents` says so (its taps must be in `workspace`). It is also what is
/// shared instead when the minutes are too large for a link.
pub fn minutes_file(
    workspace: &WorkspaceSnapshot,
    meeting: MeetingId,
    contents: LinkContents,
    app_version: &str,
    now: Timestamp,
) -> Result<ExchangeFile, ShareError> {
    let mut file =
        export_meeting(workspace, meeting, app_version, now).ok_or(ShareError::NoSuchMeeting)?;
    if file.records.minutes.is_empty() {
        return Err(ShareError::NoMinutes);
    }
    if contents == LinkContents::Minutes {
        file.records.tally_events.clear();
    }
    Ok(file)
}

/// `file` as a link carries it before compression: compact JSON.
pub fn link_bytes(file: &ExchangeFile) -> Vec<u8> {
    compact(&file.to_json()).into_bytes()
}

/// [`minutes_file`] as [`link_bytes`].
pub fn minutes_link_file(
    workspace: &WorkspaceSnapshot,
    meeting: MeetingId,
    contents: LinkContents,
    app_version: &str,
    now: Timestamp,
) -> Result<Vec<u8>, ShareError> {
    minutes_file(workspace, meeting, contents, app_version, now).map(|file| link_bytes(&file))
}

/// `json` without the whitespace between tokens (strings are kept exactly).
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut inside, mut escaped) = (false, false);
    for c in json.chars() {
        if inside {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                inside = false;
            }
        } else if !c.is_whitespace() {
            inside = c == '"';
            out.push(c);
        }
    }
    out
}

/// The link's payload (what follows `#/minutes/`) for `compressed`, the compressed file, or
/// [`ShareError::TooLarge`] when it is over [`MAX_PAYLOAD_CHARS`].
pub fn link_payload(compressed: &[u8]) -> Result<String, ShareError> {
    let encoded = to_base64url(compressed);
    if encoded.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLarge {
            chars: encoded.len(),
        });
    }
    Ok(format!("{LINK_VERSION}.{encoded}"))
}

/// The fragment of a minutes link, `#/minutes/<payload>`.
pub fn link_fragment(payload: &str) -> String {
    format!("#/{LINK_ROUTE}/{payload}")
}

/// The payload of a minutes link's fragment (`#/minutes/<payload>`), or `None` for another
/// route. The payload may be empty or damaged: [`unpack_payload`] says so.
pub fn payload_in_fragment(fragment: &str) -> Option<&str> {
    let path = fragment.trim_start_matches('#').trim_start_matches('/');
    let rest = path.strip_prefix(LINK_ROUTE)?;
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix('/')
}

/// The compressed file in a link's payload: checks the version, the length and every
/// character before decoding. The bytes still need unpacking, then [`read_shared_minutes`].
pub fn unpack_payload(payload: &str) -> Result<Vec<u8>, LinkError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    let Some((version, encoded)) = payload.split_once('.') else {
        return Err(LinkError::UnknownVersion {
            found: payload.chars().take(12).collect(),
        });
    };
    if version != LINK_VERSION {
        return Err(LinkError::UnknownVersion {
            found: version.chars().take(12).collect(),
        });
    }
    if encoded.len() > MAX_PAYLOAD_CHARS {
        return Err(LinkError::TooLong {
            chars: encoded.len(),
        });
    }
    if encoded.is_empty() {
        return Err(LinkError::Empty);
    }
    from_base64url(encoded)
}

/// The minutes a link carried, checked as an imported file is, and self-contained.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedMinutes {
    file: ImportFile,
}

/// Reads the unpacked file of a minutes link: the size, then every check an imported file gets
/// (with no workspace to lean on: everything it names must be in it), then that it is one
/// meeting with its minutes.
pub fn read_shared_minutes(unpacked: &[u8]) -> Result<SharedMinutes, LinkError> {
    if unpacked.len() > MAX_UNPACKED_BYTES {
        return Err(LinkError::UnpacksTooLarge);
    }
    let file = read_import_bytes(unpacked, &ExistingIds::default()).map_err(LinkError::Invalid)?;
    if file.meeting().is_none() {
        return Err(LinkError::NotOneMeeting);
    }
    if file.records().minutes.is_empty() {
        return Err(LinkError::NoMinutes);
    }
    Ok(SharedMinutes { file })
}

impl SharedMinutes {
    /// The file, for the same import preview and writes as a file.
    pub fn file(&self) -> &ImportFile {
        &self.file
    }

    pub fn meeting(&self) -> &Meeting {
        self.file
            .meeting()
            .expect("read_shared_minutes accepts one-meeting files only")
    }

    pub fn minutes(&self) -> &Minutes {
        &self.file.records().minutes[0]
    }

    /// The attendees' names, in the meeting's order.
    pub fn attendee_names(&self) -> Vec<String> {
        let people = &self.file.records().people;
        self.meeting()
            .attendees
            .iter()
            .filter_map(|id| people.iter().find(|p| p.id == *id))
            .map(|p: &Person| p.name.clone())
            .collect()
    }

    pub fn problems(&self) -> &[Problem] {
        &self.file.records().problems
    }

    pub fn action_items(&self) -> &[ActionItem] {
        &self.file.records().action_items
    }

    /// How many talk-tally taps the link carried (none unless its maker chose to share them).
    pub fn tally_taps(&self) -> usize {
        self.file.records().tally_events.len()
    }

    /// The meeting file the link carried, as "Export this meeting" writes it (indented), for
    /// "Download".
    pub fn to_file(&self) -> ExchangeFile {
        ExchangeFile {
            header: self.file.header().clone(),
            records: self.file.records().clone(),
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url without padding (RFC 4648 §5): safe in a URL's fragment as it is.
pub fn to_base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// The bytes of base64url text without padding; a character outside the alphabet is reported
/// with its position (1-based), and a length no encoder writes as cut short.
pub fn from_base64url(text: &str) -> Result<Vec<u8>, LinkError> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let (mut bits, mut count) = (0_u32, 0_u32);
    for (index, character) in text.chars().enumerate() {
        let value = ALPHABET
            .iter()
            .position(|a| char::from(*a) == character)
            .ok_or(LinkError::NotBase64 {
                position: index + 1,
                character,
            })?;
        bits = (bits << 6) | value as u32;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    // One leftover character (6 bits) cannot end a byte: the text was cut.
    if text.chars().count() % 4 == 1 {
        return Err(LinkError::CutShort);
    }
    Ok(out)
}
