//! Offline search over articles, glossary and contacts.
//!
//! The index ([`SearchIndex`]) is built once, on first use, from the
//! embedded content: every text is split into folded words
//! ([`normalize`], [`tokenize`]) and kept in a sorted term list with, per
//! term, the documents and fields it occurs in. A query is folded the same
//! way; each word is looked up exactly, the last one (being typed) by
//! prefix with a binary search on the sorted terms. Documents are ranked by
//! how many query words they match, then by where (title > summary >
//! body, exact > prefix); each item appears once, in the reader's language
//! when it matched there.

mod documents;
mod highlight;
mod index;
pub mod normalize;
pub mod tokenize;

use serde::Serialize;

pub use documents::{embedded as embedded_documents, Document, Field, FieldKind};
pub use highlight::Highlighted;
pub use index::SearchIndex;

use crate::i18n::Language;

/// What a search hit points to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum SearchItem {
    Article { slug: String },
    Glossary { id: String },
    Contact { id: String },
}

/// One result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    pub item: SearchItem,
    /// The language of the text that matched (and of `title`, `snippet`).
    pub lang: Language,
    /// The title with the matched words marked.
    pub title: Highlighted,
    /// A short extract around the first match (or the summary).
    pub snippet: Highlighted,
    /// Higher is better; only meaningful within one search.
    pub score: u32,
}
