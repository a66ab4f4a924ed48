use super::support::{copy_to_clipboard, date_text, local_date, print_page};
use crate::domain::date_text::iso_date;
use crate::domain::outcomes::{mailto_link, minutes_recipients, minutes_subject};
use crate::ui::download::download_text;
use crate::ui::meeting::LiveMeeting;
use crate::ui::state::RosterState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copy the minutes as Markdown, download them as a `.md` file, print them (the print style
/// sheet shows only the minutes), or e-mail them to roster people who were not there.
#[component]
pub fn MinutesToolbar(#[prop(into)] markdown: Signal<String>) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let roster = expect_context::<RosterState>();
    let status = RwSignal::new(None::<(bool, String)>);
    let held_on = move || {
        let meeting = live.meeting.get();
        local_date(meeting.clock.started_at().unwrap_or(meeting.scheduled_at))
    };
    let copy = move |_| {
        let text = markdown.get_untracked();
        spawn_local(async move {
            status.set(Some(match copy_to_clipboard(text).await {
                Ok(()) => (false, "Copied the minutes as Markdown.".to_string()),
                Err(reason) => (true, reason),
            }));
        });
    };
    let download = move |_| {
        let date = held_on().map(iso_date);
        let name = format!("minutes-{}.md", date.unwrap_or_else(|| "meeting".into()));
        status.set(Some(
            match download_text(&name, "text/markdown", &markdown.get_untracked()) {
                Ok(()) => (false, format!("Downloaded {name}.")),
                Err(reason) => (true, reason),
            },
        ));
    };
    let print = move |_| {
        if let Err(reason) = print_page() {
            status.set(Some((true, reason)));
        }
    };
    // Active people on the roster who did not attend and have an address.
    let missed = Memo::new(move |_| {
        let meeting = live.meeting.get();
        let people = roster.people();
        let addresses: Vec<String> = minutes_recipients(&people, &meeting)
            .into_iter()
            .map(str::to_string)
            .collect();
        let names: Vec<String> = people
            .iter()
            .filter(|p| p.active && !meeting.attendees.contains(&p.id))
            .filter(|p| p.email.as_deref().is_some_and(|e| !e.trim().is_empty()))
            .map(|p| p.name.clone())
            .collect();
        (addresses, names)
    });
    let mailto = move || {
        let (addresses, _) = missed.get();
        let recipients: Vec<&str> = addresses.iter().map(String::as_str).collect();
        let date = held_on().map(date_text).unwrap_or_default();
        let subject = minutes_subject(&live.meeting.get().title, &date);
        mailto_link(&recipients, &subject, &markdown.get())
    };

    view! {
        <div class="oc-toolbar" role="group" aria-label="Share the minutes">
            <button type="button" on:click=copy>"Copy as Markdown"</button>
            <button type="button" on:click=download>"Download .md"</button>
            <button type="button" on:click=print>"Print"</button>
            <Show when=move || !missed.get().0.is_empty()>
                <a class="oc-link-button" href=mailto>
                    {move || {
                        let (_, names) = missed.get();
                        format!("Email to those who missed it ({})", names.join(", "))
                    }}
                </a>
            </Show>
        </div>
        <Show when=move || missed.get().0.is_empty()>
            <p class="muted oc-meta">"Nobody else on the roster has an e-mail address to send the minutes to."</p>
        </Show>
        <p class="form-message" role="status">
            {move || {
                status
                    .get()
                    .map(|(failed, text)| {
                        view! { <span class:field-error=failed class:oc-done=!failed>{text}</span> }
                    })
            }}
        </p>
    }
}
