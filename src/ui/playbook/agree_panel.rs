use super::diff_view::DiffView;
use crate::domain::date_text::iso_date;
use crate::domain::ids::DecisionId;
use crate::domain::playbook::decision::{agree_in_meeting, reaffirm_in_meeting};
use crate::domain::playbook::diff::diff;
use crate::domain::playbook::{Agreement, EntryStatus, PlaybookEntry, to_review};
use crate::ui::meeting::LiveMeeting;
use crate::ui::now::{local_date_of, now};
use crate::ui::route::Route;
use crate::ui::state::PlaybookState;
use leptos::prelude::*;

/// The playbook in the meeting's review: drafts to agree and agreed entries due for review,
/// each agreed (or kept) by the people in the room. Agreeing records the meeting, its date and
/// its attendees, freezes that version and logs the decision.
#[component]
pub fn AgreePanel() -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let playbook = expect_context::<PlaybookState>();
    let meeting_day = Memo::new(move |_| {
        live.meeting
            .with(|m| local_date_of(m.start_time()))
            .unwrap_or_default()
    });
    let listed = Memo::new(move |_| {
        let on = meeting_day.get();
        playbook.with(|r| {
            to_review(&r.entries, on)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let agreed_here = Memo::new(move |_| {
        let id = live.id;
        playbook.with(|r| {
            r.decisions
                .iter()
                .filter(|d| d.meeting == Some(id) && d.entry.is_some())
                .map(|d| d.what.clone())
                .collect::<Vec<_>>()
        })
    });
    let act = move |entry: PlaybookEntry, keep: bool| {
        let mut entry = entry;
        let agreement = Agreement {
            meeting: live.id,
            on: meeting_day.get_untracked(),
            attendees: live.meeting.with_untracked(|m| m.attendees.clone()),
            recorded_at: now(),
        };
        let at = PlaybookState::stamp(entry.updated_at);
        let logged = if keep {
            reaffirm_in_meeting(&mut entry, agreement, DecisionId::random(), at)
        } else {
            agree_in_meeting(&mut entry, agreement, DecisionId::random(), at)
        };
        match logged {
            Ok(decision) => {
                live.error.set(None);
                playbook.save_agreement(entry, decision);
            }
            Err(error) => live.error.set(Some(error.into())),
        }
    };
    view! {
        <section class="segment-panel pb-agree" aria-labelledby="pb-agree-title">
            <h3 id="pb-agree-title">"Playbook to agree and review"</h3>
            <Show
                when=move || !listed.with(Vec::is_empty)
                fallback=|| {
                    view! {
                        <p class="muted">
                            "Nothing waits: every entry is agreed and none is due for review. "
                            <a href=Route::Playbook.href()>"Open the playbook"</a>
                        </p>
                    }
                }
            >
                <ul class="pb-agree-list">
                    <For
                        each=move || listed.get()
                        key=|e| (e.id, e.updated_at)
                        children=move |entry| {
                            let status = entry.status();
                            let due = entry.review_due_on();
                            let title = entry.title();
                            let changes = match (entry.in_force(), entry.draft()) {
                                (Some(agreed), Some(draft)) => Some(diff(&agreed.content, &draft.content)),
                                _ => None,
                            };
                            let lines = entry.newest().content.lines();
                            // Agreed entries are kept as agreed (a review); others are agreed.
                            let keep = status == EntryStatus::Agreed;
                            let (class, verb) = if keep {
                                ("button-secondary", "Keep as agreed")
                            } else {
                                ("button-primary", "Agree")
                            };
                            let for_button = entry.clone();
                            let due_since = due
                                .filter(|d| *d <= meeting_day.get_untracked())
                                .map(iso_date);
                            let label = match (status, due_since) {
                                (EntryStatus::Draft, _) => "Draft".to_string(),
                                (EntryStatus::ChangedSinceAgreed, None) => "Changed since agreed".to_string(),
                                (EntryStatus::ChangedSinceAgreed, Some(since)) => {
                                    format!("Changed since agreed, due for review since {since}")
                                }
                                (EntryStatus::Agreed, Some(since)) => format!("Due for review since {since}"),
                                (EntryStatus::Agreed, None) => "Agreed".to_string(),
                            };
                            view! {
                                <li class="pb-agree-item">
                                    <p>
                                        <strong>{title.clone()}</strong>
                                        " "
                                        <span class="badge badge-muted">{label}</span>
                                    </p>
                                    {match changes {
                                        Some(lines) => view! { <DiffView lines=Signal::stored(lines) /> }.into_any(),
                                        None => {
                                            view! {
                                                <ul class="pb-diff">
                                                    {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                                                </ul>
                                            }
                                                .into_any()
                                        }
                                    }}
                                    <div class="field-row">
                                        <button
                                            type="button"
                                            class=class
                                            aria-label=format!("{verb}: {title}")
                                            on:click=move |_| act(for_button.clone(), keep)
                                        >
                                            {verb}
                                        </button>
                                        {keep.then(|| view! { <a href=Route::Playbook.href()>"Change it in the playbook"</a> })}
                                    </div>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
            <Show when=move || !agreed_here.with(Vec::is_empty)>
                <h4>"Agreed in this meeting"</h4>
                <ul class="pb-agreed-here">
                    {move || agreed_here.get().into_iter().map(|what| view! { <li>{what}</li> }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
