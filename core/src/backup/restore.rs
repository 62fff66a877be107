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

/// The hidden folder a restore to `name` builds in: `.NAME.restoring-`
/// followed by 16 lowercase hex digits.
const RESTORING: &str = ".restoring-";
const RESTORING_SUFFIX_LEN: usize = 16;

fn restoring_name(name: &str) -> String {
    format!(
        ".{name}{RESTORING}{}",
        to_hex(&random_bytes::<{ RESTORING_SUFFIX_LEN / 2 }>())
    )
}

/// Whether `entry` is exactly a folder name [`restoring_name`] gives for
/// `name`.
fn is_restoring_folder_of(entry: &str, name: &str) -> bool {
    entry
        .strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(name))
        .and_then(|rest| rest.strip_prefix(RESTORING))
        .is_some_and(|hex| {
            hex.len() == RESTORING_SUFFIX_LEN
                && hex
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

/// Removes the hidden folders that restores to `name` killed before they
/// finished left in `parent`. They hold nothing found nowhere else: the
/// backup file they were read from is still there, and they were never
/// renamed into place. Only real folders named exactly as
/// [`restoring_name`] names them for `name` are touched (not symlinks, not
/// files, not other names). Failing to remove one is not an error.
fn remove_stale_restores(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if is_dir && is_restoring_folder_of(&e.file_name().to_string_lossy(), name) {
            let _ = fs::remove_dir_all(e.path());
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
/// (even empty) is refused with [`Error::AlreadyExists`]. Hidden folders
/// of earlier restores to the same `dir` that were killed before they
/// finished are removed first (only folders named exactly
/// `.NAME.restoring-` and 16 lowercase hex digits).
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
    remove_stale_restores(&parent, &name);
    let temp = TempDir {
        path: parent.join(restoring_name(&name)),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_restoring_folder_names_of_the_target_match() {
        let name = "vault";
        let made = restoring_name(name);
        assert!(is_restoring_folder_of(&made, name));
        assert!(is_restoring_folder_of(
            ".vault.restoring-0123456789abcdef",
            name
        ));
        for other in [
            "vault",
            ".vault",
            ".vault.restoring-",
            ".vault.restoring-0123456789abcde",
            ".vault.restoring-0123456789abcdef0",
            ".vault.restoring-0123456789ABCDEF",
            ".vault.restoring-0123456789abcdeg",
            ".vault2.restoring-0123456789abcdef",
            ".vaul.restoring-0123456789abcdef",
            "vault.restoring-0123456789abcdef",
            "..vault.restoring-0123456789abcdef",
        ] {
            assert!(!is_restoring_folder_of(other, name), "{other}");
        }
        // A target whose name looks like another target's stale folder.
        assert!(!is_restoring_folder_of(
            ".vault.restoring-0123456789abcdef",
            "vault.restoring-0123456789abcdef"
        ));
    }
}
