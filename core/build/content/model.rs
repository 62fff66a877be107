//! The checked content, owned, as the build script turns it into code.

/// Everything under `content/` that the library embeds.
#[derive(Debug, Default, Clone)]
pub struct Content {
    pub articles: Vec<Article>,
    pub terms: Vec<Term>,
    pub contacts: Vec<Contact>,
    pub ftl: Vec<FtlFile>,
}

/// `content/guide/<slug>/`.
#[derive(Debug, Default, Clone)]
pub struct Article {
    pub slug: String,
    pub topic: String,
    pub order: i32,
    pub related: Vec<String>,
    pub sources: Vec<String>,
    /// `YYYY-MM-DD`, checked.
    pub last_verified: String,
    /// In the order of `LANGUAGES`.
    pub texts: Vec<ArticleText>,
}

/// `content/guide/<slug>/<lang>.md`.
#[derive(Debug, Default, Clone)]
pub struct ArticleText {
    pub lang: String,
    pub status: String,
    pub title: String,
    pub summary: String,
    /// The Markdown body, checked against the subset.
    pub body: String,
}

/// A `[id]` of `content/glossary/_terms.txt`.
#[derive(Debug, Default, Clone)]
pub struct Term {
    pub id: String,
    pub official_nl: String,
    pub official_fr: String,
    pub see: Vec<String>,
    pub sources: Vec<String>,
    pub texts: Vec<TermText>,
}

/// A term's entry in `content/glossary/<lang>.txt`.
#[derive(Debug, Default, Clone)]
pub struct TermText {
    pub lang: String,
    pub status: String,
    pub term: String,
    pub text: String,
}

/// A `[id]` of `content/contacts/_contacts.txt`.
#[derive(Debug, Default, Clone)]
pub struct Contact {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: Option<String>,
    pub web: Option<String>,
    pub languages: Vec<String>,
    pub sources: Vec<String>,
    pub last_verified: String,
    pub texts: Vec<ContactText>,
}

/// A contact's entry in `content/contacts/<lang>.txt`.
#[derive(Debug, Default, Clone)]
pub struct ContactText {
    pub lang: String,
    pub status: String,
    pub text: String,
}

/// `content/i18n/<lang>/<name>.ftl`, checked.
#[derive(Debug, Default, Clone)]
pub struct FtlFile {
    pub lang: String,
    pub name: String,
    pub status: String,
    pub source: String,
}
