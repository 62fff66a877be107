//! The small text format of the checklist and interview content files:
//! optional `key: value` lines before the first entry (the preamble), then
//! entries, each an `[id]` line followed by `key: value` lines. Blank lines
//! and lines starting with `#` are ignored. Values are one line each.
//!
//! Shared (crate-private) by `checklist` and `interview`; every error names
//! `file:line`.

use std::fmt;

/// A problem in a shipped content file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ContentError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// One `key: value` line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field<'a> {
    pub key: &'a str,
    pub value: &'a str,
    pub line: usize,
}

/// One `[id]` block.
#[derive(Debug, Clone)]
pub(crate) struct Entry<'a> {
    pub file: &'static str,
    pub id: &'a str,
    pub line: usize,
    pub fields: Vec<Field<'a>>,
}

/// A parsed file.
#[derive(Debug, Clone)]
pub(crate) struct ParsedFile<'a> {
    pub preamble: Vec<Field<'a>>,
    pub entries: Vec<Entry<'a>>,
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

/// Parses `text`, naming `file` in errors.
pub(crate) fn parse<'a>(file: &'static str, text: &'a str) -> Result<ParsedFile<'a>, ContentError> {
    let err = |line: usize, message: String| ContentError {
        file,
        line,
        message,
    };
    let mut out = ParsedFile {
        preamble: Vec::new(),
        entries: Vec::new(),
    };
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('[') {
            let id = rest
                .strip_suffix(']')
                .ok_or_else(|| err(line, "an entry line must look like `[id]`".into()))?;
            if !is_id(id) {
                return Err(err(
                    line,
                    format!("`{id}` is not a valid id (lowercase letters, digits and `-`)"),
                ));
            }
            if out.entries.iter().any(|e| e.id == id) {
                return Err(err(line, format!("the id `{id}` is used twice")));
            }
            out.entries.push(Entry {
                file,
                id,
                line,
                fields: Vec::new(),
            });
            continue;
        }
        let (key, value) = trimmed
            .split_once(':')
            .ok_or_else(|| err(line, "expected `[id]` or `key: value`".into()))?;
        let (key, value) = (key.trim(), value.trim());
        if !is_key(key) {
            return Err(err(line, format!("`{key}` is not a valid key")));
        }
        if value.is_empty() {
            return Err(err(line, format!("`{key}` has no value")));
        }
        let field = Field { key, value, line };
        match out.entries.last_mut() {
            Some(entry) => entry.fields.push(field),
            None => out.preamble.push(field),
        }
    }
    Ok(out)
}

impl<'a> Entry<'a> {
    pub fn error(&self, line: usize, message: impl Into<String>) -> ContentError {
        ContentError {
            file: self.file,
            line,
            message: message.into(),
        }
    }

    /// Refuses keys not in `allowed` (a trailing `.*` allows `key.<lang>`)
    /// and repeated keys not in `repeatable`.
    pub fn check_keys(&self, allowed: &[&str], repeatable: &[&str]) -> Result<(), ContentError> {
        for (i, f) in self.fields.iter().enumerate() {
            let ok = allowed.iter().any(|a| match a.strip_suffix(".*") {
                Some(prefix) => {
                    f.key == prefix
                        || f.key
                            .strip_prefix(prefix)
                            .and_then(|r| r.strip_prefix('.'))
                            .is_some_and(|lang| {
                                (2..=3).contains(&lang.len())
                                    && lang.bytes().all(|b| b.is_ascii_lowercase())
                            })
                }
                None => f.key == *a,
            });
            if !ok {
                return Err(self.error(f.line, format!("unknown key `{}`", f.key)));
            }
            if !repeatable.contains(&f.key) && self.fields[..i].iter().any(|g| g.key == f.key) {
                return Err(self.error(f.line, format!("`{}` is given twice", f.key)));
            }
        }
        Ok(())
    }

    pub fn get(&self, key: &str) -> Option<&Field<'a>> {
        self.fields.iter().find(|f| f.key == key)
    }

    pub fn all(&self, key: &str) -> impl Iterator<Item = &Field<'a>> + '_ {
        let key = key.to_string();
        self.fields.iter().filter(move |f| f.key == key)
    }

    pub fn required(&self, key: &str) -> Result<&Field<'a>, ContentError> {
        self.get(key)
            .ok_or_else(|| self.error(self.line, format!("`[{}]` has no `{key}`", self.id)))
    }

    /// `key.<lang>` fields as (lang, value).
    pub fn translations(&self, key: &str) -> Vec<(&'a str, &'a str)> {
        self.fields
            .iter()
            .filter_map(|f| {
                f.key
                    .strip_prefix(key)
                    .and_then(|r| r.strip_prefix('.'))
                    .map(|lang| (lang, f.value))
            })
            .collect()
    }
}

/// Seed files that `source: seed:<name>` may name (in `shared/seeds/`).
pub(crate) const KNOWN_SEEDS: &[&str] = &[
    "000_aae23fbdf1bd8042.txt",
    "001_b60f278828da0ab3.txt",
    "002_fa9c63c6fdfeabd0.txt",
    "003_a781c8fd4d182859.txt",
    "004_3f2df3e969749e00.txt",
];

/// Checks one `source:` value: `seed:<known seed>` or an `https://` URL.
pub(crate) fn check_source(entry: &Entry<'_>, field: &Field<'_>) -> Result<(), ContentError> {
    let v = field.value;
    let ok = match v.strip_prefix("seed:") {
        Some(name) => KNOWN_SEEDS.contains(&name),
        None => v.starts_with("https://") && v.len() > "https://".len() && !v.contains(' '),
    };
    if ok {
        Ok(())
    } else {
        Err(entry.error(
            field.line,
            "a source must be `seed:<file in shared/seeds>` or an https:// address",
        ))
    }
}

/// Parses a `YYYY-MM-DD` value.
pub(crate) fn parse_date(
    entry: &Entry<'_>,
    field: &Field<'_>,
) -> Result<chrono::NaiveDate, ContentError> {
    chrono::NaiveDate::parse_from_str(field.value, "%Y-%m-%d").map_err(|_| {
        entry.error(
            field.line,
            format!("`{}` must be a date YYYY-MM-DD", field.key),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_preamble_entries_and_comments() {
        let text = "# comment\nsection: identity\n\n[passport]\ntitle: Passport\ntitle.fr: Passeport\n# c\n[id-card]\ntitle: ID card\n";
        let p = parse("f.txt", text).unwrap();
        assert_eq!(p.preamble.len(), 1);
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.entries[0].id, "passport");
        assert_eq!(p.entries[0].line, 4);
        assert_eq!(
            p.entries[0].translations("title"),
            vec![("fr", "Passeport")]
        );
        assert_eq!(p.entries[1].get("title").unwrap().line, 9);
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("[ok]\nno colon here\n", 2, "expected"),
            ("[Bad Id]\n", 1, "not a valid id"),
            ("[a]\n[a]\n", 2, "used twice"),
            ("[a]\ntitle:\n", 2, "no value"),
            ("[a\n", 1, "`[id]`"),
            ("[a]\nTi tle: x\n", 2, "not a valid key"),
        ];
        for (text, line, needle) in cases {
            let e = parse("content/x.txt", text).unwrap_err();
            assert_eq!(e.line, line, "{text:?}");
            assert!(e
                .to_string()
                .starts_with(&format!("content/x.txt:{line}: ")));
            assert!(e.message.contains(needle), "{e}");
        }
    }

    #[test]
    fn key_checks_allow_translations_and_refuse_repeats() {
        let p = parse("f", "[a]\ntitle: x\ntitle.nl: y\nsource: s\nsource: t\n").unwrap();
        p.entries[0]
            .check_keys(&["title.*", "source"], &["source"])
            .unwrap();
        let e = p.entries[0]
            .check_keys(&["title.*", "source"], &[])
            .unwrap_err();
        assert_eq!(e.line, 5);
        let e = p.entries[0]
            .check_keys(&["title", "source"], &["source"])
            .unwrap_err();
        assert_eq!(e.line, 3);
    }
}
