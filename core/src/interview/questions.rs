//! Practice: sample questions per topic (content data in
//! `content/interview/questions.txt`) and the user's own answers.

use super::error::InterviewError;
use super::topics::Topic;
use crate::checklist::entries::{self, ContentError};
use crate::checklist::redacted_debug;
use crate::sensitive::UserText;
use crate::vault::{Record, RecordId};
use crate::Result;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const FILE: (&str, &str) = (
    "content/interview/questions.txt",
    include_str!("../../../content/interview/questions.txt"),
);

/// Questions per topic the shipped file must have.
pub const QUESTIONS_PER_TOPIC: std::ops::RangeInclusive<usize> = 4..=8;

/// One sample question, as shipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticeQuestion {
    pub id: &'static str,
    pub topic: Topic,
    /// Plain English.
    pub question: &'static str,
    pub sources: Vec<&'static str>,
    pub last_verified: NaiveDate,
}

pub(crate) fn parse(
    file: &'static str,
    text: &'static str,
) -> Result<Vec<PracticeQuestion>, ContentError> {
    let parsed = entries::parse(file, text)?;
    if let Some(f) = parsed.preamble.first() {
        return Err(ContentError {
            file,
            line: f.line,
            message: "expected `[id]` before the first key".into(),
        });
    }
    let mut out = Vec::new();
    for e in &parsed.entries {
        e.check_keys(
            &["topic", "question", "source", "last-verified"],
            &["source"],
        )?;
        let topic_field = e.required("topic")?;
        let topic: Topic = topic_field.value.parse().map_err(|_| {
            e.error(
                topic_field.line,
                format!("unknown topic `{}`", topic_field.value),
            )
        })?;
        let mut sources = Vec::new();
        for f in e.all("source") {
            entries::check_source(e, f)?;
            sources.push(f.value);
        }
        if sources.is_empty() {
            return Err(e.error(e.line, format!("`[{}]` has no `source`", e.id)));
        }
        out.push(PracticeQuestion {
            id: e.id,
            topic,
            question: e.required("question")?.value,
            sources,
            last_verified: entries::parse_date(e, e.required("last-verified")?)?,
        });
    }
    for topic in Topic::ALL {
        let n = out.iter().filter(|q| q.topic == *topic).count();
        if !QUESTIONS_PER_TOPIC.contains(&n) {
            return Err(ContentError {
                file,
                line: 1,
                message: format!("topic `{topic}` has {n} questions; it needs 4 to 8"),
            });
        }
    }
    Ok(out)
}

static QUESTIONS: OnceLock<Result<Vec<PracticeQuestion>, ContentError>> = OnceLock::new();

/// Every shipped practice question, in file order.
pub fn practice_questions() -> Result<&'static [PracticeQuestion]> {
    match QUESTIONS.get_or_init(|| parse(FILE.0, FILE.1)) {
        Ok(q) => Ok(q),
        Err(e) => Err(InterviewError::Content(e.to_string()).into()),
    }
}

/// The user's answer to a practice question, in their own words.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeAnswer {
    /// The question id.
    pub question: String,
    pub answer: UserText,
    #[serde(default)]
    pub practised: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practised_on: Option<NaiveDate>,
}

impl Record for PracticeAnswer {
    const COLLECTION: &'static str = "interview-practice";
}

pub type PracticeAnswerId = RecordId<PracticeAnswer>;

redacted_debug!(PracticeAnswer);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_questions_are_valid() {
        let q = practice_questions().unwrap();
        assert!(q.len() >= 28);
        for x in q {
            assert!(
                x.question.ends_with('?') || x.question.ends_with('.'),
                "{}",
                x.id
            );
            assert!(x.question.chars().count() <= 140, "{} is long for A2", x.id);
            assert!(
                x.sources
                    .iter()
                    .any(|s| s.starts_with("seed:000") || s.starts_with("seed:001")),
                "{} is not sourced to seed 000/001",
                x.id
            );
        }
    }

    #[test]
    fn broken_files_name_file_and_line() {
        let e = parse("q.txt", "[a]\ntopic: weather\nquestion: x?\n").unwrap_err();
        assert_eq!((e.file, e.line), ("q.txt", 2));
        let e = parse(
            "q.txt",
            "[a]\ntopic: journey\nquestion: x?\nlast-verified: 2026-01-01\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("source"));
        let e = parse("q.txt", "topic: journey\n").unwrap_err();
        assert_eq!(e.line, 1);
    }
}
