//! What goes into a case extract: explicit lists of ids, or everything.

use crate::checklist::{ChecklistItem, ItemId};
use crate::journal::{EventId, JournalEvent};
use crate::vault::RecordId;

/// Which records of one collection to take.
#[derive(Debug, Clone, PartialEq)]
pub enum Pick<T> {
    /// Every live record (the printable summary of one's own case).
    All,
    /// Exactly these ids (a share). Each must be a live record.
    Only(Vec<RecordId<T>>),
}

impl<T> Pick<T> {
    /// Nothing at all.
    pub fn none() -> Self {
        Pick::Only(Vec::new())
    }

    /// True when this picks nothing.
    pub fn is_empty(&self) -> bool {
        matches!(self, Pick::Only(ids) if ids.is_empty())
    }
}

/// What to put in a [`super::CaseExtract`].
///
/// [`CaseSelection::default`] selects **nothing**: a share must name every
/// event and document it sends. [`CaseSelection::everything`] is for the
/// person's own printable summary.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseSelection {
    /// Journal events (the timeline; deadlines follow from these only).
    pub events: Pick<JournalEvent>,
    /// Checklist items (documents, with where each original is).
    pub documents: Pick<ChecklistItem>,
    /// The attachments (photos, scans, PDFs) of the selected documents.
    pub attachments: bool,
    /// The interview chronology of life events.
    pub chronology: bool,
    /// The questions for the lawyer.
    pub lawyer_questions: bool,
}

impl Default for CaseSelection {
    fn default() -> Self {
        CaseSelection {
            events: Pick::none(),
            documents: Pick::none(),
            attachments: false,
            chronology: false,
            lawyer_questions: false,
        }
    }
}

impl CaseSelection {
    /// Everything in the vault (for the person's own summary).
    pub fn everything() -> Self {
        CaseSelection {
            events: Pick::All,
            documents: Pick::All,
            attachments: true,
            chronology: true,
            lawyer_questions: true,
        }
    }

    /// Only these events and documents, and nothing else.
    pub fn only(events: Vec<EventId>, documents: Vec<ItemId>) -> Self {
        CaseSelection {
            events: Pick::Only(events),
            documents: Pick::Only(documents),
            ..CaseSelection::default()
        }
    }

    /// True when nothing at all is selected. Attachments alone count as
    /// nothing: they only come with selected documents.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
            && self.documents.is_empty()
            && !self.chronology
            && !self.lawyer_questions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_selects_nothing_and_everything_selects_all() {
        assert!(CaseSelection::default().is_empty());
        assert!(!CaseSelection::everything().is_empty());
        let mut s = CaseSelection {
            attachments: true,
            ..CaseSelection::default()
        };
        assert!(s.is_empty(), "attachments alone select nothing");
        s.lawyer_questions = true;
        assert!(!s.is_empty());
    }
}
