use super::link::{LinkSources, MinutesLinkError};
use crate::domain::ids::MeetingId;
use crate::domain::share::{LinkContents, MAX_PAYLOAD_CHARS, ShareError};
use crate::ui::download::{copy_to_clipboard, download_text};
use crate::ui::field::Field;
use leptos::prelude::*;

/// What "Copy link to these minutes" did.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Copied {
    /// On the clipboard, and shown.
    Link(String),
    /// The browser would not copy: shown, to copy by hand.
    Shown(String),
    /// Too large for a link: the meeting file was downloaded instead.
    FileInstead { file_name: String, reason: String },
}

/// "Copy link to these minutes": the minutes in a link (see `domain::share`), or, when they are
/// too large for one, the meeting file to attach instead, with a message saying so.
#[component]
pub fn CopyMinutesLink(
    meeting: MeetingId,
    /// The link, made again as the records change (see [`use_minutes_link`]).
    link: LocalResource<Result<String, MinutesLinkError>>,
    /// What the link carries; the checkbox here sets it (the tally stays out unless chosen).
    contents: RwSignal<LinkContents>,
) -> impl IntoView {
    let sources = LinkSources::from_context();
    let copy = Action::new_local(move |_: &()| async move {
        match link.await {
            Ok(url) => Ok(match copy_to_clipboard(url.clone()).await {
                Ok(()) => Copied::Link(url),
                Err(_) => Copied::Shown(url),
            }),
            Err(MinutesLinkError::Share(too_large @ ShareError::TooLarge { .. })) => {
                let file = sources
                    .file_instead(meeting, contents.get_untracked())
                    .await?;
                let file_name = file.file_name();
                download_text(&file_name, "application/json", &file.to_json())
                    .map_err(|_| MinutesLinkError::Share(too_large.clone()))?;
                Ok(Copied::FileInstead {
                    file_name,
                    reason: too_large.to_string(),
                })
            }
            Err(error) => Err(error),
        }
    });
    let outcome = copy.value();
    // Said before anyone clicks: the e-mail to those who missed it cannot carry these either.
    let too_large = move || match link.get() {
        Some(Err(MinutesLinkError::Share(error @ ShareError::TooLarge { .. }))) => Some(error),
        _ => None,
    };
    view! {
        <div class="share-minutes-link">
        <button type="button" on:click=move |_| { copy.dispatch(()); }>
            "Copy link to these minutes"
        </button>
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || contents.get() == LinkContents::MinutesAndTally
                on:change=move |ev| {
                    contents.set(if event_target_checked(&ev) {
                        LinkContents::MinutesAndTally
                    } else {
                        LinkContents::Minutes
                    });
                }
            />
            "Include the talk tally"
        </label>
        {move || too_large().map(|error| view! {
            <p class="muted oc-meta share-too-large">
                {format!("{error} The button downloads the meeting file instead, to attach to the e-mail.")}
            </p>
        })}
        {move || outcome.get().map(|result| match result {
            Ok(Copied::Link(url)) => view! { <LinkShown url said="Copied the link. Whoever opens it sees these minutes read-only and can save them to their own workspace." /> }.into_any(),
            Ok(Copied::Shown(url)) => view! { <LinkShown url said="The browser would not copy: select the link below and copy it." /> }.into_any(),
            Ok(Copied::FileInstead { file_name, reason }) => view! {
                <p class="notice notice-warning share-fallback" role="status">
                    {format!("{reason} Downloaded {file_name} instead: attach it to your e-mail; it opens with Import/Export.")}
                </p>
            }.into_any(),
            Err(error) => view! { <p class="field-error" role="alert">{error.to_string()}</p> }.into_any(),
        })}
        </div>
    }
}

/// The link just made, in a read-only field to select and copy by hand.
#[component]
fn LinkShown(url: String, said: &'static str) -> impl IntoView {
    view! {
        <div class="share-link">
            <p class="save-note" role="status">{said}</p>
            <Field label="Link to these minutes">
                <input id="minutes-link" type="text" readonly prop:value=url on:focus=|ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        input.select();
                    }
                } />
            </Field>
        </div>
    }
}

/// The link to `meeting`'s minutes with what `contents` asks for, made again whenever its
/// records or the choice change.
pub fn use_minutes_link(
    meeting: MeetingId,
    contents: RwSignal<LinkContents>,
) -> LocalResource<Result<String, MinutesLinkError>> {
    let sources = LinkSources::from_context();
    LocalResource::new(move || {
        let snapshot = sources.snapshot();
        super::link::minutes_link(sources, snapshot, meeting, contents.get())
    })
}

/// A line for the e-mail to those who missed the meeting: the link, or why there is none.
pub fn email_line(link: &Result<String, MinutesLinkError>) -> String {
    match link {
        Ok(url) => format!(
            "Open these minutes in Smarketing Meetings (read-only, and you can save them to your own workspace):\n{url}\n\n"
        ),
        Err(MinutesLinkError::Share(ShareError::TooLarge { .. })) => format!(
            "These minutes are too large for a link (over {} KB), so the meeting file is attached: open it with Import/Export.\n\n",
            MAX_PAYLOAD_CHARS / 1024
        ),
        Err(_) => String::new(),
    }
}
