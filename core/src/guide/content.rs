//! The content compiled in by `core/build.rs`: `static` arrays of the
//! structs below, generated into `OUT_DIR/content.rs`. Nothing is parsed at
//! start-up; article bodies are parsed (microseconds) when an article is
//! opened or the search index is first built.
//!
//! [`GuideData`] bundles one set of these arrays: [`EMBEDDED`], or one made
//! at run time from a checked content folder (see `loaded.rs`).

use std::sync::OnceLock;

use super::search::SearchIndex;
use super::types::{ContactKind, Topic, TranslationStatus};
use crate::i18n::Language;

/// The articles, glossary, contacts and Fluent files a [`super::Guide`]
/// reads, and its search index, built on the first search.
pub(crate) struct GuideData {
    pub articles: &'static [ArticleData],
    pub glossary: &'static [TermData],
    pub contacts: &'static [ContactData],
    /// Listed in the coverage table; the UI strings used for notices are
    /// always the embedded ones.
    pub ftl_files: &'static [FtlData],
    pub files_read: usize,
    pub notes: &'static [&'static str],
    pub index: OnceLock<SearchIndex>,
}

/// The content compiled in.
pub(crate) static EMBEDDED: GuideData = GuideData {
    articles: ARTICLES,
    glossary: GLOSSARY,
    contacts: CONTACTS,
    ftl_files: FTL_FILES,
    files_read: CONTENT_FILES_READ,
    notes: BUILD_NOTES,
    index: OnceLock::new(),
};

/// `content/guide/<slug>/`.
pub(crate) struct ArticleData {
    pub slug: &'static str,
    pub topic: Topic,
    pub related: &'static [&'static str],
    /// `seed:<file>` or `https://...`.
    pub sources: &'static [&'static str],
    /// (year, month, day), checked by the build.
    pub last_verified: (i32, u32, u32),
    /// In the order of `Language::ALL`; English is always there.
    pub texts: &'static [ArticleTextData],
}

/// `content/guide/<slug>/<lang>.md`.
pub(crate) struct ArticleTextData {
    pub lang: Language,
    pub status: TranslationStatus,
    pub title: &'static str,
    pub summary: &'static str,
    /// Markdown subset, checked by the build.
    pub body: &'static str,
}

/// A glossary term (`content/glossary/`).
pub(crate) struct TermData {
    pub id: &'static str,
    pub official_nl: &'static str,
    pub official_fr: &'static str,
    pub see: &'static [&'static str],
    pub sources: &'static [&'static str],
    pub texts: &'static [TermTextData],
}

/// A term in one language.
pub(crate) struct TermTextData {
    pub lang: Language,
    pub status: TranslationStatus,
    pub term: &'static str,
    pub text: &'static str,
}

/// A contact (`content/contacts/`).
pub(crate) struct ContactData {
    pub id: &'static str,
    pub kind: ContactKind,
    pub name: &'static str,
    pub address: Option<&'static str>,
    pub phone: Option<&'static str>,
    pub email: Option<&'static str>,
    pub hours: Option<&'static str>,
    pub web: Option<&'static str>,
    pub languages: &'static [&'static str],
    pub sources: &'static [&'static str],
    pub last_verified: (i32, u32, u32),
    pub texts: &'static [ContactTextData],
}

/// A contact's text in one language.
pub(crate) struct ContactTextData {
    pub lang: Language,
    pub status: TranslationStatus,
    pub text: &'static str,
}

/// A Fluent file (`content/i18n/<lang>/<name>.ftl`).
pub(crate) struct FtlData {
    pub lang: Language,
    pub name: &'static str,
    pub status: TranslationStatus,
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// Picks the first language of `chain` that `texts` has.
pub(crate) fn pick<'a, T>(
    texts: &'a [T],
    chain: &crate::i18n::LanguageChain,
    lang: impl Fn(&T) -> Language,
) -> Option<&'a T> {
    chain
        .languages()
        .iter()
        .find_map(|wanted| texts.iter().find(|t| lang(t) == *wanted))
}

/// A generated (year, month, day) as a date.
pub(crate) fn date((y, m, d): (i32, u32, u32)) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}
