use super::content_fields::ContentFields;
use super::names::PlaybookNames;
use super::version_history::VersionHistory;
use super::versions_part::VersionsPart;
use crate::domain::ids::PlaybookEntryId;
use crate::domain::playbook::document::{review_line, standing};
use crate::domain::playbook::form::ContentForm;
use crate::domain::playbook::{EntryStatus, PlaybookEntry, PlaybookError, ReviewInterval, Topic};
use crate::ui::choice::{choice_options, chosen};
use crate::ui::field::Field;
use crate::ui::now::{local_today, now};
use crate::ui::pages::{OnDemand, OtherAreas};
use crate::ui::state::PlaybookState;
use leptos::prelude::*;

/// One playbook entry, edited in place and saved as it is typed. `id` is `None` for an entry
/// not written yet: it is created the first time the fields make a whole entry.
#[component]
pub fn EntryCard(
    topic: Topic,
    id: RwSignal<Option<PlaybookEntryId>>,
    key: String,
) -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let names = PlaybookNames::from_context();
    let load_versions = expect_context::<OtherAreas>().entry_versions;
    let entry = Memo::new(move |_| {
        let id = id.get()?;
        playbook.with(|r| r.entries.iter().find(|e| e.id == id).cloned())
    });
    let today = local_today();
    let initial = entry.get_untracked().map_or_else(
        || ContentForm::blank(topic, today),
        |e| ContentForm::of(&e.newest().content),
    );
    let form = RwSignal::new(initial);
    let error = RwSignal::new(None::<PlaybookError>);
    let save = Callback::new(move |()| {
        let content = match form.with_untracked(|f| f.content(topic)) {
            Ok(content) => content,
            Err(reason) => {
                error.set(Some(reason));
                return;
            }
        };
        error.set(None);
        match entry.get_untracked() {
            Some(mut existing) => {
                let before = existing.clone();
                let at = PlaybookState::stamp(existing.updated_at);
                match existing.edit(&content, at) {
                    Ok(()) if existing != before => playbook.save_entry(existing),
                    Ok(()) => {}
                    Err(reason) => error.set(Some(reason)),
                }
            }
            None => {
                let new_id = PlaybookEntryId::random();
                match PlaybookEntry::new(new_id, topic, &content, now()) {
                    Ok(created) => {
                        playbook.save_entry(created);
                        id.set(Some(new_id));
                    }
                    Err(reason) => error.set(Some(reason)),
                }
            }
        }
    });
    let status = Memo::new(move |_| entry.with(|e| e.as_ref().map(PlaybookEntry::status)));
    let due =
        Memo::new(move |_| entry.with(|e| e.as_ref().is_some_and(|e| e.is_due_for_review(today))));
    let heading = move || {
        if topic.is_single() {
            topic.label().to_string()
        } else {
            entry.with(|e| {
                e.as_ref()
                    .map_or_else(|| format!("New: {}", topic.label()), PlaybookEntry::title)
            })
        }
    };
    let discard = move |_| {
        if let Some(mut existing) = entry.get_untracked() {
            let at = PlaybookState::stamp(existing.updated_at);
            if existing.discard_draft(at) {
                form.set(ContentForm::of(&existing.newest().content));
                error.set(None);
                playbook.save_entry(existing);
            }
        }
    };
    let set_interval = move |ev| {
        let Some(interval) = chosen::<ReviewInterval>(&ev) else {
            return;
        };
        if let Some(mut existing) = entry.get_untracked() {
            let at = PlaybookState::stamp(existing.updated_at);
            existing.set_review_every(interval, at);
            playbook.save_entry(existing);
        }
    };
    let message_id = format!("{key}-message");
    let heading_id = format!("{key}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <article
            class="pb-entry"
            class:pb-due=move || due.get()
            class:pb-draft=move || status.get() != Some(EntryStatus::Agreed)
            aria-labelledby=labelled_by
            data-topic=topic.to_string()
        >
            <header class="pb-entry-head">
                <h3 id=heading_id>{heading}</h3>
                {move || match status.get() {
                    None => view! { <span class="badge badge-muted">"Not written yet"</span> }.into_any(),
                    Some(EntryStatus::Draft) => view! { <span class="badge badge-muted">"Draft"</span> }.into_any(),
                    Some(EntryStatus::Agreed) => view! { <span class="badge">"Agreed"</span> }.into_any(),
                    Some(EntryStatus::ChangedSinceAgreed) => {
                        view! { <span class="badge pb-badge-changed">"Agreed, changed draft"</span> }.into_any()
                    }
                }}
                <Show when=move || due.get()>
                    <span class="badge badge-overdue">"Due for review"</span>
                </Show>
            </header>
            <p class="pb-standing muted">
                {move || entry.with(|e| e.as_ref().map(|e| standing(e, &|p| names.person(p), &|m| names.meeting(m))))}
                {move || entry.with(|e| e.as_ref().and_then(|e| review_line(e, today)).map(|r| format!(". {r}.")))}
            </p>
            <ContentFields topic form changed=save prefix=key.clone() message_id=message_id.clone() />
            <p id=message_id class="form-message" aria-live="polite">
                {move || match error.get() {
                    Some(text) if entry.with(Option::is_some) => {
                        view! { <span class="field-error">"Not saved: " {text.to_string()}</span> }.into_any()
                    }
                    Some(text) => view! { <span class="field-warning">"Saved once complete: " {text.to_string()}</span> }.into_any(),
                    None => ().into_any(),
                }}
            </p>
            <Show when=move || status.get() == Some(EntryStatus::ChangedSinceAgreed)>
                <OnDemand
                    load=move || load_versions(VersionsPart::ChangesSinceAgreed, entry)
                    waiting=VersionsPart::ChangesSinceAgreed.waiting()
                />
                <button type="button" class="button-secondary" on:click=discard>
                    "Discard the draft, keep what was agreed"
                </button>
            </Show>
            <Show when=move || entry.with(Option::is_some)>
                <div class="field-row pb-entry-foot">
                    <Field label="Review">
                        <select on:change=set_interval>
                            {choice_options(
                                ReviewInterval::ALL,
                                ReviewInterval::label,
                                move |interval| {
                                    entry.with(|e| e.as_ref().is_some_and(|e| e.review_every == interval))
                                },
                            )}
                        </select>
                    </Field>
                </div>
                <VersionHistory entry />
            </Show>
        </article>
    }
}
