//! Encrypted backups: create one (to a passphrase or an age public key),
//! restore it into a new vault, or merge it into this one. All three read
//! or write whole files: they are `async` and run on a thread of their own.
//! `progress` is told the attachment bytes done out of the total; returning
//! `false` stops with [`PassageError::Cancelled`] and keeps nothing.
//!
//! Errors: `WrongPassphrase` when the passphrase or key does not open the
//! backup; `Corrupt` for a damaged, truncated, tampered or foreign file;
//! `UnsupportedVersion` for a backup from a newer Passage; `InvalidInput`
//! for a mistyped `age1...` / `AGE-SECRET-KEY-1...` key or a passphrase
//! given for a key-protected backup (and the other way round);
//! `AlreadyExists` when the target file or folder exists. In every error
//! case nothing changes: no backup file appears, no vault folder appears,
//! a merge leaves the vault as it was.

use crate::attachments::Listener;
use crate::blocking::off_thread;
use crate::progress::ProgressListener;
use crate::vault::{CreatedVault, PassageVault, VaultConfig};
use crate::PassageError;
use passage_core::archive::{Protection, Secret};
use passage_core::backup::{self, RestoreOptions};
use secrecy::SecretString;
use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::sync::Arc;

/// How a new backup is encrypted.
#[derive(uniffi::Enum)]
pub enum BackupProtection {
    /// A passphrase the person chooses (at least 8 characters); age
    /// scrypt with the vault's default work factor.
    Passphrase { passphrase: String },
    /// An age public key, `age1...` (for example one the person keeps on
    /// another device).
    Recipient { recipient: String },
}

/// What opens a backup.
#[derive(uniffi::Enum)]
pub enum BackupSecret {
    Passphrase {
        passphrase: String,
    },
    /// An age secret key `AGE-SECRET-KEY-1...`, or the whole text of an
    /// identity file (comment lines are skipped).
    Identity {
        identity: String,
    },
}

/// What a backup holds.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BackupReport {
    /// Every record, the trash and attachment records included.
    pub records: u64,
    pub attachments: u64,
    /// Plaintext bytes of the attachments.
    pub bytes: u64,
}

/// What a merge did. Nothing is deleted: on a conflict the later edit
/// stays and the other version is kept in the trash.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MergeReport {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub conflicts: u32,
}

fn n(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

impl BackupProtection {
    fn core(self) -> Result<Protection, PassageError> {
        Ok(match self {
            BackupProtection::Passphrase { passphrase } => {
                Protection::passphrase(SecretString::from(passphrase))
            }
            BackupProtection::Recipient { recipient } => Protection::recipients_text(&recipient)?,
        })
    }
}

impl BackupSecret {
    fn core(self) -> Result<Secret, PassageError> {
        Ok(match self {
            BackupSecret::Passphrase { passphrase } => {
                Secret::Passphrase(SecretString::from(passphrase))
            }
            BackupSecret::Identity { identity } => Secret::identity_text(&identity)?,
        })
    }
}

fn open_backup(path: &str) -> Result<BufReader<File>, PassageError> {
    let file = File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => PassageError::NotFound {
            what: "backup file".into(),
        },
        kind => PassageError::Io {
            reason: format!("opening the backup file: {kind}"),
        },
    })?;
    Ok(BufReader::with_capacity(256 * 1024, file))
}

/// Restores the backup at `backup_path` into a new vault at `dir` (which
/// must not exist), protected by `new_passphrase` and a new recovery
/// phrase (returned: show it once). The vault appears at `dir` only when
/// the whole backup was read and verified. Runs the KDF several times.
#[uniffi::export(default(config))]
pub async fn backup_restore_new(
    backup_path: String,
    secret: BackupSecret,
    dir: String,
    new_passphrase: String,
    config: VaultConfig,
) -> Result<CreatedVault, PassageError> {
    let options = config.options()?;
    let secret = secret.core()?;
    let new_passphrase = SecretString::from(new_passphrase);
    off_thread("passage-restore", move || {
        let reader = open_backup(&backup_path)?;
        let (vault, phrase) = backup::restore_new(
            reader,
            &secret,
            &PathBuf::from(dir),
            &new_passphrase,
            RestoreOptions {
                vault: options,
                ..RestoreOptions::default()
            },
        )?;
        Ok(CreatedVault {
            vault: Arc::new(PassageVault::from_core(vault)),
            recovery_phrase: phrase.expose().to_string(),
        })
    })
    .await
}

#[uniffi::export]
impl PassageVault {
    /// Writes an encrypted backup of the whole vault (trash and
    /// attachments included) to a new file at `target_path`; it appears
    /// only when complete. Needs the vault unlocked.
    #[uniffi::method(default(progress = None))]
    pub async fn backup_create(
        &self,
        target_path: String,
        protection: BackupProtection,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<BackupReport, PassageError> {
        let vault = Arc::clone(self.core());
        let protection = protection.core()?;
        off_thread("passage-backup", move || {
            let listener = Listener::new(progress);
            let report = backup::create_file(
                &vault,
                &PathBuf::from(target_path),
                &protection,
                listener.hook(),
            );
            listener.finish(report).map(|r| BackupReport {
                records: r.records as u64,
                attachments: r.attachments as u64,
                bytes: r.bytes,
            })
        })
        .await
    }

    /// Merges the backup at `backup_path` into this (unlocked) vault, all
    /// or nothing: records keep their ids; when both sides edited a
    /// record, the later edit stays and the other is kept in the trash.
    #[uniffi::method(default(progress = None))]
    pub async fn backup_merge(
        &self,
        backup_path: String,
        secret: BackupSecret,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<MergeReport, PassageError> {
        let vault = Arc::clone(self.core());
        let secret = secret.core()?;
        off_thread("passage-merge", move || {
            let reader = open_backup(&backup_path)?;
            let listener = Listener::new(progress);
            let report = backup::merge(&vault, reader, &secret, listener.hook());
            listener.finish(report).map(|r| MergeReport {
                added: n(r.added),
                updated: n(r.updated),
                unchanged: n(r.unchanged),
                conflicts: n(r.conflicts),
            })
        })
        .await
    }
}
