use crate::domain::room::{ChimesPlace, ParticipationStrip, RoomOptions};
use crate::ui::choice::{choice_options, chosen};
use crate::ui::field::Field;
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
            <Field label="Participation strip">
                <select
                    id="room-strip"
                    on:change=move |ev| {
                        if let Some(strip) = chosen::<ParticipationStrip>(&ev) {
                            change(&|options| options.strip = strip);
                        }
                    }
                >
                    {choice_options(
                        ParticipationStrip::ALL,
                        ParticipationStrip::label,
                        move |strip| preferences.room_options().strip == strip,
                    )}
                </select>
            </Field>
            <Field label="Chimes play on">
                <select
                    id="room-chimes"
                    on:change=move |ev| {
                        if let Some(place) = chosen::<ChimesPlace>(&ev) {
                            change(&|options| options.chimes = place);
                        }
                    }
                >
                    {choice_options(
                        ChimesPlace::ALL,
                        ChimesPlace::label,
                        move |place| preferences.room_options().chimes == place,
                    )}
                </select>
            </Field>
        </details>
    }
}
