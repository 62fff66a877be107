//! Passage core: everything the apps do, behind one API.
//!
//! Modules, one concern each:
//! - [`error`]: the public error enum.
//! - [`vault`]: encrypted storage (keyslots, record envelopes, collections).
//! - [`clock`]: where the core gets the time.
//! - [`sensitive`]: wrappers that keep user text out of `Debug`.
//! - [`checklist`]: the document checklist (templates, items, progress).
//! - [`attachments`]: encrypted photos, scans and PDFs.
//! - [`interview`]: interview preparation, practice, notes review, checks.

pub mod attachments;
pub mod checklist;
pub mod clock;
pub mod error;
pub mod interview;
pub mod sensitive;
pub mod vault;

pub use error::{Error, Result};
