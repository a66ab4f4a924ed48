use crate::domain::outcomes::{ActionStatus, ProblemStatus};
use leptos::prelude::*;

/// The statuses a problem or an action item can be in, as a select offers them.
pub trait Status: Copy + PartialEq + Send + Sync + 'static {
    const ALL: &'static [Self];
    fn key(self) -> &'static str;
    fn label(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self>;
}

impl Status for ProblemStatus {
    const ALL: &'static [Self] = &ProblemStatus::ALL;
    fn key(self) -> &'static str {
        ProblemStatus::key(self)
    }
    fn label(self) -> &'static str {
        ProblemStatus::label(self)
    }
    fn from_key(key: &str) -> Option<Self> {
        ProblemStatus::from_key(key)
    }
}

impl Status for ActionStatus {
    const ALL: &'static [Self] = &ActionStatus::ALL;
    fn key(self) -> &'static str {
        ActionStatus::key(self)
    }
    fn label(self) -> &'static str {
        ActionStatus::label(self)
    }
    fn from_key(key: &str) -> Option<Self> {
        ActionStatus::from_key(key)
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
                if let Some(status) = S::from_key(&event_target_value(&ev)) {
                    on_change(status);
                }
            }>
                {S::ALL
                    .iter()
                    .map(|&status| {
                        view! {
                            <option value=status.key() selected=move || value.get() == status>
                                {status.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
