//! Writing a backup of an unlocked vault.

use super::entries::{
    without_local_fields, Manifest, RecordEntry, ATTACHMENT, ATTACHMENT_DATA, RECORD,
};
use super::{BackupReport, BACKUP_FORMAT};
use crate::archive::{ArchiveWriter, Protection, KIND_BACKUP};
use crate::attachments::{decrypt_file, Attachment, Progress};
use crate::output_file::{self, IfExists};
use crate::vault::{schema_version, Record, Vault};
use crate::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Writes a backup of `vault` (unlocked) to `out`: every record of every
/// collection, the trash included, and every attachment's plaintext,
/// streamed (memory does not grow with attachment sizes). Everything is
/// read in one read transaction, so the backup is a consistent snapshot;
/// the vault is busy for other calls meanwhile. `progress` is told the
/// attachment bytes done out of the total; returning `false` cancels.
///
/// `out` receives the age file. On an error it holds an incomplete file
/// that every reader refuses: the caller writes to a temporary file and
/// renames it only on success (the CLI does).
pub fn create(
    vault: &Vault,
    out: impl Write,
    protection: &Protection,
    progress: Option<&dyn Progress>,
) -> Result<BackupReport> {
    let dir = vault.attachments_dir();
    let now = vault.clock().now();
    vault.read(|tx| {
        let all = tx.raw_records()?;
        let (files, records): (Vec<_>, Vec<_>) = all
            .into_iter()
            .partition(|r| r.collection == Attachment::COLLECTION);
        let mut attachments = Vec::with_capacity(files.len());
        for raw in files {
            let att: Attachment = serde_json::from_value(raw.data.clone())
                .map_err(|_| Error::corrupt("attachment record"))?;
            attachments.push((raw, att));
        }
        let total: u64 = attachments.iter().map(|(_, a)| a.size).sum();
        let report = BackupReport {
            records: records.len() + attachments.len(),
            attachments: attachments.len(),
            bytes: total,
        };
        let manifest = Manifest {
            format: BACKUP_FORMAT,
            vault_id: tx.vault.to_string(),
            created_at: now,
            schema_version: schema_version(),
            records: report.records as u64,
            attachments: report.attachments as u64,
            attachment_bytes: total,
            app_version: env!("CARGO_PKG_VERSION").to_string(),
        };
        let mut w = ArchiveWriter::start(out, protection, KIND_BACKUP, &manifest)?;
        for raw in &records {
            w.add_json(RECORD, &RecordEntry::from_raw(raw))?;
        }
        let mut done = 0u64;
        for (raw, att) in &attachments {
            let mut entry = RecordEntry::from_raw(raw);
            entry.data = without_local_fields(&raw.data);
            w.add_json(ATTACHMENT, &entry)?;
            let before = done;
            let mut tick = |n: u64| progress.is_none_or(|p| p.update(before + n, Some(total)));
            w.add_stream_with(ATTACHMENT_DATA, att.size, |sink| {
                decrypt_file(&dir, att, sink, &mut tick).map(|_| ())
            })?;
            done += att.size;
        }
        w.finish()?;
        Ok(report)
    })
}

/// Writes a backup of `vault` to a new file at `target` (refused if
/// something exists there), through [`crate::output_file`]: readable only
/// by its owner, and `target` appears only when the backup is complete.
pub fn create_file(
    vault: &Vault,
    target: &Path,
    protection: &Protection,
    progress: Option<&dyn Progress>,
) -> Result<BackupReport> {
    output_file::write(target, "backup file", IfExists::Refuse, |out| {
        create(vault, out, protection, progress)
    })
}
