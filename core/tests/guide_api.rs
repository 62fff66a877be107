//! The guide API: coverage, language fallback and its notices,
//! machine-drafted notices, RTL, glossary and contacts.
//!
//! The embedded content has every text in every language, so fallback is
//! tested on the guide of a fixture folder where languages are missing
//! (`Guide::from_content`, see `common::fixture_dir`), and the real content
//! is checked to never fall back. Expectations about the real content are
//! read from the files under `content/`, not copied into the tests.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;

use common::{
    article_header, article_slugs, chain, content_dir, fixture_dir, fixture_guide, glossary_terms,
    section_ids, values,
};
use passage_core::guide::{validator, Block, Guide, Link, TranslationStatus};
use passage_core::i18n::{Direction, Language};
use passage_core::Error;
use Language::*;

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn plain(text: &str) -> String {
    text.chars().filter(|c| *c != FSI && *c != PDI).collect()
}

fn meta(slug: &str, key: &str) -> Vec<String> {
    let file = content_dir().join("guide").join(slug).join("_meta.txt");
    values(&file, None, key)
}

/// The slugs that the article links in `blocks` point to.
fn article_links(blocks: &[Block]) -> BTreeSet<String> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph(spans) | Block::Heading(spans) => spans.clone(),
            Block::BulletList(items) => items.concat(),
        })
        .filter_map(|s| match s.link {
            Some(Link::Article(slug)) => Some(slug),
            _ => None,
        })
        .collect()
}

#[test]
fn the_real_content_has_every_text_in_every_language() {
    let coverage = Guide::new().coverage();
    let mut articles: Vec<String> = coverage
        .rows
        .iter()
        .filter(|r| r.kind == "article")
        .map(|r| r.id.clone())
        .collect();
    articles.sort();
    assert_eq!(articles, article_slugs());
    for row in &coverage.rows {
        assert_eq!(row.statuses.len(), Language::ALL.len());
        for (language, status) in &row.statuses {
            let Some(status) = status else {
                panic!("{} {} has no {language} text", row.kind, row.id);
            };
            if row.kind == "article" {
                let header = article_header(&row.id, *language).unwrap();
                assert_eq!(*status, header.status, "{} {language}", row.id);
            }
        }
    }
    for kind in ["glossary", "contacts", "ui"] {
        assert!(coverage.rows.iter().any(|r| r.kind == kind), "{kind}");
    }
    let checked = validator::validate(&content_dir(), None);
    assert!(checked.report.is_ok(), "{:#?}", checked.report.errors);
    assert_eq!(coverage.files_checked, checked.report.files_read);
}

#[test]
fn a_guide_made_from_the_content_folder_is_the_embedded_guide() {
    let validated = validator::validate(&content_dir(), None);
    let folder = Guide::from_content(&validated).unwrap();
    let embedded = Guide::new();
    assert_eq!(folder.coverage().rows, embedded.coverage().rows);
    for language in Language::ALL {
        let reader = chain(&[language]);
        assert_eq!(folder.articles(&reader), embedded.articles(&reader));
        assert_eq!(folder.glossary(&reader), embedded.glossary(&reader));
        assert_eq!(folder.contacts(&reader), embedded.contacts(&reader));
        for slug in article_slugs() {
            assert_eq!(
                folder.article(&slug, &reader).unwrap(),
                embedded.article(&slug, &reader).unwrap()
            );
        }
        for query in ["lawyer", "26", "CGRS", "dublin"] {
            assert_eq!(
                folder.search(query, &reader, 20),
                embedded.search(query, &reader, 20)
            );
        }
    }
}

#[test]
fn a_folder_with_errors_gives_no_guide() {
    let validated = validator::validate(&fixture_dir().join("no-such-folder"), None);
    assert!(!validated.report.is_ok());
    let err = Guide::from_content(&validated).unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
}

#[test]
fn english_reader_gets_the_original_without_notices() {
    let view = Guide::new().article("legal-aid", &chain(&[En])).unwrap();
    let header = article_header("legal-aid", En).unwrap();
    assert_eq!(view.lang_shown, En);
    assert_eq!(view.translation_status, TranslationStatus::Original);
    assert_eq!(view.fallback_notice, None);
    assert_eq!(view.needs_review_notice, None);
    assert_eq!(view.direction, Direction::Ltr);
    assert_eq!(view.title, header.title);
    assert_eq!(view.summary, header.summary);
    assert!(view.title.contains("lawyer"));
    assert!(matches!(view.blocks[0], Block::Paragraph(_)));
    assert!(matches!(view.blocks[1], Block::Heading(_)));
    assert_eq!(view.sources.len(), meta("legal-aid", "source").len());
    let date =
        chrono::NaiveDate::parse_from_str(&meta("legal-aid", "last-verified")[0], "%Y-%m-%d")
            .unwrap();
    assert_eq!(view.last_verified, date);
    assert_eq!(
        plain(&view.last_verified_text),
        format!("Last checked on {}.", date.format("%-d %B %Y"))
    );
}

#[test]
fn nothing_falls_back_in_the_real_content_and_translations_say_they_are_machine_drafted() {
    let guide = Guide::new();
    for slug in article_slugs() {
        for language in Language::ALL {
            let view = guide.article(&slug, &chain(&[language])).unwrap();
            let header = article_header(&slug, language).unwrap();
            let at = format!("{slug} {language}");
            assert_eq!(view.lang_requested, language, "{at}");
            assert_eq!(view.lang_shown, language, "{at}");
            assert_eq!(view.fallback_notice, None, "{at}");
            assert_eq!(view.direction, language.direction(), "{at}");
            assert_eq!(view.title, header.title, "{at}");
            assert_eq!(view.translation_status, header.status, "{at}");
            assert_eq!(
                view.needs_review_notice.is_some(),
                header.status == TranslationStatus::MachineDrafted,
                "{at}"
            );
            assert_eq!(view.available_languages, Language::ALL.to_vec(), "{at}");
        }
        let english = guide.article(&slug, &chain(&[En])).unwrap();
        assert_eq!(english.translation_status, TranslationStatus::Original);
        assert_eq!(english.needs_review_notice, None);
    }
    // Every language but English is machine-drafted for now, so each has a
    // review notice, in its own words.
    let notices: BTreeSet<String> = Language::ALL
        .into_iter()
        .filter(|l| *l != En)
        .map(|l| {
            let view = guide.article("legal-aid", &chain(&[l])).unwrap();
            assert_eq!(view.translation_status, TranslationStatus::MachineDrafted);
            view.needs_review_notice.unwrap()
        })
        .collect();
    assert_eq!(notices.len(), Language::ALL.len() - 1);

    // A Pashto reader who also reads Arabic gets Pashto: it exists.
    let view = guide.article("legal-aid", &chain(&[Ps, Ar, En])).unwrap();
    assert_eq!(view.lang_shown, Ps);
    assert_eq!(view.fallback_notice, None);
    assert!(view
        .needs_review_notice
        .unwrap()
        .starts_with("دا پاڼه ماشین ژباړلې ده"));
}

#[test]
fn missing_language_falls_back_to_english_with_a_notice_in_the_readers_language() {
    let guide = fixture_guide();
    let view = guide.article("legal-aid", &chain(&[So])).unwrap();
    assert_eq!(view.lang_requested, So);
    assert_eq!(view.lang_shown, En);
    assert_eq!(view.direction, Direction::Ltr);
    assert_eq!(view.available_languages, vec![Nl, Fr, En, Ar]);
    let notice = plain(view.fallback_notice.as_deref().unwrap());
    assert_eq!(
        notice,
        "Boggan weli laguma qorin Af-Soomaali. Waxaad ku akhrinaysaa Af-Ingiriis."
    );
    // The English text is the original: nothing to review.
    assert_eq!(view.translation_status, TranslationStatus::Original);
    assert_eq!(view.needs_review_notice, None);

    let view = guide.article("where-to-get-help", &chain(&[Ti])).unwrap();
    assert_eq!(view.lang_shown, En);
    assert!(view.fallback_notice.unwrap().contains("እንግሊዝኛ"));

    // Related titles fall back too, each on its own.
    let view = guide.article("where-to-get-help", &chain(&[Nl])).unwrap();
    assert_eq!(view.lang_shown, En);
    assert!(view.fallback_notice.is_some());
    assert_eq!(view.related[0].slug, "legal-aid");
    assert!(view.related[0].title.starts_with("Gratis juridische hulp"));
}

#[test]
fn a_pashto_reader_who_prefers_arabic_gets_arabic_with_both_notices_in_pashto() {
    let view = fixture_guide()
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
    let guide = Guide::new();
    let view = guide.article("legal-aid", &chain(&[Fr])).unwrap();
    assert_eq!(view.lang_shown, Fr);
    assert_eq!(view.fallback_notice, None);
    assert!(view
        .needs_review_notice
        .unwrap()
        .starts_with("Une machine a traduit"));
    let related: Vec<(String, String)> = view
        .related
        .iter()
        .map(|r| (r.slug.clone(), r.title.clone()))
        .collect();
    let expected: Vec<(String, String)> = meta("legal-aid", "related")[0]
        .split(',')
        .map(|slug| {
            let slug = slug.trim();
            (slug.to_string(), article_header(slug, Fr).unwrap().title)
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(related, expected);
    assert!(plain(&view.last_verified_text).starts_with("Dernière vérification le "));
    assert!(!view.last_verified_text.contains("November"));

    let source = std::fs::read_to_string(content_dir().join("guide/legal-aid/fr.md")).unwrap();
    let expected: BTreeSet<String> = source
        .split("(slug:")
        .skip(1)
        .map(|rest| rest.split(')').next().unwrap().to_string())
        .collect();
    assert!(expected.contains("where-to-get-help"));
    assert_eq!(article_links(&view.blocks), expected);
}

#[test]
fn right_to_left_texts_say_so() {
    for language in Language::ALL {
        let rtl = [Ar, Fa, Ps].contains(&language);
        let expected = if rtl { Direction::Rtl } else { Direction::Ltr };
        assert_eq!(language.direction(), expected);
        let entries = Guide::new().glossary(&chain(&[language]));
        assert!(entries
            .iter()
            .all(|e| e.lang_shown == language && e.direction == expected));
    }
    for slug in article_slugs() {
        let view = Guide::new().article(&slug, &chain(&[Ar])).unwrap();
        assert_eq!(view.direction, Direction::Rtl, "{slug}");
    }
    // English shown to a Farsi reader is left to right.
    let view = fixture_guide().article("legal-aid", &chain(&[Fa])).unwrap();
    assert_eq!((view.lang_shown, view.direction), (En, Direction::Ltr));
}

#[test]
fn article_list_is_in_the_readers_language_with_english_fallback() {
    let list = Guide::new().articles(&chain(&[Nl]));
    let mut slugs: Vec<String> = list.iter().map(|a| a.slug.clone()).collect();
    slugs.sort();
    assert_eq!(slugs, article_slugs());
    assert!(list.iter().all(|a| a.lang_shown == Nl));
    assert!(list.windows(2).all(|w| w[0].topic <= w[1].topic));
    let legal = list.iter().find(|a| a.slug == "legal-aid").unwrap();
    assert_eq!(legal.title, article_header("legal-aid", Nl).unwrap().title);

    let guide = fixture_guide();
    let list = guide.articles(&chain(&[Nl]));
    let shown: Vec<(&str, Language)> = list
        .iter()
        .map(|a| (a.slug.as_str(), a.lang_shown))
        .collect();
    assert_eq!(shown, vec![("legal-aid", Nl), ("where-to-get-help", En)]);
    assert!(list[0].title.starts_with("Gratis juridische hulp"));
    let list = guide.articles(&chain(&[Es]));
    assert_eq!(list.len(), 2);
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
    let annex = guide.glossary_entry("annex-26", &fr).unwrap();
    assert_eq!((annex.lang_shown, annex.term.as_str()), (Fr, "Annexe 26"));
    assert_eq!(
        guide.glossary_entry("bijlage 26", &fr).unwrap().id,
        "annex-26"
    );
    // Arabic, with ة or ه.
    for name in ["البطاقة البرتقالية", "البطاقه البرتقاليه"] {
        assert_eq!(guide.glossary_entry(name, &fr).unwrap().id, "orange-card");
    }
    let ti = guide.glossary_entry("ANNEXE 26", &chain(&[Ti])).unwrap();
    assert_eq!((ti.id.as_str(), ti.lang_shown), ("annex-26", Ti));
    assert!(ti
        .text
        .chars()
        .any(|c| ('\u{1200}'..='\u{137F}').contains(&c)));
    let cgrs = guide.glossary_entry("cgrs", &chain(&[Nl])).unwrap();
    assert_eq!(cgrs.term, "CGVS");
    assert!(cgrs.official_fr.contains("CGRA"));
    assert!(matches!(
        guide.glossary_entry("nothing", &fr),
        Err(Error::NotFound { .. })
    ));

    // Every name, in every language and the official ones, leads back to
    // its term.
    let terms_file = content_dir().join("glossary/_terms.txt");
    let ids = section_ids(&terms_file);
    for language in Language::ALL {
        let terms = glossary_terms(language);
        assert_eq!(terms.len(), ids.len(), "{language}");
        for (id, term) in terms {
            assert_eq!(guide.glossary_entry(&term, &fr).unwrap().id, id, "{term}");
        }
    }
    for id in &ids {
        for key in ["nl", "fr"] {
            let official = values(&terms_file, Some(id), key).remove(0);
            let entry = guide.glossary_entry(&official, &fr).unwrap();
            assert_eq!(&entry.id, id, "{official}");
            assert_eq!(
                official,
                if key == "nl" {
                    entry.official_nl
                } else {
                    entry.official_fr
                }
            );
        }
    }
    let somali = guide.glossary(&chain(&[So]));
    assert_eq!(somali.len(), ids.len());
    assert!(somali.iter().all(|e| e.lang_shown == So));
}

#[test]
fn a_glossary_language_without_a_file_falls_back_to_english() {
    let guide = fixture_guide();
    let somali = guide.glossary(&chain(&[So]));
    assert_eq!(somali.len(), 3);
    assert!(somali.iter().all(|e| e.lang_shown == En));
    let entry = guide.glossary_entry("annex-26", &chain(&[So])).unwrap();
    assert_eq!((entry.term.as_str(), entry.lang_shown), ("Annex 26", En));
    let tigrinya = guide.glossary(&chain(&[Ti]));
    assert!(tigrinya.iter().all(|e| e.lang_shown == Ti));
}

#[test]
fn every_contact_has_a_text_in_every_language() {
    let guide = Guide::new();
    let facts = content_dir().join("contacts/_contacts.txt");
    let ids = section_ids(&facts);
    let english = guide.contacts(&chain(&[En]));
    assert_eq!(
        english.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        ids
    );
    for language in Language::ALL {
        let contacts = guide.contacts(&chain(&[language]));
        assert_eq!(contacts.len(), ids.len(), "{language}");
        assert!(contacts.iter().all(|c| c.lang_shown == language));
        let file = content_dir()
            .join("contacts")
            .join(format!("{}.txt", language.code()));
        assert_eq!(section_ids(&file), ids, "{language}");
    }
    let io = guide.contact("immigration-office", &chain(&[Fr])).unwrap();
    let phone = values(&facts, Some("immigration-office"), "phone").remove(0);
    assert_eq!(io.phone.as_deref(), Some(phone.as_str()));
    assert!(guide.contact("fedasil", &chain(&[En])).is_ok());
    assert!(matches!(
        guide.contact("nobody", &chain(&[En])),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn contacts_fall_back_to_english_text() {
    let guide = fixture_guide();
    let contacts = guide.contacts(&chain(&[Fr]));
    let shown: Vec<(&str, Language)> = contacts
        .iter()
        .map(|c| (c.id.as_str(), c.lang_shown))
        .collect();
    assert_eq!(
        shown,
        vec![("cgrs", Fr), ("immigration-office", En), ("fedasil", Fr)]
    );
    let io = &contacts[1];
    assert!(io.text.starts_with("Registers your application"));
    assert_eq!(io.phone.as_deref(), Some("+32 2 488 80 00"));
    let cgrs = guide.contact("cgrs", &chain(&[Nl])).unwrap();
    assert_eq!(cgrs.lang_shown, En);
}
