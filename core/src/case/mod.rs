//! A case extract: the selected part of a vault (timeline, open deadlines
//! with their explanations, documents and where each original is, the
//! chronology, the questions for the lawyer), read in one transaction.
//!
//! - [`CaseSelection`]: what to take. Its default takes **nothing** (a
//!   share names every item it sends); [`CaseSelection::everything`] is for
//!   the person's own printable summary.
//! - [`CaseExtract`]: the result, serialisable (a share carries it).
//!
//! Deadlines are computed from **all** live journal events (a later event
//! can meet or cancel a deadline), then only those triggered by a selected
//! event and still open or overdue are kept.

mod extract;
mod selection;

pub use extract::{
    ArgValue, CaseAttachment, CaseDeadline, CaseDocument, CaseEvent, CaseExtract, CaseLifeEvent,
    CaseMessage, CaseQuestion, EXTRACT_FORMAT,
};
pub use selection::{CaseSelection, Pick};

use crate::attachments::{Attachment, AttachmentInfo};
use crate::checklist::ChecklistItem;
use crate::deadlines::{self, DeadlineOptions, DeadlineStatus};
use crate::interview::{ChronologyEntry, LawyerQuestion};
use crate::journal::{self, JournalEvent};
use crate::vault::{Record, RecordId, Stored, Txn, Vault};
use crate::{Error, Result};
use chrono::NaiveDate;

/// Builds the extract of `selection` in one read transaction; `today` (in
/// Belgium) decides the deadline statuses. An id that is not a live record
/// gives `NotFound` naming its kind ("journal event <id>", "checklist item
/// <id>"); nothing is written either way.
pub fn extract(vault: &Vault, selection: &CaseSelection, today: NaiveDate) -> Result<CaseExtract> {
    extract_with_attachments(vault, selection, today).map(|(e, _)| e)
}

/// [`extract`] and the attachment records of the selected documents (when
/// the selection includes attachments), read in the same transaction.
pub(crate) fn extract_with_attachments(
    vault: &Vault,
    selection: &CaseSelection,
    today: NaiveDate,
) -> Result<(CaseExtract, Vec<Stored<Attachment>>)> {
    let generated_at = vault.clock().now();
    vault.read(|tx| {
        let mut all_events = tx.list::<JournalEvent>()?;
        all_events.sort_by(|a, b| {
            a.value
                .date
                .sort_key()
                .cmp(&b.value.date.sort_key())
                .then(a.created.cmp(&b.created))
        });
        let events = pick(&all_events, &selection.events, "journal event")?;

        let views = deadlines::deadlines_for_events(
            &journal::deadline_inputs(&all_events),
            today,
            DeadlineOptions::default(),
        )?;
        let event_ids: Vec<String> = events.iter().map(|e| e.id.to_string()).collect();
        let mut open: Vec<_> = views
            .into_iter()
            .filter(|v| event_ids.contains(&v.event_id))
            .filter(|v| v.status.is_open() || matches!(v.status, DeadlineStatus::Overdue { .. }))
            .collect();
        open.sort_by_key(|v| v.deadline.effective_due);

        let mut all_items = tx.list::<ChecklistItem>()?;
        all_items.sort_by(|a, b| {
            a.value
                .section
                .cmp(&b.value.section)
                .then(a.created.cmp(&b.created))
        });
        let items = pick(&all_items, &selection.documents, "checklist item")?;

        let mut attachment_records = Vec::new();
        let mut documents = Vec::with_capacity(items.len());
        for item in items {
            let mut attachments = Vec::new();
            if selection.attachments {
                for link in &item.value.attachments {
                    let Some(stored) = live_attachment(tx, link)? else {
                        continue;
                    };
                    if attachment_records
                        .iter()
                        .any(|r: &Stored<Attachment>| r.id == stored.id)
                    {
                        continue;
                    }
                    let info = AttachmentInfo::from(&stored);
                    attachments.push(CaseAttachment {
                        id: info.id.to_string(),
                        name: info.name,
                        media_type: info.media_type,
                        size: info.size,
                        sha256: info.sha256,
                    });
                    attachment_records.push(stored);
                }
            }
            let v = &item.value;
            documents.push(CaseDocument {
                id: item.id.to_string(),
                template: v.template.clone(),
                section: v.section,
                custom_title: v.custom_title.clone(),
                status: v.status,
                location: v.location.clone(),
                note: v.note.clone(),
                why_not_available: v.why_not_available.clone(),
                attachments,
            });
        }

        let chronology = if selection.chronology {
            let mut all = tx.list::<ChronologyEntry>()?;
            all.sort_by_key(|e| match e.value.date {
                Some(d) => (0, d.range().0),
                None => (1, NaiveDate::MIN),
            });
            Some(
                all.into_iter()
                    .map(|s| CaseLifeEvent {
                        date: s.value.date,
                        kind: s.value.kind,
                        title: s.value.title.clone(),
                        place: s.value.place.clone(),
                        people: s.value.people.clone(),
                        what_happened: s.value.what_happened.clone(),
                        age: s.value.age,
                    })
                    .collect(),
            )
        } else {
            None
        };
        let lawyer_questions = if selection.lawyer_questions {
            Some(
                tx.list::<LawyerQuestion>()?
                    .into_iter()
                    .map(|s| CaseQuestion {
                        question: s.value.question.clone(),
                        answered: s.value.answered,
                        answer: s.value.answer.clone(),
                    })
                    .collect(),
            )
        } else {
            None
        };

        let extract = CaseExtract {
            format: EXTRACT_FORMAT,
            generated_at,
            today,
            events: events
                .iter()
                .map(|e| CaseEvent {
                    id: e.id.to_string(),
                    kind: e.value.kind,
                    outcome: e.value.outcome,
                    date: e.value.date,
                    note: e.value.note.clone(),
                    official_deadline: e.value.official_deadline,
                    registered_letter: e.value.registered_letter,
                    recorded: e.value.recorded,
                    present: e.value.present.clone(),
                })
                .collect(),
            deadlines: open
                .into_iter()
                .map(|v| CaseDeadline {
                    rule_id: v.rule_id,
                    event_id: v.event_id,
                    due: v.deadline.due,
                    official: v.deadline.official,
                    effective_due: v.deadline.effective_due,
                    binding: v.deadline.binding,
                    status: v.status.message().into(),
                    explanation: v
                        .deadline
                        .explanation
                        .steps()
                        .iter()
                        .map(|s| s.message().into())
                        .collect(),
                })
                .collect(),
            documents,
            chronology,
            lawyer_questions,
        };
        Ok((extract, attachment_records))
    })
}

/// The records `which` names, in the order of `all` (duplicates once).
fn pick<'a, T: Record>(
    all: &'a [Stored<T>],
    which: &Pick<T>,
    kind: &str,
) -> Result<Vec<&'a Stored<T>>> {
    match which {
        Pick::All => Ok(all.iter().collect()),
        Pick::Only(ids) => {
            for id in ids {
                if !all.iter().any(|s| s.id == *id) {
                    return Err(Error::not_found(format_args!("{kind} {id}")));
                }
            }
            Ok(all.iter().filter(|s| ids.contains(&s.id)).collect())
        }
    }
}

/// The live attachment a checklist link names, if it still exists.
fn live_attachment(tx: &Txn<'_>, link: &str) -> Result<Option<Stored<Attachment>>> {
    let Ok(id) = link.parse::<RecordId<Attachment>>() else {
        return Ok(None);
    };
    match tx.get(&id) {
        Ok(s) => Ok(Some(s)),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}
