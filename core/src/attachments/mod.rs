//! Encrypted attachments: photos, scans and PDFs kept in the vault's
//! `attachments/` folder, each encrypted under its own random key that is
//! stored only in the attachment's vault record.
//!
//! - [`format`]: the streaming file format (64 KiB XChaCha20-Poly1305
//!   chunks, counter and last-chunk flag in the nonce). Constant memory.
//! - [`Attachments`]: import, export, verify, trash, restore, purge and
//!   crash recovery. Design and crash analysis:
//!   `docs/decisions/0002-attachments.md`.
//!
//! Shells must call [`Attachments::recover`] once after unlocking a vault
//! (the CLI does before every `attach` command): it finishes or removes
//! imports interrupted by a crash and removes files of purged records.

mod error;
pub mod format;
mod record;
mod sniff;
mod staged;
mod store;

pub(crate) use staged::{decrypt_file, StagedFile};

pub use record::{Attachment, AttachmentId, AttachmentInfo};
pub use sniff::{sniff, OCTET_STREAM};

use crate::checklist::validate;
use crate::checklist::{ChecklistItem, ItemId, MAX_TITLE_CHARS};
use crate::sensitive::UserText;
use crate::vault::{Stored, SymmetricKey, Txn, Vault};
use crate::{Error, Result};
use error::{io, AttachmentError};
use rand::RngCore;
use serde::Serialize;
use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::path::Path;
use store::InFlight;

/// Default largest attachment: 100 MiB.
pub const DEFAULT_MAX_SIZE: u64 = 100 * 1024 * 1024;

/// Told how far an import or export is; answers whether to go on.
pub trait Progress {
    /// Called after each 64 KiB chunk with the plaintext bytes done so far
    /// and the total when known. Return `false` to cancel: nothing is kept.
    fn update(&self, done: u64, total: Option<u64>) -> bool;
}

impl<F: Fn(u64, Option<u64>) -> bool> Progress for F {
    fn update(&self, done: u64, total: Option<u64>) -> bool {
        self(done, total)
    }
}

/// Optional settings of an import.
#[derive(Default, Clone, Copy)]
pub struct ImportOptions<'a> {
    /// Links the attachment to this (live) checklist item, in the same
    /// transaction as the attachment record.
    pub item: Option<ItemId>,
    pub progress: Option<&'a dyn Progress>,
}

/// What [`Attachments::recover`] found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RecoveryReport {
    /// Imports whose record was committed before a crash: file put in place.
    pub completed: usize,
    /// Unfinished imports (no record): their temporary files removed.
    pub removed_partial: usize,
    /// Files whose record was purged: removed (unreadable anyway).
    pub removed_orphans: usize,
    /// Records whose encrypted file is missing (reported, never deleted).
    pub missing: Vec<AttachmentId>,
    /// Files in `attachments/` that Passage did not write (left alone).
    pub unknown_files: usize,
}

fn random_file_id() -> String {
    let mut b = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut b);
    record::to_hex(&b)
}

/// Keeps the first bytes that pass through, for media type sniffing.
struct Head<R> {
    inner: R,
    head: [u8; sniff::SNIFF_LEN],
    len: usize,
}

impl<R: Read> Read for Head<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let take = n.min(self.head.len() - self.len);
        self.head[self.len..self.len + take].copy_from_slice(&buf[..take]);
        self.len += take;
        Ok(n)
    }
}

/// Removes the id from the attachment lists of live checklist items.
fn unlink_from_items(tx: &mut Txn<'_>, ids: &[String]) -> Result<()> {
    for item in tx.list::<ChecklistItem>()? {
        if item.value.attachments.iter().any(|a| ids.contains(a)) {
            let mut value = item.value;
            value.attachments.retain(|a| !ids.contains(a));
            tx.update(&item.id, &value)?;
        }
    }
    Ok(())
}

/// Attachment operations on an unlocked vault.
pub struct Attachments<'v> {
    vault: &'v Vault,
    max_size: u64,
}

impl<'v> Attachments<'v> {
    pub fn new(vault: &'v Vault) -> Self {
        Attachments {
            vault,
            max_size: DEFAULT_MAX_SIZE,
        }
    }

    /// Sets the largest plaintext size accepted by imports.
    pub fn with_max_size(mut self, bytes: u64) -> Self {
        self.max_size = bytes;
        self
    }

    pub fn max_size(&self) -> u64 {
        self.max_size
    }

    fn check_size(&self, size: u64) -> Result<()> {
        if size > self.max_size {
            return Err(AttachmentError::TooLarge {
                limit: self.max_size,
            }
            .into());
        }
        Ok(())
    }

    /// Imports the file at `path`; its file name becomes the attachment's
    /// (encrypted) name. Refuses a file over the limit before writing.
    pub fn import_file(&self, path: &Path, options: ImportOptions<'_>) -> Result<AttachmentId> {
        let file = File::open(path).map_err(io("opening the file to import"))?;
        let meta = file.metadata().map_err(io("opening the file to import"))?;
        if !meta.is_file() {
            return Err(Error::invalid("file", "is not a regular file"));
        }
        self.check_size(meta.len())?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.import_reader(UserText::new(name), file, Some(meta.len()), options)
    }

    /// Imports bytes held in memory under the name `name`.
    pub fn import_bytes(
        &self,
        name: UserText,
        bytes: &[u8],
        options: ImportOptions<'_>,
    ) -> Result<AttachmentId> {
        self.check_size(bytes.len() as u64)?;
        self.import_reader(name, bytes, Some(bytes.len() as u64), options)
    }

    /// Imports from a reader, streaming: memory use does not grow with the
    /// size. `size_hint` (if known) is checked against the limit first and
    /// passed to the progress callback; the limit is enforced while reading.
    ///
    /// Steps (crash analysis in `docs/decisions/0002-attachments.md`):
    /// encrypt into `attachments/<file id>.part`, fsync it; commit the
    /// record (and the item link) in one transaction; rename to
    /// `<file id>`, fsync the folder. Any failure before the commit removes
    /// the temporary file; a failure of the rename removes the record again.
    pub fn import_reader(
        &self,
        name: UserText,
        reader: impl Read,
        size_hint: Option<u64>,
        options: ImportOptions<'_>,
    ) -> Result<AttachmentId> {
        validate::text("name", &name, MAX_TITLE_CHARS)?;
        if let Some(size) = size_hint {
            self.check_size(size)?;
        }
        if !self.vault.is_unlocked() {
            return Err(Error::Locked);
        }
        let dir = self.vault.attachments_dir();
        fs::create_dir_all(&dir).map_err(io("creating the attachments folder"))?;
        let file_id = random_file_id();
        let part = store::part_path(&dir, &file_id);
        let done = store::final_path(&dir, &file_id);
        let _guard = InFlight::register(&part);
        let key = SymmetricKey::random();

        let mut head = Head {
            inner: reader,
            head: [0; sniff::SNIFF_LEN],
            len: 0,
        };
        let written = (|| -> std::result::Result<format::Summary, AttachmentError> {
            let mut file =
                store::create_private(&part).map_err(io("creating the encrypted file"))?;
            let mut tick = |done: u64| options.progress.is_none_or(|p| p.update(done, size_hint));
            // Each chunk goes to the file in one write: no extra buffer.
            let summary = format::encrypt(&key, &mut head, &mut file, self.max_size, &mut tick)?;
            file.sync_all().map_err(io("writing the encrypted file"))?;
            Ok(summary)
        })();
        let summary = match written {
            Ok(s) => s,
            Err(e) => {
                let _ = store::remove_if_exists(&part);
                return Err(e.into());
            }
        };

        let record = Attachment {
            file: file_id,
            key,
            format: format::FORMAT_V1,
            media_type: sniff(&head.head[..head.len], Some(name.as_str())).to_string(),
            name,
            size: summary.size,
            sha256: record::to_hex(&summary.sha256),
            added: self.vault.clock().now(),
            item: options.item.map(|i| i.to_string()),
        };
        let committed = self.vault.write(|tx| {
            let id = tx.insert(&record)?;
            if let Some(item_id) = &options.item {
                let mut item = tx.get(item_id)?.value;
                item.attachments.push(id.to_string());
                tx.update(item_id, &item)?;
            }
            Ok(id)
        });
        let id = match committed {
            Ok(id) => id,
            Err(e) => {
                let _ = store::remove_if_exists(&part);
                return Err(e);
            }
        };

        if let Err(e) = fs::rename(&part, &done).and_then(|_| store::sync_dir(&dir)) {
            // Undo the record so that no record points at a missing file.
            // If even that fails, keep the complete `.part`: recovery then
            // finishes the import instead.
            let undone = self.vault.write(|tx| {
                unlink_from_items(tx, &[id.to_string()])?;
                tx.trash(&id)?;
                tx.purge(&id)
            });
            if undone.is_ok() {
                let _ = store::remove_if_exists(&part);
                let _ = store::remove_if_exists(&done);
            }
            return Err(io("storing the encrypted file")(e).into());
        }
        Ok(id)
    }

    fn stored(&self, id: &AttachmentId) -> Result<Stored<Attachment>> {
        self.vault.get(id)
    }

    /// Metadata of a live attachment.
    pub fn get(&self, id: &AttachmentId) -> Result<AttachmentInfo> {
        Ok(AttachmentInfo::from(&self.stored(id)?))
    }

    /// Live attachments, oldest first.
    pub fn list(&self) -> Result<Vec<AttachmentInfo>> {
        Ok(self
            .vault
            .list::<Attachment>()?
            .iter()
            .map(AttachmentInfo::from)
            .collect())
    }

    pub fn list_trash(&self) -> Result<Vec<AttachmentInfo>> {
        Ok(self
            .vault
            .list_trash::<Attachment>()?
            .iter()
            .map(AttachmentInfo::from)
            .collect())
    }

    /// Decrypts the attachment into `out`, checking every chunk, the size
    /// and the SHA-256. Returns the plaintext size.
    fn decrypt_into(
        &self,
        rec: &Attachment,
        out: impl Write,
        progress: Option<&dyn Progress>,
    ) -> Result<u64> {
        let mut tick = |done: u64| progress.is_none_or(|p| p.update(done, Some(rec.size)));
        staged::decrypt_file(&self.vault.attachments_dir(), rec, out, &mut tick)
    }

    /// Checks the whole encrypted file without writing plaintext anywhere.
    pub fn verify(&self, id: &AttachmentId) -> Result<()> {
        let rec = self.stored(id)?.value;
        self.decrypt_into(&rec, std::io::sink(), None).map(|_| ())
    }

    /// Writes the plaintext to `out`. Each chunk is verified before it is
    /// written, but on an error `out` has received the chunks before the
    /// bad one: use [`Attachments::export_to_file`] for all-or-nothing.
    pub fn export_to_writer(
        &self,
        id: &AttachmentId,
        out: impl Write,
        progress: Option<&dyn Progress>,
    ) -> Result<u64> {
        let rec = self.stored(id)?.value;
        self.decrypt_into(&rec, out, progress)
    }

    /// Writes the plaintext to a new file at `target` (refused if something
    /// exists there). The plaintext goes to a temporary file in the same
    /// folder, which becomes `target` only after the last chunk, the size
    /// and the checksum are verified; on any error it is deleted.
    pub fn export_to_file(
        &self,
        id: &AttachmentId,
        target: &Path,
        progress: Option<&dyn Progress>,
    ) -> Result<()> {
        let rec = self.stored(id)?.value;
        if target.symlink_metadata().is_ok() {
            return Err(AttachmentError::TargetExists.into());
        }
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => std::path::PathBuf::from("."),
        };
        let temp = parent.join(format!(
            "{}{}{}",
            store::EXPORT_TEMP_PREFIX,
            random_file_id(),
            store::PART_SUFFIX
        ));
        let result = (|| -> Result<()> {
            let file = store::create_private(&temp).map_err(io("creating the exported file"))?;
            let mut out = BufWriter::with_capacity(format::CHUNK_SIZE, file);
            self.decrypt_into(&rec, &mut out, progress)?;
            let file = out
                .into_inner()
                .map_err(|e| io("writing the exported file")(e.into_error()))?;
            file.sync_all().map_err(io("writing the exported file"))?;
            drop(file);
            // A hard link never replaces an existing file; fall back to a
            // rename on file systems without links.
            match fs::hard_link(&temp, target) {
                Ok(()) => {
                    store::remove_if_exists(&temp).map_err(io("finishing the export"))?;
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    return Err(AttachmentError::TargetExists.into())
                }
                Err(_) => {
                    if target.symlink_metadata().is_ok() {
                        return Err(AttachmentError::TargetExists.into());
                    }
                    fs::rename(&temp, target).map_err(io("finishing the export"))?;
                }
            }
            store::sync_dir(&parent).map_err(io("finishing the export"))?;
            Ok(())
        })();
        if result.is_err() {
            let _ = store::remove_if_exists(&temp);
        }
        result
    }

    /// Moves the attachment to the trash; the file stays until purged.
    pub fn trash(&self, id: &AttachmentId) -> Result<()> {
        self.vault.trash(id)
    }

    pub fn restore(&self, id: &AttachmentId) -> Result<()> {
        self.vault.restore(id)
    }

    /// Destroys an attachment in the trash: the record (and with it the
    /// only copy of the key) first, then the file. If the file cannot be
    /// removed now, it is unreadable anyway and [`Attachments::recover`]
    /// removes it later.
    pub fn purge(&self, id: &AttachmentId) -> Result<()> {
        let file = self.vault.write(|tx| {
            let rec = tx.get_any(id)?;
            tx.purge(id)?;
            unlink_from_items(tx, &[id.to_string()])?;
            Ok(rec.value.file.clone())
        })?;
        let dir = self.vault.attachments_dir();
        // Best effort: the record and key are gone already.
        let _ = store::remove_if_exists(&store::final_path(&dir, &file))
            .and_then(|_| store::sync_dir(&dir));
        Ok(())
    }

    /// Empties the whole vault trash (every collection, as
    /// [`Txn::empty_trash`]), unlinks purged attachments from checklist
    /// items and removes their files. Returns the purged (collection, id)
    /// pairs. Callers that empty the trash another way should call
    /// [`Attachments::recover`] afterwards.
    pub fn empty_trash(&self) -> Result<Vec<(String, String)>> {
        let purged = self.vault.write(|tx| {
            let purged = tx.empty_trash()?;
            let ids: Vec<String> = purged
                .iter()
                .filter(|(c, _)| c == <Attachment as crate::vault::Record>::COLLECTION)
                .map(|(_, id)| id.clone())
                .collect();
            if !ids.is_empty() {
                unlink_from_items(tx, &ids)?;
            }
            Ok(purged)
        })?;
        self.recover()?;
        Ok(purged)
    }

    /// Brings `attachments/` in line with the records after a crash:
    /// finishes imports whose record was committed (the complete `.part`
    /// file is renamed into place), removes `.part` files without a record
    /// and encrypted files whose record was purged, and reports records
    /// whose file is missing without deleting them. Imports running in this
    /// process are left alone. Needs the vault unlocked.
    pub fn recover(&self) -> Result<RecoveryReport> {
        if !self.vault.is_unlocked() {
            return Err(Error::Locked);
        }
        let dir = self.vault.attachments_dir();
        // List the folder before reading the records: a committed file seen
        // here has its record committed already (rename follows commit).
        let mut names = Vec::new();
        match fs::read_dir(&dir) {
            Ok(entries) => {
                for e in entries {
                    let e = e.map_err(io("listing the attachments folder"))?;
                    names.push(e.file_name().to_string_lossy().into_owned());
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io("listing the attachments folder")(e).into()),
        }
        let records: Vec<Stored<Attachment>> = self.vault.read(|tx| {
            let mut all = tx.list::<Attachment>()?;
            all.extend(tx.list_trash::<Attachment>()?);
            Ok(all)
        })?;
        let by_file: HashMap<&str, &Stored<Attachment>> =
            records.iter().map(|r| (r.value.file.as_str(), r)).collect();

        let mut report = RecoveryReport::default();
        let mut changed = false;
        for name in &names {
            let path = dir.join(name);
            if let Some(fid) = name
                .strip_suffix(store::PART_SUFFIX)
                .filter(|f| store::is_file_id(f))
            {
                if store::is_in_flight(&path) {
                    continue;
                }
                let target = store::final_path(&dir, fid);
                match by_file.get(fid) {
                    Some(rec) if target.symlink_metadata().is_err() => {
                        let len = match fs::metadata(&path) {
                            Ok(m) => m.len(),
                            Err(_) => continue, // finished meanwhile
                        };
                        // Complete (it was fsynced before the commit): roll
                        // forward. Otherwise keep it; reported as missing.
                        if len == format::encrypted_len(rec.value.size) {
                            fs::rename(&path, &target)
                                .map_err(io("finishing an interrupted import"))?;
                            report.completed += 1;
                            changed = true;
                        }
                    }
                    _ => {
                        if path.symlink_metadata().is_ok() {
                            store::remove_if_exists(&path)
                                .map_err(io("removing an unfinished import"))?;
                            report.removed_partial += 1;
                            changed = true;
                        }
                    }
                }
            } else if store::is_file_id(name) {
                if !by_file.contains_key(name.as_str()) {
                    store::remove_if_exists(&path).map_err(io("removing a purged file"))?;
                    report.removed_orphans += 1;
                    changed = true;
                }
            } else {
                report.unknown_files += 1;
            }
        }
        if changed {
            store::sync_dir(&dir).map_err(io("recovering attachments"))?;
        }
        for rec in &records {
            let done = store::final_path(&dir, &rec.value.file);
            let part = store::part_path(&dir, &rec.value.file);
            if done.symlink_metadata().is_err() && !store::is_in_flight(&part) {
                report.missing.push(rec.id);
            }
        }
        Ok(report)
    }
}
