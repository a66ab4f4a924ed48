use crate::domain::outcomes::{ActionStatus, ProblemStatus};
use crate::ui::choice::{choice_options, chosen};
use leptos::prelude::*;
use std::fmt::Display;
use std::str::FromStr;

/// The statuses a problem or an action item can be in, as a select offers them.
pub trait Status: Copy + PartialEq + Display + FromStr + Send + Sync + 'static {
    const ALL: &'static [Self];
    fn label(self) -> &'static str;
}

impl Status for ProblemStatus {
    const ALL: &'static [Self] = &ProblemStatus::ALL;
    fn label(self) -> &'static str {
        ProblemStatus::label(self)
    }
}

impl Status for ActionStatus {
    const ALL: &'static [Self] = &ActionStatus::ALL;
    fn label(self) -> &'static str {
        ActionStatus::label(self)
    }
}

/// A labelled "Status" select. Lists hold many of these, so screen readers also hear which
/// record it is for: `of` is said after "Status", e.g. `of problem “Leads go cold”`.
#[component]
pub fn StatusSelect<S: Status>(
    #[prop(into)] of: Signal<String>,
    #[prop(into)] value: Signal<S>,
    on_change: impl Fn(S) + 'static,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    view! {
        <label class=format!("field {class}")>
            <span class="field-label">
                "Status " <span class="visually-hidden">{of}</span>
            </span>
            <select on:change=move |ev| {
                if let Some(status) = chosen::<S>(&ev) {
                    on_change(status);
                }
            }>
                {choice_options(S::ALL.iter().copied(), S::label, move |status| value.get() == status)}
            </select>
        </label>
    }
}
