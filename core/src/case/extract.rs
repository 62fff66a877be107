//! The case extract: a self-contained, serialisable copy of the selected
//! part of a vault, with deadlines and explanations already computed.
//! Summaries render it; shares carry it (encrypted) to a lawyer.
//!
//! Fixed texts are kept as Fluent message ids with arguments
//! ([`CaseMessage`]), so each reader formats them in their own language;
//! user text ([`UserText`]) is kept exactly as entered.

use crate::checklist::{template, ItemStatus, OriginalLocation, Section};
use crate::deadlines::{self, DecisionOutcome, EventKind};
use crate::interview::{self, ApproxDate};
use crate::journal::{EventDate, Presence};
use crate::sensitive::UserText;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Version of the extract's serialised form (inside shares).
pub const EXTRACT_FORMAT: u32 = 1;

/// One argument value of a [`CaseMessage`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum ArgValue {
    /// Inserted as is (not translated).
    Text(String),
    /// A whole number (plural rules apply).
    Number(i64),
    /// A calendar day, written out in the reader's language.
    Date(NaiveDate),
    /// The id of another message, formatted first in the reader's language.
    Message(String),
}

/// A Fluent message id with named arguments: a fixed text that each reader
/// formats in their own language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseMessage {
    pub id: String,
    pub args: Vec<(String, ArgValue)>,
}

impl From<deadlines::Message> for CaseMessage {
    fn from(m: deadlines::Message) -> Self {
        CaseMessage {
            id: m.id,
            args: m
                .args
                .into_iter()
                .map(|(name, arg)| {
                    let value = match arg {
                        deadlines::Arg::Text(t) => ArgValue::Text(t),
                        deadlines::Arg::Number(n) => ArgValue::Number(n),
                        deadlines::Arg::Date(d) => ArgValue::Date(d),
                        deadlines::Arg::Message(id) => ArgValue::Message(id),
                    };
                    (name, value)
                })
                .collect(),
        }
    }
}

impl From<&CaseMessage> for deadlines::Message {
    fn from(m: &CaseMessage) -> Self {
        deadlines::Message {
            id: m.id.clone(),
            args: m
                .args
                .iter()
                .map(|(name, value)| {
                    let arg = match value {
                        ArgValue::Text(t) => deadlines::Arg::Text(t.clone()),
                        ArgValue::Number(n) => deadlines::Arg::Number(*n),
                        ArgValue::Date(d) => deadlines::Arg::Date(*d),
                        ArgValue::Message(id) => deadlines::Arg::Message(id.clone()),
                    };
                    (name.clone(), arg)
                })
                .collect(),
        }
    }
}

/// One journal event.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseEvent {
    /// The journal's id (hex).
    pub id: String,
    pub kind: EventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DecisionOutcome>,
    pub date: EventDate,
    #[serde(default)]
    pub note: UserText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official_deadline: Option<NaiveDate>,
    #[serde(default)]
    pub registered_letter: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded: Option<bool>,
    #[serde(default)]
    pub present: Vec<Presence>,
}

/// One open (or overdue) deadline that follows from a selected event.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDeadline {
    pub rule_id: String,
    /// The id of the event that triggers it.
    pub event_id: String,
    /// The computed date.
    pub due: NaiveDate,
    /// The date on the letter, if entered (it prevails).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<NaiveDate>,
    /// `official` if entered, else `due`.
    pub effective_due: NaiveDate,
    /// A strict deadline (false: an aim).
    pub binding: bool,
    /// Status on the day the extract was made (`deadline-status-*`).
    pub status: CaseMessage,
    /// The explanation, step by step (`deadline-step-*`); it always ends
    /// with "the date on your letter always comes first".
    pub explanation: Vec<CaseMessage>,
}

/// One attachment of a selected document (metadata only; the bytes travel
/// beside the extract in a share).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseAttachment {
    pub id: String,
    /// The file name, as the person gave it.
    pub name: UserText,
    pub media_type: String,
    pub size: u64,
    /// SHA-256 of the plaintext, hex.
    pub sha256: String,
}

/// One document of the checklist and where its original is.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDocument {
    pub id: String,
    /// The shipped template it comes from (its title is translated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    pub section: Section,
    /// The person's own title, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_title: Option<UserText>,
    pub status: ItemStatus,
    /// Where the original is, since when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<OriginalLocation>,
    #[serde(default)]
    pub note: UserText,
    #[serde(default)]
    pub why_not_available: UserText,
    /// Empty unless the selection included attachments.
    #[serde(default)]
    pub attachments: Vec<CaseAttachment>,
}

impl CaseDocument {
    /// The person's own title if set (user text), else the template's title
    /// in `lang` (English fallback). The flag says whether it is user text.
    pub fn title(&self, lang: &str) -> (String, bool) {
        if let Some(t) = self.custom_title.as_ref().filter(|t| !t.is_blank()) {
            return (t.as_str().to_string(), true);
        }
        let shipped = self
            .template
            .as_deref()
            .map(|id| template(id).map(|t| t.title_in(lang)).unwrap_or(id));
        (shipped.unwrap_or_default().to_string(), false)
    }
}

/// One life event of the interview chronology, as entered.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseLifeEvent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ApproxDate>,
    pub kind: interview::EventKind,
    pub title: UserText,
    #[serde(default)]
    pub place: UserText,
    #[serde(default)]
    pub people: UserText,
    #[serde(default)]
    pub what_happened: UserText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
}

/// One question for the lawyer.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseQuestion {
    pub question: UserText,
    #[serde(default)]
    pub answered: bool,
    #[serde(default)]
    pub answer: UserText,
}

/// The selected part of a case. `Debug` shows only counts.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseExtract {
    /// [`EXTRACT_FORMAT`].
    pub format: u32,
    pub generated_at: DateTime<Utc>,
    /// The day (Belgian time) the deadline statuses are computed for.
    pub today: NaiveDate,
    /// Timeline, oldest first.
    pub events: Vec<CaseEvent>,
    /// Open and overdue deadlines of the selected events, soonest first.
    pub deadlines: Vec<CaseDeadline>,
    /// Documents, by section, oldest first.
    pub documents: Vec<CaseDocument>,
    /// `None`: not selected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chronology: Option<Vec<CaseLifeEvent>>,
    /// `None`: not selected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lawyer_questions: Option<Vec<CaseQuestion>>,
}

impl CaseExtract {
    /// Number of attachments listed under the documents.
    pub fn attachment_count(&self) -> usize {
        self.documents.iter().map(|d| d.attachments.len()).sum()
    }
}

impl fmt::Debug for CaseExtract {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CaseExtract")
            .field("events", &self.events.len())
            .field("deadlines", &self.deadlines.len())
            .field("documents", &self.documents.len())
            .field("attachments", &self.attachment_count())
            .field("chronology", &self.chronology.as_ref().map(Vec::len))
            .field(
                "lawyer_questions",
                &self.lawyer_questions.as_ref().map(Vec::len),
            )
            .finish()
    }
}

crate::checklist::redacted_debug!(
    CaseEvent,
    CaseDeadline,
    CaseAttachment,
    CaseDocument,
    CaseLifeEvent,
    CaseQuestion
);
