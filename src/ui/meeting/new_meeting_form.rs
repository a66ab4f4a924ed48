use crate::domain::agenda::builtin::WEEKLY_ID;
use crate::domain::agenda::format_duration;
use crate::domain::ids::{MeetingId, PersonId, TemplateId};
use crate::domain::meeting::{MAX_ATTENDEES, Meeting, MeetingError, NewMeeting, may_add_attendee};
use crate::domain::person::Person;
use crate::domain::roster_search::{ROWS_PER_PAGE, RosterSearch};
use crate::domain::time::Timestamp;
use crate::ui::field::Field;
use crate::ui::field_error::FieldError;
use crate::ui::find_people::{FindPeopleBox, MoreRows};
use crate::ui::format::{datetime_local_value, parse_datetime_local};
use crate::ui::now::now;
use crate::ui::outcomes::record_options;
use crate::ui::route::{Route, navigate};
use crate::ui::state::{MeetingsState, RosterState, TemplatesState};
use leptos::prelude::*;
use std::collections::{BTreeSet, HashSet};
use thiserror::Error;

/// From this many people on, the picker has a search box: a long list of ticks is hard to scan.
const SEARCH_FROM: usize = 20;

/// The next full hour from now: a sensible default start.
fn next_full_hour(now: Timestamp) -> Timestamp {
    let hour = 3_600_000;
    Timestamp((now.0 / hour + 1) * hour)
}

/// Plans one meeting: agenda, time, who attends and who takes notes.
/// Why no meeting was planned; shown under the form.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
enum NewMeetingError {
    #[error("Choose an agenda template.")]
    NoTemplate,
    #[error("Enter the date and time of the meeting.")]
    NoTime,
    #[error(transparent)]
    Meeting(#[from] MeetingError),
}

#[component]
pub fn NewMeetingForm() -> impl IntoView {
    let roster = expect_context::<RosterState>();
    let templates = expect_context::<TemplatesState>();
    let meetings = expect_context::<MeetingsState>();

    let template_id = RwSignal::new(WEEKLY_ID);
    let when = RwSignal::new(datetime_local_value(next_full_hour(now())));
    // Core members attend every meeting; executives stay out unless ticked.
    let attendees = RwSignal::new(roster.with_untracked(|people| {
        people
            .iter()
            .filter(|p| p.active && p.core)
            .map(|p| p.id)
            .collect::<BTreeSet<PersonId>>()
    }));
    let note_taker = RwSignal::new(None::<PersonId>);
    let error = RwSignal::new(None::<NewMeetingError>);
    let picker = Picker {
        attendees,
        refusal: RwSignal::new(None),
        inviting: RwSignal::new(None),
    };

    let candidates = Memo::new(move |_| {
        roster
            .people()
            .into_iter()
            .filter(|p| p.active)
            .collect::<Vec<_>>()
    });
    let query = RwSignal::new(String::new());
    let limit = RwSignal::new(ROWS_PER_PAGE);
    let search = Memo::new(move |_| {
        let query = query.get();
        candidates.with(|people| RosterSearch::new(&query, people))
    });
    // Whoever is ticked stays listed, whatever the search says.
    let listed = Memo::new(move |_| {
        let ids: Vec<PersonId> = candidates.with(|people| people.iter().map(|p| p.id).collect());
        attendees
            .with(|picked| search.with(|s| s.visible(&ids, limit.get(), |id| picked.contains(id))))
    });
    let listed_people = move || {
        let shown: HashSet<PersonId> = listed.with(|rows| rows.ids.iter().copied().collect());
        candidates.with(|people| {
            people
                .iter()
                .filter(|p| shown.contains(&p.id))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let match_counts = Signal::derive(move || {
        let total = candidates.with(Vec::len);
        listed.with(|rows| (rows.matching, rows.also_listed, total))
    });
    let page_counts = Signal::derive(move || listed.with(|rows| (rows.ids.len(), rows.hidden)));

    let chosen = Memo::new(move |_| {
        let picked = attendees.get();
        candidates
            .get()
            .into_iter()
            .filter(|p| picked.contains(&p.id))
            .collect::<Vec<_>>()
    });

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(template) = templates.get(template_id.get_untracked()) else {
            error.set(Some(NewMeetingError::NoTemplate));
            return;
        };
        let Some(scheduled_at) = parse_datetime_local(&when.get_untracked()) else {
            error.set(Some(NewMeetingError::NoTime));
            return;
        };
        let people: Vec<PersonId> = chosen.get_untracked().iter().map(|p| p.id).collect();
        let taker = note_taker.get_untracked().filter(|id| people.contains(id));
        let plan = NewMeeting::from_template(&template, scheduled_at, people, taker);
        match Meeting::new(MeetingId::random(), plan, now()) {
            Ok(meeting) => {
                let id = meeting.id;
                meetings.save(meeting);
                navigate(Route::Meeting(id));
            }
            Err(reason) => error.set(Some(reason.into())),
        }
    };

    view! {
        <form class="new-meeting" on:submit=create aria-labelledby="new-meeting-title" novalidate>
            <h2 id="new-meeting-title">"Plan a meeting"</h2>
            <div class="field-row">
                <Field label="Agenda" class="field-grow">
                    <select
                        id="new-meeting-template"
                        on:change=move |ev| {
                            if let Ok(id) = event_target_value(&ev).parse::<TemplateId>() {
                                template_id.set(id);
                            }
                        }
                    >
                        {move || {
                            record_options(
                                templates
                                    .all()
                                    .into_iter()
                                    .map(|t| (t.id, format!("{} ({})", t.name, format_duration(t.cap_secs)))),
                                move |id| template_id.get() == id,
                            )
                        }}
                    </select>
                </Field>
                <Field label="Starts at">
                    <input
                        id="new-meeting-when"
                        type="datetime-local"
                        prop:value=when
                        on:input=move |ev| when.set(event_target_value(&ev))
                    />
                </Field>
            </div>
            <fieldset class="attendee-picker">
                <legend>
                    "Attendees "
                    <span class="picker-count">
                        {move || format!("({} chosen, at most {MAX_ATTENDEES})", chosen.get().len())}
                    </span>
                </legend>
                <Show
                    when=move || !candidates.get().is_empty()
                    fallback=|| {
                        view! {
                            <p>
                                "Nobody on the roster yet. " <a href=Route::Roster.href()>"Add people"</a>
                                " first."
                            </p>
                        }
                    }
                >
                    <Show when=move || { candidates.with(Vec::len) > SEARCH_FROM }>
                        <FindPeopleBox
                            id="new-meeting-find"
                            query
                            limit
                            counts=match_counts
                            always_listed="already chosen"
                        />
                    </Show>
                    <ul class="check-list">
                        <For each=listed_people key=|person| person.id let:person>
                            <AttendeeCheck person picker />
                        </For>
                    </ul>
                    <MoreRows counts=page_counts limit />
                </Show>
                <p id="new-meeting-picker-message" class="picker-message" role="status">
                    {move || {
                        picker
                            .refusal
                            .get()
                            .map(|reason| view! { <span class="field-warning">{reason.to_string()}</span> })
                    }}
                </p>
            </fieldset>
            <div class="field-row">
                <Field label="Note-taker" class="field-grow">
                    <select
                        id="new-meeting-note-taker"
                        on:change=move |ev| note_taker.set(event_target_value(&ev).parse().ok())
                    >
                        <option value="">"Nobody yet"</option>
                        {move || {
                            record_options(
                                chosen.get().into_iter().map(|p| (p.id, p.name)),
                                move |id| note_taker.get() == Some(id),
                            )
                        }}
                    </select>
                </Field>
                <button type="submit" class="button-primary">"Create meeting"</button>
            </div>
            <p class="form-message" aria-live="polite">
                <FieldError error=error />
            </p>
        </form>
    }
}

/// The attendee picker's state: who is ticked, why the last tick was refused, and the
/// executive waiting for "Invite anyway".
#[derive(Clone, Copy)]
struct Picker {
    attendees: RwSignal<BTreeSet<PersonId>>,
    refusal: RwSignal<Option<MeetingError>>,
    inviting: RwSignal<Option<PersonId>>,
}

impl Picker {
    /// Ticks or unticks `person` as the domain allows; returns whether they are ticked now.
    fn set(&self, person: &Person, on: bool, invite_anyway: bool) -> bool {
        self.inviting.set(None);
        if !on {
            self.attendees.update(|set| {
                set.remove(&person.id);
            });
            self.refusal.set(None);
            return false;
        }
        let chosen = self.attendees.with_untracked(BTreeSet::len);
        match may_add_attendee(chosen, person, invite_anyway) {
            Ok(()) => {
                self.attendees.update(|set| {
                    set.insert(person.id);
                });
                self.refusal.set(None);
                true
            }
            Err(MeetingError::ExecutiveNotInvited { .. }) => {
                self.inviting.set(Some(person.id));
                self.refusal.set(None);
                false
            }
            Err(reason) => {
                self.refusal.set(Some(reason));
                false
            }
        }
    }
}

/// One tick in the attendee picker. An executive asks "Invite anyway?" before being ticked.
#[component]
fn AttendeeCheck(person: Person, picker: Picker) -> impl IntoView {
    let id = person.id;
    let attendees = picker.attendees;
    let asking = move || picker.inviting.get() == Some(id);
    let invite_person = person.clone();
    let tick_person = person.clone();
    let name = person.name.clone();
    let mut note = person.team.to_string();
    if let Some(group) = &person.group {
        note.push_str(" · ");
        note.push_str(group);
    }
    match (person.core, person.executive) {
        (true, _) => note.push_str(" · core"),
        (_, true) => note.push_str(" · executive"),
        _ => {}
    }
    view! {
        <li>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || attendees.with(|set| set.contains(&id))
                    aria-describedby="new-meeting-picker-message"
                    on:change=move |ev| {
                        let ticked = picker.set(&tick_person, event_target_checked(&ev), false);
                        // A refused tick must not stay drawn as ticked.
                        if let Some(input) = ev
                            .target()
                            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
                        {
                            input.set_checked(ticked);
                        }
                    }
                />
                {person.name}
                <span class="muted">{format!(" ({note})")}</span>
            </label>
            <Show when=asking>
                <div class="invite-anyway" role="group" aria-label=format!("Invite {name}?")>
                    <p>
                        {format!(
                            "{} is an executive: executives sit out so the teams speak freely. Invite them anyway?",
                            invite_person.name,
                        )}
                    </p>
                    <button
                        type="button"
                        class="button-primary"
                        on:click={
                            let person = invite_person.clone();
                            move |_| {
                                picker.set(&person, true, true);
                            }
                        }
                    >
                        "Invite anyway"
                    </button>
                    <button type="button" on:click=move |_| picker.inviting.set(None)>
                        "Keep them out"
                    </button>
                </div>
            </Show>
        </li>
    }
}
