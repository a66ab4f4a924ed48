//! Making a minutes link from the workspace, and reading one back.

use super::codec::{StreamFailure, compress, decompress};
use crate::domain::exchange::{ExchangeFile, WorkspaceSnapshot};
use crate::domain::ids::MeetingId;
use crate::domain::share::{
    LinkContents, LinkError, MAX_UNPACKED_BYTES, ShareError, SharedMinutes, link_bytes,
    link_fragment, link_payload, minutes_file, read_shared_minutes, unpack_payload,
};
use crate::storage::StorageError;
use crate::ui::now::now;
use crate::ui::state::{
    ActionsState, MeetingsState, MinutesState, Persistence, ProblemsState, RosterState,
};
use leptos::prelude::*;
use std::fmt;

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why a minutes link could not be made or opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MinutesLinkError {
    /// Making one: no minutes yet, or too large (then the file is offered instead).
    Share(ShareError),
    /// Opening one: what is wrong with it.
    Link(LinkError),
    /// The browser cannot compress or unpack (no `CompressionStream`).
    Unsupported,
    /// The meeting's tally, chosen to go in the link, could not be read.
    Storage(StorageError),
}

impl fmt::Display for MinutesLinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MinutesLinkError::Share(error) => error.fmt(f),
            MinutesLinkError::Link(error) => error.fmt(f),
            MinutesLinkError::Storage(error) => error.fmt(f),
            MinutesLinkError::Unsupported => f.write_str(
                "This browser cannot pack minutes into a link. Use a current Chrome, Edge, \
                 Firefox or Safari, or share the meeting file.",
            ),
        }
    }
}

impl From<ShareError> for MinutesLinkError {
    fn from(error: ShareError) -> Self {
        MinutesLinkError::Share(error)
    }
}

impl From<LinkError> for MinutesLinkError {
    fn from(error: LinkError) -> Self {
        MinutesLinkError::Link(error)
    }
}

/// The records a minutes link is made from, read from the app's state; the meeting's taps are
/// read from storage only when the link is to carry them.
#[derive(Clone, Copy)]
pub struct LinkSources {
    roster: RosterState,
    meetings: MeetingsState,
    problems: ProblemsState,
    actions: ActionsState,
    minutes: MinutesState,
    persistence: Persistence,
}

impl LinkSources {
    pub fn from_context() -> Self {
        LinkSources {
            roster: expect_context(),
            meetings: expect_context(),
            problems: expect_context(),
            actions: expect_context(),
            minutes: expect_context(),
            persistence: expect_context(),
        }
    }

    /// The records, tracked: a link made from them is made again when they change.
    pub fn snapshot(&self) -> WorkspaceSnapshot {
        WorkspaceSnapshot {
            people: self.roster.people(),
            meetings: self.meetings.all(),
            problems: self.problems.all(),
            action_items: self.actions.all(),
            minutes: self.minutes.all(),
            ..WorkspaceSnapshot::default()
        }
    }

    /// The file for `meeting` with what `contents` asks for: the tally's taps are read here.
    pub async fn file(
        self,
        snapshot: WorkspaceSnapshot,
        meeting: MeetingId,
        contents: LinkContents,
    ) -> Result<ExchangeFile, MinutesLinkError> {
        let mut snapshot = snapshot;
        if contents == LinkContents::MinutesAndTally {
            snapshot.tally_events = self
                .persistence
                .tally_events_of(meeting)
                .await
                .map_err(MinutesLinkError::Storage)?;
        }
        Ok(minutes_file(
            &snapshot,
            meeting,
            contents,
            APP_VERSION,
            now(),
        )?)
    }

    /// The file shared instead of a link when the minutes are too large for one.
    pub async fn file_instead(
        self,
        meeting: MeetingId,
        contents: LinkContents,
    ) -> Result<ExchangeFile, MinutesLinkError> {
        let snapshot = untrack(|| self.snapshot());
        self.file(snapshot, meeting, contents).await
    }
}

/// The full address of a minutes link for `meeting`: this page's address with the minutes in
/// the fragment.
pub async fn minutes_link(
    sources: LinkSources,
    snapshot: WorkspaceSnapshot,
    meeting: MeetingId,
    contents: LinkContents,
) -> Result<String, MinutesLinkError> {
    let file = sources.file(snapshot, meeting, contents).await?;
    let packed = compress(&link_bytes(&file))
        .await
        .map_err(|_| MinutesLinkError::Unsupported)?;
    let fragment = link_fragment(&link_payload(&packed)?);
    let href = window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    Ok(format!("{page}{fragment}"))
}

/// The minutes in a link's payload, checked completely.
pub async fn open_minutes_link(payload: String) -> Result<SharedMinutes, MinutesLinkError> {
    let packed = unpack_payload(&payload)?;
    let unpacked =
        decompress(&packed, MAX_UNPACKED_BYTES)
            .await
            .map_err(|failure| match failure {
                StreamFailure::Unsupported => MinutesLinkError::Unsupported,
                StreamFailure::Refused => LinkError::DoesNotUnpack.into(),
                StreamFailure::OverLimit => LinkError::UnpacksTooLarge.into(),
            })?;
    Ok(read_shared_minutes(&unpacked)?)
}
