//! `key: value` lines, `[id]` sections, lists, dates and sources: the
//! pieces the plain-text content files are made of.

use super::diagnostics::Checker;
use super::markdown::is_slug;

/// One `key: value` line.
#[derive(Debug, Clone)]
pub struct Field {
    pub key: String,
    pub value: String,
    pub line: usize,
}

/// A `[id]` section and its fields.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub line: usize,
    pub fields: Vec<Field>,
}

/// Splits `key: value`; `None` if the line has no `key:` prefix.
pub fn split_key_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let valid = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    valid.then(|| (key, value.trim()))
}

/// Removes a trailing comment (`#` after whitespace), as in
/// `topic: procedure   # one of ...`. Only used in the language-neutral
/// files (`_meta.txt`, `_terms.txt`, `_contacts.txt`).
pub fn strip_comment(value: &str) -> &str {
    let bytes = value.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'#' && i > 0 && (bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') {
            return value[..i].trim_end();
        }
    }
    value
}

/// Reads lines of `key: value` (blank and `#` lines skipped) into fields.
/// With `comments`, trailing ` # comments` are removed from values.
pub fn parse_fields(ctx: &mut Checker, file: &str, text: &str, comments: bool) -> Vec<Field> {
    let mut fields = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        match split_key_value(trimmed) {
            Some((key, value)) => {
                let value = if comments {
                    strip_comment(value)
                } else {
                    value
                };
                fields.push(Field {
                    key: key.to_string(),
                    value: value.to_string(),
                    line,
                });
            }
            None => ctx.error(file, line, "expected `key: value`"),
        }
    }
    fields
}

/// Reads a file of `[id]` sections. Fields before the first section are
/// returned separately (`status:` of the language files).
pub fn parse_sections(
    ctx: &mut Checker,
    file: &str,
    text: &str,
    comments: bool,
) -> (Vec<Field>, Vec<Section>) {
    let mut preamble = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(inner) = trimmed.strip_prefix('[') {
            let Some(id) = inner.strip_suffix(']') else {
                ctx.error(file, line, "expected `[id]`");
                continue;
            };
            let id = id.trim();
            if !is_slug(id) {
                ctx.error(file, line, "id must be lowercase a-z, 0-9 and `-`");
            }
            if sections.iter().any(|s| s.id == id) {
                ctx.error(file, line, format!("`[{id}]` appears twice"));
            }
            sections.push(Section {
                id: id.to_string(),
                line,
                fields: Vec::new(),
            });
            continue;
        }
        let Some((key, value)) = split_key_value(trimmed) else {
            ctx.error(file, line, "expected `key: value` or `[id]`");
            continue;
        };
        let value = if comments {
            strip_comment(value)
        } else {
            value
        };
        let field = Field {
            key: key.to_string(),
            value: value.to_string(),
            line,
        };
        match sections.last_mut() {
            Some(section) => section.fields.push(field),
            None => preamble.push(field),
        }
    }
    (preamble, sections)
}

/// Checks that every key is allowed and that single-valued keys appear at
/// most once. `repeatable` keys may repeat.
pub fn check_keys(
    ctx: &mut Checker,
    file: &str,
    fields: &[Field],
    allowed: &[&str],
    repeatable: &[&str],
) {
    for (i, field) in fields.iter().enumerate() {
        if !allowed.contains(&field.key.as_str()) {
            ctx.error(
                file,
                field.line,
                format!(
                    "unknown key `{}` (expected one of: {})",
                    field.key,
                    allowed.join(", ")
                ),
            );
            continue;
        }
        if !repeatable.contains(&field.key.as_str())
            && fields[..i].iter().any(|earlier| earlier.key == field.key)
        {
            ctx.error(file, field.line, format!("`{}` appears twice", field.key));
        }
    }
}

/// The first value of `key`, reporting it when missing or empty.
pub fn required<'f>(
    ctx: &mut Checker,
    file: &str,
    at_line: usize,
    fields: &'f [Field],
    key: &str,
) -> Option<&'f Field> {
    match fields.iter().find(|f| f.key == key) {
        Some(field) if field.value.is_empty() => {
            ctx.error(file, field.line, format!("empty `{key}`"));
            None
        }
        Some(field) => Some(field),
        None => {
            ctx.error(file, at_line, format!("missing `{key}:`"));
            None
        }
    }
}

/// The first value of an optional `key`, reporting it when present but empty.
pub fn optional(ctx: &mut Checker, file: &str, fields: &[Field], key: &str) -> Option<String> {
    let field = fields.iter().find(|f| f.key == key)?;
    if field.value.is_empty() {
        ctx.error(file, field.line, format!("empty `{key}`"));
        return None;
    }
    Some(field.value.clone())
}

/// A comma-separated list (`related: a, b`).
pub fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

/// Checks every `source:` of a record; at least one is required.
pub fn sources(ctx: &mut Checker, file: &str, at_line: usize, fields: &[Field]) -> Vec<String> {
    let mut out = Vec::new();
    for field in fields.iter().filter(|f| f.key == "source") {
        if check_source(ctx, file, field) {
            out.push(field.value.clone());
        }
    }
    if !fields.iter().any(|f| f.key == "source") {
        ctx.error(
            file,
            at_line,
            "missing `source:` (at least one is required)",
        );
    }
    out
}

fn check_source(ctx: &mut Checker, file: &str, field: &Field) -> bool {
    let value = field.value.as_str();
    if let Some(name) = value.strip_prefix("seed:") {
        let name = name.trim();
        let plain = !name.is_empty() && !name.contains(['/', '\\']) && !name.starts_with('.');
        if !plain {
            ctx.error(
                file,
                field.line,
                "`seed:` must name a file in shared/seeds/",
            );
            return false;
        }
        if let Some(seeds) = &ctx.seeds {
            if !seeds.join(name).is_file() {
                let message = format!("seed file `{name}` does not exist in shared/seeds/");
                ctx.error(file, field.line, message);
                return false;
            }
        }
        return true;
    }
    if let Some(rest) = value.strip_prefix("https://") {
        if !rest.is_empty() && !rest.contains(char::is_whitespace) {
            return true;
        }
    }
    ctx.error(
        file,
        field.line,
        "source must be `seed:<file>` or an `https://` address",
    );
    false
}

/// A real calendar date written `YYYY-MM-DD`.
pub fn is_date(value: &str) -> bool {
    parse_date(value).is_some()
}

/// `YYYY-MM-DD` into (year, month, day) when it is a real date.
pub fn parse_date(value: &str) -> Option<(i32, u32, u32)> {
    let bytes = value.as_bytes();
    let shape = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape {
        return None;
    }
    let year: i32 = value[0..4].parse().ok()?;
    let month: u32 = value[5..7].parse().ok()?;
    let day: u32 = value[8..10].parse().ok()?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (year >= 2000 && (1..=days).contains(&day)).then_some((year, month, day))
}

/// Checks `last-verified:` (required, a real date).
pub fn last_verified(ctx: &mut Checker, file: &str, at_line: usize, fields: &[Field]) -> String {
    let Some(field) = required(ctx, file, at_line, fields, "last-verified") else {
        return String::new();
    };
    if !is_date(&field.value) {
        ctx.error(
            file,
            field.line,
            "`last-verified` must be a real date written YYYY-MM-DD",
        );
        return String::new();
    }
    field.value.clone()
}

/// The `status:` value, checked.
pub fn status(ctx: &mut Checker, file: &str, field: Option<&Field>) -> String {
    let Some(field) = field else {
        ctx.error(file, 1, "missing `status:`");
        return String::new();
    };
    if !super::STATUSES.contains(&field.value.as_str()) {
        ctx.error(
            file,
            field.line,
            format!("status must be one of: {}", super::STATUSES.join(", ")),
        );
        return String::new();
    }
    field.value.clone()
}

/// The languages that have a `<lang>.txt` file among `entries` of folder
/// `dir`, besides its language-neutral `facts` file (`_terms.txt`,
/// `_contacts.txt`). Any other file is reported as unexpected.
pub fn language_files(
    ctx: &mut Checker,
    dir: &str,
    facts: &str,
    entries: &[(String, bool)],
) -> Vec<String> {
    let mut langs = Vec::new();
    for (name, _) in entries {
        if name == facts {
            continue;
        }
        match name.strip_suffix(".txt") {
            Some(lang) if super::LANGUAGES.contains(&lang) => langs.push(lang.to_string()),
            _ => ctx.error(
                &format!("{dir}/{name}"),
                1,
                format!(
                    "unexpected file (expected {facts} or <lang>.txt, lang one of: {})",
                    super::LANGUAGES.join(", ")
                ),
            ),
        }
    }
    langs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("2026-1-01"));
        assert!(!is_date("26-01-2026"));
    }

    #[test]
    fn trailing_comments_need_whitespace_before_hash() {
        assert_eq!(strip_comment("procedure   # one of"), "procedure");
        assert_eq!(strip_comment("https://x.be/a#b"), "https://x.be/a#b");
    }
}
