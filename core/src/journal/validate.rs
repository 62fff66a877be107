//! Checks a [`JournalInput`] before anything is stored.

use super::event::{JournalEvent, JournalInput};
use crate::deadlines::EventKind;
use crate::{Error, Result};
use chrono::{Datelike, NaiveDate};

/// Dates outside these years are typing mistakes.
pub const FIRST_YEAR: i32 = 1990;
pub const LAST_YEAR: i32 = 2100;
/// The longest note accepted, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;

fn check_year(date: NaiveDate, field: &str) -> Result<()> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(Error::invalid(
            field,
            format!("the year must be between {FIRST_YEAR} and {LAST_YEAR}"),
        ));
    }
    Ok(())
}

/// Kinds that may be planned ahead (a date in the future makes sense).
/// Everything else records something that has already happened.
pub fn can_be_in_future(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Appointment
            | EventKind::PersonalInterview
            | EventKind::CallHearing
            | EventKind::ResidenceCardExpiry
            | EventKind::DepartureAbroad
            | EventKind::Other
    )
}

pub(super) fn validated(input: JournalInput, today: NaiveDate) -> Result<JournalEvent> {
    check_year(input.date.date, "date")?;
    if input.date.date > today && !can_be_in_future(input.kind) {
        return Err(Error::invalid(
            "date",
            format!(
                "a '{}' event records something that already happened, so it cannot be after today",
                input.kind
            ),
        ));
    }
    if let Some(official) = input.official_deadline {
        check_year(official, "official deadline")?;
        if official < input.date.date {
            return Err(Error::invalid(
                "official deadline",
                "the deadline on the letter cannot be before the event itself",
            ));
        }
    }
    if input.outcome.is_some()
        && !matches!(input.kind, EventKind::CgrsDecision | EventKind::Recognition)
    {
        return Err(Error::invalid(
            "outcome",
            "only a CGRS decision or a recognition has an outcome",
        ));
    }
    if input.recorded.is_some() && input.kind != EventKind::PersonalInterview {
        return Err(Error::invalid(
            "recorded",
            "only a personal interview can be recorded",
        ));
    }
    if input.note.char_count() > MAX_NOTE_CHARS {
        return Err(Error::invalid(
            "note",
            format!("a note can have at most {MAX_NOTE_CHARS} characters"),
        ));
    }
    Ok(JournalEvent {
        kind: input.kind,
        outcome: input.outcome,
        date: input.date,
        note: input.note,
        official_deadline: input.official_deadline,
        registered_letter: input.registered_letter,
        recorded: input.recorded,
        present: input.present,
        checklist_items: input.checklist_items,
    })
}
