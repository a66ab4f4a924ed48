use crate::domain::person::TeamKind;
use leptos::prelude::*;

/// A labelled select of the three team kinds.
#[component]
pub fn TeamSelect(
    /// The `id` of the select, for its label.
    id: String,
    label: &'static str,
    #[prop(into)] value: Signal<TeamKind>,
    on_change: impl Fn(TeamKind) + 'static,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(kind) = TeamKind::from_key(&event_target_value(&ev)) {
                        on_change(kind);
                    }
                }
            >
                {TeamKind::ALL
                    .into_iter()
                    .map(|kind| {
                        view! {
                            <option value=kind.key() selected=move || value.get() == kind>
                                {kind.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
