//! `content/glossary/`: `_terms.txt` and one `<lang>.txt` per language.

use super::diagnostics::Checker;
use super::fields::{self, Section};
use super::model::{Term, TermText};
use super::script::check_text;
use super::LANGUAGES;

const TERM_KEYS: [&str; 4] = ["nl", "fr", "see", "source"];
const TEXT_KEYS: [&str; 2] = ["term", "text"];

/// Reads and checks the glossary; a missing folder means no terms.
pub fn read_all(ctx: &mut Checker) -> Vec<Term> {
    let Some(entries) = ctx.list("glossary") else {
        return Vec::new();
    };
    let terms_file = "glossary/_terms.txt";
    let mut terms = match ctx.read(terms_file) {
        Some(text) => read_terms(ctx, terms_file, &text),
        None => Vec::new(),
    };
    let langs = fields::language_files(ctx, "glossary", "_terms.txt", &entries);
    if !terms.is_empty() && !langs.iter().any(|l| l == "en") {
        ctx.error(
            "glossary/en.txt",
            1,
            "missing: the glossary must exist in English",
        );
    }
    for lang in LANGUAGES {
        if langs.iter().any(|l| l == lang) {
            read_language(ctx, lang, &mut terms);
        }
    }
    terms
}

fn read_terms(ctx: &mut Checker, file: &str, text: &str) -> Vec<Term> {
    let (preamble, sections) = fields::parse_sections(ctx, file, text, true);
    for field in preamble {
        ctx.error(file, field.line, "field before the first `[id]`");
    }
    let ids: Vec<String> = sections.iter().map(|s| s.id.clone()).collect();
    let mut terms = Vec::new();
    for section in sections {
        fields::check_keys(ctx, file, &section.fields, &TERM_KEYS, &["source"]);
        let nl = fields::required(ctx, file, section.line, &section.fields, "nl");
        let fr = fields::required(ctx, file, section.line, &section.fields, "fr");
        let mut term = Term {
            id: section.id.clone(),
            official_nl: nl.map(|f| f.value.clone()).unwrap_or_default(),
            official_fr: fr.map(|f| f.value.clone()).unwrap_or_default(),
            ..Term::default()
        };
        if let Some(see) = section.fields.iter().find(|f| f.key == "see") {
            term.see = fields::split_list(&see.value);
            for id in &term.see {
                if !ids.contains(id) {
                    ctx.error(
                        file,
                        see.line,
                        format!("see: `{id}` is not a glossary term"),
                    );
                } else if *id == section.id {
                    ctx.error(file, see.line, "see: lists the term itself");
                }
            }
        }
        term.sources = fields::sources(ctx, file, section.line, &section.fields);
        terms.push(term);
    }
    terms
}

fn read_language(ctx: &mut Checker, lang: &str, terms: &mut [Term]) {
    let file = format!("glossary/{lang}.txt");
    let Some(text) = ctx.read(&file) else { return };
    let (preamble, sections) = fields::parse_sections(ctx, &file, &text, false);
    let status = fields::status(ctx, &file, preamble.iter().find(|f| f.key == "status"));
    for field in preamble.iter().filter(|f| f.key != "status") {
        ctx.error(
            &file,
            field.line,
            "only `status:` may come before the first `[id]`",
        );
    }
    for section in &sections {
        let Some(term) = terms.iter_mut().find(|t| t.id == section.id) else {
            ctx.error(
                &file,
                section.line,
                format!("`[{}]` is not in glossary/_terms.txt", section.id),
            );
            continue;
        };
        if let Some(entry) = read_entry(ctx, &file, lang, section, &status) {
            term.texts.push(entry);
        }
    }
    for term in terms.iter() {
        if !sections.iter().any(|s| s.id == term.id) {
            ctx.error(
                &file,
                1,
                format!(
                    "term `{}` is missing (every term needs an entry in every language file)",
                    term.id
                ),
            );
        }
    }
}

fn read_entry(
    ctx: &mut Checker,
    file: &str,
    lang: &str,
    section: &Section,
    status: &str,
) -> Option<TermText> {
    fields::check_keys(ctx, file, &section.fields, &TEXT_KEYS, &[]);
    let term = fields::required(ctx, file, section.line, &section.fields, "term");
    let text = fields::required(ctx, file, section.line, &section.fields, "text");
    let (term, text) = (term?, text?);
    // A term may stay in Latin script (CGRS, CALL, Fedasil, Annex 26): it is
    // the official name printed on the letters. Its explanation may not.
    super::script::check_bidi(ctx, file, term.line, "term", &term.value);
    check_text(ctx, file, text.line, lang, "text", &text.value);
    Some(TermText {
        lang: lang.to_string(),
        status: status.to_string(),
        term: term.value.clone(),
        text: text.value.clone(),
    })
}
