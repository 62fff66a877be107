//! The procedure journal: what happened when, stored encrypted in the vault.
//!
//! Events are typed by [`EventKind`] (from arrival to the B card). Adding or
//! editing validates the input against the calendar and the procedure
//! (dates within 1990-2100, no "received" letter dated in the future, an
//! official deadline not before its event) and stores nothing on error.

mod event;
mod stage;
mod validate;

pub use event::{parse_date, EventDate, JournalEvent, JournalInput, Presence};
pub use stage::{checklist_stage, next_steps, NextSteps, Stage};

use crate::deadlines::{self, DeadlineOptions, DeadlineView, EventInput};
use crate::vault::{RecordId, Stored, Vault};
use crate::Result;
use chrono::NaiveDate;

/// The id of a journal event.
pub type EventId = RecordId<JournalEvent>;

/// Adds an event; `today` (Europe/Brussels) decides what counts as future.
pub fn add(vault: &Vault, input: JournalInput, today: NaiveDate) -> Result<EventId> {
    let event = validate::validated(input, today)?;
    vault.insert(&event)
}

/// Replaces an event's content (it keeps its id and creation time).
pub fn edit(vault: &Vault, id: &EventId, input: JournalInput, today: NaiveDate) -> Result<()> {
    let event = validate::validated(input, today)?;
    vault.update(id, &event)
}

/// Moves an event to the trash (restorable).
pub fn delete(vault: &Vault, id: &EventId) -> Result<()> {
    vault.trash(id)
}

/// Brings an event back from the trash.
pub fn restore(vault: &Vault, id: &EventId) -> Result<()> {
    vault.restore(id)
}

pub fn get(vault: &Vault, id: &EventId) -> Result<Stored<JournalEvent>> {
    vault.get(id)
}

/// The timeline: events by date (and time), oldest first.
pub fn timeline(vault: &Vault) -> Result<Vec<Stored<JournalEvent>>> {
    let mut events = vault.list::<JournalEvent>()?;
    events.sort_by(|a, b| {
        a.value
            .date
            .sort_key()
            .cmp(&b.value.date.sort_key())
            .then(a.created.cmp(&b.created))
    });
    Ok(events)
}

/// Events in the trash.
pub fn trash(vault: &Vault) -> Result<Vec<Stored<JournalEvent>>> {
    vault.list_trash::<JournalEvent>()
}

/// What the deadline engine needs from each event.
pub fn deadline_inputs(events: &[Stored<JournalEvent>]) -> Vec<EventInput> {
    events
        .iter()
        .map(|e| EventInput {
            id: e.id.to_string(),
            kind: e.value.kind,
            date: e.value.date.date,
            outcome: e.value.outcome,
            official_deadline: e.value.official_deadline,
            registered_letter: e.value.registered_letter,
        })
        .collect()
}

/// Every deadline that follows from the journal, with status and explanation.
pub fn deadlines(
    vault: &Vault,
    today: NaiveDate,
    options: DeadlineOptions,
) -> Result<Vec<DeadlineView>> {
    let events = timeline(vault)?;
    deadlines::deadlines_for_events(&deadline_inputs(&events), today, options)
}

/// Where the person stands and what comes next, from the journal.
pub fn where_am_i(vault: &Vault, today: NaiveDate, options: DeadlineOptions) -> Result<NextSteps> {
    let events = timeline(vault)?;
    let views = deadlines::deadlines_for_events(&deadline_inputs(&events), today, options)?;
    let mut next = next_steps(&events, &views, today);
    let for_stage = stage::checklist_stage(next.stage, &events);
    next.documents_to_gather = crate::checklist::Checklist::new(vault)
        .suggested_items(for_stage)?
        .iter()
        .map(|t| t.id.to_string())
        .collect();
    Ok(next)
}
