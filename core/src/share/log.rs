//! The share log: one encrypted vault record per file shared, saying what
//! was shared (counts and the selected ids), with whom (the label the
//! person typed) and when.

use crate::sensitive::UserText;
use crate::vault::{Record, RecordId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// How many items a share holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareCounts {
    pub events: usize,
    pub deadlines: usize,
    pub documents: usize,
    pub attachments: usize,
    /// Life events of the chronology (0 when not shared).
    pub chronology: usize,
    /// Questions for the lawyer (0 when not shared).
    pub lawyer_questions: usize,
}

/// How a shared file is protected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ShareProtection {
    /// Encrypted to this age public key (`age1...`).
    Recipient { recipient: String },
    /// Encrypted to a one-time passphrase told in person (not stored).
    OneTimePassphrase,
}

/// One entry of the share log. All of it is encrypted in the vault;
/// `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareLogEntry {
    /// The id written inside the shared file.
    pub share_id: String,
    pub created_at: DateTime<Utc>,
    /// With whom, as the person typed it ("Maître Dupont").
    pub recipient_label: UserText,
    pub protection: ShareProtection,
    pub counts: ShareCounts,
    /// Ids (hex) of what was selected.
    pub events: Vec<String>,
    pub documents: Vec<String>,
    pub attachments: Vec<String>,
    pub chronology: bool,
    pub lawyer_questions: bool,
}

impl Record for ShareLogEntry {
    const COLLECTION: &'static str = "share-log";
}

/// The id of a share log entry.
pub type ShareLogId = RecordId<ShareLogEntry>;

crate::checklist::redacted_debug!(ShareLogEntry);
