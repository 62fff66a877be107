//! Shared by the guide tests: the real `content/` folder read directly
//! (so that expectations follow the files, not the code under test), and
//! the guide of the fixture folder where languages are missing.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use passage_core::guide::{validator, Guide, TranslationStatus};
use passage_core::i18n::{negotiate, Language, LanguageChain};

pub fn chain(languages: &[Language]) -> LanguageChain {
    negotiate(languages, &[] as &[&str])
}

/// The real content folder, the one `core/build.rs` embeds.
pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// `core/tests/fixtures/content-fallback/`: the two early sample articles,
/// `legal-aid` in nl, fr, en, ar and `where-to-get-help` in fr, en, ar
/// (no es, fa, ps, so, ti); the glossary without `so.txt`; contacts in
/// English, with a French text for `cgrs` and `fedasil` only.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content-fallback")
}

/// The guide of the fixture folder, made once per test binary.
pub fn fixture_guide() -> Guide {
    static GUIDE: OnceLock<Guide> = OnceLock::new();
    *GUIDE.get_or_init(|| {
        let validated = validator::validate(&fixture_dir(), None);
        assert!(validated.report.is_ok(), "{:#?}", validated.report.errors);
        Guide::from_content(&validated).unwrap()
    })
}

/// The article slugs: the folders of `content/guide/`, sorted.
pub fn article_slugs() -> Vec<String> {
    let mut slugs: Vec<String> = fs::read_dir(content_dir().join("guide"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    slugs
}

/// The header of `content/guide/<slug>/<lang>.md`, if that file exists.
pub struct Header {
    pub title: String,
    pub summary: String,
    pub status: TranslationStatus,
}

pub fn article_header(slug: &str, language: Language) -> Option<Header> {
    let path = content_dir()
        .join("guide")
        .join(slug)
        .join(format!("{}.md", language.code()));
    let text = fs::read_to_string(path).ok()?;
    let field = |key: &str| {
        text.lines()
            .take_while(|l| l.trim() != "---")
            .find_map(|l| l.strip_prefix(&format!("{key}:")))
            .map(|v| v.trim().to_string())
            .unwrap()
    };
    let status = match field("status").as_str() {
        "original" => TranslationStatus::Original,
        "reviewed" => TranslationStatus::Reviewed,
        "machine-drafted" => TranslationStatus::MachineDrafted,
        other => panic!("{slug}/{language}: status {other}"),
    };
    Some(Header {
        title: field("title"),
        summary: field("summary"),
        status,
    })
}

/// The values of `key` in a `key: value` file, trailing ` # comments`
/// removed (`_meta.txt`, `_terms.txt`, `_contacts.txt`), per `[id]`
/// section when `section` is given.
pub fn values(file: &Path, section: Option<&str>, key: &str) -> Vec<String> {
    let text = fs::read_to_string(file).unwrap();
    let mut current: Option<String> = None;
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.split(" #").next().unwrap().trim();
        if let Some(id) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(id.to_string());
        } else if let Some(value) = line.strip_prefix(&format!("{key}:")) {
            if section.is_none() || section == current.as_deref() {
                out.push(value.trim().to_string());
            }
        }
    }
    out
}

/// The `[id]` sections of a content file, in order.
pub fn section_ids(file: &Path) -> Vec<String> {
    fs::read_to_string(file)
        .unwrap()
        .lines()
        .filter_map(|l| l.trim().strip_prefix('[')?.strip_suffix(']'))
        .map(str::to_string)
        .collect()
}

/// `content/glossary/<lang>.txt` as (id, term).
pub fn glossary_terms(language: Language) -> Vec<(String, String)> {
    let file = content_dir()
        .join("glossary")
        .join(format!("{}.txt", language.code()));
    let text = fs::read_to_string(file).unwrap();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut current = None;
    for line in text.lines() {
        if let Some(id) = line
            .trim()
            .strip_prefix('[')
            .and_then(|l| l.strip_suffix(']'))
        {
            current = Some(id.to_string());
        } else if let (Some(id), Some(term)) = (&current, line.strip_prefix("term:")) {
            out.push((id.clone(), term.trim().to_string()));
        }
    }
    out
}
