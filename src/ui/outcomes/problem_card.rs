use super::idea_list::IdeaList;
use super::problem_editor::ProblemEditor;
use super::problem_form::impact_label;
use super::status_select::StatusSelect;
use super::support::{heading, person_name};
use crate::domain::ids::ProblemId;
use crate::domain::outcomes::{MAX_IMPACT, MIN_IMPACT, ProblemStatus};
use crate::ui::format::date_time;
use crate::ui::now::now;
use crate::ui::state::{MeetingsState, ProblemsState, RosterState};
use leptos::prelude::*;

/// One problem on the log or in a meeting: its title, who raised it where, impact and status
/// (changed in place), its brainstorm, and the title and details behind "Edit". Everything
/// is read-only when `locked`.
#[component]
pub fn ProblemCard(
    id: ProblemId,
    #[prop(into)] locked: Signal<bool>,
    /// The heading level of the title inside its section.
    #[prop(default = 3)]
    level: u8,
    /// Says which meeting raised it (the log page; a meeting's own list leaves it out).
    #[prop(optional)]
    show_meeting: bool,
) -> impl IntoView {
    let problems = expect_context::<ProblemsState>();
    let roster = expect_context::<RosterState>();
    let meetings = expect_context::<MeetingsState>();
    let problem = Memo::new(move |_| problems.get(id));
    let editing = RwSignal::new(false);
    let heading_id = format!("problem-{id}");
    let editor_id = format!("problem-{id}-editor");
    let controls_id = editor_id.clone();

    let title = move || problem.get().map(|p| p.title).unwrap_or_default();
    let status = move || problem.get().map(|p| p.status).unwrap_or_default();
    let impact = move || problem.get().map_or(MIN_IMPACT, |p| p.impact);
    let meta = move || {
        let p = problem.get()?;
        let mut facts = Vec::new();
        if let Some(person) = p.raised_by {
            facts.push(format!("Raised by {}", person_name(roster, person)));
        }
        if show_meeting {
            match p.raised_in.map(|m| (m, meetings.get(m))) {
                Some((_, Some(meeting))) => facts.push(format!(
                    "in “{}”, {}",
                    meeting.title,
                    date_time(meeting.scheduled_at)
                )),
                Some((_, None)) => facts.push("in a deleted meeting".to_string()),
                None => facts.push(format!("logged {}", date_time(p.created_at))),
            }
        }
        Some(facts.join(" · "))
    };
    let set_status = move |status: ProblemStatus| {
        if let Some(mut p) = problems.get_untracked(id) {
            p.set_status(status, now());
            problems.save(p);
        }
    };
    let set_impact = move |value: String| {
        if let (Some(mut p), Ok(impact)) = (problems.get_untracked(id), value.parse::<u8>())
            && p.set_impact(impact, now()).is_ok()
        {
            problems.save(p);
        }
    };

    view! {
        <li class="oc-problem" class:oc-closed=move || !status().is_active() aria-labelledby=heading_id.clone()>
            <div class="oc-problem-head">
                {heading(level, Some(heading_id.clone()), "oc-problem-title", title)}
                <span class="oc-impact-badge">{move || format!("Impact {} of 5", impact())}</span>
                <span class="badge" class:badge-muted=move || !status().is_active()>
                    {move || status().label()}
                </span>
            </div>
            <p class="muted oc-meta">{meta}</p>
            <Show when=move || !locked.get()>
                <div class="field-row oc-quick-fields">
                    <label class="field">
                        <span class="field-label">
                            "Impact" <span class="visually-hidden">" of " {title}</span>
                        </span>
                        <select on:change=move |ev| set_impact(event_target_value(&ev))>
                            {(MIN_IMPACT..=MAX_IMPACT)
                                .map(|value| {
                                    view! {
                                        <option value=value.to_string() selected=move || impact() == value>
                                            {impact_label(value)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <StatusSelect
                        of=Signal::derive(move || format!("of {}", title()))
                        value=Signal::derive(status)
                        on_change=set_status
                    />
                    <button
                        type="button"
                        class="button-secondary"
                        aria-expanded=move || editing.get().to_string()
                        aria-controls=controls_id.clone()
                        on:click=move |_| editing.update(|open| *open = !*open)
                    >
                        {move || if editing.get() { "Close editor" } else { "Edit title and details" }}
                        <span class="visually-hidden">" of " {title}</span>
                    </button>
                </div>
            </Show>
            <div id=editor_id.clone()>
                <Show when=move || editing.get() && !locked.get()>
                    <ProblemEditor id />
                </Show>
            </div>
            <Show when=move || locked.get() || !editing.get()>
                {move || {
                    problem
                        .get()
                        .map(|p| p.details)
                        .filter(|d| !d.is_empty())
                        .map(|d| view! { <p class="oc-details">{d}</p> })
                }}
            </Show>
            <IdeaList id locked />
        </li>
    }
}
