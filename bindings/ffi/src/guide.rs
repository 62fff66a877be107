//! The bundled guide: articles, glossary, contacts and offline search, in
//! the nine languages. Needs no vault: [`PassageGuide`] is its own object.
//!
//! Every call takes `languages`, a language chain as returned by
//! `negotiate_languages` (see `i18n.rs`); each text comes in the first
//! language of the chain it exists in, and says which (`language`).
//! Topics, contact kinds and translation statuses cross as stable text ids.
//!
//! Search results mark the matched words with [`TextRange`]s in **UTF-16
//! code units** (converted here from the core's UTF-8 byte offsets), which
//! is what Kotlin `String` indices and Swift `NSRange`/`String.utf16` use:
//! Kotlin `text.substring(r.start, r.end)`, Swift
//! `NSRange(location: r.start, length: r.end - r.start)`.

use crate::blocking::off_thread;
use crate::i18n::{chain, WritingDirection};
use crate::PassageError;
use passage_core::guide::search::SearchIndex;
use passage_core::guide::{
    self as core_guide, Block, Guide, Highlighted, Link, SearchItem, Source, Span,
};
use std::ops::Range;
use std::sync::Arc;

/// Where a text's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum GuideSource {
    /// A document bundled with the project (`shared/seeds/<file>`), with
    /// the title to show for it.
    Seed { file: String, title: String },
    /// A public web page.
    Web { url: String },
}

impl From<&Source> for GuideSource {
    fn from(s: &Source) -> Self {
        match s {
            Source::Seed { file } => GuideSource::Seed {
                file: file.clone(),
                title: s.to_string(),
            },
            Source::Web { url } => GuideSource::Web { url: url.clone() },
        }
    }
}

fn sources(s: &[Source]) -> Vec<GuideSource> {
    s.iter().map(GuideSource::from).collect()
}

/// Where a link in an article points.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum GuideLink {
    /// Another article, by slug.
    Article { slug: String },
    /// A web page (always `https://`).
    Web { url: String },
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GuideSpan {
    pub text: String,
    pub bold: bool,
    pub link: Option<GuideLink>,
}

fn spans(s: &[Span]) -> Vec<GuideSpan> {
    s.iter()
        .map(|s| GuideSpan {
            text: s.text.clone(),
            bold: s.bold,
            link: s.link.as_ref().map(|l| match l {
                Link::Article(slug) => GuideLink::Article { slug: slug.clone() },
                Link::Web(url) => GuideLink::Web { url: url.clone() },
            }),
        })
        .collect()
}

/// One block of an article body, to render natively.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum GuideBlock {
    Heading {
        spans: Vec<GuideSpan>,
    },
    Paragraph {
        spans: Vec<GuideSpan>,
    },
    /// One list of spans per bullet.
    BulletList {
        items: Vec<Vec<GuideSpan>>,
    },
}

impl From<&Block> for GuideBlock {
    fn from(b: &Block) -> Self {
        match b {
            Block::Heading(s) => GuideBlock::Heading { spans: spans(s) },
            Block::Paragraph(s) => GuideBlock::Paragraph { spans: spans(s) },
            Block::BulletList(items) => GuideBlock::BulletList {
                items: items.iter().map(|i| spans(i)).collect(),
            },
        }
    }
}

/// One line of the article list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GuideArticleSummary {
    pub slug: String,
    /// `procedure`, `interview`, `documents`, `legal-aid`, `protection`,
    /// `after-recognition`, `special-situations`, `help` (heading: UI
    /// message `guide-topic-<topic>`).
    pub topic: String,
    pub title: String,
    pub summary: String,
    /// The language of `title` and `summary`.
    pub language: String,
    pub direction: WritingDirection,
    /// `original`, `reviewed` or `machine-drafted`.
    pub translation_status: String,
}

/// A related article, titled in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GuideRelatedArticle {
    pub slug: String,
    pub title: String,
}

/// An article ready to render.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GuideArticle {
    pub slug: String,
    pub topic: String,
    /// The reader's language (first of the chain).
    pub language_requested: String,
    /// The language of the text.
    pub language: String,
    pub direction: WritingDirection,
    pub translation_status: String,
    /// Set when the text is not in the reader's language; in the reader's
    /// language. Show it above the text.
    pub fallback_notice: Option<String>,
    /// Set when the text was machine-drafted (not yet checked by a
    /// person). Show it above the text.
    pub needs_review_notice: Option<String>,
    pub title: String,
    pub summary: String,
    pub blocks: Vec<GuideBlock>,
    pub related: Vec<GuideRelatedArticle>,
    pub sources: Vec<GuideSource>,
    /// `YYYY-MM-DD`.
    pub last_verified: String,
    /// "Last checked on 3 March 2026.", in the reader's language.
    pub last_verified_text: String,
    /// Codes of the languages the article exists in.
    pub available_languages: Vec<String>,
}

impl From<core_guide::ArticleView> for GuideArticle {
    fn from(a: core_guide::ArticleView) -> Self {
        GuideArticle {
            slug: a.slug,
            topic: a.topic.code().to_string(),
            language_requested: a.lang_requested.code().to_string(),
            language: a.lang_shown.code().to_string(),
            direction: a.direction.into(),
            translation_status: a.translation_status.code().to_string(),
            fallback_notice: a.fallback_notice,
            needs_review_notice: a.needs_review_notice,
            title: a.title,
            summary: a.summary,
            blocks: a.blocks.iter().map(GuideBlock::from).collect(),
            related: a
                .related
                .into_iter()
                .map(|r| GuideRelatedArticle {
                    slug: r.slug,
                    title: r.title,
                })
                .collect(),
            sources: sources(&a.sources),
            last_verified: a.last_verified.to_string(),
            last_verified_text: a.last_verified_text,
            available_languages: a
                .available_languages
                .iter()
                .map(|l| l.code().to_string())
                .collect(),
        }
    }
}

/// A glossary term, with its official Dutch and French names as printed
/// on letters.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GlossaryEntry {
    pub id: String,
    pub term: String,
    pub official_nl: String,
    pub official_fr: String,
    pub text: String,
    pub language: String,
    pub direction: WritingDirection,
    pub translation_status: String,
    /// Ids of related terms.
    pub see: Vec<String>,
    pub sources: Vec<GuideSource>,
}

impl From<core_guide::GlossaryEntry> for GlossaryEntry {
    fn from(g: core_guide::GlossaryEntry) -> Self {
        GlossaryEntry {
            id: g.id,
            term: g.term,
            official_nl: g.official_nl,
            official_fr: g.official_fr,
            text: g.text,
            language: g.lang_shown.code().to_string(),
            direction: g.direction.into(),
            translation_status: g.translation_status.code().to_string(),
            see: g.see,
            sources: sources(&g.sources),
        }
    }
}

/// A place to call or visit.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GuideContact {
    pub id: String,
    /// `authority`, `court`, `reception`, `legal-aid`, `ngo`,
    /// `municipality`, `emergency`.
    pub kind: String,
    pub name: String,
    /// What they do for you.
    pub text: String,
    pub language: String,
    pub direction: WritingDirection,
    pub translation_status: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: Option<String>,
    pub web: Option<String>,
    /// Codes of the languages spoken there.
    pub languages_spoken: Vec<String>,
    pub sources: Vec<GuideSource>,
    /// `YYYY-MM-DD`.
    pub last_verified: String,
}

impl From<core_guide::ContactView> for GuideContact {
    fn from(c: core_guide::ContactView) -> Self {
        GuideContact {
            id: c.id,
            kind: c.kind.code().to_string(),
            name: c.name,
            text: c.text,
            language: c.lang_shown.code().to_string(),
            direction: c.lang_shown.direction().into(),
            translation_status: c.translation_status.code().to_string(),
            address: c.address,
            phone: c.phone,
            email: c.email,
            hours: c.hours,
            web: c.web,
            languages_spoken: c.languages,
            sources: sources(&c.sources),
            last_verified: c.last_verified.to_string(),
        }
    }
}

/// A range of a text in UTF-16 code units: `start` inclusive, `end`
/// exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

/// A text with its matched words marked.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HighlightedText {
    pub text: String,
    /// Sorted, non-overlapping, in UTF-16 code units.
    pub matches: Vec<TextRange>,
}

fn utf16_len(s: &str) -> u32 {
    u32::try_from(s.encode_utf16().count()).unwrap_or(u32::MAX)
}

/// UTF-8 byte range -> UTF-16 code-unit range (`None` if the range is not
/// on character boundaries, which the core never produces).
pub(crate) fn utf16_range(text: &str, bytes: &Range<usize>) -> Option<TextRange> {
    let before = text.get(..bytes.start)?;
    let inside = text.get(bytes.clone())?;
    let start = utf16_len(before);
    Some(TextRange {
        start,
        end: start.saturating_add(utf16_len(inside)),
    })
}

impl From<Highlighted> for HighlightedText {
    fn from(h: Highlighted) -> Self {
        let matches = h
            .matches
            .iter()
            .filter_map(|r| utf16_range(&h.text, r))
            .collect();
        HighlightedText {
            text: h.text,
            matches,
        }
    }
}

/// What a search hit points to.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum GuideSearchItem {
    Article { slug: String },
    Glossary { id: String },
    Contact { id: String },
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GuideSearchHit {
    pub item: GuideSearchItem,
    /// The language of the text that matched (and of `title`, `snippet`).
    pub language: String,
    pub direction: WritingDirection,
    /// The title, matched words marked.
    pub title: HighlightedText,
    /// A short extract around the first match (or the summary).
    pub snippet: HighlightedText,
    /// Higher is better; only meaningful within one search.
    pub score: u32,
}

impl From<core_guide::SearchHit> for GuideSearchHit {
    fn from(h: core_guide::SearchHit) -> Self {
        GuideSearchHit {
            item: match h.item {
                SearchItem::Article { slug } => GuideSearchItem::Article { slug },
                SearchItem::Glossary { id } => GuideSearchItem::Glossary { id },
                SearchItem::Contact { id } => GuideSearchItem::Contact { id },
            },
            language: h.lang.code().to_string(),
            direction: h.lang.direction().into(),
            title: h.title.into(),
            snippet: h.snippet.into(),
            score: h.score,
        }
    }
}

/// The embedded guide. Cheap to create; all its data is compiled into the
/// library. The search index is built once per process, by `prepare()` or
/// else by the first search.
#[derive(uniffi::Object)]
pub struct PassageGuide {
    guide: Guide,
}

#[uniffi::export]
impl PassageGuide {
    #[uniffi::constructor]
    pub fn new() -> Arc<Self> {
        Arc::new(PassageGuide {
            guide: Guide::new(),
        })
    }

    /// Builds the search index on a background thread (once per process;
    /// later calls return at once). Call it at start so that the first
    /// search does not build it on the caller's thread.
    pub async fn prepare(&self) -> Result<(), PassageError> {
        off_thread("passage-guide-index", || {
            SearchIndex::embedded();
            Ok(())
        })
        .await
    }

    /// Every article, in topic order.
    pub fn articles(
        &self,
        languages: Vec<String>,
    ) -> Result<Vec<GuideArticleSummary>, PassageError> {
        let chain = chain(&languages)?;
        Ok(self
            .guide
            .articles(&chain)
            .into_iter()
            .map(|a| GuideArticleSummary {
                slug: a.slug,
                topic: a.topic.code().to_string(),
                title: a.title,
                summary: a.summary,
                language: a.lang_shown.code().to_string(),
                direction: a.lang_shown.direction().into(),
                translation_status: a.translation_status.code().to_string(),
            })
            .collect())
    }

    /// One article with the notices the reader must see. `NotFound` for
    /// an unknown slug.
    pub fn article(
        &self,
        slug: String,
        languages: Vec<String>,
    ) -> Result<GuideArticle, PassageError> {
        let chain = chain(&languages)?;
        Ok(self.guide.article(&slug, &chain)?.into())
    }

    /// Every glossary term, sorted by its name in the language shown.
    pub fn glossary(&self, languages: Vec<String>) -> Result<Vec<GlossaryEntry>, PassageError> {
        let chain = chain(&languages)?;
        Ok(self
            .guide
            .glossary(&chain)
            .into_iter()
            .map(GlossaryEntry::from)
            .collect())
    }

    /// The term with this id or name (in any language, official Dutch and
    /// French names too; case, accents and Arabic letter variants do not
    /// matter). `NotFound` when there is none.
    pub fn glossary_entry(
        &self,
        id_or_term: String,
        languages: Vec<String>,
    ) -> Result<GlossaryEntry, PassageError> {
        let chain = chain(&languages)?;
        Ok(self.guide.glossary_entry(&id_or_term, &chain)?.into())
    }

    /// Every contact.
    pub fn contacts(&self, languages: Vec<String>) -> Result<Vec<GuideContact>, PassageError> {
        let chain = chain(&languages)?;
        Ok(self
            .guide
            .contacts(&chain)
            .into_iter()
            .map(GuideContact::from)
            .collect())
    }

    /// One contact by id. `NotFound` for an unknown id.
    pub fn contact(
        &self,
        id: String,
        languages: Vec<String>,
    ) -> Result<GuideContact, PassageError> {
        let chain = chain(&languages)?;
        Ok(self.guide.contact(&id, &chain)?.into())
    }

    /// Searches articles, glossary and contacts in the languages of the
    /// chain (English included); best first, one hit per item, at most
    /// `limit`. The last word of `query` also matches as a prefix (search
    /// as you type). Case, accents, Arabic letter variants, tashkeel and
    /// ZWNJ do not matter.
    #[uniffi::method(default(limit = 20))]
    pub fn search(
        &self,
        query: String,
        languages: Vec<String>,
        limit: u32,
    ) -> Result<Vec<GuideSearchHit>, PassageError> {
        let chain = chain(&languages)?;
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        Ok(self
            .guide
            .search(&query, &chain, limit)
            .into_iter()
            .map(GuideSearchHit::from)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_ranges_become_utf16_ranges() {
        // "é" is 2 bytes and 1 UTF-16 unit; "𝄞" is 4 bytes and 2 units.
        let text = "é𝄞 پناهندگی x";
        let word = "پناهندگی";
        let start = text.find(word).unwrap();
        let r = utf16_range(text, &(start..start + word.len())).unwrap();
        assert_eq!((r.start, r.end), (4, 4 + 8));
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[r.start as usize..r.end as usize]).unwrap(),
            word
        );
        assert_eq!(utf16_range(text, &(1..3)), None, "inside a character");
    }

    fn utf16_slice(text: &str, r: &TextRange) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16_lossy(&units[r.start as usize..r.end as usize])
    }

    #[test]
    fn an_unknown_language_or_slug_is_a_typed_error() {
        let guide = PassageGuide::new();
        let e = guide.search("asylum".into(), vec!["de".into()], 5);
        assert!(
            matches!(e, Err(PassageError::InvalidInput { ref field, .. }) if field == "language")
        );
        let e = guide.article("no-such-article".into(), vec![]);
        assert!(matches!(e, Err(PassageError::NotFound { .. })));
        let fa = guide
            .article("procedure-overview".into(), vec!["fa".into()])
            .unwrap();
        assert_eq!(
            (fa.language.as_str(), fa.direction),
            ("fa", WritingDirection::Rtl)
        );
        assert!(fa.needs_review_notice.is_some() && fa.fallback_notice.is_none());
        assert!(!fa.blocks.is_empty());
        assert!(!guide.glossary(vec!["ps".into()]).unwrap().is_empty());
        assert!(!guide.contacts(vec!["ti".into()]).unwrap().is_empty());
        assert_eq!(guide.articles(vec![]).unwrap().len(), 26);
    }

    #[test]
    fn arabic_and_farsi_searches_mark_the_words_in_utf16() {
        let guide = PassageGuide::new();
        // The Arabic text writes إجراءات (alef with hamza below): the
        // plain-alef spelling finds it too, and the mark covers the text's
        // own spelling.
        let cases = [
            ("ar", "اللجوء", "اللجوء"),
            ("ar", "اجراءات", "إجراءات"),
            ("fa", "پناهندگی", "پناهندگی"),
        ];
        for (lang, query, word) in cases {
            let hits = guide.search(query.into(), vec![lang.into()], 10).unwrap();
            let hit = hits
                .iter()
                .find(|h| {
                    h.item
                        == GuideSearchItem::Article {
                            slug: "procedure-overview".into(),
                        }
                })
                .unwrap_or_else(|| panic!("{lang} {query}: {hits:#?}"));
            assert_eq!(hit.language, lang);
            assert_eq!(hit.direction, WritingDirection::Rtl);
            let marked: Vec<String> = hit
                .title
                .matches
                .iter()
                .map(|r| utf16_slice(&hit.title.text, r))
                .collect();
            assert_eq!(marked, [word], "{}", hit.title.text);
        }
    }
}
