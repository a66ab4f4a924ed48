use super::hand_change_list::HandChangeList;
use super::request_form::RequestForm;
use super::unavailable_form::UnavailableForm;
use leptos::prelude::*;

/// The facilitator's exceptions: who cannot come, who asked to come, and every change so far.
/// Skips and swaps are made on the meeting they belong to.
#[component]
pub fn HandChanges() -> impl IntoView {
    view! {
        <section class="sched-section sched-changes" aria-labelledby="sched-changes-title">
            <h2 id="sched-changes-title">"Changes by hand"</h2>
            <p class="sched-hint">
                "The plan keeps every change below and re-plans the rest around it. "
                "Skip a date or swap someone on the meeting itself."
            </p>
            <div class="sched-change-forms">
                <RequestForm />
                <UnavailableForm />
            </div>
            <HandChangeList />
        </section>
    }
}
