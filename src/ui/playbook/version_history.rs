use super::names::PlaybookNames;
use crate::domain::date_text::iso_date;
use crate::domain::playbook::diff::{DiffLine, diff, summary};
use crate::domain::playbook::{EntryContent, EntryVersion, PlaybookEntry};
use leptos::prelude::*;

/// What the waiting draft changes in the agreed version, line by line.
#[component]
pub fn ChangesSinceAgreed(entry: Memo<Option<PlaybookEntry>>) -> impl IntoView {
    let lines = Memo::new(move |_| {
        entry.with(|e| {
            let e = e.as_ref()?;
            Some(diff(&e.in_force()?.content, &e.draft()?.content))
        })
    });
    view! {
        <section class="pb-changes" aria-label="Changes since the agreed version">
            <h4>
                "Changes since the agreed version: "
                {move || lines.with(|l| l.as_deref().map(summary))}
            </h4>
            <DiffView lines=Signal::derive(move || lines.get().unwrap_or_default()) />
        </section>
    }
}

/// A diff as a list: removed lines struck through, added ones marked, in reading order.
#[component]
pub fn DiffView(lines: Signal<Vec<DiffLine>>) -> impl IntoView {
    view! {
        <ul class="pb-diff">
            {move || {
                lines
                    .get()
                    .into_iter()
                    .map(|line| match line {
                        DiffLine::Kept(text) => view! { <li class="pb-kept">{text}</li> }.into_any(),
                        DiffLine::Added(text) => {
                            view! {
                                <li class="pb-added">
                                    <span class="visually-hidden">"Added: "</span>
                                    <ins>{text}</ins>
                                </li>
                            }
                                .into_any()
                        }
                        DiffLine::Removed(text) => {
                            view! {
                                <li class="pb-removed">
                                    <span class="visually-hidden">"Removed: "</span>
                                    <del>{text}</del>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// Every version, newest first: who agreed it when, and what it changed from the one before.
#[component]
pub fn VersionHistory(entry: Memo<Option<PlaybookEntry>>) -> impl IntoView {
    let names = PlaybookNames::from_context();
    let versions = Memo::new(move |_| {
        entry.with(|e| {
            e.as_ref()
                .map(|e| e.versions().to_vec())
                .unwrap_or_default()
        })
    });
    view! {
        <details class="pb-history">
            <summary>{move || format!("Version history ({})", versions.with(Vec::len))}</summary>
            <ol class="pb-versions" reversed>
                {move || {
                    let all = versions.get();
                    all.iter()
                        .enumerate()
                        .rev()
                        .map(|(index, version)| {
                            let before: Option<EntryContent> = index
                                .checked_sub(1)
                                .map(|i| all[i].content.clone());
                            version_item(version, before, names)
                        })
                        .collect_view()
                }}
            </ol>
        </details>
    }
}

fn version_item(
    version: &EntryVersion,
    before: Option<EntryContent>,
    names: PlaybookNames,
) -> impl IntoView + use<> {
    let agreed: Vec<String> = version
        .agreements
        .iter()
        .map(|a| {
            let people: Vec<String> = a.attendees.iter().map(|p| names.person(*p)).collect();
            format!(
                "Agreed on {} in {} by {}",
                iso_date(a.on),
                names.meeting(a.meeting),
                people.join(", ")
            )
        })
        .collect();
    let lines = match &before {
        Some(old) => diff(old, &version.content),
        None => version
            .content
            .lines()
            .into_iter()
            .map(DiffLine::Kept)
            .collect(),
    };
    let title = format!(
        "Version {}{}",
        version.number,
        if version.is_agreed() { "" } else { " (draft)" }
    );
    view! {
        <li class="pb-version">
            <p class="pb-version-title">
                <strong>{title}</strong>
                {before.is_some().then(|| format!(": {}", summary(&lines)))}
            </p>
            {agreed.into_iter().map(|line| view! { <p class="muted">{line}</p> }).collect_view()}
            <DiffView lines=Signal::stored(lines) />
        </li>
    }
}
