use leptos::prelude::*;

/// The search box above a long roster, with a line saying how many people match.
#[component]
pub fn RosterSearchBox(
    query: RwSignal<String>,
    /// How many people match the query, how many were added since it was typed, and how many
    /// there are in all.
    #[prop(into)]
    counts: Signal<(usize, usize, usize)>,
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    let status = move || {
        let (matching, added, total) = counts.get();
        let typed = query.get();
        let found = match (typed.trim(), matching) {
            ("", _) => return String::new(),
            (typed, 0) => format!("Nobody matches “{typed}”"),
            (_, 1) => format!("1 of {total} people matches"),
            (_, matching) => format!("{matching} of {total} people match"),
        };
        match added {
            0 => format!("{found}."),
            added => format!("{found}, and {added} just added."),
        }
    };
    view! {
        <div class="roster-find" role="search">
            <label class="field field-grow">
                <span class="field-label">"Find people"</span>
                <input
                    id="roster-search"
                    type="search"
                    autocomplete="off"
                    placeholder="Name, team, group, email, or “inactive”"
                    prop:value=query
                    on:input=move |ev| on_input(event_target_value(&ev))
                />
            </label>
            <p class="roster-find-status" role="status">{status}</p>
        </div>
    }
}
