//! The timeboxed agenda: templates, the meeting record and the live clock.
//!
//! - [`segment`]: one timeboxed part of an agenda and its kind;
//! - [`template`]: templates, the agenda snapshot a meeting keeps, and the rules both follow;
//! - [`editor`]: the template editor's all-or-nothing operations;
//! - [`builtin`]: the templates that ship with the app;
//! - [`duration`]: reading and showing durations;
//! - [`clock`]: the live meeting clock, a sans-IO state machine.

pub mod builtin;
pub mod clock;
pub mod duration;
pub mod editor;
pub mod segment;
pub mod template;

pub use builtin::{builtin_template, builtin_templates, is_builtin_id};
pub use clock::{
    ClockAction, ClockError, ClockState, ClockView, MeetingClock, ONE_MINUTE_MS, PlanStatus,
    SegmentReport, SegmentVerdict, WarningStage, finish_question,
};
pub use duration::{
    DurationError, MAX_DURATION_SECS, format_countdown, format_duration, format_elapsed,
    parse_duration,
};
pub use segment::{Segment, SegmentKind};
pub use template::{
    Agenda, DEFAULT_CAP_SECS, Template, TemplateError, check_agenda, running_totals_secs,
    total_planned_secs,
};
