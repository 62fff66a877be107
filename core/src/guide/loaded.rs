//! A [`GuideData`] made at run time from content the validator checked
//! (a writer's work copy, test fixtures), instead of the embedded one.

use std::sync::OnceLock;

use super::content::{
    ArticleData, ArticleTextData, ContactData, ContactTextData, FtlData, GuideData, TermData,
    TermTextData,
};
use super::types::{ContactKind, Topic, TranslationStatus};
use super::validator::{parse_date, Content, Validated};
use crate::i18n::Language;
use crate::{Error, Result};

const TOPICS: [Topic; 8] = [
    Topic::Procedure,
    Topic::Interview,
    Topic::Documents,
    Topic::LegalAid,
    Topic::Protection,
    Topic::AfterRecognition,
    Topic::SpecialSituations,
    Topic::Help,
];

const KINDS: [ContactKind; 7] = [
    ContactKind::Authority,
    ContactKind::Court,
    ContactKind::Reception,
    ContactKind::LegalAid,
    ContactKind::Ngo,
    ContactKind::Municipality,
    ContactKind::Emergency,
];

const STATUSES: [TranslationStatus; 3] = [
    TranslationStatus::Original,
    TranslationStatus::Reviewed,
    TranslationStatus::MachineDrafted,
];

/// The guide data of `validated`, kept for the rest of the process.
/// `InvalidInput` if the check found errors.
pub(crate) fn leak(validated: &Validated) -> Result<&'static GuideData> {
    let count = validated.report.errors.len();
    if count > 0 {
        return Err(Error::invalid("content", format_args!("{count} error(s)")));
    }
    // One copy of the content lives as long as the process, so that the
    // generated structs can borrow `&'static str` from it like the
    // embedded ones borrow from the binary.
    let content: &'static Content = Box::leak(Box::new(validated.content.clone()));
    let data = GuideData {
        articles: leak_all(content.articles.iter().map(|a| {
            Ok(ArticleData {
                slug: &a.slug,
                topic: code(&TOPICS, Topic::code, &a.topic, "topic")?,
                related: strs(&a.related),
                sources: strs(&a.sources),
                last_verified: date(&a.last_verified)?,
                texts: leak_all(a.texts.iter().map(|t| {
                    Ok(ArticleTextData {
                        lang: language(&t.lang)?,
                        status: status(&t.status)?,
                        title: &t.title,
                        summary: &t.summary,
                        body: &t.body,
                    })
                }))?,
            })
        }))?,
        glossary: leak_all(content.terms.iter().map(|term| {
            Ok(TermData {
                id: &term.id,
                official_nl: &term.official_nl,
                official_fr: &term.official_fr,
                see: strs(&term.see),
                sources: strs(&term.sources),
                texts: leak_all(term.texts.iter().map(|t| {
                    Ok(TermTextData {
                        lang: language(&t.lang)?,
                        status: status(&t.status)?,
                        term: &t.term,
                        text: &t.text,
                    })
                }))?,
            })
        }))?,
        contacts: leak_all(content.contacts.iter().map(|c| {
            Ok(ContactData {
                id: &c.id,
                kind: code(&KINDS, ContactKind::code, &c.kind, "contact kind")?,
                name: &c.name,
                address: c.address.as_deref(),
                phone: c.phone.as_deref(),
                email: c.email.as_deref(),
                hours: c.hours.as_deref(),
                web: c.web.as_deref(),
                languages: strs(&c.languages),
                sources: strs(&c.sources),
                last_verified: date(&c.last_verified)?,
                texts: leak_all(c.texts.iter().map(|t| {
                    Ok(ContactTextData {
                        lang: language(&t.lang)?,
                        status: status(&t.status)?,
                        text: &t.text,
                    })
                }))?,
            })
        }))?,
        ftl_files: leak_all(content.ftl.iter().map(|f| {
            Ok(FtlData {
                lang: language(&f.lang)?,
                name: &f.name,
                status: status(&f.status)?,
                source: &f.source,
            })
        }))?,
        files_read: validated.report.files_read,
        notes: &[],
        index: OnceLock::new(),
    };
    Ok(Box::leak(Box::new(data)))
}

fn leak_all<T>(items: impl Iterator<Item = Result<T>>) -> Result<&'static [T]> {
    let items: Vec<T> = items.collect::<Result<_>>()?;
    Ok(Box::leak(items.into_boxed_slice()))
}

fn strs(values: &'static [String]) -> &'static [&'static str] {
    Box::leak(values.iter().map(String::as_str).collect())
}

/// The value of `all` whose code is `value`. The validator only lets known
/// codes through; this keeps a bad `Content` from becoming a panic.
fn code<T: Copy>(all: &[T], code_of: fn(T) -> &'static str, value: &str, what: &str) -> Result<T> {
    all.iter()
        .copied()
        .find(|x| code_of(*x) == value)
        .ok_or_else(|| Error::invalid("content", format_args!("unknown {what}")))
}

fn language(value: &str) -> Result<Language> {
    code(&Language::ALL, Language::code, value, "language")
}

fn status(value: &str) -> Result<TranslationStatus> {
    code(&STATUSES, TranslationStatus::code, value, "status")
}

fn date(value: &str) -> Result<(i32, u32, u32)> {
    parse_date(value).ok_or_else(|| Error::invalid("content", "bad date"))
}
