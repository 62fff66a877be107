//! The journal event record and the input used to add or edit one.

use crate::deadlines::{DecisionOutcome, EventKind};
use crate::sensitive::UserText;
use crate::vault::Record;
use crate::{Error, Result};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A date, or a date and a local time (Europe/Brussels). `Debug` hides it
/// (a date the person entered can be personal); `Display` shows it.
#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
}

impl EventDate {
    pub fn day(date: NaiveDate) -> Self {
        EventDate { date, time: None }
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (also with a space).
    /// `field` names the input in the error.
    pub fn parse(text: &str, field: &str) -> Result<Self> {
        let text = text.trim();
        let (d, t) = match text.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (text, None),
        };
        let date = parse_date(d, field)?;
        let time =
            match t {
                None => None,
                Some(t) => Some(NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| {
                    Error::invalid(field, "the time must be HH:MM, for example 09:30")
                })?),
            };
        Ok(EventDate { date, time })
    }

    /// Orders events without a time before those with one on the same day.
    pub fn sort_key(&self) -> (NaiveDate, Option<NaiveTime>) {
        (self.date, self.time)
    }
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.time {
            Some(t) => write!(f, "{} {}", self.date.format("%Y-%m-%d"), t.format("%H:%M")),
            None => write!(f, "{}", self.date.format("%Y-%m-%d")),
        }
    }
}

/// Parses a `YYYY-MM-DD` date, naming `field` in the error.
pub fn parse_date(text: &str, field: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(
            field,
            "the date must be a real date written YYYY-MM-DD, for example 2026-03-15",
        )
    })
}

/// Someone who was there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "role", content = "name")]
pub enum Presence {
    Interpreter,
    Lawyer,
    TrustedPerson,
    SocialWorker,
    Other(UserText),
}

impl Presence {
    /// Parses `interpreter`, `lawyer`, `trusted-person`, `social-worker`.
    pub fn parse(text: &str) -> Result<Self> {
        match text.trim() {
            "interpreter" => Ok(Presence::Interpreter),
            "lawyer" => Ok(Presence::Lawyer),
            "trusted-person" => Ok(Presence::TrustedPerson),
            "social-worker" => Ok(Presence::SocialWorker),
            _ => Err(Error::invalid(
                "present",
                "use interpreter, lawyer, trusted-person or social-worker",
            )),
        }
    }

    pub fn label(&self) -> &str {
        match self {
            Presence::Interpreter => "interpreter",
            Presence::Lawyer => "lawyer",
            Presence::TrustedPerson => "trusted person",
            Presence::SocialWorker => "social worker",
            Presence::Other(_) => "other person",
        }
    }
}

/// A journal event as stored (encrypted) in the vault. `Debug` shows
/// nothing the person entered (not even dates).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct JournalEvent {
    pub kind: EventKind,
    /// For a CGRS decision: what it decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DecisionOutcome>,
    pub date: EventDate,
    #[serde(default)]
    pub note: UserText,
    /// The deadline printed on an official letter: it always prevails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official_deadline: Option<NaiveDate>,
    /// The letter came by registered post (`date` is the posting date).
    #[serde(default)]
    pub registered_letter: bool,
    /// For an interview: whether it was audio-recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<bool>,
    #[serde(default)]
    pub present: Vec<Presence>,
    /// Ids of checklist items this event concerns.
    #[serde(default)]
    pub checklist_items: Vec<String>,
}

impl Record for JournalEvent {
    const COLLECTION: &'static str = "journal";
}

/// What a person enters to add or edit an event.
#[derive(Clone, PartialEq)]
pub struct JournalInput {
    pub kind: EventKind,
    pub outcome: Option<DecisionOutcome>,
    pub date: EventDate,
    pub note: UserText,
    pub official_deadline: Option<NaiveDate>,
    pub registered_letter: bool,
    pub recorded: Option<bool>,
    pub present: Vec<Presence>,
    pub checklist_items: Vec<String>,
}

impl JournalInput {
    /// An event of `kind` on `date` with nothing else.
    pub fn new(kind: EventKind, date: EventDate) -> Self {
        JournalInput {
            kind,
            outcome: None,
            date,
            note: UserText::default(),
            official_deadline: None,
            registered_letter: false,
            recorded: None,
            present: Vec::new(),
            checklist_items: Vec::new(),
        }
    }
}

impl fmt::Debug for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EventDate(<redacted>)")
    }
}

impl fmt::Debug for JournalEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JournalEvent { .. }")
    }
}

impl fmt::Debug for JournalInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JournalInput { .. }")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_nothing_the_person_entered() {
        let mut input = JournalInput::new(
            EventKind::PersonalInterview,
            EventDate::parse("2026-03-12T09:00", "date").unwrap(),
        );
        input.note = UserText::new("secret note");
        input.present = vec![Presence::Other(UserText::new("cousin Samir"))];
        let shown = format!("{input:?} {:?}", input.date);
        assert!(!shown.contains("secret") && !shown.contains("Samir"));
        assert!(!shown.contains("2026"));
        assert!(format!("{input:?}").contains(".."));
    }
}
