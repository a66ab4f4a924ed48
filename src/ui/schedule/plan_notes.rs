use super::context::ScheduleContext;
use leptos::prelude::*;

/// What the facilitator should know that does not stop the plan, such as a swap that no
/// longer applies.
#[component]
pub fn PlanNotes() -> impl IntoView {
    let ctx = expect_context::<ScheduleContext>();
    let notes = Memo::new(move |_| {
        ctx.plan.with(|plan| match plan {
            Some(Ok(plan)) => plan.notes.iter().map(ToString::to_string).collect(),
            _ => Vec::<String>::new(),
        })
    });
    view! {
        <Show when=move || notes.with(|n| !n.is_empty())>
            <div class="notice notice-warning sched-notes" role="status">
                <ul>{move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}
