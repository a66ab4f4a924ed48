use super::context::ScheduleContext;
use crate::domain::agenda::builtin::WEEKLY_ID;
use crate::domain::agenda::{Template, format_duration};
use crate::domain::date_text::iso_date;
use crate::domain::scheduler::{IcsOptions, calendar_organizer, to_ics};
use crate::ui::download::{BrowserRefused, download_text};
use crate::ui::format::{timestamp_of, today};
use crate::ui::now::now;
use crate::ui::state::TemplatesState;
use chrono::TimeDelta;
use leptos::prelude::*;

/// "Review (5 min)": one line of the agenda in each calendar event.
fn agenda_lines(template: &Template) -> Vec<String> {
    template
        .segments
        .iter()
        .map(|s| {
            let length = if s.planned_secs % 60 == 0 {
                format!("{} min", s.planned_secs / 60)
            } else {
                format_duration(s.planned_secs)
            };
            format!("{} ({length})", s.title)
        })
        .collect()
}

/// Saves the plan as an iCalendar file, one event per meeting, on the weekly agenda.
#[component]
pub fn IcsDownload() -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let templates = expect_context::<TemplatesState>();
    let error = RwSignal::new(None::<BrowserRefused>);

    let download = move |_| {
        let Some(Ok(plan)) = ctx.plan.get_untracked() else {
            return;
        };
        let template = untrack(|| templates.get(WEEKLY_ID));
        let (title, duration, agenda) = match &template {
            Some(t) => (
                t.name.clone(),
                TimeDelta::seconds(i64::from(t.cap_secs)),
                agenda_lines(t),
            ),
            None => (
                "Smarketing meeting".to_string(),
                TimeDelta::minutes(30),
                Vec::new(),
            ),
        };
        let text = ctx.roster.with_untracked(|people| {
            let options = IcsOptions {
                stamp: now(),
                duration,
                title: &title,
                agenda: &agenda,
                to_utc: &timestamp_of,
                organizer: calendar_organizer(people),
            };
            to_ics(&plan, people, &options)
        });
        let name = format!("smarketing-schedule-{}.ics", iso_date(today()));
        error.set(download_text(&name, "text/calendar", &text).err());
    };

    view! {
        <button type="button" class="button-secondary" on:click=download>
            "Download calendar (.ics)"
        </button>
        {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e.to_string()}</span> })}
    }
}
