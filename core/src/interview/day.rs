//! The checklist for the day of the interview (content data in
//! `content/interview/day-checklist.txt`) and which items the user ticked.

use super::error::InterviewError;
use crate::checklist::entries::{self, ContentError};
use crate::vault::Record;
use crate::Result;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const FILE: (&str, &str) = (
    "content/interview/day-checklist.txt",
    include_str!("../../../content/interview/day-checklist.txt"),
);

/// One thing to do or bring on the interview day, as shipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayItem {
    pub id: &'static str,
    pub title: &'static str,
    pub why: &'static str,
    pub sources: Vec<&'static str>,
    pub last_verified: NaiveDate,
}

pub(crate) fn parse(file: &'static str, text: &'static str) -> Result<Vec<DayItem>, ContentError> {
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
        e.check_keys(&["title", "why", "source", "last-verified"], &["source"])?;
        let mut sources = Vec::new();
        for f in e.all("source") {
            entries::check_source(e, f)?;
            sources.push(f.value);
        }
        if sources.is_empty() {
            return Err(e.error(e.line, format!("`[{}]` has no `source`", e.id)));
        }
        out.push(DayItem {
            id: e.id,
            title: e.required("title")?.value,
            why: e.required("why")?.value,
            sources,
            last_verified: entries::parse_date(e, e.required("last-verified")?)?,
        });
    }
    Ok(out)
}

static ITEMS: OnceLock<Result<Vec<DayItem>, ContentError>> = OnceLock::new();

/// The shipped interview-day checklist, in file order.
pub fn day_checklist_items() -> Result<&'static [DayItem]> {
    match ITEMS.get_or_init(|| parse(FILE.0, FILE.1)) {
        Ok(q) => Ok(q),
        Err(e) => Err(InterviewError::Content(e.to_string()).into()),
    }
}

/// Which interview-day items the user ticked (one record per vault).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayChecklist {
    #[serde(default)]
    pub checked: Vec<String>,
}

impl Record for DayChecklist {
    const COLLECTION: &'static str = "interview-day";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_day_checklist_is_valid() {
        let items = day_checklist_items().unwrap();
        for id in [
            "invitation-letter",
            "identity-documents",
            "supporting-documents",
            "notes-copy",
        ] {
            assert!(items.iter().any(|i| i.id == id), "missing {id}");
        }
        assert!(items.iter().all(|i| i.why.ends_with('.')));
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse(
            "d.txt",
            "[a]\ntitle: x\nwhy: y.\nsource: ftp://x\nlast-verified: 2026-01-01\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 4);
    }
}
