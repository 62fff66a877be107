//! Preparing the CGRS personal interview and reviewing its notes: notes per
//! topic, the chronology and its consistency check, the profile, questions
//! for the lawyer, requests to the protection officer, practice questions
//! and answers, the interview-day checklist, corrections to the notes and
//! the letter of comments.
//!
//! Topics and kinds cross as their stable text ids (listed on each field;
//! [`interview_topics`] lists the topics with English titles). Chronology
//! dates are *approximate* dates in text form: `2019`, `2019-05`,
//! `2019-05-14`, with `~` in front for "about" (`~2019-05`). Calendar dates
//! are `YYYY-MM-DD`. The person's texts are stored exactly as written.

use crate::ids::{
    self, ChronologyEntryId, InterviewNoteId, LawyerQuestionId, NotesCorrectionId,
    OfficerRequestId, PracticeAnswerId,
};
use crate::journal::resolve_today;
use crate::vault::PassageVault;
use crate::PassageError;
use passage_core::interview::{
    self as core_interview, ApproxDate, CorrectionKind, EventKind, GenderPreference, Interview,
    InterviewRecord, LetterLanguage, OfficerRequestKind, Topic,
};
use passage_core::journal::parse_date;
use passage_core::sensitive::UserText;
use passage_core::vault::Stored;

/// One interview topic.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InterviewTopicInfo {
    /// `who-you-are`, `where-you-come-from`, `life-there`, `journey`,
    /// `documents`, `why-you-left`, `why-you-cannot-return`.
    pub id: String,
    /// Plain English title (the shells translate by id).
    pub title: String,
}

/// Every topic, in interview order.
#[uniffi::export]
pub fn interview_topics() -> Vec<InterviewTopicInfo> {
    Topic::ALL
        .iter()
        .map(|t| InterviewTopicInfo {
            id: t.id().to_string(),
            title: t.title().to_string(),
        })
        .collect()
}

/// A shipped practice question.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PracticeQuestion {
    /// Stable id (to save an answer).
    pub id: String,
    /// A topic id.
    pub topic: String,
    /// Plain English.
    pub question: String,
}

/// The shipped practice questions, of one topic (an id) or all. Needs no
/// vault.
#[uniffi::export(default(topic = None))]
pub fn interview_practice_questions(
    topic: Option<String>,
) -> Result<Vec<PracticeQuestion>, PassageError> {
    let topic = topic.map(|t| t.parse::<Topic>()).transpose()?;
    Ok(core_interview::practice_questions()?
        .iter()
        .filter(|q| topic.is_none_or(|t| q.topic == t))
        .map(|q| PracticeQuestion {
            id: q.id.to_string(),
            topic: q.topic.id().to_string(),
            question: q.question.to_string(),
        })
        .collect())
}

fn approx(field: &str, text: &str) -> Result<ApproxDate, PassageError> {
    text.parse::<ApproxDate>().map_err(|_| {
        PassageError::invalid(
            field,
            "must look like 2019, 2019-05 or 2019-05-14 (~ for about)",
        )
    })
}

fn text(t: &UserText) -> String {
    t.as_str().to_string()
}

fn created(s: &Stored<impl Sized>) -> String {
    s.created.to_rfc3339()
}

// Notes.

/// A note on one topic, in the person's own words.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InterviewNote {
    pub id: InterviewNoteId,
    /// A topic id.
    pub topic: String,
    pub text: String,
    /// RFC 3339.
    pub created_at: String,
}

fn note(s: Stored<core_interview::InterviewNote>) -> InterviewNote {
    InterviewNote {
        id: InterviewNoteId {
            value: s.id.to_string(),
        },
        topic: s.value.topic.id().to_string(),
        text: text(&s.value.text),
        created_at: created(&s),
    }
}

// Chronology.

/// What the person enters for a life event.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChronologyEntryInput {
    /// `2019`, `2019-05`, `2019-05-14`, `~` in front for "about"; `None`:
    /// the person does not know when.
    #[uniffi(default = None)]
    pub date: Option<String>,
    /// `event`, `left-country`, `arrived-belgium`, `travel`.
    #[uniffi(default = "event")]
    pub kind: String,
    /// A short name for the event.
    pub title: String,
    #[uniffi(default = "")]
    pub place: String,
    #[uniffi(default = "")]
    pub people: String,
    #[uniffi(default = "")]
    pub what_happened: String,
    /// "I was N years old" (checked against the date of birth).
    #[uniffi(default = None)]
    pub age: Option<u32>,
    /// An entry this one happened after, as the person tells it.
    #[uniffi(default = None)]
    pub after: Option<ChronologyEntryId>,
    /// An entry the person says is the same event (told twice).
    #[uniffi(default = None)]
    pub same_event_as: Option<ChronologyEntryId>,
}

fn entry_input(i: ChronologyEntryInput) -> Result<core_interview::ChronologyEntry, PassageError> {
    let date = i.date.map(|d| approx("date", &d)).transpose()?;
    let mut e = core_interview::ChronologyEntry::new(date, UserText::new(i.title));
    e.kind = i.kind.parse::<EventKind>()?;
    e.place = UserText::new(i.place);
    e.people = UserText::new(i.people);
    e.what_happened = UserText::new(i.what_happened);
    e.age = i.age;
    e.after = i.after.map(|a| a.value);
    e.same_event_as = i.same_event_as.map(|a| a.value);
    Ok(e)
}

/// A stored life event.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChronologyEntry {
    pub id: ChronologyEntryId,
    /// Text form (`~2019-05`), `None` when unknown.
    pub date: Option<String>,
    /// The first and last possible day (`YYYY-MM-DD`, "about" included),
    /// for placing the entry on a timeline.
    pub earliest: Option<String>,
    pub latest: Option<String>,
    pub kind: String,
    pub title: String,
    pub place: String,
    pub people: String,
    pub what_happened: String,
    pub age: Option<u32>,
    pub after: Option<ChronologyEntryId>,
    pub same_event_as: Option<ChronologyEntryId>,
}

fn entry(s: Stored<core_interview::ChronologyEntry>) -> ChronologyEntry {
    let v = &s.value;
    let range = v.date.map(|d| d.range());
    ChronologyEntry {
        id: ChronologyEntryId {
            value: s.id.to_string(),
        },
        date: v.date.map(|d| d.to_string()),
        earliest: range.map(|r| r.0.to_string()),
        latest: range.map(|r| r.1.to_string()),
        kind: v.kind.id().to_string(),
        title: text(&v.title),
        place: text(&v.place),
        people: text(&v.people),
        what_happened: text(&v.what_happened),
        age: v.age,
        after: v.after.clone().map(|value| ChronologyEntryId { value }),
        same_event_as: v
            .same_event_as
            .clone()
            .map(|value| ChronologyEntryId { value }),
    }
}

/// A place where the person's own entries disagree. It asserts nothing
/// about what is true, and never repeats the person's text: show the
/// entries' own text next to it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsistencyFinding {
    /// `in-the-future`, `before-birth`, `age-does-not-fit`, `out-of-order`,
    /// `departure-after-arrival`, `two-places-at-once`,
    /// `same-event-different-dates`.
    pub kind: String,
    pub entry: ChronologyEntryId,
    pub other: Option<ChronologyEntryId>,
    /// Plain English explanation.
    pub explanation: String,
}

// Profile.

/// What the interview tools know about the person (all optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct InterviewProfile {
    #[uniffi(default = "")]
    pub name: String,
    /// The CGRS reference (on CGRS letters).
    #[uniffi(default = "")]
    pub cgrs_reference: String,
    /// An approximate date (`1998`, `~1998-03`, `1998-03-14`).
    #[uniffi(default = None)]
    pub date_of_birth: Option<String>,
    /// The procedure language: `nl` or `fr`.
    #[uniffi(default = None)]
    pub procedure_language: Option<String>,
}

// Lawyer, officer, practice.

/// A question for the lawyer.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LawyerQuestion {
    pub id: LawyerQuestionId,
    pub question: String,
    pub answered: bool,
    /// What the lawyer said, in the person's words.
    pub answer: String,
}

/// Something to tell the protection officer.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OfficerRequest {
    pub id: OfficerRequestId,
    /// `interpreter-problem`, `need-a-break`, `health`, `trusted-person`,
    /// `officer-gender`, `interpreter-gender`, `other`.
    pub kind: String,
    /// `female` or `male`, for the two gender kinds.
    pub preference: Option<String>,
    pub text: String,
}

/// The person's answer to a practice question.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PracticeAnswer {
    pub id: PracticeAnswerId,
    pub question_id: String,
    pub answer: String,
    pub practised: bool,
    /// `YYYY-MM-DD`, when marked practised.
    pub practised_on: Option<String>,
}

/// One item of the interview-day checklist.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct InterviewDayItem {
    pub id: String,
    /// Plain English.
    pub title: String,
    pub why: String,
    pub checked: bool,
}

// Review of the notes.

/// A correction or addition to the notes of the interview.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NotesCorrectionInput {
    /// 1 to 2000.
    pub page: u32,
    /// 1 to 500.
    #[uniffi(default = None)]
    pub paragraph: Option<u32>,
    /// `correction` or `addition`.
    #[uniffi(default = "correction")]
    pub kind: String,
    /// What the notes say there (optional).
    #[uniffi(default = "")]
    pub notes_say: String,
    /// The correction or addition.
    pub text: String,
}

fn correction_input(
    c: NotesCorrectionInput,
) -> Result<core_interview::NotesCorrection, PassageError> {
    Ok(core_interview::NotesCorrection {
        page: c.page,
        paragraph: c.paragraph,
        kind: c.kind.parse::<CorrectionKind>()?,
        notes_say: UserText::new(c.notes_say),
        text: UserText::new(c.text),
    })
}

/// A stored correction or addition.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NotesCorrection {
    pub id: NotesCorrectionId,
    pub page: u32,
    pub paragraph: Option<u32>,
    pub kind: String,
    pub notes_say: String,
    pub text: String,
}

/// What the letter of comments needs besides the corrections.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CommentsLetterRequest {
    /// `nl` or `fr`; `None`: the profile's procedure language.
    #[uniffi(default = None)]
    pub language: Option<String>,
    /// The date on the letter, `YYYY-MM-DD`; `None`: today in Belgium.
    #[uniffi(default = None)]
    pub date: Option<String>,
    /// The last day to send it (from the deadlines).
    #[uniffi(default = None)]
    pub deadline: Option<String>,
    #[uniffi(default = None)]
    pub interview_date: Option<String>,
    /// `None`: the profile's name / reference.
    #[uniffi(default = None)]
    pub name: Option<String>,
    #[uniffi(default = None)]
    pub cgrs_reference: Option<String>,
}

/// The letter of comments on the notes, ready to print or send.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CommentsLetter {
    /// `nl` or `fr`.
    pub language: String,
    /// Plain text.
    pub text: String,
    /// The same as a small standalone HTML page.
    pub html: String,
    /// `original`, `reviewed` or `machine-drafted` (the fixed text must
    /// then be checked by a lawyer before sending: say so).
    pub status: String,
    /// How many corrections and additions it lists.
    pub corrections: u32,
    pub deadline: Option<String>,
    /// Days from the letter's date to the deadline (negative when late).
    pub days_left: Option<i64>,
    pub late: bool,
}

/// An interview record to move to the trash or bring back.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum InterviewRecordRef {
    Note { id: InterviewNoteId },
    ChronologyEntry { id: ChronologyEntryId },
    LawyerQuestion { id: LawyerQuestionId },
    OfficerRequest { id: OfficerRequestId },
    PracticeAnswer { id: PracticeAnswerId },
    NotesCorrection { id: NotesCorrectionId },
}

fn n(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

#[uniffi::export]
impl PassageVault {
    // Notes.

    /// Adds a note to a topic.
    pub fn interview_add_note(
        &self,
        topic: String,
        text: String,
    ) -> Result<InterviewNoteId, PassageError> {
        let topic = topic.parse::<Topic>()?;
        let id = Interview::new(self.core()).add_note(topic, UserText::new(text))?;
        Ok(InterviewNoteId {
            value: id.to_string(),
        })
    }

    /// Replaces a note's text and, if given, its topic.
    #[uniffi::method(default(topic = None))]
    pub fn interview_edit_note(
        &self,
        id: InterviewNoteId,
        text: String,
        topic: Option<String>,
    ) -> Result<(), PassageError> {
        let topic = topic.map(|t| t.parse::<Topic>()).transpose()?;
        let id = ids::parse("note id", &id.value)?;
        Ok(Interview::new(self.core()).edit_note(&id, topic, UserText::new(text))?)
    }

    /// Live notes of one topic (an id) or all, in topic order, oldest
    /// first.
    #[uniffi::method(default(topic = None))]
    pub fn interview_notes(
        &self,
        topic: Option<String>,
    ) -> Result<Vec<InterviewNote>, PassageError> {
        let topic = topic.map(|t| t.parse::<Topic>()).transpose()?;
        Ok(Interview::new(self.core())
            .notes(topic)?
            .into_iter()
            .map(note)
            .collect())
    }

    // Chronology.

    /// Adds a life event. Links (`after`, `same_event_as`) must name live
    /// entries.
    pub fn interview_add_event(
        &self,
        entry: ChronologyEntryInput,
    ) -> Result<ChronologyEntryId, PassageError> {
        let id = Interview::new(self.core()).add_event(entry_input(entry)?)?;
        Ok(ChronologyEntryId {
            value: id.to_string(),
        })
    }

    /// Replaces an entry's content.
    pub fn interview_update_event(
        &self,
        id: ChronologyEntryId,
        entry: ChronologyEntryInput,
    ) -> Result<(), PassageError> {
        let id = ids::parse("chronology entry id", &id.value)?;
        Ok(Interview::new(self.core()).update_event(&id, entry_input(entry)?)?)
    }

    /// Live entries by date (undated last), then as entered.
    pub fn interview_events(&self) -> Result<Vec<ChronologyEntry>, PassageError> {
        Ok(Interview::new(self.core())
            .events()?
            .into_iter()
            .map(entry)
            .collect())
    }

    /// The consistency check of the live chronology (against the profile's
    /// date of birth and today).
    pub fn interview_check(&self) -> Result<Vec<ConsistencyFinding>, PassageError> {
        Ok(Interview::new(self.core())
            .check()?
            .into_iter()
            .map(|f| ConsistencyFinding {
                kind: f.kind.id().to_string(),
                entry: ChronologyEntryId { value: f.entry },
                other: f.other.map(|value| ChronologyEntryId { value }),
                explanation: f.explanation,
            })
            .collect())
    }

    // Profile.

    /// The profile (empty if never set).
    pub fn interview_profile(&self) -> Result<InterviewProfile, PassageError> {
        let p = Interview::new(self.core()).profile()?;
        Ok(InterviewProfile {
            name: text(&p.name),
            cgrs_reference: text(&p.cgrs_reference),
            date_of_birth: p.date_of_birth.map(|d| d.to_string()),
            procedure_language: p.procedure_language.map(|l| l.id().to_string()),
        })
    }

    /// Replaces the profile.
    pub fn interview_set_profile(&self, profile: InterviewProfile) -> Result<(), PassageError> {
        let p = core_interview::InterviewProfile {
            name: UserText::new(profile.name),
            cgrs_reference: UserText::new(profile.cgrs_reference),
            date_of_birth: profile
                .date_of_birth
                .map(|d| approx("date of birth", &d))
                .transpose()?,
            procedure_language: profile
                .procedure_language
                .map(|l| l.parse::<LetterLanguage>())
                .transpose()?,
        };
        Ok(Interview::new(self.core()).set_profile(&p)?)
    }

    // Questions for the lawyer.

    pub fn interview_add_lawyer_question(
        &self,
        question: String,
    ) -> Result<LawyerQuestionId, PassageError> {
        let id = Interview::new(self.core()).add_lawyer_question(UserText::new(question))?;
        Ok(LawyerQuestionId {
            value: id.to_string(),
        })
    }

    /// Marks a question answered (or not), keeping `answer` if given.
    #[uniffi::method(default(answer = None))]
    pub fn interview_answer_lawyer_question(
        &self,
        id: LawyerQuestionId,
        answered: bool,
        answer: Option<String>,
    ) -> Result<(), PassageError> {
        let id = ids::parse("lawyer question id", &id.value)?;
        Ok(Interview::new(self.core()).answer_lawyer_question(
            &id,
            answered,
            answer.map(UserText::new),
        )?)
    }

    pub fn interview_lawyer_questions(&self) -> Result<Vec<LawyerQuestion>, PassageError> {
        Ok(Interview::new(self.core())
            .lawyer_questions()?
            .into_iter()
            .map(|s| LawyerQuestion {
                id: LawyerQuestionId {
                    value: s.id.to_string(),
                },
                question: text(&s.value.question),
                answered: s.value.answered,
                answer: text(&s.value.answer),
            })
            .collect())
    }

    // Requests to the protection officer.

    /// Adds a request. `preference` (`female`, `male`) is required for
    /// `officer-gender` and `interpreter-gender` and refused otherwise;
    /// `text` is required for the other kinds.
    #[uniffi::method(default(preference = None, text = ""))]
    pub fn interview_add_officer_request(
        &self,
        kind: String,
        preference: Option<String>,
        text: String,
    ) -> Result<OfficerRequestId, PassageError> {
        let kind = kind.parse::<OfficerRequestKind>()?;
        let preference = preference
            .map(|p| p.parse::<GenderPreference>())
            .transpose()?;
        let id = Interview::new(self.core()).add_officer_request(
            kind,
            preference,
            UserText::new(text),
        )?;
        Ok(OfficerRequestId {
            value: id.to_string(),
        })
    }

    pub fn interview_officer_requests(&self) -> Result<Vec<OfficerRequest>, PassageError> {
        Ok(Interview::new(self.core())
            .officer_requests()?
            .into_iter()
            .map(|s| OfficerRequest {
                id: OfficerRequestId {
                    value: s.id.to_string(),
                },
                kind: s.value.kind.id().to_string(),
                preference: s.value.preference.map(|p| p.id().to_string()),
                text: text(&s.value.text),
            })
            .collect())
    }

    // Practice.

    /// Saves the answer to practice question `question_id` (replacing an
    /// earlier one); `practised` also records today's date.
    pub fn interview_save_answer(
        &self,
        question_id: String,
        answer: String,
        practised: bool,
    ) -> Result<PracticeAnswerId, PassageError> {
        let id = Interview::new(self.core()).save_answer(
            &question_id,
            UserText::new(answer),
            practised,
        )?;
        Ok(PracticeAnswerId {
            value: id.to_string(),
        })
    }

    pub fn interview_answers(&self) -> Result<Vec<PracticeAnswer>, PassageError> {
        Ok(Interview::new(self.core())
            .answers()?
            .into_iter()
            .map(|s| PracticeAnswer {
                id: PracticeAnswerId {
                    value: s.id.to_string(),
                },
                question_id: s.value.question.clone(),
                answer: text(&s.value.answer),
                practised: s.value.practised,
                practised_on: s.value.practised_on.map(|d| d.to_string()),
            })
            .collect())
    }

    // The interview day.

    /// Every interview-day item and whether the person ticked it.
    pub fn interview_day_checklist(&self) -> Result<Vec<InterviewDayItem>, PassageError> {
        Ok(Interview::new(self.core())
            .day_checklist()?
            .into_iter()
            .map(|(item, checked)| InterviewDayItem {
                id: item.id.to_string(),
                title: item.title.to_string(),
                why: item.why.to_string(),
                checked,
            })
            .collect())
    }

    pub fn interview_set_day_item(
        &self,
        item_id: String,
        checked: bool,
    ) -> Result<(), PassageError> {
        Ok(Interview::new(self.core()).set_day_item(&item_id, checked)?)
    }

    // Review of the notes.

    pub fn interview_add_correction(
        &self,
        correction: NotesCorrectionInput,
    ) -> Result<NotesCorrectionId, PassageError> {
        let id = Interview::new(self.core()).add_correction(&correction_input(correction)?)?;
        Ok(NotesCorrectionId {
            value: id.to_string(),
        })
    }

    pub fn interview_update_correction(
        &self,
        id: NotesCorrectionId,
        correction: NotesCorrectionInput,
    ) -> Result<(), PassageError> {
        let id = ids::parse("correction id", &id.value)?;
        Ok(Interview::new(self.core()).update_correction(&id, &correction_input(correction)?)?)
    }

    /// Live corrections by page, then paragraph, then as entered.
    pub fn interview_corrections(&self) -> Result<Vec<NotesCorrection>, PassageError> {
        Ok(Interview::new(self.core())
            .corrections()?
            .into_iter()
            .map(|s| NotesCorrection {
                id: NotesCorrectionId {
                    value: s.id.to_string(),
                },
                page: s.value.page,
                paragraph: s.value.paragraph,
                kind: s.value.kind.id().to_string(),
                notes_say: text(&s.value.notes_say),
                text: text(&s.value.text),
            })
            .collect())
    }

    /// The letter of comments from the live corrections, in Dutch or
    /// French. `InvalidInput` when there are no corrections, or no language
    /// is given and the profile has none.
    pub fn interview_comments_letter(
        &self,
        request: CommentsLetterRequest,
    ) -> Result<CommentsLetter, PassageError> {
        let interview = Interview::new(self.core());
        let language = match request.language {
            Some(l) => l.parse::<LetterLanguage>()?,
            None => interview.profile()?.procedure_language.ok_or_else(|| {
                PassageError::invalid("language", "give nl or fr, or set the profile's language")
            })?,
        };
        let date = |field: &str, d: Option<String>| d.map(|d| parse_date(&d, field)).transpose();
        let letter = interview.comments_letter(core_interview::LetterRequest {
            language,
            date: resolve_today(request.date)?,
            deadline: date("deadline", request.deadline)?,
            interview_date: date("interview date", request.interview_date)?,
            name: request.name.map(UserText::new),
            cgrs_reference: request.cgrs_reference.map(UserText::new),
        })?;
        Ok(CommentsLetter {
            language: letter.language.id().to_string(),
            text: text(&letter.text),
            html: text(&letter.html),
            status: letter.status.to_string(),
            corrections: n(letter.corrections),
            deadline: letter.deadline.map(|d| d.to_string()),
            days_left: letter.days_left,
            late: letter.late,
        })
    }

    // Trash.

    /// Moves an interview record to the trash (restorable).
    pub fn interview_trash(&self, record: InterviewRecordRef) -> Result<(), PassageError> {
        trash_or_restore(&Interview::new(self.core()), record, false)
    }

    /// Brings an interview record back from the trash.
    pub fn interview_restore(&self, record: InterviewRecordRef) -> Result<(), PassageError> {
        trash_or_restore(&Interview::new(self.core()), record, true)
    }
}

fn trash_or_restore(
    iv: &Interview<'_>,
    record: InterviewRecordRef,
    restore: bool,
) -> Result<(), PassageError> {
    fn apply<T: InterviewRecord>(
        iv: &Interview<'_>,
        value: &str,
        restore: bool,
    ) -> Result<(), PassageError> {
        let id = ids::parse::<T>("id", value)?;
        if restore {
            iv.restore(&id)?;
        } else {
            iv.trash(&id)?;
        }
        Ok(())
    }
    use core_interview as c;
    use InterviewRecordRef as R;
    match record {
        R::Note { id } => apply::<c::InterviewNote>(iv, &id.value, restore),
        R::ChronologyEntry { id } => apply::<c::ChronologyEntry>(iv, &id.value, restore),
        R::LawyerQuestion { id } => apply::<c::LawyerQuestion>(iv, &id.value, restore),
        R::OfficerRequest { id } => apply::<c::OfficerRequest>(iv, &id.value, restore),
        R::PracticeAnswer { id } => apply::<c::PracticeAnswer>(iv, &id.value, restore),
        R::NotesCorrection { id } => apply::<c::NotesCorrection>(iv, &id.value, restore),
    }
}

#[cfg(test)]
mod tests {
    use crate::blocking::tests::block_on;
    use crate::*;

    #[test]
    fn notes_chronology_check_and_letter() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v").to_string_lossy().into_owned();
        let vault = block_on(create_vault(
            dir,
            "long passphrase".into(),
            VaultConfig { kdf_log_n: 4 },
        ))
        .unwrap()
        .vault;
        assert_eq!(interview_topics().len(), 7);
        assert!(
            interview_practice_questions(Some("journey".into()))
                .unwrap()
                .len()
                >= 4
        );

        let note = vault
            .interview_add_note("journey".into(), "By bus to Istanbul.".into())
            .unwrap();
        vault
            .interview_edit_note(note.clone(), "By bus, then by boat.".into(), None)
            .unwrap();
        assert_eq!(
            vault.interview_notes(Some("journey".into())).unwrap()[0].text,
            "By bus, then by boat."
        );

        vault
            .interview_set_profile(InterviewProfile {
                date_of_birth: Some("1998-03-14".into()),
                procedure_language: Some("nl".into()),
                ..InterviewProfile::default()
            })
            .unwrap();
        let arrived = vault
            .interview_add_event(ChronologyEntryInput {
                date: Some("2024-05-10".into()),
                kind: "arrived-belgium".into(),
                title: "Arrived in Brussels".into(),
                place: String::new(),
                people: String::new(),
                what_happened: String::new(),
                age: None,
                after: None,
                same_event_as: None,
            })
            .unwrap();
        vault
            .interview_add_event(ChronologyEntryInput {
                date: Some("~2024-07".into()),
                kind: "left-country".into(),
                title: "Left home".into(),
                place: String::new(),
                people: String::new(),
                what_happened: String::new(),
                age: None,
                after: None,
                same_event_as: None,
            })
            .unwrap();
        let events = vault.interview_events().unwrap();
        assert_eq!(events[0].id, arrived);
        assert_eq!(events[1].earliest.as_deref(), Some("2024-06-01"));
        let findings = vault.interview_check().unwrap();
        assert!(findings
            .iter()
            .any(|f| f.kind == "departure-after-arrival" && f.explanation.is_ascii()));
        assert!(findings
            .iter()
            .all(|f| !f.explanation.contains("Left home")));

        let q = vault
            .interview_add_lawyer_question("Can I bring my cousin?".into())
            .unwrap();
        vault
            .interview_answer_lawyer_question(q, true, Some("Yes.".into()))
            .unwrap();
        assert!(vault.interview_lawyer_questions().unwrap()[0].answered);
        assert!(matches!(
            vault.interview_add_officer_request("officer-gender".into(), None, String::new()),
            Err(PassageError::InvalidInput { .. })
        ));
        vault
            .interview_add_officer_request(
                "officer-gender".into(),
                Some("female".into()),
                String::new(),
            )
            .unwrap();

        assert!(matches!(
            vault.interview_comments_letter(CommentsLetterRequest {
                language: None,
                date: Some("2026-03-20".into()),
                deadline: None,
                interview_date: None,
                name: None,
                cgrs_reference: None,
            }),
            Err(PassageError::InvalidInput { .. })
        ));
        let c = vault
            .interview_add_correction(NotesCorrectionInput {
                page: 3,
                paragraph: Some(2),
                kind: "correction".into(),
                notes_say: String::new(),
                text: "I said Herat, not Kabul.".into(),
            })
            .unwrap();
        let letter = vault
            .interview_comments_letter(CommentsLetterRequest {
                language: None,
                date: Some("2026-03-20".into()),
                deadline: Some("2026-03-23".into()),
                interview_date: Some("2026-03-12".into()),
                name: Some("A. Test".into()),
                cgrs_reference: None,
            })
            .unwrap();
        assert_eq!((letter.language.as_str(), letter.corrections), ("nl", 1));
        assert!(letter.text.contains("I said Herat, not Kabul."));
        assert_eq!(letter.days_left, Some(3));

        vault
            .interview_trash(InterviewRecordRef::NotesCorrection { id: c.clone() })
            .unwrap();
        assert!(vault.interview_corrections().unwrap().is_empty());
        vault
            .interview_restore(InterviewRecordRef::NotesCorrection { id: c })
            .unwrap();
        assert_eq!(vault.interview_corrections().unwrap().len(), 1);
        vault
            .interview_set_day_item("notes-copy".into(), true)
            .unwrap();
        assert!(vault
            .interview_day_checklist()
            .unwrap()
            .iter()
            .any(|i| i.id == "notes-copy" && i.checked));
    }
}
