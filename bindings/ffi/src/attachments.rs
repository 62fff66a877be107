//! Encrypted attachments: photos, scans and PDFs, each encrypted under its
//! own key in the vault's `attachments/` folder.
//!
//! Import, export and verify read or write the whole file: they are
//! `async` and run on a thread of their own (`blocking::off_thread`).
//! Import and export take an optional [`ProgressListener`]: it is called
//! after each 64 KiB chunk with the bytes done and the total (0 when
//! unknown), from that thread; returning `false` stops the operation, which
//! then fails with [`PassageError::Cancelled`] and keeps nothing (no record,
//! no encrypted file, no partial export). Verify has no progress hook in
//! the core and takes none.
//!
//! A shell calls [`PassageVault::attachments_recover`] once after each
//! unlock: it finishes or removes imports that a crash interrupted.

use crate::blocking::off_thread;
use crate::ids::{self, AttachmentId, ChecklistItemId};
use crate::progress::ProgressListener;
use crate::vault::PassageVault;
use crate::PassageError;
use passage_core::attachments::{
    self as core_attachments, Attachments, ImportOptions, Progress, RecoveryReport,
};
use passage_core::sensitive::UserText;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// What the person sees of an attachment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AttachmentInfo {
    pub id: AttachmentId,
    /// The original file name, as given.
    pub name: String,
    /// Sniffed from the first bytes; `application/octet-stream` if unknown.
    pub media_type: String,
    /// Plaintext size in bytes.
    pub size: u64,
    /// SHA-256 of the plaintext, lowercase hex.
    pub sha256: String,
    /// RFC 3339 (UTC).
    pub added_at: String,
    /// The checklist item it belongs to, if any.
    pub item: Option<ChecklistItemId>,
    /// When it was moved to the trash, if it is there.
    pub trashed_at: Option<String>,
}

impl From<core_attachments::AttachmentInfo> for AttachmentInfo {
    fn from(a: core_attachments::AttachmentInfo) -> Self {
        AttachmentInfo {
            id: AttachmentId {
                value: a.id.to_string(),
            },
            name: a.name.as_str().to_string(),
            media_type: a.media_type,
            size: a.size,
            sha256: a.sha256,
            added_at: a.added.to_rfc3339(),
            item: a.item.map(|value| ChecklistItemId { value }),
            trashed_at: a.trashed.map(|t| t.to_rfc3339()),
        }
    }
}

/// What `attachments_recover` found and did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AttachmentRecovery {
    /// Interrupted imports whose record was committed: finished.
    pub completed: u32,
    /// Unfinished imports without a record: their temporary files removed.
    pub removed_partial: u32,
    /// Files whose record was purged: removed.
    pub removed_orphans: u32,
    /// Records whose encrypted file is missing (reported, never deleted).
    pub missing: Vec<AttachmentId>,
    /// Files in `attachments/` that Passage did not write (left alone).
    pub unknown_files: u32,
}

fn n(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

impl From<RecoveryReport> for AttachmentRecovery {
    fn from(r: RecoveryReport) -> Self {
        AttachmentRecovery {
            completed: n(r.completed),
            removed_partial: n(r.removed_partial),
            removed_orphans: n(r.removed_orphans),
            missing: r
                .missing
                .iter()
                .map(|id| AttachmentId {
                    value: id.to_string(),
                })
                .collect(),
            unknown_files: n(r.unknown_files),
        }
    }
}

/// The largest attachment an import accepts, in bytes (100 MiB).
#[uniffi::export]
pub fn attachments_max_size() -> u64 {
    core_attachments::DEFAULT_MAX_SIZE
}

/// Adapts the shell's listener to the core's progress hook and remembers
/// whether the shell asked to stop.
pub(crate) struct Listener {
    shell: Option<Arc<dyn ProgressListener>>,
    stopped: AtomicBool,
}

impl Listener {
    pub(crate) fn new(shell: Option<Arc<dyn ProgressListener>>) -> Self {
        Listener {
            shell,
            stopped: AtomicBool::new(false),
        }
    }

    pub(crate) fn hook(&self) -> Option<&dyn Progress> {
        self.shell.as_ref().map(|_| self as &dyn Progress)
    }

    /// The core reports a cancellation as an I/O error; the shells get
    /// their own variant for it.
    pub(crate) fn finish<T>(&self, result: passage_core::Result<T>) -> Result<T, PassageError> {
        match result {
            Err(_) if self.stopped.load(Ordering::SeqCst) => Err(PassageError::Cancelled),
            other => Ok(other?),
        }
    }
}

impl Progress for Listener {
    fn update(&self, done: u64, total: Option<u64>) -> bool {
        let go_on = self
            .shell
            .as_ref()
            .is_none_or(|l| l.on_progress(done, total.unwrap_or(0)));
        if !go_on {
            self.stopped.store(true, Ordering::SeqCst);
        }
        go_on
    }
}

fn attachment_id(id: &AttachmentId) -> Result<core_attachments::AttachmentId, PassageError> {
    ids::parse("attachment id", &id.value)
}

fn new_id(id: core_attachments::AttachmentId) -> AttachmentId {
    AttachmentId {
        value: id.to_string(),
    }
}

#[uniffi::export]
impl PassageVault {
    /// Encrypts the file at `path` into the vault; its file name becomes
    /// the attachment's name. With `item`, links it to that (live)
    /// checklist item in the same transaction. `InvalidInput` for a file
    /// over `attachments_max_size()`, before anything is written.
    #[uniffi::method(default(item = None, progress = None))]
    pub async fn attachments_import_file(
        &self,
        path: String,
        item: Option<ChecklistItemId>,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<AttachmentId, PassageError> {
        let vault = Arc::clone(self.core());
        let item = item
            .map(|i| ids::parse("checklist item id", &i.value))
            .transpose()?;
        off_thread("passage-import", move || {
            let listener = Listener::new(progress);
            let options = ImportOptions {
                item,
                progress: listener.hook(),
            };
            let id = Attachments::new(&vault).import_file(&PathBuf::from(path), options);
            listener.finish(id).map(new_id)
        })
        .await
    }

    /// Encrypts `bytes` into the vault under the name `name` (shown to the
    /// person; e.g. `passport.jpg`). For large files prefer
    /// `attachments_import_file`, which never holds the whole file in
    /// memory.
    #[uniffi::method(default(item = None, progress = None))]
    pub async fn attachments_import_bytes(
        &self,
        name: String,
        bytes: Vec<u8>,
        item: Option<ChecklistItemId>,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<AttachmentId, PassageError> {
        let vault = Arc::clone(self.core());
        let item = item
            .map(|i| ids::parse("checklist item id", &i.value))
            .transpose()?;
        off_thread("passage-import", move || {
            let listener = Listener::new(progress);
            let options = ImportOptions {
                item,
                progress: listener.hook(),
            };
            let id = Attachments::new(&vault).import_bytes(UserText::new(name), &bytes, options);
            listener.finish(id).map(new_id)
        })
        .await
    }

    /// Metadata of a live attachment.
    pub fn attachments_get(&self, id: AttachmentId) -> Result<AttachmentInfo, PassageError> {
        Ok(Attachments::new(self.core())
            .get(&attachment_id(&id)?)?
            .into())
    }

    /// Live attachments, oldest first.
    pub fn attachments_list(&self) -> Result<Vec<AttachmentInfo>, PassageError> {
        Ok(Attachments::new(self.core())
            .list()?
            .into_iter()
            .map(AttachmentInfo::from)
            .collect())
    }

    /// Attachments in the trash.
    pub fn attachments_list_trash(&self) -> Result<Vec<AttachmentInfo>, PassageError> {
        Ok(Attachments::new(self.core())
            .list_trash()?
            .into_iter()
            .map(AttachmentInfo::from)
            .collect())
    }

    /// Decrypts the whole file without writing plaintext anywhere,
    /// checking every chunk, the size and the SHA-256. `Corrupt` names the
    /// damaged part; `NotFound` when the encrypted file is missing.
    pub async fn attachments_verify(&self, id: AttachmentId) -> Result<(), PassageError> {
        let vault = Arc::clone(self.core());
        let id = attachment_id(&id)?;
        off_thread("passage-verify", move || {
            Ok(Attachments::new(&vault).verify(&id)?)
        })
        .await
    }

    /// Writes the plaintext to a new file at `target` (`AlreadyExists` if
    /// something is there). All or nothing: the file appears only once
    /// every chunk, the size and the checksum are verified. The plaintext
    /// is then outside the vault: the shell deletes it when done.
    #[uniffi::method(default(progress = None))]
    pub async fn attachments_export_to_file(
        &self,
        id: AttachmentId,
        target: String,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<(), PassageError> {
        let vault = Arc::clone(self.core());
        let id = attachment_id(&id)?;
        off_thread("passage-export", move || {
            let listener = Listener::new(progress);
            let done = Attachments::new(&vault).export_to_file(
                &id,
                &PathBuf::from(target),
                listener.hook(),
            );
            listener.finish(done)
        })
        .await
    }

    /// The plaintext in memory (to show a photo without writing it to
    /// disk). Verified like an export; on an error nothing is returned.
    #[uniffi::method(default(progress = None))]
    pub async fn attachments_export_bytes(
        &self,
        id: AttachmentId,
        progress: Option<Arc<dyn ProgressListener>>,
    ) -> Result<Vec<u8>, PassageError> {
        let vault = Arc::clone(self.core());
        let id = attachment_id(&id)?;
        off_thread("passage-export", move || {
            let listener = Listener::new(progress);
            let mut out = Vec::new();
            let done = Attachments::new(&vault).export_to_writer(&id, &mut out, listener.hook());
            listener.finish(done).map(|_| out)
        })
        .await
    }

    /// Moves the attachment to the trash; its file stays until purged.
    pub fn attachments_trash(&self, id: AttachmentId) -> Result<(), PassageError> {
        Ok(Attachments::new(self.core()).trash(&attachment_id(&id)?)?)
    }

    /// Brings an attachment back from the trash.
    pub fn attachments_restore(&self, id: AttachmentId) -> Result<(), PassageError> {
        Ok(Attachments::new(self.core()).restore(&attachment_id(&id)?)?)
    }

    /// Destroys an attachment in the trash for good: its record and key
    /// first (the file is unreadable from then on), then the file.
    pub fn attachments_purge(&self, id: AttachmentId) -> Result<(), PassageError> {
        Ok(Attachments::new(self.core()).purge(&attachment_id(&id)?)?)
    }

    /// Empties the whole vault trash (every collection: journal, checklist,
    /// attachments, interview), unlinks purged attachments from checklist
    /// items and removes their files. Returns how many records were purged.
    pub async fn empty_trash(&self) -> Result<u64, PassageError> {
        let vault = Arc::clone(self.core());
        off_thread("passage-purge", move || {
            let purged = Attachments::new(&vault).empty_trash()?;
            Ok(u64::try_from(purged.len()).unwrap_or(u64::MAX))
        })
        .await
    }

    /// Brings `attachments/` in line with the records after a crash. Call
    /// it once after each unlock, before showing attachments.
    pub async fn attachments_recover(&self) -> Result<AttachmentRecovery, PassageError> {
        let vault = Arc::clone(self.core());
        off_thread("passage-recover", move || {
            Ok(Attachments::new(&vault).recover()?.into())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use crate::blocking::tests::block_on;
    use crate::*;
    use std::sync::{Arc, Mutex};

    /// Records every report; says stop after `stop_after` reports.
    struct Recorder {
        calls: Mutex<Vec<(u64, u64)>>,
        stop_after: usize,
    }

    impl Recorder {
        fn new(stop_after: usize) -> Arc<Self> {
            Arc::new(Recorder {
                calls: Mutex::new(Vec::new()),
                stop_after,
            })
        }
        fn calls(&self) -> Vec<(u64, u64)> {
            self.calls.lock().unwrap().clone()
        }
    }

    impl ProgressListener for Recorder {
        fn on_progress(&self, done: u64, total: u64) -> bool {
            let mut calls = self.calls.lock().unwrap();
            calls.push((done, total));
            calls.len() < self.stop_after
        }
    }

    fn files_in(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
    }

    #[test]
    fn import_link_export_and_cancel_through_the_adapter() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v");
        let vault = block_on(create_vault(
            dir.to_string_lossy().into_owned(),
            "long passphrase".into(),
            VaultConfig { kdf_log_n: 4 },
        ))
        .unwrap()
        .vault;
        let item = vault
            .checklist_add_from_template("passport".into())
            .unwrap();
        let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();

        let seen = Recorder::new(usize::MAX);
        let listener: Arc<dyn ProgressListener> = seen.clone();
        let id = block_on(vault.attachments_import_bytes(
            "scan.bin".into(),
            bytes.clone(),
            Some(item.clone()),
            Some(listener),
        ))
        .unwrap();
        let calls = seen.calls();
        assert_eq!(calls.len(), 4, "64 KiB chunks: {calls:?}");
        assert_eq!(calls.last(), Some(&(200_000, 200_000)));
        let info = vault.attachments_get(id.clone()).unwrap();
        assert_eq!((info.name.as_str(), info.size), ("scan.bin", 200_000));
        assert_eq!(info.item, Some(item.clone()));
        assert_eq!(
            vault
                .checklist_get(item.clone(), "en".into())
                .unwrap()
                .attachments,
            vec![id.clone()]
        );
        assert_eq!(
            block_on(vault.attachments_export_bytes(id.clone(), None)).unwrap(),
            bytes
        );
        block_on(vault.attachments_verify(id.clone())).unwrap();
        let stored = dir.join("attachments");
        assert_eq!(files_in(&stored), 1);

        // The shell says stop: a typed error, nothing kept.
        let stop: Arc<dyn ProgressListener> = Recorder::new(1);
        let r = block_on(vault.attachments_import_bytes(
            "other.bin".into(),
            bytes.clone(),
            None,
            Some(stop),
        ));
        assert_eq!(r, Err(PassageError::Cancelled));
        assert_eq!(vault.attachments_list().unwrap().len(), 1);
        assert_eq!(files_in(&stored), 1);

        let out = tmp.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let target = out.join("scan.bin").to_string_lossy().into_owned();
        let stop: Arc<dyn ProgressListener> = Recorder::new(2);
        let r = block_on(vault.attachments_export_to_file(id.clone(), target.clone(), Some(stop)));
        assert_eq!(r, Err(PassageError::Cancelled));
        assert_eq!(files_in(&out), 0, "no partial export");
        block_on(vault.attachments_export_to_file(id.clone(), target.clone(), None)).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), bytes);
        assert!(matches!(
            block_on(vault.attachments_export_to_file(id.clone(), target, None)),
            Err(PassageError::AlreadyExists { .. })
        ));

        // Trash, restore, purge.
        vault.attachments_trash(id.clone()).unwrap();
        assert_eq!(vault.attachments_list_trash().unwrap().len(), 1);
        vault.attachments_restore(id.clone()).unwrap();
        vault.attachments_trash(id.clone()).unwrap();
        vault.attachments_purge(id.clone()).unwrap();
        assert!(vault.attachments_list().unwrap().is_empty());
        assert!(vault
            .checklist_get(item, "en".into())
            .unwrap()
            .attachments
            .is_empty());
        let report = block_on(vault.attachments_recover()).unwrap();
        assert!(report.missing.is_empty());
        assert!(matches!(
            vault.attachments_get(AttachmentId {
                value: "xyz".into()
            }),
            Err(PassageError::InvalidInput { .. })
        ));
    }
}
