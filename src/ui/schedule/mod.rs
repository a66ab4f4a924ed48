//! The rotation: who attends which meeting. The domain's scheduler plans; these components
//! set it up, show the plan with a reason for every seat, and take the facilitator's changes
//! by hand. Every change is saved at once.

mod cadence_form;
mod context;
mod fairness_table;
mod focus;
mod hand_change_list;
mod hand_changes;
mod held_meetings;
mod ics_download;
mod local_time;
mod person_select;
mod plan_notes;
mod plan_part;
mod plan_view;
mod planned_meeting_card;
mod request_form;
mod reshuffle_button;
mod schedule_page;
mod swap_form;
mod unavailable_form;

pub use plan_part::{PlanLoadError, prefetch_plan, schedule_plan};
pub use schedule_page::SchedulePage;
