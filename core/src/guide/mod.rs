//! The bundled guidance: articles, glossary and contacts in nine
//! languages, compiled in at build time, searchable offline.
//!
//! - [`Guide`]: the one entry point for the shells and the CLI.
//! - [`markdown`]: the article body tree ([`Block`], [`Span`], [`Link`]).
//! - [`search`]: the offline index.
//! - [`validator`]: the content checker the build runs (also usable at run
//!   time on a folder, for writers).

pub(crate) mod content;

mod articles;
mod contacts;
mod coverage;
mod error;
mod glossary;
pub mod search;
mod types;

#[path = "../../build/content/mod.rs"]
pub mod validator;

pub use validator::markdown;

pub use articles::{ArticleSummary, ArticleView, RelatedArticle};
pub use contacts::ContactView;
pub use coverage::{Coverage, CoverageRow};
pub use error::GuideError;
pub use glossary::GlossaryEntry;
pub use markdown::{Block, Link, Span};
pub use search::{Highlighted, SearchHit, SearchItem};
pub use types::{ContactKind, Source, Topic, TranslationStatus};

use crate::i18n::LanguageChain;
use crate::Result;

/// The embedded guide. Cheap to create; all data is static and the search
/// index is built once, on the first search.
#[derive(Debug, Clone, Copy, Default)]
pub struct Guide;

impl Guide {
    pub fn new() -> Self {
        Guide
    }

    /// Every article, in topic order, each in the first language of
    /// `chain` it exists in.
    pub fn articles(&self, chain: &LanguageChain) -> Vec<ArticleSummary> {
        articles::list(chain)
    }

    /// One article in the first language of `chain` it exists in, with the
    /// notices the reader must see. `NotFound` for an unknown slug.
    pub fn article(&self, slug: &str, chain: &LanguageChain) -> Result<ArticleView> {
        articles::view(slug, chain)
    }

    /// Every glossary term.
    pub fn glossary(&self, chain: &LanguageChain) -> Vec<GlossaryEntry> {
        glossary::list(chain)
    }

    /// The term with this id or name (any language, official names too).
    pub fn glossary_entry(&self, id_or_term: &str, chain: &LanguageChain) -> Result<GlossaryEntry> {
        glossary::lookup(id_or_term, chain)
    }

    /// Every contact.
    pub fn contacts(&self, chain: &LanguageChain) -> Vec<ContactView> {
        contacts::list(chain)
    }

    /// One contact by id.
    pub fn contact(&self, id: &str, chain: &LanguageChain) -> Result<ContactView> {
        contacts::get(id, chain)
    }

    /// Searches articles, glossary and contacts in the languages of
    /// `chain` (which always includes English); best first, at most `limit`.
    pub fn search(&self, query: &str, chain: &LanguageChain, limit: usize) -> Vec<SearchHit> {
        search::SearchIndex::embedded().search(query, chain, limit)
    }

    /// Which texts exist in which language.
    pub fn coverage(&self) -> Coverage {
        coverage::coverage()
    }
}
