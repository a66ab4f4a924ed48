//! Leptos components, one per file. App-wide state is provided as context by `state`;
//! components ask for it with `expect_context` and keep their own signals local.

mod app;
mod download;
mod now;
mod pages;
mod roster;
mod route;
mod shell;
mod state;

pub use app::App;
