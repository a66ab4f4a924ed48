use super::names::PlaybookNames;
use crate::domain::date_text::iso_date;
use crate::domain::playbook::document::{document, section_title};
use crate::domain::playbook::sort_decisions;
use crate::ui::now::local_today;
use crate::ui::state::PlaybookState;
use leptos::prelude::*;

/// The whole current playbook on one page, as agreed: what "Print" prints (the print
/// stylesheet shows only this) and what the Markdown export writes.
#[component]
pub fn PlaybookDocument() -> impl IntoView {
    let playbook = expect_context::<PlaybookState>();
    let names = PlaybookNames::from_context();
    let sections = Memo::new(move |_| {
        playbook.with(|r| {
            document(
                &r.entries,
                &|p| names.person(p),
                &|m| names.meeting(m),
                local_today(),
            )
        })
    });
    let decisions = Memo::new(move |_| {
        let mut all = playbook.with(|r| r.decisions.clone());
        sort_decisions(&mut all);
        all
    });
    view! {
        <article class="pb-document playbook-print" aria-labelledby="pb-document-title">
            <h2 id="pb-document-title">"The playbook, as agreed"</h2>
            <Show when=move || sections.with(Vec::is_empty)>
                <p class="empty-state">"Nothing written yet."</p>
            </Show>
            {move || {
                sections
                    .get()
                    .into_iter()
                    .map(|(topic, entries)| {
                        let many = !topic.is_single();
                        view! {
                            <section class="pb-document-section">
                                {many.then(|| view! { <h3>{section_title(topic)}</h3> })}
                                {entries
                                    .into_iter()
                                    .map(|entry| {
                                        view! {
                                            <div class="pb-document-entry">
                                                <h4>{entry.heading}</h4>
                                                <p class="muted">
                                                    {entry.standing}
                                                    {entry.review.map(|r| format!(". {r}."))}
                                                    {entry.waiting_draft.then_some(" A changed draft waits for agreement.")}
                                                </p>
                                                <ul>
                                                    {entry.lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                                </ul>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                            </section>
                        }
                    })
                    .collect_view()
            }}
            <section class="pb-document-section">
                <h3>"Decision log"</h3>
                <ul>
                    {move || {
                        decisions
                            .get()
                            .into_iter()
                            .map(|d| {
                                let meeting = d.meeting.map(|m| format!(" (in {})", names.meeting(m)));
                                let why = (!d.why.is_empty()).then(|| format!("; why: {}", d.why));
                                view! {
                                    <li>{iso_date(d.decided_on)} ": " {d.what} {meeting} {why}</li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </article>
    }
}
