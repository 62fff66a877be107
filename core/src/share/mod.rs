//! Sharing part of a case with a lawyer or social worker: an age file
//! (archive kind `passage-share`, see [`crate::archive`]) holding the
//! selected [`CaseExtract`] and the attachments of the selected documents,
//! encrypted to the recipient's age public key or to a one-time passphrase
//! the core generates and the person tells them in person.
//!
//! Inside the archive: the manifest ([`ShareManifest`]), the JSON entry
//! `case` (the extract), then one stream entry `attachment/<id>` per
//! attachment, streamed from the vault (constant memory).
//!
//! Nothing is selected by default: [`create`] refuses an empty selection.
//! Every share is recorded in the vault's share log ([`share_log`]).
//! [`open`] needs no vault: it is what the lawyer runs on a laptop.
//!
//! Design: `docs/decisions/0007-summary-and-share.md`.

mod log;
mod open;

pub use log::{ShareCounts, ShareLogEntry, ShareLogId, ShareProtection};
pub use open::{open, SharedAttachment, SharedCase};

use crate::archive::{parse_recipient, ArchiveWriter, Protection, KIND_SHARE};
use crate::attachments::Attachments;
use crate::case::{self, CaseExtract, CaseSelection};
use crate::checklist::validate::{self, MAX_TITLE_CHARS};
use crate::clock::brussels_today;
use crate::sensitive::UserText;
use crate::vault::{self, Stored, Vault};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::Write;

/// The share format this version writes and reads up to.
pub const SHARE_FORMAT: u32 = 1;
/// Words in a one-time passphrase (from the recovery word list: 48 bits).
pub const ONE_TIME_PASSPHRASE_WORDS: usize = 6;
/// The name of the extract entry inside a share.
pub(crate) const CASE_ENTRY: &str = "case";
/// Attachment entries are named this prefix and the attachment id.
pub(crate) const ATTACHMENT_PREFIX: &str = "attachment/";

/// To whom a share is encrypted.
#[derive(Clone, PartialEq, Eq)]
pub enum ShareTarget {
    /// An age X25519 public key, `age1...` (as text or from a QR code).
    Recipient(String),
    /// A passphrase the core generates, returned once in the receipt.
    OneTimePassphrase,
}

impl fmt::Debug for ShareTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareTarget::Recipient(r) => f.debug_tuple("Recipient").field(r).finish(),
            ShareTarget::OneTimePassphrase => f.write_str("OneTimePassphrase"),
        }
    }
}

/// The first entry of a share: what it is, without any user text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareManifest {
    /// [`SHARE_FORMAT`].
    pub format: u32,
    pub share_id: String,
    pub created_at: DateTime<Utc>,
    pub counts: ShareCounts,
}

/// What [`create`] returns. The one-time passphrase (if any) is shown to
/// the person once and never stored.
pub struct ShareReceipt {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub counts: ShareCounts,
    pub one_time_passphrase: Option<SecretString>,
}

impl fmt::Debug for ShareReceipt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ShareReceipt")
            .field("id", &self.id)
            .field("counts", &self.counts)
            .field(
                "one_time_passphrase",
                &self.one_time_passphrase.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

fn counts(extract: &CaseExtract) -> ShareCounts {
    ShareCounts {
        events: extract.events.len(),
        deadlines: extract.deadlines.len(),
        documents: extract.documents.len(),
        attachments: extract.attachment_count(),
        chronology: extract.chronology.as_ref().map_or(0, Vec::len),
        lawyer_questions: extract.lawyer_questions.as_ref().map_or(0, Vec::len),
    }
}

fn random_id() -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Writes a share of `selection` to `out`, encrypted for `to`, and records
/// it in the share log with `recipient_label` (who it is for, as the person
/// types it). Refuses an empty selection (`InvalidInput` "nothing
/// selected"), an unknown id (`NotFound`), a blank label and a mistyped
/// `age1...` key before writing anything. On any error the bytes already
/// written to `out` are not a valid share (no end marker): the caller
/// deletes that file. Deadline statuses are for today in Belgium.
pub fn create(
    vault: &Vault,
    selection: &CaseSelection,
    to: &ShareTarget,
    recipient_label: UserText,
    out: impl Write,
) -> Result<ShareReceipt> {
    if selection.is_empty() {
        return Err(Error::invalid("selection", "nothing selected"));
    }
    validate::required_text("recipient label", &recipient_label, MAX_TITLE_CHARS)?;
    let (protection, protection_kind, one_time) = match to {
        ShareTarget::Recipient(text) => {
            let recipient = parse_recipient(text)?;
            let kind = ShareProtection::Recipient {
                recipient: recipient.to_string(),
            };
            (Protection::Recipients(vec![recipient]), kind, None)
        }
        ShareTarget::OneTimePassphrase => {
            let words = vault::random_words(ONE_TIME_PASSPHRASE_WORDS);
            let protection = Protection::Passphrase {
                passphrase: words.clone(),
                log_n: vault.kdf_log_n(),
            };
            (protection, ShareProtection::OneTimePassphrase, Some(words))
        }
    };
    let today = brussels_today(vault.clock().as_ref());
    let (extract, attachments) = case::extract_with_attachments(vault, selection, today)?;
    let manifest = ShareManifest {
        format: SHARE_FORMAT,
        share_id: random_id(),
        created_at: extract.generated_at,
        counts: counts(&extract),
    };

    let mut writer = ArchiveWriter::start(out, &protection, KIND_SHARE, &manifest)?;
    writer.add_json(CASE_ENTRY, &extract)?;
    let store = Attachments::new(vault);
    for Stored { id, value, .. } in &attachments {
        let size = value.size;
        writer.add_stream_with(&format!("{ATTACHMENT_PREFIX}{id}"), size, |w| {
            store.export_to_writer(id, w, None).map(|_| ())
        })?;
    }
    writer.finish()?;

    let entry = ShareLogEntry {
        share_id: manifest.share_id.clone(),
        created_at: manifest.created_at,
        recipient_label,
        protection: protection_kind,
        counts: manifest.counts,
        events: extract.events.iter().map(|e| e.id.clone()).collect(),
        documents: extract.documents.iter().map(|d| d.id.clone()).collect(),
        attachments: attachments.iter().map(|a| a.id.to_string()).collect(),
        chronology: extract.chronology.is_some(),
        lawyer_questions: extract.lawyer_questions.is_some(),
    };
    vault.insert(&entry)?;
    Ok(ShareReceipt {
        id: manifest.share_id,
        created_at: manifest.created_at,
        counts: manifest.counts,
        one_time_passphrase: one_time,
    })
}

/// The share log, newest first (of two made in the same instant, the one
/// recorded last comes first).
pub fn share_log(vault: &Vault) -> Result<Vec<Stored<ShareLogEntry>>> {
    let mut all = vault.list::<ShareLogEntry>()?;
    all.sort_by_key(|s| s.value.created_at);
    all.reverse();
    Ok(all)
}

/// Moves a share log entry to the trash: for a share whose file never
/// left the phone (the person cancelled the export, so the temporary file
/// was deleted). It stays restorable from the trash like any record.
/// `share_id` is the receipt's id; a share that is not in the log (or
/// already in the trash) is `NotFound`.
pub fn forget(vault: &Vault, share_id: &str) -> Result<()> {
    let entry = vault
        .list::<ShareLogEntry>()?
        .into_iter()
        .find(|s| s.value.share_id == share_id)
        .ok_or_else(|| Error::not_found("share in the share log"))?;
    vault.trash(&entry.id)
}

/// [`create`] into a new file at `path` (refused if anything exists
/// there), through [`crate::output_file`]: the file gets its name only when
/// complete; on any error it is deleted and nothing is logged.
pub fn create_file(
    vault: &Vault,
    selection: &CaseSelection,
    to: &ShareTarget,
    recipient_label: UserText,
    path: &std::path::Path,
) -> Result<ShareReceipt> {
    use crate::output_file::{self, IfExists};
    output_file::write(path, "shared file", IfExists::Refuse, |out| {
        create(vault, selection, to, recipient_label, out)
    })
}
