//! `content/i18n/<lang>/*.ftl`: Fluent UI strings. Every file parses, every
//! English message exists in every language with the same placeholders and
//! attributes, no language has messages English lacks, references resolve,
//! and `direction` says the language's real direction.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use super::diagnostics::Checker;
use super::model::FtlFile;
use super::script::{check_bidi, check_script};
use super::{fields, LANGUAGES, RTL_LANGUAGES};

/// What the checks need to know about one message (or term).
#[derive(Debug, Default)]
struct Entry {
    file: String,
    line: usize,
    vars: BTreeSet<String>,
    attributes: BTreeSet<String>,
    message_refs: BTreeSet<String>,
    term_refs: BTreeSet<String>,
    text: String,
    value: Option<String>,
}

/// The messages and terms of one language, all files merged.
#[derive(Debug, Default)]
struct Language {
    files: Vec<String>,
    messages: BTreeMap<String, Entry>,
    terms: BTreeMap<String, Entry>,
    /// A file did not parse: its broken entries are not reported as
    /// missing (the syntax error is reported instead).
    syntax_errors: bool,
}

/// Reads and checks every Fluent file.
pub fn read_all(ctx: &mut Checker) -> Vec<FtlFile> {
    let mut out = Vec::new();
    let mut languages: BTreeMap<&'static str, Language> = BTreeMap::new();
    let entries = ctx.list("i18n").unwrap_or_default();
    for (name, is_dir) in &entries {
        let known = LANGUAGES.iter().find(|l| **l == name.as_str());
        match (known, is_dir) {
            (Some(lang), true) => {
                let language = read_language(ctx, lang, &mut out);
                languages.insert(lang, language);
            }
            _ => ctx.error(
                &format!("i18n/{name}"),
                1,
                format!(
                    "unexpected entry (expected a folder per language: {})",
                    LANGUAGES.join(", ")
                ),
            ),
        }
    }
    let Some(english) = languages.get("en") else {
        ctx.error(
            "i18n/en",
            1,
            "missing folder content/i18n/en/ with the English UI strings",
        );
        return out;
    };
    let first_file = english
        .files
        .first()
        .cloned()
        .unwrap_or_else(|| "ui.ftl".into());
    for lang in LANGUAGES.iter().filter(|l| **l != "en") {
        match languages.get(lang) {
            Some(language) => compare(ctx, lang, english, language),
            None => ctx.error(
                &format!("i18n/{lang}/{first_file}"),
                1,
                "missing: every language needs every English UI string",
            ),
        }
    }
    out
}

fn read_language(ctx: &mut Checker, lang: &'static str, out: &mut Vec<FtlFile>) -> Language {
    let mut language = Language::default();
    let dir = format!("i18n/{lang}");
    for (name, _) in ctx.list(&dir).unwrap_or_default() {
        let file = format!("{dir}/{name}");
        if !name.ends_with(".ftl") {
            ctx.error(&file, 1, "unexpected file (expected <name>.ftl)");
            continue;
        }
        let Some(source) = ctx.read(&file) else {
            continue;
        };
        let status = read_status(ctx, &file, &source);
        for (index, line) in source.lines().enumerate() {
            check_bidi(ctx, &file, index + 1, "line", line);
        }
        if read_file(ctx, lang, &file, &source, &mut language) {
            out.push(FtlFile {
                lang: lang.to_string(),
                name: name.clone(),
                status,
                source,
            });
        }
        language.files.push(name);
    }
    check_references(ctx, &language);
    if let Some(direction) = language.messages.get("direction") {
        let expected = if RTL_LANGUAGES.contains(&lang) {
            "rtl"
        } else {
            "ltr"
        };
        if direction.value.as_deref() != Some(expected) {
            let message = format!("`direction` must be `{expected}` for `{lang}`");
            ctx.error(&direction.file, direction.line, message);
        }
    }
    language
}

fn read_status(ctx: &mut Checker, file: &str, source: &str) -> String {
    let first = source.lines().next().unwrap_or("");
    let field = first
        .strip_prefix('#')
        .and_then(|rest| fields::split_key_value(rest.trim()))
        .filter(|(key, _)| *key == "status")
        .map(|(key, value)| fields::Field {
            key: key.to_string(),
            value: value.to_string(),
            line: 1,
        });
    if field.is_none() {
        ctx.error(
            file,
            1,
            "first line must be `# status: original|reviewed|machine-drafted`",
        );
        return String::new();
    }
    fields::status(ctx, file, field.as_ref())
}

/// Parses one file into `language`; false when it does not parse.
fn read_file(
    ctx: &mut Checker,
    lang: &str,
    file: &str,
    source: &str,
    language: &mut Language,
) -> bool {
    let (resource, parsed) = match parser::parse(source) {
        Ok(resource) => (resource, true),
        Err((resource, errors)) => {
            for error in errors {
                // The start of the broken entry, else where parsing stopped.
                let offset = error.slice.map_or(error.pos.start, |slice| slice.start);
                let line = line_of_offset(source, offset);
                ctx.error(file, line, format!("Fluent syntax error: {}", error.kind));
            }
            language.syntax_errors = true;
            (resource, false)
        }
    };
    let lines = definition_lines(source);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for entry in &resource.body {
        let (id, is_term, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let key = if is_term {
            format!("-{id}")
        } else {
            id.to_string()
        };
        let nth = seen.entry(key.clone()).or_insert(0);
        let line = lines
            .get(&key)
            .and_then(|found| found.get(*nth))
            .copied()
            .unwrap_or(1);
        *nth += 1;
        let mut info = Entry {
            file: file.to_string(),
            line,
            ..Entry::default()
        };
        if let Some(pattern) = value {
            walk_pattern(pattern, &mut info);
            info.value = Some(info.text.trim().to_string());
        }
        for attribute in attributes {
            info.attributes.insert(attribute.id.name.to_string());
            walk_pattern(&attribute.value, &mut info);
        }
        let table = if is_term {
            &mut language.terms
        } else {
            &mut language.messages
        };
        if let Some(earlier) = table.get(id) {
            let message = format!(
                "`{key}` is defined twice in `{lang}` (also {}:{})",
                earlier.file, earlier.line
            );
            ctx.error(file, line, message);
            continue;
        }
        if !is_term && id != "direction" {
            check_script(
                ctx,
                file,
                line,
                lang,
                &format!("message `{id}`"),
                &info.text,
            );
        }
        table.insert(id.to_string(), info);
    }
    parsed
}

fn check_references(ctx: &mut Checker, language: &Language) {
    for entry in language.messages.values().chain(language.terms.values()) {
        for id in &entry.message_refs {
            if !language.messages.contains_key(id) {
                ctx.error(
                    &entry.file,
                    entry.line,
                    format!("reference to unknown message `{id}`"),
                );
            }
        }
        for id in &entry.term_refs {
            if !language.terms.contains_key(id) {
                ctx.error(
                    &entry.file,
                    entry.line,
                    format!("reference to unknown term `-{id}`"),
                );
            }
        }
    }
}

fn compare(ctx: &mut Checker, lang: &str, english: &Language, language: &Language) {
    for (id, en) in &english.messages {
        let en_file_name = en.file.rsplit('/').next().unwrap_or("ui.ftl");
        let Some(entry) = language.messages.get(id) else {
            if language.syntax_errors {
                continue;
            }
            let file = format!("i18n/{lang}/{en_file_name}");
            let message = format!(
                "message `{id}` is missing (English has it at {}:{})",
                en.file, en.line
            );
            ctx.error(&file, 1, message);
            continue;
        };
        if entry.vars != en.vars {
            let message = format!(
                "message `{id}` uses placeholders {} but English uses {}",
                show(&entry.vars, "$"),
                show(&en.vars, "$")
            );
            ctx.error(&entry.file, entry.line, message);
        }
        if entry.attributes != en.attributes {
            let message = format!(
                "message `{id}` has attributes {} but English has {}",
                show(&entry.attributes, "."),
                show(&en.attributes, ".")
            );
            ctx.error(&entry.file, entry.line, message);
        }
        if entry.value.is_some() != en.value.is_some() {
            ctx.error(
                &entry.file,
                entry.line,
                format!("message `{id}` must have a value exactly when English has one"),
            );
        }
    }
    for (id, entry) in &language.messages {
        if !english.messages.contains_key(id) {
            let message = format!(
                "message `{id}` does not exist in English: add it to i18n/en/ first or remove it"
            );
            ctx.error(&entry.file, entry.line, message);
        }
    }
}

fn show(set: &BTreeSet<String>, sigil: &str) -> String {
    if set.is_empty() {
        return "none".to_string();
    }
    let items: Vec<String> = set.iter().map(|s| format!("{sigil}{s}")).collect();
    format!("{{ {} }}", items.join(", "))
}

fn walk_pattern(pattern: &ast::Pattern<&str>, info: &mut Entry) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => info.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, info),
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, info: &mut Entry) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            for variant in variants {
                walk_pattern(&variant.value, info);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, info),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, info: &mut Entry) {
    match inline {
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, info)
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            info.message_refs.insert(id.name.to_string());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            info.term_refs.insert(id.name.to_string());
            if let Some(arguments) = arguments {
                walk_arguments(arguments, info);
            }
        }
        ast::InlineExpression::VariableReference { id } => {
            info.vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, info: &mut Entry) {
    for argument in &arguments.positional {
        walk_inline(argument, info);
    }
    for argument in &arguments.named {
        walk_inline(&argument.value, info);
    }
}

fn line_of_offset(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// For each `id =` / `-id =` at the start of a line, the lines it is on.
fn definition_lines(source: &str) -> BTreeMap<String, Vec<usize>> {
    let mut out: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, line) in source.lines().enumerate() {
        let Some((name, _)) = line.split_once('=') else {
            continue;
        };
        let name = name.trim_end();
        let body = name.strip_prefix('-').unwrap_or(name);
        let valid = body.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && body
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if valid {
            out.entry(name.to_string()).or_default().push(index + 1);
        }
    }
    out
}
