//! `passage-ffi`: the UniFFI surface of `passage-core` for the Kotlin
//! (Android) and Swift (iOS) shells. It converts arguments and results and
//! holds no logic of its own. Design: `docs/decisions/0003-ffi.md`.
//!
//! One file per module of the core:
//! - `error.rs`: [`PassageError`], the one error type, and its one mapping.
//! - `ids.rs`: typed ids (single-field records).
//! - `blocking.rs`: runs slow work off the caller's thread for `async` exports.
//! - `keystore.rs`: [`DeviceKeyStore`], implemented by the shells.
//! - `progress.rs`: [`ProgressListener`], implemented by the shells.
//! - `vault.rs`: the root object [`PassageVault`], [`create_vault`].
//! - `keyslots.rs`: keyslot methods on [`PassageVault`].
//! - `journal.rs`: journal, deadlines, next steps, reminders.
//! - `deadline_texts.rs`: deadlines with their texts in the reader's language.
//! - `lock.rs`: PIN, attempt counter, duress PIN, panic wipe, several vaults.
//! - `checklist.rs`: the document checklist, its templates and progress.
//! - `attachments.rs`: encrypted attachments (import/export with progress).
//! - `backup.rs`: encrypted backups: create, restore into a new vault, merge.
//! - `interview.rs`: interview preparation, consistency check, notes review.
//! - `summary.rs`: the printable case summary (HTML for A4).
//! - `share.rs`: sharing chosen parts with a lawyer, and the share log.
//! - `shell_sharing.rs`: `age_keygen` for the shells' sharing screens.
//! - `guide.rs`: [`PassageGuide`], the bundled guide and its offline search.
//! - `i18n.rs`: languages, negotiation and the UI strings.
//!
//! Adding a module (see `bindings/ffi/README.md`): a new file with its
//! records and enums (converted with `From` from the core's types) and one
//! `#[uniffi::export] impl PassageVault { ... }` block (or its own object
//! when it needs no vault), a `mod` line and a `pub use` line here, and a
//! Kotlin and a Swift test.

uniffi::setup_scaffolding!();

mod attachments;
mod backup;
mod blocking;
mod checklist;
mod deadline_texts;
mod error;
mod guide;
mod i18n;
mod ids;
mod interview;
mod journal;
mod keyslots;
mod keystore;
mod lock;
mod progress;
mod share;
mod shell_sharing;
mod summary;
mod vault;

pub use attachments::{attachments_max_size, AttachmentInfo, AttachmentRecovery};
pub use backup::{backup_restore_new, BackupProtection, BackupReport, BackupSecret, MergeReport};
pub use checklist::{
    checklist_sections, checklist_templates, ChecklistCounts, ChecklistItem, ChecklistItemEdit,
    ChecklistProgress, ChecklistSectionInfo, ChecklistSectionProgress, ChecklistTemplate,
    OriginalLocation,
};
pub use deadline_texts::LocalizedDeadline;
pub use error::PassageError;
pub use guide::{
    GlossaryEntry, GuideArticle, GuideArticleSummary, GuideBlock, GuideContact, GuideLink,
    GuideRelatedArticle, GuideSearchHit, GuideSearchItem, GuideSource, GuideSpan, HighlightedText,
    PassageGuide, TextRange,
};
pub use i18n::{
    languages, negotiate_languages, ui_text, LanguageInfo, LocalizedText, UiArg, WritingDirection,
};
pub use ids::{
    AttachmentId, ChecklistItemId, ChronologyEntryId, EventId, InterviewNoteId, LawyerQuestionId,
    NotesCorrectionId, OfficerRequestId, PracticeAnswerId, SlotId, VaultId,
};
pub use interview::{
    interview_practice_questions, interview_topics, ChronologyEntry, ChronologyEntryInput,
    CommentsLetter, CommentsLetterRequest, ConsistencyFinding, InterviewDayItem, InterviewNote,
    InterviewProfile, InterviewRecordRef, InterviewTopicInfo, LawyerQuestion, NotesCorrection,
    NotesCorrectionInput, OfficerRequest, PracticeAnswer, PracticeQuestion,
};
pub use journal::{
    event_kinds, Deadline, DeadlineState, EventKindInfo, JournalEntry, JournalEventInput,
    NextSteps, ScheduledReminder,
};
pub use keystore::{DeviceKeyStore, DeviceKeyStoreError};
pub use lock::{
    list_vaults, new_vault_path, pin_wipe_after_warning, PinAttempts, PinOutcome, VaultEntry,
};
pub use progress::ProgressListener;
pub use share::{ShareLogEntry, ShareReceipt, ShareSelection, ShareTarget};
pub use shell_sharing::{age_keygen, AgeKeyPair};
pub use vault::{
    create_vault, CollectionCount, CreatedVault, PassageVault, SlotInfo, SlotKind, VaultConfig,
    VaultStatus,
};
