//! Writing a summary to a file, through [`crate::output_file`]: a crash
//! leaves either the old file or the whole new one, never half a summary,
//! and only the owner can read it.

use crate::output_file::{self, IfExists};
use crate::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Writes `html` to `path`, replacing a file there. The summary is **not
/// encrypted**: callers tell the person so.
pub fn write_file(path: &Path, html: &str) -> Result<()> {
    output_file::write(path, "summary file", IfExists::Replace, |out| {
        out.write_all(html.as_bytes()).map_err(|e| Error::Io {
            reason: format!("writing the summary file: {}", e.kind()),
        })
    })
}
