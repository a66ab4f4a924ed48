//! The root: opens storage once, then hands the loaded workspace to the shell.
//!
//! Until then index.html's own frame (header, navigation, "Loading…") stays on screen; the shell
//! replaces it in the same frame, so the first paint is already the app's layout.

use super::shell::{OpeningData, Shell};
use super::state::{LoadedWorkspace, load_workspace, provide_workspace};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    // The room display is read-only and lives on messages from the facilitator's tab: it must
    // not open the workspace, which would take the saving turn from that tab.
    if let Some(meeting) = super::room::room_in_address() {
        remove_loading_frame();
        return view! { <super::pages::RoomWindow meeting /> }.into_any();
    }
    let waiting_for_other_tab = RwSignal::new(false);
    let loaded = LocalResource::new(move || load_workspace(waiting_for_other_tab));
    view! {
        {move || match loaded.get() {
            None => view! { <OpeningData waiting_for_other_tab /> }.into_any(),
            Some(workspace) => view! { <Workspace workspace /> }.into_any(),
        }}
    }
    .into_any()
}

/// Everything below here can `expect_context` the workspace state.
#[component]
fn Workspace(workspace: LoadedWorkspace) -> impl IntoView {
    remove_loading_frame();
    provide_workspace(workspace);
    view! { <Shell /> }
}

/// Takes index.html's loading frame away as the app's own view goes in, before the browser
/// paints again: no frame without a header, and never two headers.
fn remove_loading_frame() {
    if let Some(frame) = document().get_element_by_id("app-loading") {
        frame.remove();
    }
}
