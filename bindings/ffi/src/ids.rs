//! Typed ids: one single-field record per kind of id, so that a shell cannot
//! pass a slot id where a vault id (or, later, a journal entry id where a
//! deadline id) is expected. The `value` is the core's text form (hex); it
//! is not secret but means nothing to a person.

/// The id of a vault (32 hexadecimal characters).
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct VaultId {
    pub value: String,
}

/// The id of a keyslot in the vault header.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct SlotId {
    pub value: String,
}

/// The id of a journal event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct EventId {
    pub value: String,
}

/// The id of a checklist item.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct ChecklistItemId {
    pub value: String,
}

/// The id of an attachment (an encrypted photo, scan or PDF).
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct AttachmentId {
    pub value: String,
}

/// The id of an interview note.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct InterviewNoteId {
    pub value: String,
}

/// The id of an entry of the interview chronology.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct ChronologyEntryId {
    pub value: String,
}

/// The id of a question for the lawyer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct LawyerQuestionId {
    pub value: String,
}

/// The id of a request to the protection officer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct OfficerRequestId {
    pub value: String,
}

/// The id of a saved answer to a practice question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct PracticeAnswerId {
    pub value: String,
}

/// The id of a correction or addition to the interview notes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct NotesCorrectionId {
    pub value: String,
}

/// Parses the text form of a typed id into the core's record id; a bad
/// value is `InvalidInput` naming `field` (never echoing the value).
pub(crate) fn parse<T>(
    field: &str,
    value: &str,
) -> Result<passage_core::vault::RecordId<T>, crate::PassageError> {
    value
        .parse()
        .map_err(|_| crate::PassageError::invalid(field, "must be 32 hexadecimal characters"))
}
