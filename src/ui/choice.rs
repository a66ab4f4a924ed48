//! Selects over enums that name themselves: `Display` writes an option's value, `FromStr`
//! reads the chosen one back, so a select, a stored record and a URL use one name.

use leptos::prelude::*;
use std::fmt::Display;
use std::str::FromStr;

/// One `<option>` per choice, its value the choice's name and its text the label.
pub fn choice_options<T>(
    choices: impl IntoIterator<Item = T>,
    label: fn(T) -> &'static str,
    is_selected: impl Fn(T) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Display + Copy + Send + Sync + 'static,
{
    choices
        .into_iter()
        .map(|choice| {
            view! {
                <option value=choice.to_string() selected=move || is_selected(choice)>
                    {label(choice)}
                </option>
            }
        })
        .collect_view()
}

/// The choice a select's change event names; `None` for a value that does not read.
pub fn chosen<T: FromStr>(ev: &leptos::ev::Event) -> Option<T> {
    event_target_value(ev).parse().ok()
}
