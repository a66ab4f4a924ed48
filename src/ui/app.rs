//! The root: opens storage once, then hands the loaded workspace to the shell.

use super::shell::{OpeningData, Shell};
use super::state::{LoadedWorkspace, load_workspace, provide_workspace};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let waiting_for_other_tab = RwSignal::new(false);
    let loaded = LocalResource::new(move || load_workspace(waiting_for_other_tab));
    view! {
        {move || match loaded.get() {
            None => view! { <OpeningData waiting_for_other_tab /> }.into_any(),
            Some(workspace) => view! { <Workspace workspace /> }.into_any(),
        }}
    }
}

/// Everything below here can `expect_context` the workspace state.
#[component]
fn Workspace(workspace: LoadedWorkspace) -> impl IntoView {
    provide_workspace(workspace);
    view! { <Shell /> }
}
