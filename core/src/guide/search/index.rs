//! The inverted index: a sorted term list and, per term, the documents and
//! fields it occurs in.

use std::collections::HashMap;
use std::ops::Range;

use super::documents::{self, Document, FieldKind};
use super::highlight::{highlight, opening, snippet};
use super::tokenize::{index_tokens, query_words, QueryWord};
use super::{SearchHit, SearchItem};
use crate::guide::content::{GuideData, EMBEDDED};
use crate::i18n::LanguageChain;

/// At most this many query words count (the rest is ignored).
const MAX_QUERY_WORDS: usize = 8;
/// Length of snippets, in characters.
const SNIPPET_CHARS: usize = 120;
/// Each matched query word counts more than any field weighting.
const PER_WORD: u32 = 1000;

/// One document a term occurs in, with the fields (bits of `FieldKind`).
#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    fields: u8,
}

/// The search index. Build it once; searching only reads it.
#[derive(Debug)]
pub struct SearchIndex {
    docs: Vec<Document>,
    /// Sorted, unique folded words.
    terms: Vec<Box<str>>,
    /// Postings of `terms[i]` are `postings[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<u32>,
    postings: Vec<Posting>,
}

impl SearchIndex {
    /// The index of the embedded content, built on first use.
    pub fn embedded() -> &'static SearchIndex {
        SearchIndex::of(&EMBEDDED)
    }

    /// The index of `data`, built on first use.
    pub(crate) fn of(data: &'static GuideData) -> &'static SearchIndex {
        data.index
            .get_or_init(|| SearchIndex::build(documents::of(data)))
    }

    /// A fresh index of the embedded content (for measuring the build).
    pub fn build_embedded() -> SearchIndex {
        SearchIndex::build(documents::embedded())
    }

    /// Indexes `docs`.
    pub fn build(docs: Vec<Document>) -> SearchIndex {
        let mut by_term: HashMap<String, Vec<Posting>> = HashMap::new();
        let mut in_doc: HashMap<String, u8> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            in_doc.clear();
            for field in &doc.fields {
                for token in index_tokens(&field.text) {
                    *in_doc.entry(token.text).or_default() |= field.kind.bit();
                }
            }
            for (term, fields) in in_doc.drain() {
                let posting = Posting {
                    doc: id as u32,
                    fields,
                };
                by_term.entry(term).or_default().push(posting);
            }
        }
        let mut entries: Vec<(String, Vec<Posting>)> = by_term.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut terms = Vec::with_capacity(entries.len());
        let mut offsets = Vec::with_capacity(entries.len() + 1);
        let mut postings = Vec::new();
        offsets.push(0);
        for (term, mut list) in entries {
            list.sort_unstable_by_key(|p| p.doc);
            terms.push(term.into_boxed_str());
            postings.extend(list);
            offsets.push(postings.len() as u32);
        }
        SearchIndex {
            docs,
            terms,
            offsets,
            postings,
        }
    }

    /// Number of documents (item x language).
    pub fn document_count(&self) -> usize {
        self.docs.len()
    }

    /// Number of distinct folded words.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    fn postings_of(&self, term: usize) -> &[Posting] {
        let start = self.offsets[term] as usize;
        let end = self.offsets[term + 1] as usize;
        &self.postings[start..end]
    }

    /// Indices of the terms that equal `form`, or start with it.
    fn matching_terms(&self, form: &str, prefix: bool) -> Range<usize> {
        let start = self.terms.partition_point(|t| &**t < form);
        let end = if prefix {
            start + self.terms[start..].partition_point(|t| t.starts_with(form))
        } else {
            start + usize::from(self.terms.get(start).is_some_and(|t| &**t == form))
        };
        start..end
    }

    /// Searches the documents in the languages of `chain`; best first, one
    /// hit per item, at most `limit`.
    pub fn search(&self, query: &str, chain: &LanguageChain, limit: usize) -> Vec<SearchHit> {
        let words = query_words(query, MAX_QUERY_WORDS);
        if words.is_empty() || limit == 0 {
            return Vec::new();
        }
        let allowed: Vec<bool> = self.docs.iter().map(|d| chain.contains(d.lang)).collect();
        let scores = self.score(&words, &allowed);
        let best = best_per_item(&self.docs, scores, chain);
        best.into_iter()
            .take(limit)
            .map(|(doc, score, fields)| self.hit(doc, score, fields, &words))
            .collect()
    }

    /// (document, score, fields that matched) of every document matching
    /// at least one word.
    fn score(&self, words: &[QueryWord], allowed: &[bool]) -> Vec<(usize, u32, u8)> {
        let n = self.docs.len();
        let mut total = vec![0u32; n];
        let mut fields = vec![0u8; n];
        let mut best = vec![0u8; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        for word in words {
            for form in &word.forms {
                for term in self.matching_terms(form, word.prefix) {
                    let exact = &*self.terms[term] == form.as_str();
                    for posting in self.postings_of(term) {
                        let doc = posting.doc as usize;
                        if !allowed[doc] {
                            continue;
                        }
                        let weight = field_weight(posting.fields) * if exact { 2 } else { 1 };
                        if best[doc] == 0 {
                            touched.push(doc);
                        }
                        best[doc] = best[doc].max(weight);
                        fields[doc] |= posting.fields;
                    }
                }
            }
            for &doc in &touched {
                if total[doc] == 0 {
                    candidates.push(doc);
                }
                total[doc] += PER_WORD + u32::from(best[doc]);
                best[doc] = 0;
            }
            touched.clear();
        }
        candidates
            .into_iter()
            .map(|doc| (doc, total[doc], fields[doc]))
            .collect()
    }

    /// The hit for `doc`; `fields` (bits) says which fields matched, so
    /// that only those are scanned for a snippet.
    fn hit(&self, doc: usize, score: u32, fields: u8, words: &[QueryWord]) -> SearchHit {
        let document = &self.docs[doc];
        let mut found = None;
        let matched = document
            .fields
            .iter()
            .filter(|f| f.kind != FieldKind::Title && fields & f.kind.bit() != 0);
        for field in matched {
            found = snippet(&field.text, words, SNIPPET_CHARS);
            if found.is_some() {
                break;
            }
        }
        let snippet = found.unwrap_or_else(|| {
            let first = document.fields.iter().find(|f| f.kind != FieldKind::Title);
            opening(first.map_or("", |f| f.text.as_str()), SNIPPET_CHARS)
        });
        SearchHit {
            item: document.item.clone(),
            lang: document.lang,
            title: highlight(document.title(), words),
            snippet,
            score,
        }
    }
}

fn field_weight(fields: u8) -> u8 {
    if fields & FieldKind::Title.bit() != 0 {
        4
    } else if fields & FieldKind::Summary.bit() != 0 {
        2
    } else {
        1
    }
}

/// Keeps each item's best document (higher score, then the language the
/// reader prefers), sorted best first; ties keep content order.
fn best_per_item(
    docs: &[Document],
    scores: Vec<(usize, u32, u8)>,
    chain: &LanguageChain,
) -> Vec<(usize, u32, u8)> {
    let mut best: HashMap<&SearchItem, (usize, u32, u8)> = HashMap::new();
    for (doc, score, fields) in scores {
        let rank = chain.rank(docs[doc].lang);
        let entry = best.entry(&docs[doc].item).or_insert((doc, score, fields));
        let (kept, kept_score, _) = *entry;
        let better =
            score > kept_score || (score == kept_score && rank < chain.rank(docs[kept].lang));
        if better {
            *entry = (doc, score, fields);
        }
    }
    let mut out: Vec<(usize, u32, u8)> = best.into_values().collect();
    out.sort_unstable_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| chain.rank(docs[a.0].lang).cmp(&chain.rank(docs[b.0].lang)))
            .then_with(|| a.0.cmp(&b.0))
    });
    out
}
