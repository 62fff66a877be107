//! An encrypted attachment file written ahead of its record (backup
//! restore and merge): `<file id>.part` under a new random key, removed
//! again when dropped unless committed after the records are.

use super::error::{io, AttachmentError};
use super::record::{to_hex, Attachment};
use super::{format, random_file_id, store};
use crate::vault::SymmetricKey;
use crate::Result;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// A complete, fsynced `.part` file that no record points at yet.
pub(crate) struct StagedFile {
    pub file: String,
    pub key: SymmetricKey,
    pub size: u64,
    /// SHA-256 of the plaintext, hex.
    pub sha256: String,
    dir: PathBuf,
    part: PathBuf,
    committed: bool,
    _guard: store::InFlight,
}

impl StagedFile {
    /// Encrypts `reader` (at most `limit` bytes) into a new `.part` file in
    /// `dir` under a new key. `progress(done)` after each chunk.
    pub fn write(
        dir: &Path,
        reader: impl Read,
        limit: u64,
        progress: &mut dyn FnMut(u64) -> bool,
    ) -> Result<StagedFile> {
        fs::create_dir_all(dir).map_err(io("creating the attachments folder"))?;
        let file = random_file_id();
        let part = store::part_path(dir, &file);
        let guard = store::InFlight::register(&part);
        let key = SymmetricKey::random();
        let written = (|| -> std::result::Result<format::Summary, AttachmentError> {
            let mut out =
                store::create_private(&part).map_err(io("creating the encrypted file"))?;
            let summary = format::encrypt(&key, reader, &mut out, limit, progress)?;
            out.flush().map_err(io("writing the encrypted file"))?;
            out.sync_all().map_err(io("writing the encrypted file"))?;
            Ok(summary)
        })();
        match written {
            Ok(summary) => Ok(StagedFile {
                file,
                key,
                size: summary.size,
                sha256: to_hex(&summary.sha256),
                dir: dir.to_path_buf(),
                part,
                committed: false,
                _guard: guard,
            }),
            Err(e) => {
                let _ = store::remove_if_exists(&part);
                Err(e.into())
            }
        }
    }

    /// Puts the file in place (call after its record is committed; the
    /// caller syncs the folder). If this fails, the complete `.part` stays
    /// and [`super::Attachments::recover`] finishes the job.
    pub fn commit(mut self) -> Result<()> {
        self.committed = true;
        fs::rename(&self.part, store::final_path(&self.dir, &self.file))
            .map_err(io("storing the encrypted file"))?;
        Ok(())
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = store::remove_if_exists(&self.part);
        }
    }
}

/// Decrypts the file of `rec` in `dir` into `out`, checking every chunk,
/// the size and the SHA-256. Returns the plaintext size.
pub(crate) fn decrypt_file(
    dir: &Path,
    rec: &Attachment,
    out: impl Write,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<u64> {
    let path = store::final_path(dir, &rec.file);
    let file = match fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(AttachmentError::MissingFile.into())
        }
        Err(e) => return Err(io("opening the attachment file")(e).into()),
    };
    let summary = format::decrypt(&rec.key, file, out, progress)?;
    if summary.size != rec.size {
        return Err(AttachmentError::Corrupt("attachment size".into()).into());
    }
    if to_hex(&summary.sha256) != rec.sha256 {
        return Err(AttachmentError::Corrupt("attachment checksum".into()).into());
    }
    Ok(summary.size)
}
