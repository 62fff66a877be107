//! Passage core: everything the apps do, behind one API.
//!
//! Modules, one concern each:
//! - [`error`]: the public error enum.
//! - `vault`: encrypted storage (keyslots, record envelopes, collections).
//! - [`calendar`]: the Belgian legal calendar (holidays, working days, counting).

pub mod calendar;
pub mod error;

pub use error::{Error, Result};
