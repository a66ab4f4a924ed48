use crate::domain::date_text::iso_date;
use crate::domain::date_text::short_day;
use crate::domain::outcomes::{
    MinutesAudience, email_of, mailto_link, minutes_recipients, minutes_subject,
};
use crate::domain::share::LinkContents;
use crate::ui::download::{BrowserRefused, copy_to_clipboard, download_text, print_page};
use crate::ui::format::local_date;
use crate::ui::meeting::LiveMeeting;
use crate::ui::outcome_note::OutcomeNote;
use crate::ui::share::{CopyMinutesLink, email_line, use_minutes_link};
use crate::ui::state::RosterState;
use leptos::prelude::*;

/// Copy the minutes as Markdown, download them as a `.md` file, print them (the print style
/// sheet shows only the minutes), copy a link that carries them, or e-mail them: one link for
/// the attendees, one for the roster people who were not there (with the minutes' link).
#[component]
pub fn MinutesToolbar(#[prop(into)] markdown: Signal<String>) -> impl IntoView {
    let live = expect_context::<LiveMeeting>();
    let roster = expect_context::<RosterState>();
    let status = RwSignal::new(None::<Result<String, BrowserRefused>>);
    let link_contents = RwSignal::new(LinkContents::default());
    let link = use_minutes_link(live.id, link_contents);
    let held_on = move || local_date(live.meeting.get().start_time());
    let copy = Action::new_local(move |text: &String| {
        let text = text.clone();
        async move {
            let copied = copy_to_clipboard(text)
                .await
                .map(|()| "Copied the minutes as Markdown.".to_string());
            status.set(Some(copied));
        }
    });
    let download = move |_| {
        let date = held_on().map(iso_date);
        let name = format!("minutes-{}.md", date.unwrap_or_else(|| "meeting".into()));
        let downloaded = download_text(&name, "text/markdown", &markdown.get_untracked())
            .map(|()| format!("Downloaded {name}."));
        status.set(Some(downloaded));
    };
    let print = move |_| {
        if let Err(refused) = print_page() {
            status.set(Some(Err(refused)));
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
        let date = held_on().map(short_day).unwrap_or_default();
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
            <button type="button" on:click=move |_| {
                copy.dispatch_local(markdown.get_untracked());
            }>"Copy as Markdown"</button>
            <button type="button" on:click=download>"Download .md"</button>
            <button type="button" on:click=print>"Print"</button>
            <EmailLink label="Email the attendees" email=attendees />
            <EmailLink label="Email those who missed it" email=missed />
        </div>
        <CopyMinutesLink meeting=live.id link contents=link_contents />
        <Show when=nobody>
            <p class="muted oc-meta">"Nobody else on the roster has an e-mail address to send the minutes to."</p>
        </Show>
        <OutcomeNote outcome=status />
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
