//! The searchable documents: one per item and language.

use super::SearchItem;
use crate::guide::articles::body_blocks;
use crate::guide::content::{GuideData, EMBEDDED};
use crate::guide::markdown::plain_text;
use crate::i18n::Language;

/// Where in a document a word is; titles weigh most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Title,
    Summary,
    Body,
}

impl FieldKind {
    pub(crate) fn bit(self) -> u8 {
        match self {
            FieldKind::Title => 1,
            FieldKind::Summary => 2,
            FieldKind::Body => 4,
        }
    }
}

/// One text of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub kind: FieldKind,
    pub text: String,
}

/// A searchable text: an article, term or contact in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub item: SearchItem,
    pub lang: Language,
    /// The first `Title` field is the title shown in results.
    pub fields: Vec<Field>,
}

impl Document {
    pub fn new(item: SearchItem, lang: Language) -> Self {
        Document {
            item,
            lang,
            fields: Vec::new(),
        }
    }

    /// Adds a field (builder style).
    pub fn field(mut self, kind: FieldKind, text: impl Into<String>) -> Self {
        self.fields.push(Field {
            kind,
            text: text.into(),
        });
        self
    }

    /// The title shown in results.
    pub fn title(&self) -> &str {
        self.fields
            .iter()
            .find(|f| f.kind == FieldKind::Title)
            .map_or("", |f| f.text.as_str())
    }
}

/// Every embedded article, term and contact, in every language it has.
pub fn embedded() -> Vec<Document> {
    of(&EMBEDDED)
}

/// Every article, term and contact of `data`, in every language it has.
pub(crate) fn of(data: &GuideData) -> Vec<Document> {
    let mut docs = Vec::new();
    for article in data.articles {
        for text in article.texts {
            let item = SearchItem::Article {
                slug: article.slug.to_string(),
            };
            docs.push(
                Document::new(item, text.lang)
                    .field(FieldKind::Title, text.title)
                    .field(FieldKind::Summary, text.summary)
                    .field(FieldKind::Body, plain_text(&body_blocks(text.body))),
            );
        }
    }
    for term in data.glossary {
        for text in term.texts {
            let item = SearchItem::Glossary {
                id: term.id.to_string(),
            };
            docs.push(
                Document::new(item, text.lang)
                    .field(FieldKind::Title, text.term)
                    .field(FieldKind::Title, term.official_nl)
                    .field(FieldKind::Title, term.official_fr)
                    .field(FieldKind::Summary, text.text),
            );
        }
    }
    for contact in data.contacts {
        for text in contact.texts {
            let item = SearchItem::Contact {
                id: contact.id.to_string(),
            };
            let facts: Vec<&str> = [contact.address, contact.hours, contact.web]
                .into_iter()
                .flatten()
                .collect();
            docs.push(
                Document::new(item, text.lang)
                    .field(FieldKind::Title, contact.name)
                    .field(FieldKind::Summary, text.text)
                    .field(FieldKind::Body, facts.join("\n")),
            );
        }
    }
    docs
}
