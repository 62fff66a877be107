//! Belgian procedure deadlines: rules (data), computation, explanation,
//! status and reminder schedule. Pure: no I/O, no clock reads.
//!
//! - [`rules`]: the rules file `content/rules/deadlines.txt`, parsed once.
//! - [`compute()`]: one rule + one trigger date -> [`ComputedDeadline`].
//! - [`deadlines_for_events`]: journal events + today -> deadlines with a
//!   status.
//! - [`explanation`]: structured steps with Fluent ids, and plain English.
//! - [`reminders`]: the reminder schedule.
//!
//! A computed date is a suggestion. The date on an official letter always
//! prevails; every explanation says so.

pub mod compute;
pub mod error;
pub mod event_kind;
pub mod explanation;
pub mod from_events;
pub mod message;
pub mod reminders;
pub mod rules;
pub mod status;

pub use compute::{compute, compute_rule, ComputeOptions, ComputedDeadline, Validity};
pub use error::DeadlineError;
pub use event_kind::{DecisionOutcome, EventKind};
pub use explanation::{Explanation, ExplanationLine, Step};
pub use from_events::{deadlines_for_events, DeadlineOptions, DeadlineView, EventInput};
pub use message::{english_date, Arg, Message};
pub use reminders::{reminder_schedule, Reminder, ReminderSettings, ReminderSource};
pub use rules::{
    parse_rules, rules, Confidence, DeadlineKind, Detention, OutcomeCondition, Period, Rule,
    RuleSet,
};
pub use status::{DeadlineStatus, NotApplicableReason, DEFAULT_DUE_SOON_DAYS};
