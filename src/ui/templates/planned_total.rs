use crate::domain::agenda::format_duration;
use leptos::prelude::*;

/// "Planned 28:00 of 30:00 · 2:00 unplanned".
pub fn planned_text(total_secs: u32, cap_secs: u32) -> String {
    format!(
        "Planned {} of {} · {}",
        format_duration(total_secs),
        format_duration(cap_secs),
        slack_text(total_secs, cap_secs)
    )
}

/// "2:00 unplanned", "fully planned" or "1:00 over the cap".
pub fn slack_text(total_secs: u32, cap_secs: u32) -> String {
    match cap_secs.checked_sub(total_secs) {
        Some(0) => "fully planned".to_string(),
        Some(unplanned) => format!("{} unplanned", format_duration(unplanned)),
        None => format!("{} over the cap", format_duration(total_secs - cap_secs)),
    }
}

/// The running total against the cap, in words and as a bar.
#[component]
pub fn PlannedTotal(
    #[prop(into)] total_secs: Signal<u32>,
    #[prop(into)] cap_secs: Signal<u32>,
    /// Announce changes (in the editor, where they follow the user's typing).
    #[prop(optional)]
    live: bool,
) -> impl IntoView {
    let percent = move || {
        let cap = cap_secs.get().max(1);
        (u64::from(total_secs.get()) * 100 / u64::from(cap)).min(100)
    };
    let over = move || total_secs.get() > cap_secs.get();
    view! {
        <div class="tpl-total" class:tpl-total-over=over>
            <p class="tpl-total-text" aria-live=live.then_some("polite")>
                {move || planned_text(total_secs.get(), cap_secs.get())}
            </p>
            <div class="tpl-bar" aria-hidden="true">
                <div class="tpl-bar-fill" style:width=move || format!("{}%", percent())></div>
            </div>
        </div>
    }
}
