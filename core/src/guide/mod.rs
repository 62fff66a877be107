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
mod loaded;
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

use std::fmt;

use crate::i18n::LanguageChain;
use crate::Result;
use content::GuideData;

/// The guide: the embedded one ([`Guide::new`]), or one made from a
/// checked content folder ([`Guide::from_content`]). Cheap to copy; the
/// data is static and the search index is built once, on the first search.
#[derive(Clone, Copy)]
pub struct Guide {
    data: &'static GuideData,
}

impl Default for Guide {
    fn default() -> Self {
        Guide::new()
    }
}

impl fmt::Debug for Guide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Guide")
            .field("articles", &self.data.articles.len())
            .field("glossary", &self.data.glossary.len())
            .field("contacts", &self.data.contacts.len())
            .finish()
    }
}

impl Guide {
    /// The content compiled in.
    pub fn new() -> Self {
        Guide {
            data: &content::EMBEDDED,
        }
    }

    /// A guide of the articles, glossary and contacts of a content folder
    /// checked with [`validator::validate`], for tests and writers'
    /// previews:
    ///
    /// ```no_run
    /// # use passage_core::guide::{validator, Guide};
    /// let validated = validator::validate("content".as_ref(), None);
    /// let guide = Guide::from_content(&validated)?;
    /// # Ok::<(), passage_core::Error>(())
    /// ```
    ///
    /// Notices and dates still use the embedded UI strings. The content is
    /// kept until the process ends (it is never freed): make one guide per
    /// folder, not one per request. `InvalidInput` if the check reported
    /// errors.
    pub fn from_content(validated: &validator::Validated) -> Result<Guide> {
        Ok(Guide {
            data: loaded::leak(validated)?,
        })
    }

    /// Every article, in topic order, each in the first language of
    /// `chain` it exists in.
    pub fn articles(&self, chain: &LanguageChain) -> Vec<ArticleSummary> {
        articles::list(self.data, chain)
    }

    /// One article in the first language of `chain` it exists in, with the
    /// notices the reader must see. `NotFound` for an unknown slug.
    pub fn article(&self, slug: &str, chain: &LanguageChain) -> Result<ArticleView> {
        articles::view(self.data, slug, chain)
    }

    /// Every glossary term.
    pub fn glossary(&self, chain: &LanguageChain) -> Vec<GlossaryEntry> {
        glossary::list(self.data, chain)
    }

    /// The term with this id or name (any language, official names too).
    pub fn glossary_entry(&self, id_or_term: &str, chain: &LanguageChain) -> Result<GlossaryEntry> {
        glossary::lookup(self.data, id_or_term, chain)
    }

    /// Every contact.
    pub fn contacts(&self, chain: &LanguageChain) -> Vec<ContactView> {
        contacts::list(self.data, chain)
    }

    /// One contact by id.
    pub fn contact(&self, id: &str, chain: &LanguageChain) -> Result<ContactView> {
        contacts::get(self.data, id, chain)
    }

    /// Searches articles, glossary and contacts in the languages of
    /// `chain` (which always includes English); best first, at most `limit`.
    pub fn search(&self, query: &str, chain: &LanguageChain, limit: usize) -> Vec<SearchHit> {
        search::SearchIndex::of(self.data).search(query, chain, limit)
    }

    /// Which texts exist in which language.
    pub fn coverage(&self) -> Coverage {
        coverage::coverage(self.data)
    }
}
