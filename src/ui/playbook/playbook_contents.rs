use super::entry_card::EntryCard;
use super::many_entries::ManyEntries;
use super::names::PlaybookNames;
use crate::domain::date_text::iso_date;
use crate::domain::ids::PlaybookEntryId;
use crate::domain::playbook::{PlaybookEntry, Topic, to_review};
use crate::domain::sort::SortByKey;
use crate::ui::field_error::FieldError;
use crate::ui::now::local_today;
use crate::ui::pages::{OnDemand, OtherAreas};
use crate::ui::state::PlaybookState;
use leptos::prelude::*;

/// One slot per entry shown, made once when the page opens: a card keeps its slot (and so its
/// focus) when its first save gives it an id.
#[derive(Clone, Copy)]
pub(super) struct Slot {
    pub(super) key: usize,
    pub(super) topic: Topic,
    pub(super) id: RwSignal<Option<PlaybookEntryId>>,
}

/// What the page's tools make of the whole playbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DocumentTool {
    Print,
    Markdown,
}

#[component]
pub(super) fn PlaybookContents() -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let names = PlaybookNames::from_context();
    let next_key = StoredValue::new(0_usize);
    let slot = move |topic: Topic, id: Option<PlaybookEntryId>| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        Slot {
            key,
            topic,
            id: RwSignal::new(id),
        }
    };
    let entries = playbook.records_untracked().entries;
    let of_topic = |topic: Topic| {
        let mut found: Vec<&PlaybookEntry> = entries.iter().filter(|e| e.topic == topic).collect();
        found.sort_by_key_dyn(|e| (e.created_at, e.id));
        found.into_iter().map(|e| e.id).collect::<Vec<_>>()
    };
    let definitions: Vec<Slot> = Topic::ALL
        .into_iter()
        .filter(|t| t.is_single())
        .map(|topic| slot(topic, of_topic(topic).first().copied()))
        .collect();
    let many = |topic: Topic| {
        RwSignal::new(
            of_topic(topic)
                .into_iter()
                .map(|id| slot(topic, Some(id)))
                .collect::<Vec<Slot>>(),
        )
    };
    let commitments = many(Topic::Sla);
    let goals = many(Topic::Kpi);
    let due = Memo::new(move |_| {
        let today = local_today();
        playbook.with(|r| {
            to_review(&r.entries, today)
                .into_iter()
                .filter(|e| e.is_due_for_review(today))
                .map(|e| (e.title(), e.review_due_on()))
                .collect::<Vec<_>>()
        })
    });
    let areas = expect_context::<OtherAreas>();
    let show_print = RwSignal::new(false);
    // Printing and the Markdown file, with their code on demand; the last one's failure shown.
    let document = Action::new_local(move |&tool: &DocumentTool| async move {
        match tool {
            DocumentTool::Markdown => {
                (areas.download_markdown)(playbook, names, local_today()).await
            }
            DocumentTool::Print => {
                // The print view's code first: the printout must have the view.
                (areas.print_code)().await?;
                show_print.set(true);
                // After the view is in the page.
                request_animation_frame(|| {
                    let _ = window().print();
                });
                Ok(())
            }
        }
    });
    let document_error = Memo::new(move |_| document.value().get().and_then(Result::err));
    view! {
        <Show when=move || !playbook.unreadable().is_empty()>
            <p class="notice notice-warning" role="status">
                {move || playbook.unreadable().to_string()}
                ". They are kept as stored; exports are refused until they are repaired."
            </p>
        </Show>
        <div class="field-row pb-tools">
            <button type="button" class="button-secondary" on:click=move |_| { document.dispatch_local(DocumentTool::Markdown); }>
                "Download as Markdown"
            </button>
            <button
                type="button"
                class="button-secondary"
                aria-expanded=move || show_print.get().to_string()
                on:click=move |_| show_print.update(|s| *s = !*s)
            >
                {move || if show_print.get() { "Hide the print view" } else { "Show the print view" }}
            </button>
            <button type="button" class="button-secondary" on:click=move |_| { document.dispatch_local(DocumentTool::Print); }>
                "Print"
            </button>
        </div>
        <p class="form-message" aria-live="polite">
            <FieldError error=document_error />
        </p>
        <Show when=move || !due.with(Vec::is_empty)>
            <section class="notice notice-warning pb-due-list" aria-labelledby="pb-due-title">
                <h2 id="pb-due-title">"Due for review"</h2>
                <p>"Agreed entries whose review interval has passed. The next meeting's review lists them."</p>
                <ul>
                    {move || {
                        due.get()
                            .into_iter()
                            .map(|(title, on)| {
                                view! {
                                    <li>
                                        {title}
                                        {on.map(|d| format!(" (since {})", iso_date(d)))}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
        <Show when=move || show_print.get()>
            <OnDemand load=areas.print_view waiting="Downloading the print view…" />
        </Show>
        <section class="oc-section pb-section" aria-labelledby="pb-definitions-title">
            <h2 id="pb-definitions-title">"Shared definitions"</h2>
            <p class="lead">"Speak the same language: who the ideal customer is, what we offer and say, where we sell, one funnel, and what a lead, an MQL and an SQL are."</p>
            {definitions
                .into_iter()
                .map(|s| view! { <EntryCard topic=s.topic id=s.id key=format!("pb-{}", s.topic) /> })
                .collect_view()}
        </section>
        <ManyEntries
            slots=commitments
            topic=Topic::Sla
            title="Service level agreement"
            lead="What each team commits to, how it is measured, the target and the time limit: e.g. Sales follows up every MQL within 24 business hours."
            add_label="Add a commitment"
            new_slot=Callback::new(move |()| slot(Topic::Sla, None))
        />
        <ManyEntries
            slots=goals
            topic=Topic::Kpi
            title="Shared goals and KPIs"
            lead="SMART goals both teams are responsible for: a name, a unit, a target, a deadline and who owns it."
            add_label="Add a shared goal"
            new_slot=Callback::new(move |()| slot(Topic::Kpi, None))
        />
        <OnDemand load=areas.decision_log waiting="Downloading the decision log…" />
    }
}
