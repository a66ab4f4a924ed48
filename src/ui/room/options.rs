use crate::domain::room::{ChimesPlace, ParticipationStrip, RoomOptions};
use crate::ui::state::PreferencesState;
use leptos::prelude::*;

/// The facilitator's choices for the room display: the participation strip (off unless
/// chosen) and where the chimes sound. Saved with the settings and sent to the room at once.
#[component]
pub fn RoomDisplayOptions() -> impl IntoView {
    let preferences = expect_context::<PreferencesState>();
    let change = move |edit: &dyn Fn(&mut RoomOptions)| {
        let mut options = preferences.room_options();
        edit(&mut options);
        preferences.set_room_options(options);
    };
    view! {
        <details class="room-options">
            <summary>"Room display options"</summary>
            <label class="field">
                <span class="field-label">"Participation strip"</span>
                <select
                    id="room-strip"
                    on:change=move |ev| {
                        if let Ok(strip) = event_target_value(&ev).parse::<ParticipationStrip>() {
                            change(&|options| options.strip = strip);
                        }
                    }
                >
                    {ParticipationStrip::ALL
                        .into_iter()
                        .map(|strip| {
                            view! {
                                <option
                                    value=strip.to_string()
                                    selected=move || preferences.room_options().strip == strip
                                >
                                    {strip.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="field">
                <span class="field-label">"Chimes play on"</span>
                <select
                    id="room-chimes"
                    on:change=move |ev| {
                        if let Ok(place) = event_target_value(&ev).parse::<ChimesPlace>() {
                            change(&|options| options.chimes = place);
                        }
                    }
                >
                    {ChimesPlace::ALL
                        .into_iter()
                        .map(|place| {
                            view! {
                                <option
                                    value=place.to_string()
                                    selected=move || preferences.room_options().chimes == place
                                >
                                    {place.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </details>
    }
}
