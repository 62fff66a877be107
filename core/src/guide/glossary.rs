//! Glossary: the words on official letters, explained.

use serde::Serialize;

use super::content::{pick, GuideData, TermData};
use super::search::normalize::fold;
use super::types::{Source, TranslationStatus};
use super::GuideError;
use crate::i18n::{Direction, Language, LanguageChain};
use crate::Result;

/// A term in the reader's language, with its official Dutch and French
/// names as printed on letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GlossaryEntry {
    pub id: String,
    pub term: String,
    pub official_nl: String,
    pub official_fr: String,
    pub text: String,
    pub lang_shown: Language,
    pub direction: Direction,
    pub translation_status: TranslationStatus,
    /// Ids of related terms.
    pub see: Vec<String>,
    pub sources: Vec<Source>,
}

fn entry(term: &'static TermData, chain: &LanguageChain) -> Option<GlossaryEntry> {
    let text = pick(term.texts, chain, |t| t.lang)?;
    Some(GlossaryEntry {
        id: term.id.to_string(),
        term: text.term.to_string(),
        official_nl: term.official_nl.to_string(),
        official_fr: term.official_fr.to_string(),
        text: text.text.to_string(),
        lang_shown: text.lang,
        direction: text.lang.direction(),
        translation_status: text.status,
        see: term.see.iter().map(|s| s.to_string()).collect(),
        sources: Source::all(term.sources),
    })
}

/// Every term, sorted by its name in the language shown.
pub(crate) fn list(data: &'static GuideData, chain: &LanguageChain) -> Vec<GlossaryEntry> {
    let mut entries: Vec<GlossaryEntry> = data
        .glossary
        .iter()
        .filter_map(|t| entry(t, chain))
        .collect();
    entries.sort_by_key(|e| fold(&e.term));
    entries
}

/// The term whose id, name (in any language) or official name equals
/// `id_or_term`, ignoring case, accents and Arabic letter variants.
pub(crate) fn lookup(
    data: &'static GuideData,
    id_or_term: &str,
    chain: &LanguageChain,
) -> Result<GlossaryEntry> {
    let wanted = fold(id_or_term.trim());
    let found = data.glossary.iter().find(|term| {
        term.id == id_or_term.trim()
            || fold(term.official_nl) == wanted
            || fold(term.official_fr) == wanted
            || term.texts.iter().any(|t| fold(t.term) == wanted)
    });
    let term = found.ok_or(GuideError::UnknownTerm)?;
    Ok(entry(term, chain).ok_or(GuideError::UnknownTerm)?)
}
