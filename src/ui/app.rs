//! The root: opens storage once, then hands the loaded workspace to the shell.

use super::shell::Shell;
use super::state::{LoadedWorkspace, load_workspace, provide_workspace};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    // The room display is read-only and lives on messages from the facilitator's tab: it must
    // not open the workspace, which would take the saving turn from that tab.
    if let Some(meeting) = super::room::room_in_address() {
        return view! { <super::room::RoomDisplay meeting /> }.into_any();
    }
    let loaded = LocalResource::new(load_workspace);
    view! {
        {move || match loaded.get() {
            None => view! { <p class="loading" role="status">"Opening your data…"</p> }.into_any(),
            Some(workspace) => view! { <Workspace workspace /> }.into_any(),
        }}
    }
    .into_any()
}

/// Everything below here can `expect_context` the workspace state.
#[component]
fn Workspace(workspace: LoadedWorkspace) -> impl IntoView {
    provide_workspace(workspace);
    view! { <Shell /> }
}
