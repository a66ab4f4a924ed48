use super::support::record_options;
use crate::domain::ids::ProblemId;
use crate::ui::field::Field;
use leptos::prelude::*;

/// The problem an action item serves, or none.
#[component]
pub fn LinkedProblemSelect(
    label: &'static str,
    /// The select's id, where a page needs to find it.
    #[prop(optional)]
    id: Option<&'static str>,
    /// The problems offered, with their titles, in order.
    choices: Memo<Vec<(ProblemId, String)>>,
    #[prop(into)] linked: Signal<Option<ProblemId>>,
    on_change: Callback<Option<ProblemId>>,
) -> impl IntoView {
    view! {
        <Field label class="field-grow">
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev).parse().ok())>
                <option value="" selected=move || linked.get().is_none()>"No linked problem"</option>
                {move || record_options(choices.get(), move |problem| linked.get() == Some(problem))}
            </select>
        </Field>
    }
}
