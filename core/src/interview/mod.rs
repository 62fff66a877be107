//! Preparing the CGRS personal interview, and reviewing its notes.
//!
//! - [`InterviewNote`]: notes per [`Topic`], in the user's own words (stored
//!   as written, never rewritten).
//! - [`ChronologyEntry`]: life events with exact or approximate dates
//!   ([`ApproxDate`]), checked by [`check`] ([`consistency`]).
//! - [`LawyerQuestion`], [`OfficerRequest`]: questions for the lawyer and
//!   things to tell the protection officer.
//! - Practice: [`practice_questions`] (content data) and
//!   [`PracticeAnswer`]; the interview-day checklist: [`day_checklist_items`].
//! - Review: [`NotesCorrection`] by page and paragraph, and
//!   [`comments_letter`] in Dutch or French.
//!
//! [`Interview`] runs each operation in one vault transaction; bad input is
//! refused with [`crate::Error::InvalidInput`] and nothing is stored.

mod chronology;
pub mod consistency;
mod day;
mod error;
mod lawyer;
mod notes;
mod officer;
mod profile;
mod questions;
mod review;
mod topics;

pub use chronology::{
    ApproxDate, ChronologyEntry, EntryId, EventKind, EVENT_MAX_YEAR, EVENT_MIN_YEAR,
};
pub use consistency::{check, Finding, FindingKind};
pub use day::{day_checklist_items, DayChecklist, DayItem};
pub use lawyer::{LawyerQuestion, LawyerQuestionId};
pub use notes::{InterviewNote, NoteId};
pub use officer::{GenderPreference, OfficerRequest, OfficerRequestId, OfficerRequestKind};
pub use profile::InterviewProfile;
pub use questions::{practice_questions, PracticeAnswer, PracticeAnswerId, PracticeQuestion};
pub use review::{
    comments_letter, CorrectionId, CorrectionKind, Letter, LetterLanguage, LetterRequest,
    NotesCorrection, MAX_PAGE, MAX_PARAGRAPH,
};
pub use topics::Topic;

use crate::checklist::validate::{self, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use crate::sensitive::UserText;
use crate::vault::{Record, RecordId, Stored, Txn, Vault};
use crate::{Error, Result};
use error::InterviewError;

/// Oldest age an entry may state.
pub const MAX_AGE: u32 = 130;
/// Longest "people" field, in characters.
pub const MAX_PEOPLE_CHARS: usize = 2_000;

mod sealed {
    pub trait Sealed {}
}

/// The interview record types that [`Interview::trash`] and
/// [`Interview::restore`] accept.
pub trait InterviewRecord: Record + sealed::Sealed {}

macro_rules! interview_records {
    ($($t:ty),+) => {
        $(impl sealed::Sealed for $t {} impl InterviewRecord for $t {})+
    };
}
interview_records!(
    InterviewNote,
    ChronologyEntry,
    LawyerQuestion,
    OfficerRequest,
    PracticeAnswer,
    NotesCorrection
);

fn check_entry(tx: &Txn<'_>, self_id: Option<&EntryId>, e: &ChronologyEntry) -> Result<()> {
    if let Some(d) = &e.date {
        d.validate()?;
    }
    validate::required_text("title", &e.title, MAX_TITLE_CHARS)?;
    validate::text("place", &e.place, MAX_TITLE_CHARS)?;
    validate::text("people", &e.people, MAX_PEOPLE_CHARS)?;
    validate::text("what happened", &e.what_happened, MAX_TEXT_CHARS)?;
    if e.age.is_some_and(|a| a > MAX_AGE) {
        return Err(Error::invalid("age", format!("must be at most {MAX_AGE}")));
    }
    for (field, link) in [("after", &e.after), ("same event as", &e.same_event_as)] {
        if let Some(link) = link {
            let hex = validate::link_id(field, link)?;
            if self_id.is_some_and(|s| s.to_string() == hex) {
                return Err(Error::invalid(field, "an entry cannot point at itself"));
            }
            let id: EntryId = hex.parse()?;
            tx.get(&id)
                .map_err(|_| InterviewError::LinkNotFound("chronology entry"))?;
        }
    }
    Ok(())
}

fn normalise_links(e: &mut ChronologyEntry) {
    for l in [&mut e.after, &mut e.same_event_as].into_iter().flatten() {
        *l = l.trim().to_ascii_lowercase();
    }
}

fn check_correction(c: &NotesCorrection) -> Result<()> {
    if !(1..=MAX_PAGE).contains(&c.page) {
        return Err(Error::invalid("page", format!("must be 1 to {MAX_PAGE}")));
    }
    if c.paragraph
        .is_some_and(|p| !(1..=MAX_PARAGRAPH).contains(&p))
    {
        return Err(Error::invalid(
            "paragraph",
            format!("must be 1 to {MAX_PARAGRAPH}"),
        ));
    }
    validate::text("what the notes say", &c.notes_say, MAX_TEXT_CHARS)?;
    validate::required_text("correction", &c.text, MAX_TEXT_CHARS)
}

fn check_profile(p: &InterviewProfile) -> Result<()> {
    validate::text("name", &p.name, MAX_TITLE_CHARS)?;
    validate::text("CGRS reference", &p.cgrs_reference, MAX_TITLE_CHARS)?;
    if let Some(d) = &p.date_of_birth {
        d.validate()?;
    }
    Ok(())
}

/// The one record of a singleton collection, if any.
fn singleton<T: Record>(tx: &Txn<'_>) -> Result<Option<Stored<T>>> {
    Ok(tx.list::<T>()?.into_iter().next())
}

fn put_singleton<T: Record>(tx: &mut Txn<'_>, value: &T) -> Result<()> {
    match singleton::<T>(tx)? {
        Some(s) => tx.update(&s.id, value),
        None => tx.insert(value).map(|_| ()),
    }
}

/// Interview operations on an unlocked vault.
pub struct Interview<'v> {
    vault: &'v Vault,
}

impl<'v> Interview<'v> {
    pub fn new(vault: &'v Vault) -> Self {
        Interview { vault }
    }

    // Notes per topic.

    pub fn add_note(&self, topic: Topic, text: UserText) -> Result<NoteId> {
        validate::required_text("note", &text, MAX_TEXT_CHARS)?;
        self.vault.insert(&InterviewNote { topic, text })
    }

    /// Replaces a note's text and (if given) its topic.
    pub fn edit_note(&self, id: &NoteId, topic: Option<Topic>, text: UserText) -> Result<()> {
        validate::required_text("note", &text, MAX_TEXT_CHARS)?;
        self.vault.write(|tx| {
            let old = tx.get(id)?.value;
            tx.update(
                id,
                &InterviewNote {
                    topic: topic.unwrap_or(old.topic),
                    text,
                },
            )
        })
    }

    /// Live notes (of one topic, or all), in topic order, oldest first.
    pub fn notes(&self, topic: Option<Topic>) -> Result<Vec<Stored<InterviewNote>>> {
        let mut all = self.vault.list::<InterviewNote>()?;
        all.retain(|n| topic.is_none_or(|t| n.value.topic == t));
        all.sort_by_key(|n| n.value.topic);
        Ok(all)
    }

    // Chronology.

    pub fn add_event(&self, mut entry: ChronologyEntry) -> Result<EntryId> {
        normalise_links(&mut entry);
        self.vault.write(|tx| {
            check_entry(tx, None, &entry)?;
            tx.insert(&entry)
        })
    }

    pub fn update_event(&self, id: &EntryId, mut entry: ChronologyEntry) -> Result<()> {
        normalise_links(&mut entry);
        self.vault.write(|tx| {
            check_entry(tx, Some(id), &entry)?;
            tx.update(id, &entry)
        })
    }

    /// Live entries, by date (undated last), then as entered.
    pub fn events(&self) -> Result<Vec<Stored<ChronologyEntry>>> {
        let mut all = self.vault.list::<ChronologyEntry>()?;
        all.sort_by_key(|e| match e.value.date {
            Some(d) => (0, d.range().0),
            None => (1, chrono::NaiveDate::MIN),
        });
        Ok(all)
    }

    /// The consistency findings for the live chronology (see
    /// [`consistency`]), with today from the vault's clock.
    pub fn check(&self) -> Result<Vec<Finding>> {
        let entries: Vec<(String, ChronologyEntry)> = self
            .events()?
            .into_iter()
            .map(|s| (s.id.to_string(), s.value))
            .collect();
        let profile = self.profile()?;
        let today = self.vault.clock().now().date_naive();
        Ok(check(&entries, profile.date_of_birth.as_ref(), today))
    }

    // Profile.

    /// The profile (empty if never set).
    pub fn profile(&self) -> Result<InterviewProfile> {
        Ok(self
            .vault
            .read(singleton::<InterviewProfile>)?
            .map(|s| s.value)
            .unwrap_or_default())
    }

    pub fn set_profile(&self, profile: &InterviewProfile) -> Result<()> {
        check_profile(profile)?;
        self.vault.write(|tx| put_singleton(tx, profile))
    }

    // Questions for the lawyer.

    pub fn add_lawyer_question(&self, question: UserText) -> Result<LawyerQuestionId> {
        validate::required_text("question", &question, MAX_TEXT_CHARS)?;
        self.vault.insert(&LawyerQuestion {
            question,
            answered: false,
            answer: UserText::default(),
        })
    }

    /// Marks a question answered (or not) and keeps the answer if given.
    pub fn answer_lawyer_question(
        &self,
        id: &LawyerQuestionId,
        answered: bool,
        answer: Option<UserText>,
    ) -> Result<()> {
        if let Some(a) = &answer {
            validate::text("answer", a, MAX_TEXT_CHARS)?;
        }
        self.vault.write(|tx| {
            let mut q = tx.get(id)?.value;
            q.answered = answered;
            if let Some(a) = answer {
                q.answer = a;
            }
            tx.update(id, &q)
        })
    }

    pub fn lawyer_questions(&self) -> Result<Vec<Stored<LawyerQuestion>>> {
        self.vault.list()
    }

    // Things to tell the protection officer.

    pub fn add_officer_request(
        &self,
        kind: OfficerRequestKind,
        preference: Option<GenderPreference>,
        text: UserText,
    ) -> Result<OfficerRequestId> {
        validate::text("text", &text, MAX_TEXT_CHARS)?;
        let needs_preference = matches!(
            kind,
            OfficerRequestKind::OfficerGender | OfficerRequestKind::InterpreterGender
        );
        if needs_preference != preference.is_some() {
            return Err(Error::invalid(
                "preference",
                "give a preference exactly for officer-gender and interpreter-gender",
            ));
        }
        if !needs_preference && text.is_blank() {
            return Err(Error::invalid("text", "must not be empty"));
        }
        self.vault.insert(&OfficerRequest {
            kind,
            preference,
            text,
        })
    }

    pub fn officer_requests(&self) -> Result<Vec<Stored<OfficerRequest>>> {
        self.vault.list()
    }

    // Practice.

    /// Shipped practice questions, of one topic or all.
    pub fn practice_questions(
        &self,
        topic: Option<Topic>,
    ) -> Result<Vec<&'static PracticeQuestion>> {
        Ok(practice_questions()?
            .iter()
            .filter(|q| topic.is_none_or(|t| q.topic == t))
            .collect())
    }

    /// Saves the user's answer to a question (replacing an earlier one);
    /// `practised` also records today's date.
    pub fn save_answer(
        &self,
        question_id: &str,
        answer: UserText,
        practised: bool,
    ) -> Result<PracticeAnswerId> {
        let q = practice_questions()?
            .iter()
            .find(|q| q.id == question_id.trim())
            .ok_or_else(|| Error::invalid("question", "unknown question id"))?;
        validate::text("answer", &answer, MAX_TEXT_CHARS)?;
        let today = self.vault.clock().now().date_naive();
        self.vault.write(|tx| {
            let value = PracticeAnswer {
                question: q.id.to_string(),
                answer,
                practised,
                practised_on: practised.then_some(today),
            };
            let existing = tx
                .list::<PracticeAnswer>()?
                .into_iter()
                .find(|a| a.value.question == q.id);
            match existing {
                Some(s) => tx.update(&s.id, &value).map(|_| s.id),
                None => tx.insert(&value),
            }
        })
    }

    pub fn answers(&self) -> Result<Vec<Stored<PracticeAnswer>>> {
        self.vault.list()
    }

    // The interview day.

    /// Every shipped interview-day item and whether the user ticked it.
    pub fn day_checklist(&self) -> Result<Vec<(&'static DayItem, bool)>> {
        let state = self
            .vault
            .read(singleton::<DayChecklist>)?
            .map(|s| s.value)
            .unwrap_or_default();
        Ok(day_checklist_items()?
            .iter()
            .map(|i| (i, state.checked.iter().any(|c| c == i.id)))
            .collect())
    }

    pub fn set_day_item(&self, item_id: &str, checked: bool) -> Result<()> {
        let item = day_checklist_items()?
            .iter()
            .find(|i| i.id == item_id.trim())
            .ok_or_else(|| Error::invalid("item", "unknown interview-day item id"))?;
        self.vault.write(|tx| {
            let mut state = singleton::<DayChecklist>(tx)?
                .map(|s| s.value)
                .unwrap_or_default();
            state.checked.retain(|c| c != item.id);
            if checked {
                state.checked.push(item.id.to_string());
            }
            put_singleton(tx, &state)
        })
    }

    // Review of the notes.

    pub fn add_correction(&self, correction: &NotesCorrection) -> Result<CorrectionId> {
        check_correction(correction)?;
        self.vault.insert(correction)
    }

    pub fn update_correction(&self, id: &CorrectionId, correction: &NotesCorrection) -> Result<()> {
        check_correction(correction)?;
        self.vault.update(id, correction)
    }

    /// Live corrections by page, then paragraph, then as entered.
    pub fn corrections(&self) -> Result<Vec<Stored<NotesCorrection>>> {
        let mut all = self.vault.list::<NotesCorrection>()?;
        all.sort_by_key(|c| (c.value.page, c.value.paragraph.unwrap_or(0)));
        Ok(all)
    }

    /// The letter of comments from the live corrections. A name or
    /// reference missing from `request` is taken from the profile.
    pub fn comments_letter(&self, mut request: LetterRequest) -> Result<Letter> {
        let profile = self.profile()?;
        if request.name.is_none() && !profile.name.is_blank() {
            request.name = Some(profile.name.clone());
        }
        if request.cgrs_reference.is_none() && !profile.cgrs_reference.is_blank() {
            request.cgrs_reference = Some(profile.cgrs_reference.clone());
        }
        let corrections: Vec<NotesCorrection> =
            self.corrections()?.into_iter().map(|s| s.value).collect();
        comments_letter(&request, &corrections)
    }

    // Trash, for every interview record type.

    pub fn trash<T: InterviewRecord>(&self, id: &RecordId<T>) -> Result<()> {
        self.vault.trash(id)
    }

    pub fn restore<T: InterviewRecord>(&self, id: &RecordId<T>) -> Result<()> {
        self.vault.restore(id)
    }
}
