//! Opening a shared file (no vault needed): the extract, the attachments'
//! names and sizes, and on request the attachments saved to a folder.

use super::{ShareManifest, ATTACHMENT_PREFIX, CASE_ENTRY, SHARE_FORMAT};
use crate::archive::{ArchiveReader, EntryKind, Secret, KIND_SHARE};
use crate::case::{CaseExtract, EXTRACT_FORMAT};
use crate::sensitive::UserText;
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// One attachment of a shared file.
#[derive(Clone, PartialEq, Eq)]
pub struct SharedAttachment {
    pub id: String,
    /// The file name the person gave it.
    pub name: UserText,
    pub media_type: String,
    pub size: u64,
    /// Where it was saved (when a folder was given).
    pub saved_to: Option<PathBuf>,
}

/// What a shared file holds.
#[derive(Clone)]
pub struct SharedCase {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub extract: CaseExtract,
    pub attachments: Vec<SharedAttachment>,
}

crate::checklist::redacted_debug!(SharedAttachment);

impl fmt::Debug for SharedCase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedCase")
            .field("id", &self.id)
            .field("extract", &self.extract)
            .finish_non_exhaustive()
    }
}

fn io(what: &'static str) -> impl Fn(std::io::Error) -> Error {
    move |e| Error::Io {
        reason: format!("{what}: {}", e.kind()),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A file name safe to create in the target folder: the last path
/// component of `name`, without control characters or separators; never
/// empty, never `.` or `..`.
fn safe_file_name(name: &str, id: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_string();
    // File systems allow 255 bytes per name: keep the end (the extension).
    let mut cleaned = cleaned;
    while cleaned.len() > MAX_SAVED_NAME_BYTES {
        cleaned.remove(0);
    }
    let cleaned = cleaned.trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        format!(
            "attachment-{}",
            id.chars()
                .filter(char::is_ascii_hexdigit)
                .collect::<String>()
        )
    } else {
        cleaned
    }
}

/// Longest saved file name, in bytes (room left for " (2)").
const MAX_SAVED_NAME_BYTES: usize = 200;

/// A path in `dir` for `name` where nothing exists yet: `name`, then
/// `name (2)`, `name (3)`, ...
fn free_path(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if first.symlink_metadata().is_err() {
        return first;
    }
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    };
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|p| p.symlink_metadata().is_err())
        .unwrap_or(first)
}

/// Temporary files of attachments being saved; removed unless kept.
struct Pending {
    files: Vec<(PathBuf, usize)>,
    keep: bool,
}

impl Drop for Pending {
    fn drop(&mut self) {
        if !self.keep {
            for (p, _) in &self.files {
                let _ = fs::remove_file(p);
            }
        }
    }
}

/// Opens a shared file with `secret`. Errors: `WrongPassphrase` when the
/// key or passphrase does not open it; `Corrupt` for a damaged, truncated
/// or tampered file; `UnsupportedVersion` for a newer share;
/// `InvalidInput` for a backup or other archive, or a passphrase given for
/// a key-protected file (and the reverse).
///
/// With `save_to`, each attachment is written to a new file in that
/// folder (existing files are never replaced: a name is numbered instead).
/// Attachments are first written to temporary files and get their names
/// only after the whole share was checked (end marker, sizes, SHA-256);
/// on any error nothing is left in the folder.
pub fn open(reader: impl Read, secret: &Secret, save_to: Option<&Path>) -> Result<SharedCase> {
    if let Some(dir) = save_to {
        if !dir.is_dir() {
            return Err(Error::not_found("the folder to save attachments in"));
        }
    }
    let mut archive = ArchiveReader::open(reader, secret, KIND_SHARE)?;
    let manifest: ShareManifest = archive.manifest()?;
    if manifest.format > SHARE_FORMAT {
        return Err(Error::UnsupportedVersion {
            found: manifest.format,
            supported: SHARE_FORMAT,
        });
    }
    // The id names temporary files below: only what `create` writes.
    if manifest.share_id.len() != 32 || !manifest.share_id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::corrupt("shared file: bad share id"));
    }
    let extract: CaseExtract = match archive.next_entry()? {
        Some(e) if e.name() == CASE_ENTRY && e.kind() == EntryKind::Json => e.json()?,
        _ => return Err(Error::corrupt("shared file: the case is missing")),
    };
    if extract.format > EXTRACT_FORMAT {
        return Err(Error::UnsupportedVersion {
            found: extract.format,
            supported: EXTRACT_FORMAT,
        });
    }
    let listed: Vec<&crate::case::CaseAttachment> = extract
        .documents
        .iter()
        .flat_map(|d| d.attachments.iter())
        .collect();
    let mut attachments: Vec<SharedAttachment> = listed
        .iter()
        .map(|a| SharedAttachment {
            id: a.id.clone(),
            name: a.name.clone(),
            media_type: a.media_type.clone(),
            size: a.size,
            saved_to: None,
        })
        .collect();
    let mut seen = vec![false; attachments.len()];
    let mut pending = Pending {
        files: Vec::new(),
        keep: false,
    };
    let mut counter = 0u32;
    while let Some(mut entry) = archive.next_entry()? {
        let id = entry
            .name()
            .strip_prefix(ATTACHMENT_PREFIX)
            .map(str::to_string)
            .filter(|_| entry.kind() == EntryKind::Stream);
        let index = id
            .as_deref()
            .and_then(|id| listed.iter().position(|a| a.id == id))
            .filter(|&i| !seen[i] && listed[i].size == entry.len())
            .ok_or_else(|| Error::corrupt("shared file: an unexpected entry"))?;
        seen[index] = true;
        let mut hasher = Sha256::new();
        match save_to {
            Some(dir) => {
                counter += 1;
                let temp = dir.join(format!(
                    ".passage-share-{}-{counter}.part",
                    manifest.share_id
                ));
                let mut file = OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&temp)
                    .map_err(io("creating an attachment file"))?;
                pending.files.push((temp, index));
                copy_hashing(&mut entry, &mut hasher, Some(&mut file))?;
                file.sync_all().map_err(io("writing an attachment file"))?;
            }
            None => copy_hashing(&mut entry, &mut hasher, None)?,
        }
        if hex(&hasher.finalize()) != listed[index].sha256 {
            return Err(Error::corrupt(
                "shared file: an attachment does not match its checksum",
            ));
        }
    }
    // The end marker is checked: the whole file is as it was written.
    if seen.iter().any(|s| !s) {
        return Err(Error::corrupt("shared file: an attachment is missing"));
    }
    if let Some(dir) = save_to {
        for (temp, index) in &pending.files {
            let a = &mut attachments[*index];
            let target = free_path(dir, &safe_file_name(a.name.as_str(), &a.id));
            // A hard link never replaces a file that appeared meanwhile.
            fs::hard_link(temp, &target)
                .or_else(|_| {
                    if target.symlink_metadata().is_ok() {
                        Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
                    } else {
                        fs::rename(temp, &target)
                    }
                })
                .map_err(io("saving an attachment"))?;
            let _ = fs::remove_file(temp);
            a.saved_to = Some(target);
        }
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        pending.keep = true;
    }
    Ok(SharedCase {
        id: manifest.share_id,
        created_at: manifest.created_at,
        extract,
        attachments,
    })
}

/// Reads `entry` to its end, hashing it and writing it to `out` if given.
fn copy_hashing(
    entry: &mut impl Read,
    hasher: &mut Sha256,
    mut out: Option<&mut File>,
) -> Result<()> {
    let mut buf = zeroize::Zeroizing::new(vec![0u8; 64 * 1024]);
    loop {
        let n = match entry.read(&mut buf) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(Error::corrupt("shared file: an attachment is damaged")),
        };
        hasher.update(&buf[..n]);
        if let Some(f) = out.as_deref_mut() {
            f.write_all(&buf[..n])
                .map_err(io("writing an attachment file"))?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_names_stay_in_the_folder() {
        assert_eq!(safe_file_name("../../etc/passwd", "x"), "passwd");
        assert_eq!(safe_file_name("a\\b\\scan.pdf", "x"), "scan.pdf");
        assert_eq!(safe_file_name("..", "ab"), "attachment-ab");
        assert_eq!(safe_file_name(".bashrc", "ab"), "bashrc");
        assert_eq!(safe_file_name("", "ab"), "attachment-ab");
        let long = format!("{}.pdf", "é".repeat(300));
        let short = safe_file_name(&long, "ab");
        assert!(short.len() <= MAX_SAVED_NAME_BYTES && short.ends_with("é.pdf"));
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("scan.pdf"), "x").unwrap();
        assert_eq!(
            free_path(dir.path(), "scan.pdf"),
            dir.path().join("scan (2).pdf")
        );
    }
}
