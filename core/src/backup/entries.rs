//! What a backup's entries hold, as JSON.

use crate::vault::{from_hex, to_hex, RawRecord, ID_LEN};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Entry names.
pub(crate) const RECORD: &str = "record";
pub(crate) const ATTACHMENT: &str = "attachment";
pub(crate) const ATTACHMENT_DATA: &str = "attachment-data";
/// The attachment record fields that belong to the vault it lives in (the
/// file name and the file key), left out of a backup and made anew on
/// restore.
pub(crate) const LOCAL_FIELDS: [&str; 2] = ["file", "key"];
/// The longest collection name a backup may carry.
const MAX_COLLECTION_LEN: usize = 64;

/// The first entry of a backup.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Manifest {
    /// [`super::BACKUP_FORMAT`] of the Passage that wrote it.
    pub format: u32,
    pub vault_id: String,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub created_at: DateTime<Utc>,
    /// The vault database schema version.
    pub schema_version: u32,
    pub records: u64,
    pub attachments: u64,
    pub attachment_bytes: u64,
    pub app_version: String,
}

/// One record, as a "record" or "attachment" entry.
#[derive(Serialize, Deserialize)]
pub(crate) struct RecordEntry {
    pub collection: String,
    pub id: String,
    pub schema: u16,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub created: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub updated: DateTime<Utc>,
    #[serde(default, with = "chrono::serde::ts_milliseconds_option")]
    pub trashed: Option<DateTime<Utc>>,
    pub data: serde_json::Value,
}

impl RecordEntry {
    pub fn from_raw(r: &RawRecord) -> Self {
        RecordEntry {
            collection: r.collection.clone(),
            id: to_hex(&r.id),
            schema: r.schema,
            created: r.created,
            updated: r.updated,
            trashed: r.trashed,
            data: r.data.clone(),
        }
    }

    pub fn into_raw(self) -> Result<RawRecord> {
        let bad = || Error::corrupt("backup file: a record cannot be read");
        if self.collection.is_empty()
            || self.collection.len() > MAX_COLLECTION_LEN
            || !self
                .collection
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(bad());
        }
        let id: [u8; ID_LEN] = from_hex(&self.id)
            .and_then(|b| b.try_into().ok())
            .ok_or_else(bad)?;
        if !self.data.is_object() {
            return Err(bad());
        }
        Ok(RawRecord {
            collection: self.collection,
            id,
            schema: self.schema,
            created: self.created,
            updated: self.updated,
            trashed: self.trashed,
            data: self.data,
        })
    }
}

/// `data` without the vault-local attachment fields.
pub(crate) fn without_local_fields(data: &serde_json::Value) -> serde_json::Value {
    let mut d = data.clone();
    if let Some(obj) = d.as_object_mut() {
        for f in LOCAL_FIELDS {
            obj.remove(f);
        }
    }
    d
}

/// The size and checksum an attachment record announces.
#[derive(Deserialize)]
pub(crate) struct AttachmentFacts {
    pub size: u64,
    pub sha256: String,
}
