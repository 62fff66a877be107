//! Offline search on the embedded content: the right item for realistic
//! queries in each language, spelling variants, prefixes, snippets, and
//! generic properties that hold for any content.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use passage_core::guide::search::SearchIndex;
use passage_core::guide::{Guide, SearchItem};
use passage_core::i18n::{negotiate, Language, LanguageChain};
use Language::*;

fn chain(languages: &[Language]) -> LanguageChain {
    negotiate(languages, &[] as &[&str])
}

fn top(query: &str, reader: Language) -> Option<SearchItem> {
    Guide::new()
        .search(query, &chain(&[reader]), 10)
        .into_iter()
        .next()
        .map(|hit| hit.item)
}

fn article(slug: &str) -> Option<SearchItem> {
    Some(SearchItem::Article { slug: slug.into() })
}

fn term(id: &str) -> Option<SearchItem> {
    Some(SearchItem::Glossary { id: id.into() })
}

fn contact(id: &str) -> Option<SearchItem> {
    Some(SearchItem::Contact { id: id.into() })
}

fn check(reader: Language, cases: &[(&str, Option<SearchItem>)]) {
    for (query, expected) in cases {
        assert_eq!(&top(query, reader), expected, "{reader}: {query:?}");
    }
}

#[test]
fn english_queries() {
    check(
        En,
        &[
            ("lawyer", article("legal-aid")),
            ("free legal help", article("legal-aid")),
            ("where to get help", article("where-to-get-help")),
            ("dublin", article("where-to-get-help")),
            ("pro deo", article("legal-aid")),
            ("annex 26", term("annex-26")),
            ("orange card", term("orange-card")),
            ("immigration office", contact("immigration-office")),
            ("fedasil", contact("fedasil")),
            ("law", article("legal-aid")),
        ],
    );
}

#[test]
fn french_queries_with_and_without_accents() {
    check(
        Fr,
        &[
            ("aide juridique", article("legal-aid")),
            ("avocat", article("legal-aid")),
            ("avocát", article("legal-aid")),
            ("AVOCAT", article("legal-aid")),
            ("ou trouver de l'aide", article("where-to-get-help")),
            ("regroupement familial", article("where-to-get-help")),
            ("carte orange", term("orange-card")),
            ("annexe 26", term("annex-26")),
            ("procedure d'asile", article("legal-aid")),
        ],
    );
    let accents = Guide::new().search("procédure", &chain(&[Fr]), 10);
    let plain = Guide::new().search("procedure", &chain(&[Fr]), 10);
    assert_eq!(accents, plain);
}

#[test]
fn dutch_queries() {
    check(
        Nl,
        &[
            ("advocaat", article("legal-aid")),
            ("gratis juridische hulp", article("legal-aid")),
            ("waar vindt u hulp", article("where-to-get-help")),
            ("gezinshereniging", article("where-to-get-help")),
            ("bijlage 26", term("annex-26")),
            ("oranje kaart", term("orange-card")),
        ],
    );
}

#[test]
fn arabic_queries_and_spelling_variants() {
    check(
        Ar,
        &[
            ("محامي", article("legal-aid")),
            ("مساعدة قانونية", article("legal-aid")),
            ("أين تجد المساعدة", article("where-to-get-help")),
            ("دبلن", article("where-to-get-help")),
            ("البطاقة البرتقالية", term("orange-card")),
            ("الملحق ٢٦", term("annex-26")),
        ],
    );
    let guide = Guide::new();
    let ar = chain(&[Ar]);
    let reference = guide.search("اللجوء", &ar, 10);
    assert_eq!(reference[0].item, article("legal-aid").unwrap());
    for variant in ["الّلجوء", "اللُّجُوء", "لجوء", "اللجوﺀ"] {
        let items: Vec<_> = guide
            .search(variant, &ar, 10)
            .into_iter()
            .map(|h| h.item)
            .collect();
        let expected: Vec<_> = reference.iter().map(|h| h.item.clone()).collect();
        assert_eq!(items, expected, "{variant}");
    }
    let alef = |q: &str| -> Vec<SearchItem> {
        guide
            .search(q, &ar, 10)
            .into_iter()
            .map(|h| h.item)
            .collect()
    };
    assert_eq!(alef("الإجراءات"), alef("الاجراءات"));
    assert_eq!(alef("إجراءات"), alef("اجراءات"));
    assert!(!alef("اجراءات").is_empty());
}

#[test]
fn farsi_pashto_somali_tigrinya_and_spanish_glossary_queries() {
    check(
        Fa,
        &[
            ("کارت نارنجی", term("orange-card")),
            ("كارت نارنجي", term("orange-card")),
            ("ضمیمه 26", term("annex-26")),
            ("میدهد", term("annex-26")),
            ("کمیساریای", term("cgrs")),
        ],
    );
    check(
        Ps,
        &[
            ("نارنجي کارت", term("orange-card")),
            ("ضمیمه", term("annex-26")),
        ],
    );
    check(
        So,
        &[
            ("kaarka", term("orange-card")),
            ("lifaaqa 26", term("annex-26")),
        ],
    );
    check(
        Ti,
        &[
            ("ትካል", term("cgrs")),
            ("ብርቱኳናዊ", term("orange-card")),
            ("ተወሳኺ", term("annex-26")),
        ],
    );
    check(
        Es,
        &[
            ("tarjeta naranja", term("orange-card")),
            ("anex", term("annex-26")),
        ],
    );
}

#[test]
fn the_readers_language_and_english_are_both_searched() {
    let hits = Guide::new().search("lawyer", &chain(&[Fr]), 10);
    assert_eq!(hits[0].item, article("legal-aid").unwrap());
    assert_eq!(hits[0].lang, En);
    let hits = Guide::new().search("avocat", &chain(&[Fr]), 10);
    assert_eq!(hits[0].lang, Fr);
    // Dutch text is not searched for a French reader.
    assert!(Guide::new()
        .search("advocaat", &chain(&[Fr]), 10)
        .is_empty());
}

#[test]
fn each_item_appears_once_preferring_the_readers_language() {
    let hits = Guide::new().search("26", &chain(&[Nl]), 50);
    let annex: Vec<_> = hits
        .iter()
        .filter(|h| h.item == term("annex-26").unwrap())
        .collect();
    assert_eq!(annex.len(), 1);
    assert_eq!(annex[0].lang, Nl);
}

#[test]
fn titles_and_snippets_mark_the_matches() {
    let hits = Guide::new().search("pro deo", &chain(&[En]), 5);
    let hit = &hits[0];
    assert!(
        hit.snippet.marked().contains("[pro] [deo]"),
        "{}",
        hit.snippet.marked()
    );
    let hits = Guide::new().search("avocát gratu", &chain(&[Fr]), 5);
    assert_eq!(
        hits[0].title.marked(),
        "Aide juridique [gratuite] : un [avocat] pour votre procédure"
    );
    for hit in &hits {
        for range in hit.snippet.matches.iter().chain(&hit.title.matches) {
            assert!(range.start < range.end);
        }
    }
}

#[test]
fn prefixes_of_one_to_three_letters_find_something_and_empty_queries_nothing() {
    let guide = Guide::new();
    for query in ["a", "av", "avo", "م", "مح", "ት"] {
        let reader = if query.is_ascii() {
            Fr
        } else if query == "ት" {
            Ti
        } else {
            Ar
        };
        assert!(
            !guide.search(query, &chain(&[reader]), 10).is_empty(),
            "{query}"
        );
    }
    assert!(guide.search("", &chain(&[En]), 10).is_empty());
    assert!(guide.search("  ,;  ", &chain(&[En]), 10).is_empty());
    assert!(guide.search("zzzzqqq", &chain(&[En]), 10).is_empty());
    assert_eq!(guide.search("a", &chain(&[En]), 3).len(), 3);
}

#[test]
fn more_matched_words_rank_higher() {
    let hits = Guide::new().search("lawyer dublin", &chain(&[En]), 10);
    assert_eq!(hits[0].item, article("where-to-get-help").unwrap());
    assert!(hits[0].score > hits[1].score);
}

/// Holds for any content: every article and term is the top hit for its
/// own title, in every language it exists in.
#[test]
fn every_text_is_found_by_its_own_title() {
    let guide = Guide::new();
    for language in Language::ALL {
        let reader = LanguageChain::from(language);
        for summary in guide
            .articles(&reader)
            .into_iter()
            .filter(|a| a.lang_shown == language)
        {
            let hits = guide.search(&summary.title, &reader, 5);
            assert_eq!(
                hits.first().map(|h| h.item.clone()),
                article(&summary.slug),
                "{language}: {}",
                summary.title
            );
        }
        for entry in guide
            .glossary(&reader)
            .into_iter()
            .filter(|e| e.lang_shown == language)
        {
            let hits = guide.search(&entry.term, &reader, 5);
            assert!(
                hits.iter()
                    .take(2)
                    .any(|h| h.item == term(&entry.id).unwrap()),
                "{language}: {}",
                entry.term
            );
        }
    }
}

#[test]
fn the_embedded_index_is_built_once_and_covers_every_text() {
    let index = SearchIndex::embedded();
    assert!(std::ptr::eq(index, SearchIndex::embedded()));
    let guide = Guide::new();
    let coverage = guide.coverage();
    let article_texts: usize = coverage
        .rows
        .iter()
        .filter(|r| r.kind == "article")
        .map(|r| r.statuses.iter().filter(|(_, s)| s.is_some()).count())
        .sum();
    assert!(index.document_count() >= article_texts + 3 * 9 + 3);
    assert!(index.term_count() > 500);
}
