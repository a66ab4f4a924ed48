use super::support::{copy_to_clipboard, date_text, local_date, print_page};
use crate::domain::date_text::iso_date;
use crate::domain::outcomes::{
    MinutesAudience, email_of, mailto_link, minutes_recipients, minutes_subject,
};
use crate::ui::download::download_text;
use crate::ui::meeting::LiveMeeting;
use crate::ui::share::{CopyMinutesLink, email_line, use_minutes_link};
use crate::ui::state::RosterState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copy the minutes as Markdown, download them as a `.md` file, print them (the print style
/// sheet shows only the minutes), copy a link that carries them, or e-mail them: one link for
/// the attendees, one for the roster people who were not there (with the minutes' link).
#[component]
pub fn MinutesToolbar(#[prop(into)] markdown: Signal<String>) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let roster = expect_context::<RosterState>();
    let status = RwSignal::new(None::<(bool, String)>);
    let link = use_minutes_link(live.id);
    let held_on = move || local_date(live.meeting.get().start_time());
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
    // The minutes' e-mail for one audience: the link, and the names it goes to (empty when
    // nobody in it has an address).
    let email = move |audience: MinutesAudience| {
        let meeting = live.meeting.get();
        let people = roster.people();
        let recipients = minutes_recipients(&people, &meeting, audience);
        let names: Vec<String> = recipients.iter().map(|p| p.name.clone()).collect();
        let addresses: Vec<&str> = recipients.iter().filter_map(|p| email_of(p)).collect();
        let date = held_on().map(date_text).unwrap_or_default();
        let subject = minutes_subject(&meeting.title, &date);
        // Those who missed it get the link too, to keep the minutes in their own workspace.
        let opening = match audience {
            MinutesAudience::MissedIt => link.get().map(|l| email_line(&l)).unwrap_or_default(),
            MinutesAudience::Attendees => String::new(),
        };
        let body = format!("{opening}{}", markdown.get());
        (mailto_link(&addresses, &subject, &body), names)
    };
    let attendees = Memo::new(move |_| email(MinutesAudience::Attendees));
    let missed = Memo::new(move |_| email(MinutesAudience::MissedIt));
    let nobody =
        move || attendees.with(|(_, n)| n.is_empty()) && missed.with(|(_, n)| n.is_empty());

    view! {
        <div class="oc-toolbar" role="group" aria-label="Share the minutes">
            <button type="button" on:click=copy>"Copy as Markdown"</button>
            <button type="button" on:click=download>"Download .md"</button>
            <button type="button" on:click=print>"Print"</button>
            <EmailLink label="Email the attendees" email=attendees />
            <EmailLink label="Email those who missed it" email=missed />
        </div>
        <CopyMinutesLink meeting=live.id link />
        <Show when=nobody>
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

/// A `mailto:` link naming who it goes to; hidden when nobody in that audience has an address.
#[component]
fn EmailLink(label: &'static str, email: Memo<(String, Vec<String>)>) -> impl IntoView {
    view! {
        <Show when=move || email.with(|(_, names)| !names.is_empty())>
            <a class="oc-link-button" href=move || email.with(|(link, _)| link.clone())>
                {move || email.with(|(_, names)| format!("{label} ({})", names.join(", ")))}
            </a>
        </Show>
    }
}
