//! Restoring a backup into a new vault.

use super::stage::{manifest, stage};
use super::RestoreOptions;
use crate::archive::{ArchiveReader, Secret, KIND_BACKUP};
use crate::vault::{check_new_passphrase, random_bytes, sync_dir, to_hex, RecoveryPhrase, Vault};
use crate::{Error, Result};
use secrecy::SecretString;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A folder removed (with everything in it) when dropped, unless kept.
struct TempDir {
    path: PathBuf,
    keep: bool,
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

fn io(during: &str) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::Io {
        reason: format!("{during}: {}", crate::vault::io_reason(&e)),
    }
}

/// Restores the backup read from `reader` into a new vault at `dir`,
/// protected by `new_passphrase` (and a new recovery phrase, returned to
/// show the user once). Every record keeps its id and times; everything
/// is re-encrypted under the new vault's keys and new attachment keys.
///
/// The vault is built in a hidden folder beside `dir` and renamed to `dir`
/// only after the whole backup was read, its end marker and every
/// attachment's checksum verified and the records committed. On any error
/// that folder is removed and `dir` never appears. An existing `dir`
/// (even empty) is refused with [`Error::AlreadyExists`].
pub fn restore_new(
    reader: impl Read,
    secret: &Secret,
    dir: &Path,
    new_passphrase: &SecretString,
    options: RestoreOptions<'_>,
) -> Result<(Vault, RecoveryPhrase)> {
    if dir.symlink_metadata().is_ok() {
        return Err(Error::AlreadyExists {
            what: "a file or folder at the restore path".into(),
        });
    }
    check_new_passphrase(new_passphrase)?;
    let name = dir
        .file_name()
        .ok_or_else(|| Error::invalid("folder", "must name a new folder"))?
        .to_string_lossy()
        .into_owned();
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };

    // Wrong secret, foreign file or newer version: refused before anything
    // is created.
    let archive = ArchiveReader::open(reader, secret, KIND_BACKUP)?;
    manifest(&archive)?;

    fs::create_dir_all(&parent).map_err(io("creating the parent folder"))?;
    let temp = TempDir {
        path: parent.join(format!(
            ".{name}.restoring-{}",
            to_hex(&random_bytes::<8>())
        )),
        keep: false,
    };
    let (vault, recovery) = Vault::create(&temp.path, new_passphrase, options.vault.clone())?;
    let staged = stage(
        archive,
        &vault.attachments_dir(),
        options.max_attachment_size,
        options.progress,
    )?;
    vault.write(|tx| {
        for r in staged
            .records
            .iter()
            .chain(staged.attachments.iter().map(|a| &a.record))
        {
            tx.raw_put(r, false)?;
        }
        Ok(())
    })?;
    for a in staged.attachments {
        a.file.commit()?;
    }
    sync_dir(&vault.attachments_dir())?;
    if !vault.integrity_check()? {
        return Err(Error::corrupt("restored database"));
    }
    vault.lock();
    drop(vault);

    if dir.symlink_metadata().is_ok() {
        return Err(Error::AlreadyExists {
            what: "a file or folder at the restore path".into(),
        });
    }
    fs::rename(&temp.path, dir).map_err(io("moving the restored vault into place"))?;
    let mut temp = temp;
    temp.keep = true;
    sync_dir(&parent)?;

    let vault = Vault::open(dir, options.vault)?;
    vault.unlock(new_passphrase)?;
    Ok((vault, recovery))
}
