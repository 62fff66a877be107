//! Offline search on the embedded content: the right item for realistic
//! queries in each language (words taken from the real titles and texts),
//! spelling variants, prefixes, snippets, fallback to English texts, and
//! generic properties that hold for any content.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;

use common::{article_header, chain, content_dir, fixture_guide, section_ids};
use passage_core::guide::search::SearchIndex;
use passage_core::guide::{Guide, SearchHit, SearchItem};
use passage_core::i18n::{Language, LanguageChain};
use Language::*;

fn search(query: &str, reader: Language, limit: usize) -> Vec<SearchHit> {
    Guide::new().search(query, &chain(&[reader]), limit)
}

/// Every item found, best first.
fn items(query: &str, reader: Language) -> Vec<SearchItem> {
    search(query, reader, 10_000)
        .into_iter()
        .map(|h| h.item)
        .collect()
}

fn article(slug: &str) -> SearchItem {
    SearchItem::Article { slug: slug.into() }
}

fn term(id: &str) -> SearchItem {
    SearchItem::Glossary { id: id.into() }
}

fn contact(id: &str) -> SearchItem {
    SearchItem::Contact { id: id.into() }
}

/// Each query's best hit is the expected item, in the reader's language,
/// and strictly better than the next one (not first by a tie).
fn check(reader: Language, cases: &[(&str, SearchItem)]) {
    assert!(cases.len() >= 5);
    for (query, expected) in cases {
        let hits = search(query, reader, 10);
        let at = format!("{reader}: {query:?}");
        let first = hits
            .first()
            .unwrap_or_else(|| panic!("{at}: nothing found"));
        assert_eq!(&first.item, expected, "{at}");
        assert_eq!(first.lang, reader, "{at}");
        if let Some(second) = hits.get(1) {
            assert!(
                first.score > second.score,
                "{at}: tie with {:?}",
                second.item
            );
        }
    }
}

/// Every query of `variants` finds exactly what the first one finds, and
/// that is not nothing.
fn same_results(reader: Language, variants: &[&str]) {
    let reference = items(variants[0], reader);
    assert!(!reference.is_empty(), "{reader}: {:?}", variants[0]);
    for variant in &variants[1..] {
        assert_eq!(
            items(variant, reader),
            reference,
            "{reader}: {variant:?} vs {:?}",
            variants[0]
        );
    }
}

#[test]
fn english_queries() {
    check(
        En,
        &[
            ("free lawyer", article("legal-aid")),
            ("where to get help", article("where-to-get-help")),
            (
                "asylum procedure step by step",
                article("procedure-overview"),
            ),
            ("children alone", article("unaccompanied-minors")),
            ("blue passport travel", article("blue-passport-and-travel")),
            (
                "becoming belgian",
                article("nationality-cessation-withdrawal"),
            ),
            ("false documents", article("documents-and-evidence")),
            (
                "reception centre work",
                article("work-and-reception-rights"),
            ),
            ("9ter", article("humanitarian-and-medical-stay")),
            ("new elements", article("subsequent-application")),
            ("pro deo", term("pro-deo-lawyer")),
            ("annex 26", term("annex-26")),
            ("copy of the notes", term("notes-copy")),
            ("caritas", contact("caritas-international")),
            ("112", contact("emergency-112")),
            (
                "legal aid office brussels",
                contact("legal-aid-office-brussels"),
            ),
        ],
    );
}

#[test]
fn french_queries_with_and_without_accents() {
    check(
        Fr,
        &[
            ("avocat gratuit", article("legal-aid")),
            ("l'avocat", article("legal-aid")),
            ("ou trouver de l'aide", article("where-to-get-help")),
            (
                "procedure d'asile etape par etape",
                article("procedure-overview"),
            ),
            (
                "nationalite belge",
                article("nationality-cessation-withdrawal"),
            ),
            (
                "passeport bleu voyages",
                article("blue-passport-and-travel"),
            ),
            ("mineurs", article("unaccompanied-minors")),
            ("nouvelle demande", article("subsequent-application")),
            ("faux documents", article("documents-and-evidence")),
            ("preparer entretien", article("prepare-for-interview")),
            ("travail ecole", article("work-and-reception-rights")),
            ("annexe 26", term("annex-26")),
        ],
    );
    same_results(
        Fr,
        &[
            "avocat gratuit",
            "AVOCAT GRATUIT",
            "avocát gratuít",
            "Avocat, gratuit",
        ],
    );
    same_results(
        Fr,
        &[
            "procédure d'asile étape par étape",
            "procedure d'asile etape par etape",
        ],
    );
    same_results(Fr, &["nationalité belge", "nationalite belge"]);
    // Typed or typographic apostrophe.
    same_results(
        Fr,
        &[
            "où trouver de l'aide",
            "OU TROUVER DE L’AIDE",
            "ou trouver de l'aide",
        ],
    );
    same_results(Fr, &["l'avocat", "l’avocat"]);
}

#[test]
fn dutch_queries() {
    check(
        Nl,
        &[
            ("advocaat gratis", article("legal-aid")),
            ("juridische hulp", article("legal-aid")),
            (
                "belgische nationaliteit",
                article("nationality-cessation-withdrawal"),
            ),
            (
                "blauwe paspoort reizen",
                article("blue-passport-and-travel"),
            ),
            ("opname onderhoud", article("interview-recording-and-notes")),
            ("nieuw verzoek", article("subsequent-application")),
            ("werk school opvang", article("work-and-reception-rights")),
            ("asielprocedure", article("procedure-overview")),
            ("onderhoud voorbereiden", article("prepare-for-interview")),
            (
                "niet-begeleide minderjarigen",
                article("unaccompanied-minors"),
            ),
            ("bijlage 26", term("annex-26")),
        ],
    );
    // A hyphenated word is found whole, without the hyphen, and by parts.
    same_results(
        Nl,
        &[
            "niet-begeleide minderjarigen",
            "nietbegeleide minderjarigen",
        ],
    );
    assert_eq!(
        items("niet begeleide minderjarigen", Nl)[0],
        article("unaccompanied-minors")
    );
    same_results(Nl, &["België", "belgie", "BELGIE"]);
}

#[test]
fn spanish_queries() {
    check(
        Es,
        &[
            ("abogado gratis", article("legal-aid")),
            ("apatridas", article("statelessness")),
            ("pasaporte azul viajes", article("blue-passport-and-travel")),
            (
                "nacionalidad belga",
                article("nationality-cessation-withdrawal"),
            ),
            ("nueva solicitud", article("subsequent-application")),
            (
                "trabajo escuela acogida",
                article("work-and-reception-rights"),
            ),
            ("procedimiento de asilo", article("procedure-overview")),
            ("menores no acompanados", article("unaccompanied-minors")),
            ("donde encontrar ayuda", article("where-to-get-help")),
            ("anexo 26", term("annex-26")),
        ],
    );
    same_results(Es, &["apátridas", "apatridas"]);
    same_results(Es, &["menores no acompañados", "menores no acompanados"]);
    same_results(Es, &["dónde encontrar ayuda", "donde encontrar ayuda"]);
}

#[test]
fn arabic_queries_and_spelling_variants() {
    check(
        Ar,
        &[
            ("محاميك", article("legal-aid")),
            ("المساعدة القانونية المجانية", article("legal-aid")),
            ("أين تجد المساعدة", article("where-to-get-help")),
            ("إجراءات اللجوء", article("procedure-overview")),
            (
                "الجنسية البلجيكية",
                article("nationality-cessation-withdrawal"),
            ),
            ("مركز الاستقبال", article("work-and-reception-rights")),
            ("الأطفال الوحيدون", article("unaccompanied-minors")),
            ("الإقامة الإنسانية", article("humanitarian-and-medical-stay")),
            ("عديمو", article("statelessness")),
            ("الملحق ٢٦", term("annex-26")),
            ("تسجيل المقابلة", term("audio-recording")),
        ],
    );
    // Alef forms (أ إ آ = ا), ة = ه.
    same_results(Ar, &["أين تجد المساعدة", "اين تجد المساعده"]);
    same_results(Ar, &["إجراءات اللجوء", "اجراءات اللجوء"]);
    same_results(Ar, &["الأطفال الوحيدون", "الاطفال الوحيدون"]);
    same_results(Ar, &["الإقامة الإنسانية", "الاقامة الانسانية"]);
    same_results(Ar, &["جواز السفر الأزرق", "جواز السفر الازرق"]);
    // Tashkeel and tatweel are ignored, the article is optional, and a
    // presentation-form hamza is a hamza.
    same_results(
        Ar,
        &["اللجوء", "الّلجوء", "اللُّجُوء", "اللجـوء", "لجوء", "اللجوﺀ"],
    );
    same_results(Ar, &["لمّ شمل العائلة", "لم شمل العائلة"]);
    assert_eq!(items("اللجوء", Ar)[0], article("procedure-overview"));
    // Arabic-Indic and Western digits.
    same_results(Ar, &["الملحق ٢٦", "الملحق 26"]);
}

#[test]
fn farsi_queries_and_spelling_variants() {
    check(
        Fa,
        &[
            ("وکیل رایگان", article("legal-aid")),
            ("از کجا کمک بگیریم", article("where-to-get-help")),
            ("روند پناهندگی", article("procedure-overview")),
            ("تابعیت بلژیک", article("nationality-cessation-withdrawal")),
            ("مرکز پذیرش", article("work-and-reception-rights")),
            ("کودکان تنها", article("unaccompanied-minors")),
            ("اقامت بشردوستانه", article("humanitarian-and-medical-stay")),
            ("افراد بی‌تابعیت", article("statelessness")),
            ("ضمیمه 26", term("annex-26")),
        ],
    );
    // Arabic kaf and yeh (ك ي) are Farsi ک ی.
    same_results(Fa, &["وکیل رایگان", "وكيل رايگان"]);
    same_results(Fa, &["کارت نارنجی", "كارت نارنجي"]);
    // A ZWNJ-joined word is found with the ZWNJ, without it, and by parts.
    same_results(Fa, &["افراد بی‌تابعیت", "افراد بیتابعیت"]);
    same_results(Fa, &["ضبط‌شده", "ضبطشده"]);
    assert_eq!(items("بی تابعیت", Fa)[0], article("statelessness"));
    // Persian, Arabic-Indic and Western digits.
    same_results(Fa, &["ضمیمه 26", "ضمیمه ۲۶", "ضمیمه ٢٦"]);
}

#[test]
fn pashto_queries_and_spelling_variants() {
    check(
        Ps,
        &[
            ("وړیا وکیل", article("legal-aid")),
            ("حقوقي مرسته", article("legal-aid")),
            ("له کومه مرسته", article("where-to-get-help")),
            ("د پناه غوښتنې پروسه", article("procedure-overview")),
            (
                "د بلجیم تابعیت",
                article("nationality-cessation-withdrawal"),
            ),
            ("یوازې ماشومان", article("unaccompanied-minors")),
            (
                "بشردوستانه استوګنه",
                article("humanitarian-and-medical-stay"),
            ),
            ("اسناد او شواهد", article("documents-and-evidence")),
            ("لارښوونې", article("lgbtqia-applicants")),
        ],
    );
    // ګ = گ, ي = ی, ۍ = ی, آ = ا.
    same_results(Ps, &["بشردوستانه استوګنه", "بشردوستانه استوگنه"]);
    same_results(Ps, &["ګام په ګام", "گام په گام"]);
    same_results(Ps, &["وړیا وکیل", "وړيا وکيل"]);
    same_results(Ps, &["د کورنۍ یوځای", "د کورني یوځای"]);
    same_results(Ps, &["آبي پاسپورټ", "ابي پاسپورټ"]);
    assert_eq!(items("ګام په ګام", Ps)[0], article("procedure-overview"));
}

#[test]
fn somali_queries() {
    check(
        So,
        &[
            ("caawimaad sharci", article("legal-aid")),
            ("qareen bilaash", article("legal-aid")),
            ("meesha laga helo caawimaad", article("where-to-get-help")),
            ("habka magangelyada", article("procedure-overview")),
            (
                "dhalashada belgium",
                article("nationality-cessation-withdrawal"),
            ),
            ("carruurta keligood", article("unaccompanied-minors")),
            ("codsi cusub", article("subsequent-application")),
            ("shaqo dugsi", article("work-and-reception-rights")),
            ("dukumentiyada", article("documents-and-evidence")),
            ("duubista waraysiga", term("audio-recording")),
        ],
    );
    // Hyphenated words are found whole, without the hyphen.
    same_results(So, &["isku-keenidda qoyska", "iskukeenidda qoyska"]);
    assert_eq!(
        items("isku keenidda qoyska", So)[0],
        article("family-reunification")
    );
}

#[test]
fn tigrinya_queries() {
    check(
        Ti,
        &[
            ("ጠበቓኹም", article("legal-aid")),
            ("ብነጻ ጠበቓ", article("legal-aid")),
            ("ሓገዝ ኣበይ ትረኽቡ", article("where-to-get-help")),
            ("መስርሕ ዑቕባ", article("procedure-overview")),
            ("ዜግነት ቤልጁም", article("nationality-cessation-withdrawal")),
            ("በይኖም", article("unaccompanied-minors")),
            ("ሓድሽ ሕቶ", article("subsequent-application")),
            ("ስራሕ ትምህርቲ", article("work-and-reception-rights")),
            ("ድምጺ ምቕዳሕ", article("interview-recording-and-notes")),
        ],
    );
    // The Ethiopic word space and full stop split words (a full stop also
    // ends the last word, like a space).
    same_results(Ti, &["ሓድሽ ሕቶ", "ሓድሽ፡ሕቶ"]);
    same_results(Ti, &["ሓድሽ ሕቶ ", "ሓድሽ ሕቶ።", "ሓድሽ፡ሕቶ።"]);
    same_results(Ti, &["ቃለ-መሕትት", "ቃለመሕትት"]);
}

#[test]
fn the_readers_language_and_english_are_both_searched() {
    let hits = Guide::new().search("free lawyer", &chain(&[Fr]), 10);
    assert_eq!(hits[0].item, article("legal-aid"));
    assert_eq!(hits[0].lang, En);
    let hits = Guide::new().search("avocat gratuit", &chain(&[Fr]), 10);
    assert_eq!(
        (hits[0].item.clone(), hits[0].lang),
        (article("legal-aid"), Fr)
    );
    // Words of Dutch and Arabic texts that no French or English text has.
    for (query, language) in [("asielprocedure", Nl), ("opvang", Nl), ("محامي", Ar)] {
        assert!(!items(query, language).is_empty(), "{query}");
        assert!(items(query, Fr).is_empty(), "{query}");
    }
}

#[test]
fn a_language_without_texts_searches_the_english_ones() {
    let guide = fixture_guide();
    let somali = chain(&[So]);
    let hits = guide.search("lawyer", &somali, 10);
    assert_eq!(hits[0].item, article("legal-aid"));
    assert_eq!(hits[0].lang, En);
    assert!(hits.iter().all(|h| h.lang == En));
    // A text in a language the reader did not choose is not searched.
    assert!(guide.search("avocat", &somali, 10).is_empty());
    // A Pashto reader who reads Arabic finds the Arabic text.
    let hits = guide.search("محامٍ", &chain(&[Ps, Ar]), 10);
    assert_eq!(
        (hits[0].item.clone(), hits[0].lang),
        (article("legal-aid"), Ar)
    );
}

#[test]
fn each_item_appears_once_preferring_the_readers_language() {
    let hits = Guide::new().search("26", &chain(&[Nl]), 50);
    let annex: Vec<_> = hits.iter().filter(|h| h.item == term("annex-26")).collect();
    assert_eq!(annex.len(), 1);
    assert_eq!(annex[0].lang, Nl);
    for hits in [
        Guide::new().search("CGRS", &chain(&[Ar]), 100),
        Guide::new().search("dublin", &chain(&[So]), 100),
    ] {
        let unique: BTreeSet<_> = hits.iter().map(|h| h.item.clone()).collect();
        assert_eq!(unique.len(), hits.len());
    }
}

#[test]
fn titles_and_snippets_mark_the_matches() {
    let hits = Guide::new().search("pro deo", &chain(&[En]), 5);
    assert_eq!(hits[0].item, term("pro-deo-lawyer"));
    assert_eq!(hits[0].title.marked(), "[Pro] [deo] lawyer");
    let legal = hits
        .iter()
        .find(|h| h.item == article("legal-aid"))
        .unwrap();
    assert!(
        legal.snippet.marked().contains("[pro] [deo]"),
        "{}",
        legal.snippet.marked()
    );

    let hits = Guide::new().search("avocát gratu", &chain(&[Fr]), 5);
    assert_eq!(hits[0].item, article("legal-aid"));
    let title = article_header("legal-aid", Fr).unwrap().title;
    assert!(title.contains("gratuite") && title.contains("avocat"));
    let expected = title
        .replace("gratuite", "[gratuite]")
        .replace("avocat", "[avocat]");
    assert_eq!(hits[0].title.marked(), expected);
    for hit in &hits {
        for range in hit.snippet.matches.iter().chain(&hit.title.matches) {
            assert!(range.start < range.end);
        }
    }
}

#[test]
fn prefixes_of_one_to_three_letters_find_something_and_empty_queries_nothing() {
    let guide = Guide::new();
    for (query, reader) in [
        ("a", Fr),
        ("av", Fr),
        ("avo", Fr),
        ("م", Ar),
        ("مح", Ar),
        ("ت", Fa),
        ("ት", Ti),
        ("q", So),
    ] {
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
    // Finished words (trailing space) match whole words only, so that each
    // word alone finds exactly what it matches within the pair.
    for (a, b, reader) in [
        ("lawyer", "dublin", En),
        ("avocat", "recours", Fr),
        ("وکیل", "مصاحبه", Fa),
    ] {
        let with_a: BTreeSet<SearchItem> = items(&format!("{a} "), reader).into_iter().collect();
        let with_b: BTreeSet<SearchItem> = items(&format!("{b} "), reader).into_iter().collect();
        let both = Guide::new().search(&format!("{a} {b} "), &chain(&[reader]), 200);
        let flags: Vec<bool> = both
            .iter()
            .map(|h| with_a.contains(&h.item) && with_b.contains(&h.item))
            .collect();
        assert!(flags.contains(&true) && flags.contains(&false), "{a} {b}");
        // Every item with both words comes before every item with one.
        assert!(
            flags.windows(2).all(|w| w[0] || !w[1]),
            "{a} {b}: {flags:?}"
        );
        let last_both = both[flags.iter().rposition(|f| *f).unwrap()].score;
        let first_one = both[flags.iter().position(|f| !*f).unwrap()].score;
        assert!(last_both > first_one);
    }
}

/// Holds for any content: every article is the top hit for its own title,
/// and no item ranks above a glossary term for its own name, in every
/// language it exists in.
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
                Some(article(&summary.slug)),
                "{language}: {}",
                summary.title
            );
        }
        for entry in guide
            .glossary(&reader)
            .into_iter()
            .filter(|e| e.lang_shown == language)
        {
            let hits = guide.search(&entry.term, &reader, 100);
            let own = hits.iter().find(|h| h.item == term(&entry.id));
            let own = own.unwrap_or_else(|| panic!("{language}: {} not found", entry.term));
            assert_eq!(own.score, hits[0].score, "{language}: {}", entry.term);
        }
    }
}

#[test]
fn the_embedded_index_is_built_once_and_covers_every_text() {
    let index = SearchIndex::embedded();
    assert!(std::ptr::eq(index, SearchIndex::embedded()));
    // One document per article file, and per term and contact entry of
    // each language file.
    let content = content_dir();
    let article_files: usize = common::article_slugs()
        .iter()
        .map(|slug| {
            Language::ALL
                .iter()
                .filter(|l| article_header(slug, **l).is_some())
                .count()
        })
        .sum();
    let entries = |folder: &str| -> usize {
        Language::ALL
            .iter()
            .map(|l| {
                let file = content.join(folder).join(format!("{}.txt", l.code()));
                if file.exists() {
                    section_ids(&file).len()
                } else {
                    0
                }
            })
            .sum()
    };
    let expected = article_files + entries("glossary") + entries("contacts");
    assert_eq!(index.document_count(), expected);
    assert!(index.term_count() > 500);
}
