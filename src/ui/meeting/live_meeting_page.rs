use super::agenda_list::AgendaList;
use super::clock_bar::ClockBar;
use super::clock_controls::ClockControls;
use super::clock_panel::ClockPanel;
use super::error::LiveMeetingError;
use super::finished_panel::FinishedPanel;
use super::segment_tools::{SegmentTools, SegmentWork};
use super::shortcuts::{HelpOverlay, use_meeting_shortcuts};
use super::started_late_banner::StartedLateBanner;
use super::warning_cue::WarningCue;
use crate::domain::agenda::{ClockAction, ClockState, ClockView};
use crate::domain::ids::MeetingId;
use crate::domain::meeting::Meeting;
use crate::domain::outcomes::action_items_deleted_with;
use crate::domain::person::REMOVED_PERSON;
use crate::domain::time::Timestamp;
use crate::ui::confirm_delete::ConfirmDelete;
use crate::ui::field_error::FieldError;
use crate::ui::format::date_time;
use crate::ui::now::now;
use crate::ui::pages::{ForgetMeetingError, OtherAreas};
use crate::ui::room::OpenRoomDisplay;
use crate::ui::route::{Route, navigate};
use crate::ui::state::{
    ActionsState, MeetingsState, MinutesState, Persistence, PlaybookState, RosterState,
};
use crate::ui::tally::{BalancePanel, TallyBoard, TallySession};
use crate::ui::ticker::use_now;
use leptos::prelude::*;

/// What the live screen's parts share: the meeting, its clock at the latest tick, and the one
/// way to act on the clock (which saves the meeting on every transition).
#[derive(Clone, Copy)]
pub struct LiveMeeting {
    pub id: MeetingId,
    pub meeting: Memo<Meeting>,
    pub view: Memo<ClockView>,
    /// The latest tick; read it rather than the clock so every part shows the same instant.
    pub tick: ReadSignal<Timestamp>,
    pub error: RwSignal<Option<LiveMeetingError>>,
    meetings: MeetingsState,
}

impl LiveMeeting {
    pub fn act(&self, action: ClockAction) {
        self.edit(|meeting| meeting.handle_clock(action, now()));
    }

    /// Changes the meeting record (deliverables, go-round) and saves it if `change` succeeds.
    pub fn edit<E: Into<LiveMeetingError>>(
        &self,
        change: impl FnOnce(&mut Meeting) -> Result<(), E>,
    ) {
        let error = self.error;
        self.meetings
            .update(self.id, |meeting| match change(meeting) {
                Ok(()) => {
                    error.set(None);
                    true
                }
                Err(reason) => {
                    error.set(Some(reason.into()));
                    false
                }
            });
    }

    /// Pause when running, resume when paused, start when not started.
    pub fn toggle(&self) {
        match self.view.get_untracked().state {
            ClockState::NotStarted => self.act(ClockAction::Start),
            ClockState::Running => self.act(ClockAction::Pause),
            ClockState::Paused => self.act(ClockAction::Resume),
            ClockState::Finished | ClockState::TimeUp => {}
        }
    }
}

/// The live screen of meeting `id`, or [`MeetingNotFound`] once it is deleted under it.
#[component]
pub fn LiveMeetingPage(id: MeetingId) -> impl IntoView {
    let meetings = expect_context::<MeetingsState>();
    view! {
        <Show when=move || meetings.get(id).is_some() fallback=MeetingNotFound>
            <LiveMeetingScreen id />
        </Show>
    }
}

/// What the address of a meeting this browser does not hold shows. It is drawn without the live
/// screen's code (`ui::pages`): a link to a meeting opened on another device or after a
/// delete should not wait for it.
#[component]
pub fn MeetingNotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>"Meeting not found"</h1>
            <p>
                "This meeting is not in this browser. It may have been deleted, or it was planned on another device. "
                <a href=Route::Meetings.href()>"See all meetings"</a>
            </p>
        </section>
    }
}

#[component]
fn LiveMeetingScreen(id: MeetingId) -> impl IntoView {
    let meetings = expect_context::<MeetingsState>();
    let tick = use_now(250);
    // Keeps the last version if the meeting disappears, so the screen never reads a hole
    // while it is being torn down.
    let meeting = Memo::new(move |previous: Option<&Meeting>| {
        meetings
            .get(id)
            .or_else(|| previous.cloned())
            .expect("shown only while the meeting exists")
    });
    let view = Memo::new(move |_| meeting.with(|m| m.clock_view(tick.get())));
    let live = LiveMeeting {
        id,
        meeting,
        view,
        tick,
        error: RwSignal::new(None),
        meetings,
    };
    provide_context(live);

    // Record "time's up" at the instant the cap was reached, even if the tab slept through it.
    Effect::new(move |_| {
        if view.get().state == ClockState::TimeUp {
            meetings.update(id, |m| m.clock.settle(now()));
        }
    });

    let tally = TallySession::open(
        id,
        meeting.with_untracked(|m| m.attendees.clone()),
        expect_context::<Persistence>(),
        tick,
    );
    provide_context(tally);

    let help_open = use_meeting_shortcuts(live, tally);
    // Only closing ends the record; time's up stops the clock but keeps every tool open, so
    // nothing being typed at the cap is lost.
    let closed = Memo::new(move |_| view.get().is_closed());
    let tools = Memo::new(move |_| {
        let index = view.get().segment_index;
        SegmentTools::of(
            closed.get(),
            meeting.with(|m| m.segment(index).map(|s| s.kind)),
        )
    });

    view! {
        <section class="page live-meeting" aria-labelledby="page-title">
            <ClockBar />
            <header class="live-header">
                <div>
                    <h1 id="page-title">{move || meeting.get().title}</h1>
                    <p class="muted" data-testid="meeting-start">
                        {move || {
                            let m = meeting.get();
                            let label = if m.clock.has_started() { "Started " } else { "Scheduled " };
                            format!("{label}{}", date_time(m.start_time()))
                        }}
                    </p>
                </div>
                <div class="live-header-tools">
                    <WarningCue />
                    <OpenRoomDisplay />
                    <button
                        type="button"
                        class="button-secondary"
                        aria-haspopup="dialog"
                        on:click=move |_| help_open.set(true)
                    >
                        "Shortcuts (?)"
                    </button>
                </div>
            </header>
            <AttendeeLine />
            <StartedLateBanner />
            <Show when=move || closed.get() fallback=|| view! { <ClockPanel /> }>
                <FinishedPanel />
            </Show>
            <ClockControls />
            <Show when=move || !closed.get()>
                <TallyBoard />
                <BalancePanel />
            </Show>
            <div class="segment-work">
                <SegmentWork tools />
            </div>
            <Show when=move || !closed.get()>
                <AgendaList />
            </Show>
            <DeleteMeeting />
            <HelpOverlay open=help_open />
        </section>
    }
}

/// Who is in the room, with the note-taker marked.
#[component]
fn AttendeeLine() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let roster = expect_context::<RosterState>();
    let names = move || {
        let meeting = live.meeting.get();
        meeting
            .attendees
            .iter()
            .map(|id| {
                let name = roster
                    .person(*id)
                    .map_or_else(|| REMOVED_PERSON.into(), |p| p.name);
                if meeting.note_taker == Some(*id) {
                    format!("{name} (notes)")
                } else {
                    name
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! { <p class="attendee-line"><strong>"Attendees: "</strong>{names}</p> }
}

/// Deleting a meeting loses its record for good, so it takes a second, explicit click.
#[component]
fn DeleteMeeting() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let actions = expect_context::<ActionsState>();
    let minutes = expect_context::<MinutesState>();
    let persistence = expect_context::<Persistence>();
    let playbook = expect_context::<PlaybookState>();
    let forget_meeting = expect_context::<OtherAreas>().forget_meeting;
    let refused = RwSignal::new(None::<ForgetMeetingError>);
    let delete = Action::new_local(move |_: &()| async move {
        let id = live.id;
        // The playbook is read from storage when first needed, so its part may take a moment.
        match forget_meeting(playbook, id).await {
            Ok(()) => {}
            Err(ForgetMeetingError::NotDownloaded) => {
                refused.set(Some(ForgetMeetingError::NotDownloaded));
                return;
            }
            Err(ForgetMeetingError::Storage(error)) => persistence.report(error),
        }
        for action in action_items_deleted_with(id, &actions.all_untracked()) {
            actions.delete(action);
        }
        minutes.delete(id);
        persistence.delete_tally_of(id);
        live.meetings.delete(id);
        navigate(Route::Meetings);
    });
    view! {
        <div class="danger-zone">
            <ConfirmDelete
                ask="Delete meeting"
                question="Delete this meeting, its tally, action items, minutes and scores for good?"
                on_delete=Callback::new(move |_| {
                    delete.dispatch(());
                })
            />
            <p class="form-message" aria-live="polite">
                <FieldError error=refused />
            </p>
        </div>
    }
}
