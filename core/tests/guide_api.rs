//! The guide API on the embedded content: coverage, language fallback and
//! its notices, machine-drafted notices, RTL, glossary and contacts.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use passage_core::guide::{Block, Guide, Link, TranslationStatus};
use passage_core::i18n::{negotiate, Direction, Language, LanguageChain};
use passage_core::Error;
use Language::*;

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn plain(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}

fn chain(languages: &[Language]) -> LanguageChain {
    negotiate(languages, &[] as &[&str])
}

#[test]
fn every_article_exists_in_english_and_the_samples_in_french_and_dutch() {
    let coverage = Guide::new().coverage();
    let articles: Vec<_> = coverage
        .rows
        .iter()
        .filter(|r| r.kind == "article")
        .collect();
    assert!(articles.len() >= 2);
    for row in &articles {
        let has = |l: Language| row.statuses.iter().any(|(x, s)| *x == l && s.is_some());
        assert!(has(En), "{} has no English text", row.id);
        if ["legal-aid", "where-to-get-help"].contains(&row.id.as_str()) {
            assert!(has(Fr) && has(Nl) && has(Ar), "{} lacks fr/nl/ar", row.id);
        }
    }
    let glossary = coverage.rows.iter().find(|r| r.kind == "glossary").unwrap();
    assert!(
        glossary.statuses.iter().all(|(_, s)| s.is_some()),
        "glossary not in every language"
    );
    let ui = coverage
        .rows
        .iter()
        .find(|r| r.kind == "ui" && r.id == "ui.ftl")
        .unwrap();
    assert!(ui.statuses.iter().all(|(_, s)| s.is_some()));
    assert!(coverage.files_checked > 20);
}

#[test]
fn english_reader_gets_the_original_without_notices() {
    let view = Guide::new().article("legal-aid", &chain(&[En])).unwrap();
    assert_eq!(view.lang_shown, En);
    assert_eq!(view.translation_status, TranslationStatus::Original);
    assert_eq!(view.fallback_notice, None);
    assert_eq!(view.needs_review_notice, None);
    assert_eq!(view.direction, Direction::Ltr);
    assert!(view.title.contains("lawyer"));
    assert!(matches!(view.blocks[1], Block::Heading(_)));
    assert!(!view.sources.is_empty());
    assert_eq!(
        plain(&view.last_verified_text),
        "Last checked on 23 November 2026."
    );
}

#[test]
fn missing_language_falls_back_to_english_with_a_notice_in_the_readers_language() {
    let guide = Guide::new();
    let view = guide.article("legal-aid", &chain(&[So])).unwrap();
    assert_eq!(view.lang_requested, So);
    assert_eq!(view.lang_shown, En);
    let notice = plain(view.fallback_notice.as_deref().unwrap());
    assert_eq!(
        notice,
        "Boggan weli laguma qorin Af-Soomaali. Waxaad ku akhrinaysaa Af-Ingiriis."
    );
    assert_eq!(view.needs_review_notice, None);

    let view = guide.article("where-to-get-help", &chain(&[Ti])).unwrap();
    assert_eq!(view.lang_shown, En);
    assert!(view.fallback_notice.unwrap().contains("እንግሊዝኛ"));
}

#[test]
fn a_pashto_reader_who_prefers_arabic_gets_arabic_with_both_notices_in_pashto() {
    let view = Guide::new()
        .article("legal-aid", &chain(&[Ps, Ar, En]))
        .unwrap();
    assert_eq!(view.lang_shown, Ar);
    assert_eq!(view.direction, Direction::Rtl);
    assert_eq!(view.translation_status, TranslationStatus::MachineDrafted);
    let fallback = plain(view.fallback_notice.as_deref().unwrap());
    assert_eq!(
        fallback,
        "دا پاڼه لا په پښتو ژبه نشته. تاسو یې په عربي ژبه لولئ."
    );
    let review = view.needs_review_notice.unwrap();
    assert!(review.starts_with("دا پاڼه ماشین ژباړلې ده"), "{review}");
}

#[test]
fn machine_drafted_french_gets_a_french_review_notice_and_french_related_titles() {
    let view = Guide::new().article("legal-aid", &chain(&[Fr])).unwrap();
    assert_eq!(view.lang_shown, Fr);
    assert_eq!(view.fallback_notice, None);
    assert!(view
        .needs_review_notice
        .unwrap()
        .starts_with("Une machine a traduit"));
    assert_eq!(view.related[0].slug, "where-to-get-help");
    assert_eq!(view.related[0].title, "Où trouver de l'aide");
    assert_eq!(
        plain(&view.last_verified_text),
        "Dernière vérification le 23 novembre 2026."
    );
    let links: Vec<_> = view
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph(spans) | Block::Heading(spans) => spans.clone(),
            Block::BulletList(items) => items.concat(),
        })
        .filter_map(|s| s.link)
        .collect();
    assert!(links.contains(&Link::Article("where-to-get-help".into())));
}

#[test]
fn right_to_left_texts_say_so() {
    for language in [Ar, Fa, Ps] {
        assert_eq!(language.direction(), Direction::Rtl);
    }
    let entries = Guide::new().glossary(&chain(&[Fa]));
    assert!(entries
        .iter()
        .all(|e| e.lang_shown == Fa && e.direction == Direction::Rtl));
    let view = Guide::new()
        .article("where-to-get-help", &chain(&[Ar]))
        .unwrap();
    assert_eq!(view.direction, Direction::Rtl);
}

#[test]
fn article_list_is_in_the_readers_language_with_english_fallback() {
    let list = Guide::new().articles(&chain(&[Nl]));
    let legal = list.iter().find(|a| a.slug == "legal-aid").unwrap();
    assert_eq!(legal.lang_shown, Nl);
    assert!(legal.title.starts_with("Gratis juridische hulp"));
    let list = Guide::new().articles(&chain(&[Es]));
    assert!(list.iter().all(|a| a.lang_shown == En));
}

#[test]
fn unknown_article_is_not_found_without_echoing_the_slug() {
    let err = Guide::new()
        .article("no-such-page", &chain(&[En]))
        .unwrap_err();
    assert_eq!(err, Error::not_found("article"));
    assert_eq!(err.exit_code(), 4);
}

#[test]
fn glossary_lookup_by_id_term_or_official_name_in_any_language() {
    let guide = Guide::new();
    let fr = chain(&[Fr]);
    assert_eq!(
        guide.glossary_entry("annex-26", &fr).unwrap().term,
        "Annexe 26"
    );
    assert_eq!(
        guide.glossary_entry("bijlage 26", &fr).unwrap().id,
        "annex-26"
    );
    assert_eq!(
        guide.glossary_entry("البطاقة البرتقالية", &fr).unwrap().id,
        "orange-card"
    );
    assert_eq!(
        guide
            .glossary_entry("ANNEXE 26", &chain(&[Ti]))
            .unwrap()
            .term,
        "ተወሳኺ ሰነድ 26"
    );
    let cgrs = guide.glossary_entry("cgrs", &chain(&[Nl])).unwrap();
    assert_eq!(cgrs.term, "CGVS");
    assert!(cgrs.official_fr.contains("CGRA"));
    assert!(matches!(
        guide.glossary_entry("nothing", &fr),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(guide.glossary(&chain(&[So])).len(), 3);
}

#[test]
fn contacts_fall_back_to_english_text() {
    let contacts = Guide::new().contacts(&chain(&[Fr]));
    assert_eq!(contacts.len(), 3);
    let io = contacts
        .iter()
        .find(|c| c.id == "immigration-office")
        .unwrap();
    assert_eq!(io.lang_shown, En);
    assert_eq!(io.phone.as_deref(), Some("+32 2 488 80 00"));
    assert!(Guide::new().contact("fedasil", &chain(&[En])).is_ok());
    assert!(Guide::new().contact("nobody", &chain(&[En])).is_err());
}
