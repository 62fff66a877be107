//! Passage core: everything the apps do, behind one API.
//!
//! Modules, one concern each:
//! - [`error`]: the public error enum.
//! - `vault`: encrypted storage (keyslots, record envelopes, collections).
//! - [`calendar`]: the Belgian legal calendar (holidays, working days, counting).
//! - [`deadlines`]: deadline rules, computation, explanations, reminders.

pub mod calendar;
pub mod deadlines;
pub mod error;

pub use error::{Error, Result};
