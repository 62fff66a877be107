//! Reads and checks everything under `content/` (articles, glossary,
//! contacts, Fluent UI strings) and returns the checked model.
//!
//! The build script (`core/build.rs`) runs this on the real content and
//! fails the build on any error; the library exposes the same code as
//! `passage_core::guide::validator` so that tests can run it on broken
//! fixtures and `passage content check --dir` can run it on a work copy.
//! It only uses `std` and `fluent-syntax`, and never panics.

#[path = "../../src/guide/markdown.rs"]
#[allow(dead_code)]
pub mod markdown;

mod articles;
mod contacts;
mod diagnostics;
mod fields;
mod fluent;
mod glossary;
mod model;
mod script;

use std::path::Path;

pub use diagnostics::{Diagnostic, Report};
pub use fields::{is_date, parse_date};
pub use model::{Article, ArticleText, Contact, ContactText, Content, FtlFile, Term, TermText};

/// Language codes, in the order the apps list them.
pub const LANGUAGES: [&str; 9] = ["nl", "fr", "en", "es", "ar", "fa", "ps", "so", "ti"];
/// Languages written right to left.
pub const RTL_LANGUAGES: [&str; 3] = ["ar", "fa", "ps"];
/// Translation statuses.
pub const STATUSES: [&str; 3] = ["original", "reviewed", "machine-drafted"];
/// Article topics, in display order.
pub const TOPICS: [&str; 8] = [
    "procedure",
    "interview",
    "documents",
    "legal-aid",
    "protection",
    "after-recognition",
    "special-situations",
    "help",
];
/// Kinds of contacts.
pub const CONTACT_KINDS: [&str; 7] = [
    "authority",
    "court",
    "reception",
    "legal-aid",
    "ngo",
    "municipality",
    "emergency",
];

/// The checked content and every problem found.
#[derive(Debug, Default)]
pub struct Validated {
    pub content: Content,
    pub report: Report,
}

/// Checks the content folder `content_dir`. `seeds_dir` is the folder that
/// `seed:` sources must name a file in; `None` skips that check.
pub fn validate(content_dir: &Path, seeds_dir: Option<&Path>) -> Validated {
    let mut ctx = diagnostics::Checker::new(content_dir, seeds_dir);
    let articles = articles::read_all(&mut ctx);
    let terms = glossary::read_all(&mut ctx);
    let contacts = contacts::read_all(&mut ctx);
    let ftl = fluent::read_all(&mut ctx);
    let content = Content {
        articles,
        terms,
        contacts,
        ftl,
    };
    Validated {
        content,
        report: ctx.into_report(),
    }
}
