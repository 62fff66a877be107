//! Articles: the list, and one article ready to render.

use chrono::NaiveDate;
use serde::Serialize;

use super::content::{date, pick, ArticleData, ArticleTextData, GuideData};
use super::markdown::{self, Block, Span};
use super::types::{Source, Topic, TranslationStatus};
use super::GuideError;
use crate::i18n::{Direction, Language, LanguageChain, MessageArg, Messages};
use crate::Result;

/// One line of the article list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    pub slug: String,
    pub topic: Topic,
    pub title: String,
    pub summary: String,
    /// The language of `title` and `summary` (the first of the chain that
    /// the article exists in).
    pub lang_shown: Language,
    pub translation_status: TranslationStatus,
}

/// A link to a related article, titled in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelatedArticle {
    pub slug: String,
    pub title: String,
}

/// An article ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleView {
    pub slug: String,
    pub topic: Topic,
    /// The reader's language (first of the chain).
    pub lang_requested: Language,
    /// The language of the text below.
    pub lang_shown: Language,
    /// Layout direction of the text below.
    pub direction: Direction,
    pub translation_status: TranslationStatus,
    /// Set when the text is not in the reader's language, in the reader's
    /// language ("This page is not yet in ... You are reading it in ...").
    pub fallback_notice: Option<String>,
    /// Set when the text shown was machine-drafted.
    pub needs_review_notice: Option<String>,
    pub title: String,
    pub summary: String,
    pub blocks: Vec<Block>,
    pub related: Vec<RelatedArticle>,
    pub sources: Vec<Source>,
    pub last_verified: NaiveDate,
    /// "Last checked on 3 March 2026.", in the reader's language.
    pub last_verified_text: String,
    /// Languages this article exists in.
    pub available_languages: Vec<Language>,
}

pub(crate) fn find(data: &'static GuideData, slug: &str) -> Option<&'static ArticleData> {
    data.articles.iter().find(|a| a.slug == slug)
}

pub(crate) fn text_for(
    article: &'static ArticleData,
    chain: &LanguageChain,
) -> Option<&'static ArticleTextData> {
    pick(article.texts, chain, |t| t.lang)
}

/// Every article, in topic order, each in the first language of `chain`
/// it exists in.
pub(crate) fn list(data: &'static GuideData, chain: &LanguageChain) -> Vec<ArticleSummary> {
    data.articles
        .iter()
        .filter_map(|article| {
            let text = text_for(article, chain)?;
            Some(ArticleSummary {
                slug: article.slug.to_string(),
                topic: article.topic,
                title: text.title.to_string(),
                summary: text.summary.to_string(),
                lang_shown: text.lang,
                translation_status: text.status,
            })
        })
        .collect()
}

/// The article `slug` in the first language of `chain` it exists in.
pub(crate) fn view(
    data: &'static GuideData,
    slug: &str,
    chain: &LanguageChain,
) -> Result<ArticleView> {
    let article = find(data, slug).ok_or(GuideError::UnknownArticle)?;
    let text = text_for(article, chain).ok_or(GuideError::UnknownArticle)?;
    let messages = Messages::embedded();
    let requested = chain.primary();
    let fallback_notice = (text.lang != requested).then(|| {
        let args = [
            ("language", MessageArg::Language(requested)),
            ("shown", MessageArg::Language(text.lang)),
        ];
        notice(messages, chain, "guide-fallback-notice", &args)
    });
    let needs_review_notice = text
        .status
        .needs_review()
        .then(|| notice(messages, chain, "guide-machine-drafted-notice", &[]));
    let last_verified = date(article.last_verified);
    let last_verified_text = notice(
        messages,
        chain,
        "guide-last-verified",
        &[("date", last_verified.into())],
    );
    let related = article
        .related
        .iter()
        .filter_map(|slug| {
            let other = find(data, slug)?;
            let title = text_for(other, chain)?.title;
            Some(RelatedArticle {
                slug: other.slug.to_string(),
                title: title.to_string(),
            })
        })
        .collect();
    Ok(ArticleView {
        slug: article.slug.to_string(),
        topic: article.topic,
        lang_requested: requested,
        lang_shown: text.lang,
        direction: text.lang.direction(),
        translation_status: text.status,
        fallback_notice,
        needs_review_notice,
        title: text.title.to_string(),
        summary: text.summary.to_string(),
        blocks: body_blocks(text.body),
        related,
        sources: Source::all(article.sources),
        last_verified,
        last_verified_text,
        available_languages: article.texts.iter().map(|t| t.lang).collect(),
    })
}

/// Parses a body the build has checked; if that ever failed, the raw text
/// is shown as one paragraph rather than nothing.
pub(crate) fn body_blocks(body: &str) -> Vec<Block> {
    markdown::parse(body).unwrap_or_else(|_| {
        vec![Block::Paragraph(vec![Span {
            text: body.to_string(),
            bold: false,
            link: None,
        }])]
    })
}

fn notice(
    messages: &Messages,
    chain: &LanguageChain,
    id: &str,
    args: &[(&str, MessageArg)],
) -> String {
    messages
        .format(chain, id, args)
        .map(|localized| localized.text)
        .unwrap_or_else(|_| id.to_string())
}
