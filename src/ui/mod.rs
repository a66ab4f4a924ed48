//! Leptos components, one per file. App-wide state is provided as context by `state`;
//! components ask for it with `expect_context` and keep their own signals local.

mod app;
mod choice;
mod column_heads;
mod confirm_delete;
mod disclosure;
mod download;
mod exchange;
mod field;
mod field_error;
mod find_people;
mod format;
mod history;
pub mod idle;
mod meeting;
pub mod now;
mod offline;
mod opening;
mod outcome_note;
mod outcomes;
mod pages;
mod playbook;
mod room;
mod roster;
pub mod route;
mod schedule;
mod share;
mod shell;
pub mod state;
pub mod tally;
mod templates;
mod ticker;

pub use app::App;
