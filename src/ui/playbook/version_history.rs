use super::diff_view::DiffView;
use super::names::PlaybookNames;
use super::versions_part::VersionsPart;
use crate::domain::date_text::iso_date;
use crate::domain::playbook::diff::{DiffLine, diff, summary};
use crate::domain::playbook::{EntryContent, EntryVersion, PlaybookEntry};
use crate::ui::disclosure::Disclosure;
use crate::ui::pages::{OnDemand, OtherAreas};
use leptos::prelude::*;

/// The number of versions, and on opening every version, newest first: who agreed it when,
/// and what it changed from the one before (`VersionList`, with the diff code on demand).
#[component]
pub fn VersionHistory(entry: Memo<Option<PlaybookEntry>>) -> impl IntoView {
    let load = expect_context::<OtherAreas>().entry_versions;
    let count = move || entry.with(|e| e.as_ref().map_or(0, |e| e.versions().len()));
    view! {
        <Disclosure class="pb-history" summary=move || format!("Version history ({})", count())>
            <OnDemand
                load=move || load(VersionsPart::History, entry)
                waiting=VersionsPart::History.waiting()
            />
        </Disclosure>
    }
}

/// Every version of `entry`, newest first.
#[component]
pub fn VersionList(entry: Memo<Option<PlaybookEntry>>) -> impl IntoView {
    let names = PlaybookNames::from_context();
    let versions = Memo::new(move |_| {
        entry.with(|e| {
            e.as_ref()
                .map(|e| e.versions().to_vec())
                .unwrap_or_default()
        })
    });
    view! {
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
