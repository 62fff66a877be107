//! Sharing chosen parts of the case with a lawyer or social worker: an
//! encrypted age file for their age public key (`age1...`, typed or from
//! a QR code) or for a one-time passphrase the core makes and the person
//! tells them in person. Nothing is selected unless listed; an empty
//! selection is `InvalidInput`. Every share is recorded in the vault's
//! share log. The lawyer opens the file with `passage share open`.

use crate::blocking::off_thread;
use crate::ids::{self, AttachmentId, ChecklistItemId, EventId};
use crate::vault::PassageVault;
use crate::PassageError;
use passage_core::case::{CaseSelection, Pick};
use passage_core::sensitive::UserText;
use passage_core::share::{self as core_share, ShareProtection};
use secrecy::ExposeSecret;
use std::path::PathBuf;
use std::sync::Arc;

/// What to share. Empty lists and `false` share nothing of that kind.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShareSelection {
    pub events: Vec<EventId>,
    pub documents: Vec<ChecklistItemId>,
    /// Also the photos, scans and PDFs of the selected documents.
    #[uniffi(default = false)]
    pub include_attachments: bool,
    /// Also the interview chronology of life events.
    #[uniffi(default = false)]
    pub chronology: bool,
    /// Also the questions for the lawyer.
    #[uniffi(default = false)]
    pub lawyer_questions: bool,
}

/// To whom the file is encrypted.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ShareTarget {
    /// An age X25519 public key, `age1...` (62 characters).
    Recipient { recipient: String },
    /// A passphrase of 6 words the core makes, returned once in the receipt.
    OneTimePassphrase,
}

/// What `share_create` did. Show `one_time_passphrase` once; it is not
/// stored anywhere.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShareReceipt {
    pub id: String,
    /// RFC 3339 (UTC).
    pub created_at: String,
    pub one_time_passphrase: Option<String>,
    pub events: u32,
    pub documents: u32,
    pub attachments: u32,
}

/// One entry of the share log: what, with whom, when.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShareLogEntry {
    /// The share id (also inside the file).
    pub id: String,
    /// RFC 3339 (UTC).
    pub created_at: String,
    /// With whom, as the person typed it.
    pub recipient_label: String,
    /// The age public key, or `None` for a one-time passphrase.
    pub recipient: Option<String>,
    pub events: Vec<EventId>,
    pub documents: Vec<ChecklistItemId>,
    pub attachments: Vec<AttachmentId>,
    pub chronology: bool,
    pub lawyer_questions: bool,
    /// Deadlines, life events and questions in the file.
    pub deadline_count: u32,
    pub chronology_count: u32,
    pub lawyer_question_count: u32,
}

fn n(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

impl From<core_share::ShareLogEntry> for ShareLogEntry {
    fn from(e: core_share::ShareLogEntry) -> Self {
        ShareLogEntry {
            id: e.share_id,
            created_at: e.created_at.to_rfc3339(),
            recipient_label: e.recipient_label.as_str().to_string(),
            recipient: match e.protection {
                ShareProtection::Recipient { recipient } => Some(recipient),
                ShareProtection::OneTimePassphrase => None,
            },
            events: e
                .events
                .into_iter()
                .map(|value| EventId { value })
                .collect(),
            documents: e
                .documents
                .into_iter()
                .map(|value| ChecklistItemId { value })
                .collect(),
            attachments: e
                .attachments
                .into_iter()
                .map(|value| AttachmentId { value })
                .collect(),
            chronology: e.chronology,
            lawyer_questions: e.lawyer_questions,
            deadline_count: n(e.counts.deadlines),
            chronology_count: n(e.counts.chronology),
            lawyer_question_count: n(e.counts.lawyer_questions),
        }
    }
}

fn core_selection(s: &ShareSelection) -> Result<CaseSelection, PassageError> {
    Ok(CaseSelection {
        events: Pick::Only(
            s.events
                .iter()
                .map(|e| ids::parse("event id", &e.value))
                .collect::<Result<_, _>>()?,
        ),
        documents: Pick::Only(
            s.documents
                .iter()
                .map(|d| ids::parse("checklist item id", &d.value))
                .collect::<Result<_, _>>()?,
        ),
        attachments: s.include_attachments,
        chronology: s.chronology,
        lawyer_questions: s.lawyer_questions,
    })
}

#[uniffi::export]
impl PassageVault {
    /// Writes the selected parts to a new file at `target_path` (refused
    /// with `AlreadyExists` if something is there), encrypted for `target`,
    /// and records it in the share log under `recipient_label`. Errors:
    /// `InvalidInput` for an empty selection ("nothing selected"), a blank
    /// label or a mistyped `age1...` key; `NotFound` for an id that is not
    /// a live record. On error no file and no log entry remain.
    pub async fn share_create(
        &self,
        target_path: String,
        selection: ShareSelection,
        recipient_label: String,
        target: ShareTarget,
    ) -> Result<ShareReceipt, PassageError> {
        let vault = Arc::clone(self.core());
        let selection = core_selection(&selection)?;
        let to = match target {
            ShareTarget::Recipient { recipient } => core_share::ShareTarget::Recipient(recipient),
            ShareTarget::OneTimePassphrase => core_share::ShareTarget::OneTimePassphrase,
        };
        off_thread("passage-share", move || {
            let r = core_share::create_file(
                &vault,
                &selection,
                &to,
                UserText::new(recipient_label),
                &PathBuf::from(target_path),
            )?;
            Ok(ShareReceipt {
                id: r.id,
                created_at: r.created_at.to_rfc3339(),
                one_time_passphrase: r.one_time_passphrase.map(|p| p.expose_secret().to_string()),
                events: n(r.counts.events),
                documents: n(r.counts.documents),
                attachments: n(r.counts.attachments),
            })
        })
        .await
    }

    /// Takes a share out of the log (to the trash, restorable) when its
    /// file never left the phone: the person cancelled the export of the
    /// file `share_create` wrote into the app's cache. `id` is the
    /// receipt's id; an unknown one is `NotFound`.
    pub fn share_log_forget(&self, id: String) -> Result<(), PassageError> {
        Ok(core_share::forget(self.core(), &id)?)
    }

    /// The share log, newest first.
    pub fn share_log(&self) -> Result<Vec<ShareLogEntry>, PassageError> {
        Ok(core_share::share_log(self.core())?
            .into_iter()
            .map(|s| s.value.into())
            .collect())
    }
}
