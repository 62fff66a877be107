//! Reading a whole backup before anything is committed: records are kept
//! in memory (they are small), attachments are re-encrypted under new keys
//! into `.part` files of the target's `attachments/` folder and checked
//! against their records. Every staged file is removed again when the
//! [`Staged`] value is dropped without its files being committed.

use super::entries::{
    AttachmentFacts, Manifest, RecordEntry, ATTACHMENT, ATTACHMENT_DATA, LOCAL_FIELDS, RECORD,
};
use super::BACKUP_FORMAT;
use crate::archive::{ArchiveReader, EntryKind};
use crate::attachments::{Attachment, Progress, StagedFile};
use crate::vault::{to_hex, RawRecord, Record, ID_LEN};
use crate::{Error, Result};
use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

/// An attachment record from the backup with its new file and key filled
/// in, and that file.
pub(crate) struct StagedAttachment {
    pub record: RawRecord,
    pub file: StagedFile,
}

pub(crate) struct Staged {
    /// Every record except attachments, in backup order.
    pub records: Vec<RawRecord>,
    pub attachments: Vec<StagedAttachment>,
}

fn corrupt(what: &str) -> Error {
    Error::corrupt(format!("backup file: {what}"))
}

/// Checks the manifest of an opened backup.
pub(crate) fn manifest<R: Read>(archive: &ArchiveReader<R>) -> Result<Manifest> {
    let m: Manifest = archive.manifest()?;
    if m.format > BACKUP_FORMAT {
        return Err(Error::UnsupportedVersion {
            found: m.format,
            supported: BACKUP_FORMAT,
        });
    }
    if m.format == 0 {
        return Err(corrupt("bad backup format version"));
    }
    Ok(m)
}

/// Reads the rest of `archive` (after the manifest) to its verified end.
pub(crate) fn stage<R: Read>(
    mut archive: ArchiveReader<R>,
    attachments_dir: &Path,
    max_attachment_size: u64,
    progress: Option<&dyn Progress>,
) -> Result<Staged> {
    let manifest = manifest(&archive)?;
    archive.set_max_stream_len(max_attachment_size);
    let total = manifest.attachment_bytes;
    let mut seen: HashSet<[u8; ID_LEN]> = HashSet::new();
    let mut records = Vec::new();
    let mut attachments: Vec<StagedAttachment> = Vec::new();
    let mut done = 0u64;
    // An attachment record waiting for its data entry.
    let mut pending: Option<(RawRecord, AttachmentFacts)> = None;
    while let Some(entry) = archive.next_entry()? {
        let name = entry.name().to_string();
        match (name.as_str(), entry.kind(), pending.take()) {
            (RECORD, EntryKind::Json, None) => {
                let raw = entry.json::<RecordEntry>()?.into_raw()?;
                if raw.collection == Attachment::COLLECTION {
                    return Err(corrupt("an attachment record is misplaced"));
                }
                if !seen.insert(raw.id) {
                    return Err(corrupt("two records have the same id"));
                }
                records.push(raw);
            }
            (ATTACHMENT, EntryKind::Json, None) => {
                let raw = entry.json::<RecordEntry>()?.into_raw()?;
                if raw.collection != Attachment::COLLECTION
                    || LOCAL_FIELDS.iter().any(|f| raw.data.get(f).is_some())
                {
                    return Err(corrupt("an attachment record cannot be read"));
                }
                if !seen.insert(raw.id) {
                    return Err(corrupt("two records have the same id"));
                }
                let facts: AttachmentFacts = serde_json::from_value(raw.data.clone())
                    .map_err(|_| corrupt("an attachment record cannot be read"))?;
                pending = Some((raw, facts));
            }
            (ATTACHMENT_DATA, EntryKind::Stream, Some((mut raw, facts))) => {
                if entry.len() != facts.size {
                    return Err(corrupt("an attachment does not have its recorded size"));
                }
                let before = done;
                let mut tick = |n: u64| progress.is_none_or(|p| p.update(before + n, Some(total)));
                let written =
                    StagedFile::write(attachments_dir, entry, max_attachment_size, &mut tick);
                let file = match written {
                    Ok(f) => f,
                    // A read error of the archive is the real cause.
                    Err(e) => return Err(archive.failure().unwrap_or(e)),
                };
                if file.size != facts.size || file.sha256 != facts.sha256 {
                    return Err(corrupt("an attachment does not match its checksum"));
                }
                done += file.size;
                if let Some(obj) = raw.data.as_object_mut() {
                    obj.insert("file".into(), file.file.clone().into());
                    obj.insert("key".into(), to_hex(file.key.as_bytes()).into());
                }
                serde_json::from_value::<Attachment>(raw.data.clone())
                    .map_err(|_| corrupt("an attachment record cannot be read"))?;
                attachments.push(StagedAttachment { record: raw, file });
            }
            _ => return Err(corrupt("entries are out of order")),
        }
    }
    if pending.is_some() {
        return Err(corrupt("an attachment has no data"));
    }
    let count = (records.len() + attachments.len()) as u64;
    if count != manifest.records || attachments.len() as u64 != manifest.attachments {
        return Err(corrupt("the number of records does not match the manifest"));
    }
    Ok(Staged {
        records,
        attachments,
    })
}
