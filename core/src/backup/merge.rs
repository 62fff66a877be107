//! Merging a backup into an existing vault, all or nothing.

use super::entries::without_local_fields;
use super::stage::stage;
use super::MergeReport;
use crate::archive::{ArchiveReader, Secret, KIND_BACKUP};
use crate::attachments::{Progress, DEFAULT_MAX_SIZE};
use crate::interview::{DayChecklist, InterviewProfile};
use crate::vault::{sync_dir, RawRecord, Record, Txn, Vault, VaultProfile, ID_LEN};
use crate::{Error, Result};
use sha2::{Digest, Sha256};
use std::io::Read;

/// What happened to one record of the backup.
enum Outcome {
    Added,
    Updated,
    Unchanged,
    Conflict,
}

/// The id of the trash copy of `loser`: derived from its id, its edit time
/// and its content, so that merging the same backup twice does not make a
/// second copy.
fn copy_id(loser: &RawRecord) -> Result<[u8; ID_LEN]> {
    let mut h = Sha256::new();
    h.update(b"passage/merge-copy/v1");
    h.update(loser.collection.as_bytes());
    h.update([0]);
    h.update(loser.id);
    h.update(loser.updated.timestamp_millis().to_be_bytes());
    h.update(
        serde_json::to_vec(&without_local_fields(&loser.data))
            .map_err(|_| Error::corrupt("record content"))?,
    );
    let mut id = [0u8; ID_LEN];
    id.copy_from_slice(&h.finalize()[..ID_LEN]);
    Ok(id)
}

/// Keeps `loser` in the trash as a new record, so that no version is lost.
/// Returns `false` when that copy exists already (an earlier merge).
fn keep_in_trash(tx: &mut Txn<'_>, loser: &RawRecord) -> Result<bool> {
    let id = copy_id(loser)?;
    if tx.raw_get(&id)?.is_some() {
        return Ok(false);
    }
    let copy = RawRecord {
        id,
        trashed: Some(loser.trashed.unwrap_or(tx.now())),
        ..loser.clone()
    };
    tx.raw_put(&copy, false)?;
    Ok(true)
}

/// A conflict, or nothing new when its copy was kept by an earlier merge
/// and the winner did not change.
fn conflict(copied: bool, replaced: bool) -> Outcome {
    if copied || replaced {
        Outcome::Conflict
    } else {
        Outcome::Unchanged
    }
}

fn same_lifecycle(a: &RawRecord, b: &RawRecord) -> bool {
    a.created == b.created && a.updated == b.updated && a.trashed == b.trashed
}

/// Collections that hold one live record per vault (read as "the first
/// live one"): a backup's record there meets the vault's under another id.
fn is_singleton(collection: &str) -> bool {
    [
        VaultProfile::COLLECTION,
        InterviewProfile::COLLECTION,
        DayChecklist::COLLECTION,
    ]
    .contains(&collection)
}

/// The vault's live record of a singleton collection, if any.
fn live_singleton(tx: &Txn<'_>, collection: &str) -> Result<Option<RawRecord>> {
    Ok(tx
        .raw_records()?
        .into_iter()
        .find(|r| r.collection == collection && r.trashed.is_none()))
}

/// Merges one plain record. The later `updated` wins; on a tie the vault's
/// version stays.
fn merge_record(tx: &mut Txn<'_>, theirs: &RawRecord) -> Result<Outcome> {
    let ours = match tx.raw_get(&theirs.id)? {
        Some(ours) => ours,
        None if is_singleton(&theirs.collection) && theirs.trashed.is_none() => {
            match live_singleton(tx, &theirs.collection)? {
                // The backup's value takes the place of the vault's one,
                // under the vault's id; the loser goes to the trash.
                Some(ours) => {
                    let theirs = RawRecord {
                        id: ours.id,
                        created: ours.created,
                        ..theirs.clone()
                    };
                    return merge_record(tx, &theirs);
                }
                None => {
                    tx.raw_put(theirs, false)?;
                    return Ok(Outcome::Added);
                }
            }
        }
        None => {
            tx.raw_put(theirs, false)?;
            return Ok(Outcome::Added);
        }
    };
    if ours.collection != theirs.collection {
        let copied = keep_in_trash(tx, theirs)?;
        return Ok(conflict(copied, false));
    }
    if ours.data == theirs.data && ours.schema == theirs.schema {
        if same_lifecycle(&ours, theirs) || theirs.updated <= ours.updated {
            return Ok(Outcome::Unchanged);
        }
        tx.raw_put(theirs, true)?;
        return Ok(Outcome::Updated);
    }
    if theirs.updated > ours.updated {
        tx.raw_put(theirs, true)?;
        keep_in_trash(tx, &ours)?;
        Ok(Outcome::Conflict)
    } else {
        let copied = keep_in_trash(tx, theirs)?;
        Ok(conflict(copied, false))
    }
}

/// Merges one attachment record whose data was staged under a new file.
/// Returns the outcome and whether the staged file is now referenced.
fn merge_attachment(tx: &mut Txn<'_>, theirs: &RawRecord) -> Result<(Outcome, bool)> {
    let Some(ours) = tx.raw_get(&theirs.id)? else {
        tx.raw_put(theirs, false)?;
        return Ok((Outcome::Added, true));
    };
    let sha = |r: &RawRecord| r.data.get("sha256").cloned();
    if ours.collection == theirs.collection && sha(&ours) == sha(theirs) {
        // Same content: keep our file, take the later metadata.
        if without_local_fields(&ours.data) == without_local_fields(&theirs.data)
            && (same_lifecycle(&ours, theirs) || theirs.updated <= ours.updated)
        {
            return Ok((Outcome::Unchanged, false));
        }
        if theirs.updated <= ours.updated {
            return Ok((Outcome::Unchanged, false));
        }
        let mut data = without_local_fields(&theirs.data);
        if let (Some(obj), Some(local)) = (data.as_object_mut(), ours.data.as_object()) {
            for f in super::entries::LOCAL_FIELDS {
                if let Some(v) = local.get(f) {
                    obj.insert(f.into(), v.clone());
                }
            }
        }
        tx.raw_put(
            &RawRecord {
                data,
                ..theirs.clone()
            },
            true,
        )?;
        return Ok((Outcome::Updated, false));
    }
    // Different content under one id: keep both files, each with its own
    // record (the loser's in the trash).
    if ours.collection == theirs.collection && theirs.updated > ours.updated {
        tx.raw_put(theirs, true)?;
        keep_in_trash(tx, &ours)?;
        Ok((Outcome::Conflict, true))
    } else {
        // The staged file is needed only for a new copy.
        let copied = keep_in_trash(tx, theirs)?;
        Ok((conflict(copied, false), copied))
    }
}

/// Merges the backup read from `reader` into `vault` (unlocked). Records
/// keep their ids; a record on one side only is added; when both sides
/// have a record with the same id and different content, the one with the
/// later `updated` time stays under the id and the other is kept in the
/// trash as a new record: nothing is lost. Attachments missing from the
/// vault are imported under new keys and checked against their checksums.
///
/// All or nothing: the whole backup is read and verified first (its
/// attachments into temporary files), then the records are written in one
/// transaction. Any error (wrong secret, truncation, tampering, a full
/// disk) leaves the vault as it was and removes the temporary files.
pub fn merge(
    vault: &Vault,
    reader: impl Read,
    secret: &Secret,
    progress: Option<&dyn Progress>,
) -> Result<MergeReport> {
    if !vault.is_unlocked() {
        return Err(Error::Locked);
    }
    let archive = ArchiveReader::open(reader, secret, KIND_BACKUP)?;
    let dir = vault.attachments_dir();
    let staged = stage(archive, &dir, DEFAULT_MAX_SIZE, progress)?;
    let (report, used) = vault.write(|tx| {
        let mut report = MergeReport::default();
        let mut count = |o: Outcome| match o {
            Outcome::Added => report.added += 1,
            Outcome::Updated => report.updated += 1,
            Outcome::Unchanged => report.unchanged += 1,
            Outcome::Conflict => report.conflicts += 1,
        };
        for r in &staged.records {
            count(merge_record(tx, r)?);
        }
        let mut used = Vec::with_capacity(staged.attachments.len());
        for a in &staged.attachments {
            let (outcome, keep) = merge_attachment(tx, &a.record)?;
            count(outcome);
            used.push(keep);
        }
        Ok((report, used))
    })?;
    for (a, keep) in staged.attachments.into_iter().zip(used) {
        if keep {
            a.file.commit()?;
        }
        // Otherwise dropped: its temporary file is removed.
    }
    sync_dir(&dir)?;
    Ok(report)
}
