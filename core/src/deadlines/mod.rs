//! Belgian procedure deadlines: rules (data), computation, explanation,
//! status and reminder schedule. Pure: no I/O, no clock reads.
//!
//! - [`rules`]: the rules file `content/rules/deadlines.txt`, parsed once.

pub mod error;
pub mod event_kind;
pub mod rules;

pub use error::DeadlineError;
pub use event_kind::{DecisionOutcome, EventKind};
pub use rules::{
    parse_rules, rules, Confidence, DeadlineKind, Detention, OutcomeCondition, Period, Rule,
    RuleSet,
};
