//! Problems found in the content, as `content/<file>:<line>: <message>`.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Path relative to the content folder, with `/` separators.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The outcome of a check.
#[derive(Debug, Default, Clone)]
pub struct Report {
    /// Sorted by file and line.
    pub errors: Vec<Diagnostic>,
    /// How many files were read.
    pub files_read: usize,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Collects diagnostics while the content is read.
pub(crate) struct Checker {
    pub root: PathBuf,
    pub seeds: Option<PathBuf>,
    errors: Vec<Diagnostic>,
    files_read: usize,
}

impl Checker {
    pub fn new(root: &Path, seeds: Option<&Path>) -> Self {
        Checker {
            root: root.to_path_buf(),
            seeds: seeds.map(Path::to_path_buf),
            errors: Vec::new(),
            files_read: 0,
        }
    }

    pub fn error(&mut self, file: &str, line: usize, message: impl Into<String>) {
        self.errors.push(Diagnostic {
            file: file.to_string(),
            line: line.max(1),
            message: message.into(),
        });
    }

    /// Reads `rel` (relative to the content folder) as UTF-8 text, without
    /// a byte order mark. Reports and returns `None` when that fails.
    pub fn read(&mut self, rel: &str) -> Option<String> {
        match std::fs::read(self.root.join(rel)) {
            Ok(bytes) => {
                self.files_read += 1;
                match String::from_utf8(bytes) {
                    Ok(text) => Some(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string()),
                    Err(_) => {
                        self.error(rel, 1, "file is not valid UTF-8");
                        None
                    }
                }
            }
            Err(err) => {
                self.error(rel, 1, format!("cannot read file: {err}"));
                None
            }
        }
    }

    /// Names in folder `rel`, sorted, as (name, is_dir). A missing folder
    /// gives `None`.
    pub fn list(&mut self, rel: &str) -> Option<Vec<(String, bool)>> {
        let entries = std::fs::read_dir(self.root.join(rel)).ok()?;
        let mut names = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
            names.push((name, is_dir));
        }
        names.sort();
        Some(names)
    }

    pub fn into_report(mut self) -> Report {
        self.errors.sort();
        self.errors.dedup();
        Report {
            errors: self.errors,
            files_read: self.files_read,
        }
    }
}
