//! The guide commands of the `passage` binary, run as a person would.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

fn passage(args: &[&str], lang_env: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_passage"));
    cmd.args(args);
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    if let Some(lang) = lang_env {
        cmd.env("LANG", lang);
    }
    cmd.output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn unknown_language_exits_5_and_lists_the_supported_codes() {
    let output = passage(&["guide", "list", "--lang", "xx"], None);
    assert_eq!(output.status.code(), Some(5));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("nl, fr, en, es, ar, fa, ps, so, ti"), "{err}");
    assert!(!err.contains("xx"), "echoes the input: {err}");
}

#[test]
fn the_system_locale_is_the_default_then_english() {
    let dutch = stdout(&passage(&["guide", "list"], Some("nl_BE.UTF-8")));
    assert!(dutch.contains("Gratis juridische hulp"), "{dutch}");
    let german = stdout(&passage(&["guide", "list"], Some("de_DE.UTF-8")));
    assert!(german.contains("Free legal help"), "{german}");
    let none = stdout(&passage(&["guide", "list"], None));
    assert!(none.contains("Free legal help"), "{none}");
}

#[test]
fn guide_show_renders_the_article_with_notices_sources_and_date() {
    let output = passage(&["guide", "show", "legal-aid", "--lang", "es"], None);
    assert!(output.status.success());
    let text = stdout(&output);
    // The Spanish text is a machine draft: the reader is told so.
    assert!(text.contains("Una máquina tradujo esta página"), "{text}");
    assert!(text.contains("  • "), "{text}");
    assert!(text.contains("(→ where-to-get-help)"), "{text}");
    // Sources read as titles, not as internal file names.
    assert!(
        text.contains("NGO information page on the CGRS asylum procedure"),
        "{text}"
    );
    assert!(!text.contains("seed:"), "{text}");
    assert!(text.contains("23 de noviembre de 2026"), "{text}");
    let missing = passage(&["guide", "show", "nope"], None);
    assert_eq!(missing.status.code(), Some(4));
}

#[test]
fn search_prints_marked_hits_or_json() {
    let text = stdout(&passage(&["search", "avocat", "--lang", "fr"], None));
    assert!(text.contains("[avocat]"), "{text}");
    assert!(text.contains("[guide: legal-aid]"), "{text}");
    let json = stdout(&passage(&["search", "orange card", "--json"], None));
    let hits: serde_json::Value = serde_json::from_str(&json).unwrap();
    // The article and the glossary entry both come first.
    let top: Vec<(String, String)> = hits.as_array().unwrap()[..3]
        .iter()
        .map(|h| {
            let item = &h["item"];
            let id = item.get("slug").or_else(|| item.get("id")).unwrap();
            (
                item["kind"].as_str().unwrap().to_string(),
                id.as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        top.contains(&("article".into(), "orange-card".into())),
        "{top:?}"
    );
    assert!(
        top.contains(&("glossary".into(), "orange-card".into())),
        "{top:?}"
    );
    assert_eq!(hits[0]["lang"], "en");
    let none = stdout(&passage(&["search", "zzzzz", "--lang", "ar"], None));
    assert!(none.contains("لا توجد نتائج"), "{none}");
}

#[test]
fn contacts_and_glossary() {
    let json = stdout(&passage(&["contacts", "--json"], None));
    let contacts: serde_json::Value = serde_json::from_str(&json).unwrap();
    let bundled = passage_core::guide::Guide::new()
        .contacts(&passage_core::i18n::Language::En.into())
        .len();
    assert!(bundled >= 10);
    assert_eq!(contacts.as_array().unwrap().len(), bundled);
    let text = stdout(&passage(&["glossary", "Bijlage 26", "--lang", "ps"], None));
    assert!(text.contains("[annex-26]"), "{text}");
    assert!(text.contains("fr: Annexe 26"), "{text}");
    let missing = passage(&["glossary", "qqqqq"], None);
    assert_eq!(missing.status.code(), Some(4));
}

#[test]
fn content_check_reports_coverage_and_checks_a_folder() {
    let text = stdout(&passage(&["content", "check"], None));
    assert!(text.contains("no errors"), "{text}");
    assert!(text.contains("article legal-aid"), "{text}");
    let broken = tempfile::tempdir().unwrap();
    let output = passage(
        &["content", "check", "--dir", broken.path().to_str().unwrap()],
        None,
    );
    assert_eq!(output.status.code(), Some(5));
    assert!(stdout(&output).contains("content/guide:1: missing folder content/guide/"));
}
