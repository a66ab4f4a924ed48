//! The roster page: everyone who may attend, edited in place and saved as typed.

mod add_people_list;
mod add_person_form;
mod person_row;
mod reassign_actions;
mod roster_page;
mod roster_summary;
mod team_select;

pub use roster_page::RosterPage;
