//! Encrypted backups of a whole vault, and restoring them: into a new
//! vault, or merged into an existing one.
//!
//! A backup is an [`crate::archive`] of kind [`KIND_BACKUP`]: a manifest,
//! then every record of every collection (the trash included) as its
//! decrypted JSON with its id and times, then each attachment's record
//! (without its file key) followed by its plaintext, streamed. Restoring
//! re-encrypts everything under the target vault's keys and new
//! per-attachment keys. Design: `docs/decisions/0006-backup.md`.
//!
//! - [`create`]: writes a backup of an unlocked vault to a stream, from one
//!   read transaction (a consistent snapshot).
//! - [`restore_new`]: builds a new vault beside the target folder and
//!   renames it into place only when everything was read and verified.
//! - [`merge`]: adds a backup to an unlocked vault, all or nothing; on a
//!   conflict the later edit wins and the other version is kept in the
//!   trash as a new record.

mod create;
mod entries;
mod merge;
mod restore;
mod stage;

pub use create::{create, create_file};
pub use merge::merge;
pub use restore::restore_new;

pub use crate::archive::KIND_BACKUP;
use crate::attachments::{Progress, DEFAULT_MAX_SIZE};
use crate::vault::VaultOptions;
use serde::Serialize;

/// The backup format this version writes and reads up to (the manifest's
/// `format`; the container has its own version).
pub const BACKUP_FORMAT: u32 = 1;

/// What a backup holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BackupReport {
    /// Records of every collection, the trash and attachment records
    /// included.
    pub records: usize,
    /// Attachments (their records are counted in `records` too).
    pub attachments: usize,
    /// Plaintext bytes of the attachments.
    pub bytes: u64,
}

/// What a merge did. Nothing is ever deleted: a conflict keeps both
/// versions (the older one in the trash, under a new id).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct MergeReport {
    /// Records only in the backup, now in the vault.
    pub added: usize,
    /// Records the backup had in a later state (same content or a later
    /// trash/restore), now updated.
    pub updated: usize,
    /// Records identical on both sides (or older in the backup with the
    /// same content).
    pub unchanged: usize,
    /// Records edited on both sides: the later edit is kept under the id,
    /// the other is kept in the trash as a new record.
    pub conflicts: usize,
}

/// Settings of [`restore_new`].
#[derive(Clone)]
pub struct RestoreOptions<'a> {
    /// Options of the new vault (work factor, clock).
    pub vault: VaultOptions,
    /// The largest attachment accepted from the backup.
    pub max_attachment_size: u64,
    /// Told how many attachment bytes are done, out of the total.
    pub progress: Option<&'a dyn Progress>,
}

impl Default for RestoreOptions<'_> {
    fn default() -> Self {
        RestoreOptions {
            vault: VaultOptions::default(),
            max_attachment_size: DEFAULT_MAX_SIZE,
            progress: None,
        }
    }
}
