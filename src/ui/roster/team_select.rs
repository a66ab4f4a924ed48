use crate::domain::person::TeamKind;
use crate::ui::choice::{choice_options, chosen};
use crate::ui::field::Field;
use leptos::prelude::*;

/// A labelled select of the three team kinds.
#[component]
pub fn TeamSelect(
    /// The `id` of the select, for its label.
    id: String,
    label: &'static str,
    #[prop(into)] value: Signal<TeamKind>,
    on_change: impl Fn(TeamKind) + Send + 'static,
) -> impl IntoView {
    view! {
        <Field label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(kind) = chosen(&ev) {
                        on_change(kind);
                    }
                }
            >
                {choice_options(TeamKind::ALL, TeamKind::label, move |kind| value.get() == kind)}
            </select>
        </Field>
    }
}
