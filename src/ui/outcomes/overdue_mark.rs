use crate::domain::outcomes::ActionItem;
use crate::ui::format::local_date;
use crate::ui::now::now;
use leptos::prelude::*;

/// "overdue", in words (not only a colour), after an action item that is past its due date
/// and still to be done, as [`ActionItem::is_overdue`] decides for today's local date.
#[component]
pub fn OverdueMark(#[prop(into)] action: Signal<Option<ActionItem>>) -> impl IntoView {
    let overdue = move || {
        let today = local_date(now());
        action.with(|a| {
            a.as_ref()
                .zip(today)
                .is_some_and(|(a, today)| a.is_overdue(today))
        })
    };
    view! {
        <Show when=overdue>
            " "
            <span class="badge badge-overdue">"overdue"</span>
        </Show>
    }
}
