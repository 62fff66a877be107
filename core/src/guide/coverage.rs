//! Which texts exist in which language, with which status.

use serde::Serialize;

use super::content::GuideData;
use super::types::TranslationStatus;
use crate::i18n::Language;

/// One row of the coverage table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverageRow {
    /// `article`, `glossary`, `contacts` or `ui`.
    pub kind: &'static str,
    /// Slug, or file name for UI strings, or `*` for glossary/contacts.
    pub id: String,
    /// For each language of `Language::ALL`, the status, or `None`.
    pub statuses: Vec<(Language, Option<TranslationStatus>)>,
}

/// The coverage of a guide's content and what its check reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub rows: Vec<CoverageRow>,
    /// How many content files the build read and checked.
    pub files_checked: usize,
    /// Remarks of the build (checks it skipped).
    pub build_notes: Vec<String>,
}

fn row(
    kind: &'static str,
    id: &str,
    status: impl Fn(Language) -> Option<TranslationStatus>,
) -> CoverageRow {
    CoverageRow {
        kind,
        id: id.to_string(),
        statuses: Language::ALL.iter().map(|&l| (l, status(l))).collect(),
    }
}

/// The coverage table: articles, then glossary, contacts and UI files.
pub(crate) fn coverage(data: &GuideData) -> Coverage {
    let mut rows = Vec::new();
    for article in data.articles {
        rows.push(row("article", article.slug, |l| {
            article.texts.iter().find(|t| t.lang == l).map(|t| t.status)
        }));
    }
    if !data.glossary.is_empty() {
        rows.push(row("glossary", "*", |l| {
            let statuses: Vec<_> = data
                .glossary
                .iter()
                .filter_map(|term| term.texts.iter().find(|t| t.lang == l).map(|t| t.status))
                .collect();
            (statuses.len() == data.glossary.len()).then(|| weakest(&statuses))
        }));
    }
    if !data.contacts.is_empty() {
        rows.push(row("contacts", "*", |l| {
            let statuses: Vec<_> = data
                .contacts
                .iter()
                .filter_map(|c| c.texts.iter().find(|t| t.lang == l).map(|t| t.status))
                .collect();
            (!statuses.is_empty()).then(|| weakest(&statuses))
        }));
    }
    let mut names: Vec<&str> = data.ftl_files.iter().map(|f| f.name).collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        rows.push(row("ui", name, |l| {
            data.ftl_files
                .iter()
                .find(|f| f.lang == l && f.name == name)
                .map(|f| f.status)
        }));
    }
    Coverage {
        rows,
        files_checked: data.files_read,
        build_notes: data.notes.iter().map(|s| s.to_string()).collect(),
    }
}

/// The status that needs most work among `statuses`.
fn weakest(statuses: &[TranslationStatus]) -> TranslationStatus {
    if statuses.contains(&TranslationStatus::MachineDrafted) {
        TranslationStatus::MachineDrafted
    } else if statuses.contains(&TranslationStatus::Reviewed) {
        TranslationStatus::Reviewed
    } else {
        TranslationStatus::Original
    }
}
