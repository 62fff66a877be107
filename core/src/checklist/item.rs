//! One item of the user's checklist, stored encrypted in the vault.

use super::redact::redacted_debug;
use super::templates::{id_enum, Section};
use crate::sensitive::UserText;
use crate::vault::{Record, RecordId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

id_enum! {
    /// Where the user stands with a document.
    ItemStatus, "status" {
        /// Still to find.
        Needed = "needed",
        /// The user has the original.
        HaveOriginal = "have-original",
        /// The user has only a copy (paper or photo).
        HaveCopy = "have-copy",
        /// Given to an authority (CGRS, Immigration Office, municipality).
        HandedIn = "handed-in",
        /// Given back by the authority.
        Returned = "returned",
        /// Cannot be obtained; the reason must be explained at the interview.
        NotAvailable = "not-available",
    }
}

impl ItemStatus {
    /// True for statuses that count as done in the progress.
    pub fn has_document(self) -> bool {
        matches!(
            self,
            ItemStatus::HaveOriginal
                | ItemStatus::HaveCopy
                | ItemStatus::HandedIn
                | ItemStatus::Returned
        )
    }
}

id_enum! {
    /// Where the original document is now.
    Location, "location" {
        WithMe = "with-me",
        WithMyLawyer = "with-my-lawyer",
        WithCgrs = "with-cgrs",
        WithImmigrationOffice = "with-immigration-office",
        Lost = "lost",
        Other = "other",
    }
}

/// Where the original is, since when, and (for `other`) a word of detail.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OriginalLocation {
    pub place: Location,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    #[serde(default)]
    pub detail: UserText,
}

/// One checklist item. Created through [`super::Checklist`], which checks
/// every field; all of it is encrypted in the vault. `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// The template it was added from; `None` for a custom item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    pub section: Section,
    /// The user's own title (custom items; may rename a template item).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_title: Option<UserText>,
    pub status: ItemStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<OriginalLocation>,
    #[serde(default)]
    pub note: UserText,
    /// Why the document cannot be obtained (to explain at the interview).
    #[serde(default)]
    pub why_not_available: UserText,
    /// Attachment record ids (hex).
    #[serde(default)]
    pub attachments: Vec<String>,
    /// Journal event ids (hex).
    #[serde(default)]
    pub journal_events: Vec<String>,
}

impl Record for ChecklistItem {
    const COLLECTION: &'static str = "checklist";
}

/// The id of a checklist item.
pub type ItemId = RecordId<ChecklistItem>;

impl ChecklistItem {
    /// A new item with status `needed` and nothing else filled in.
    pub(crate) fn new(section: Section, template: Option<String>, title: Option<UserText>) -> Self {
        ChecklistItem {
            template,
            section,
            custom_title: title,
            status: ItemStatus::Needed,
            location: None,
            note: UserText::default(),
            why_not_available: UserText::default(),
            attachments: Vec::new(),
            journal_events: Vec::new(),
        }
    }

    /// Counts as done: the user has it (original or copy), handed it in or
    /// got it back, or it is not available and the reason is written down.
    pub fn is_done(&self) -> bool {
        self.status.has_document()
            || (self.status == ItemStatus::NotAvailable && !self.why_not_available.is_blank())
    }
}

/// Changes to an item, applied together in one transaction (all or
/// nothing); `None` leaves a field as it is.
#[derive(Clone, Default)]
pub struct ItemEdit {
    pub status: Option<ItemStatus>,
    /// Where the original is now (replaces the previous location).
    pub location: Option<OriginalLocation>,
    /// A new own title (`Some(blank)` removes it from a template item;
    /// a custom item must keep a title).
    pub custom_title: Option<UserText>,
    pub note: Option<UserText>,
    pub why_not_available: Option<UserText>,
    pub section: Option<Section>,
}

redacted_debug!(ChecklistItem, OriginalLocation, ItemEdit);
