//! Passage core: everything the apps do, behind one API.
//!
//! Modules, one concern each:
//! - [`error`]: the public error enum.
//! - [`vault`]: encrypted storage (keyslots, record envelopes, collections).
//! - [`clock`]: where the core gets the time.
//! - [`sources`]: readable names of the sources content cites.
//! - [`sensitive`]: wrappers that keep user text out of `Debug`.
//! - [`calendar`]: the Belgian legal calendar (holidays, working days, counting).
//! - [`deadlines`]: deadline rules, computation, explanations, reminders.
//! - [`journal`]: the procedure journal and where the person stands.
//! - [`i18n`]: languages, negotiation, Fluent UI strings, dates.
//! - [`guide`]: bundled guidance, glossary, contacts and offline search.
//! - [`checklist`]: the document checklist and its templates.
//! - [`archive`]: the age-encrypted container of backups and shared files.
//! - [`attachments`]: encrypted photos, scans and PDFs (streaming).
//! - [`backup`]: encrypted backups, restore into a new vault, merge.
//! - [`output_file`]: files written for the person to take away (atomic, owner-only).
//! - [`interview`]: interview preparation, consistency check, notes review.
//! - [`case`]: the selected part of a case, read in one transaction.
//! - [`summary`]: the printable HTML case summary.
//! - [`share`]: sharing part of a case with a lawyer, and the share log.

pub mod archive;
pub mod attachments;
pub mod backup;
pub mod calendar;
pub mod case;
pub mod checklist;
pub mod clock;
pub mod deadlines;
pub mod error;
pub mod guide;
pub mod i18n;
pub mod interview;
pub mod journal;
pub mod output_file;
pub mod sensitive;
pub mod share;
pub mod sources;
pub mod summary;
pub mod vault;

pub use error::{Error, Result};
