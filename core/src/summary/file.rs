//! Writing a summary to a file: a temporary file in the same folder,
//! synced, then renamed over the target, so a crash leaves either the old
//! file or the whole new one, never half a summary.

use crate::{Error, Result};
use rand::RngCore;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;

fn io(what: &'static str) -> impl Fn(std::io::Error) -> Error {
    move |e| Error::Io {
        reason: format!("{what}: {}", e.kind()),
    }
}

/// Writes `html` to `path` (replacing a file there) through a temporary
/// file and a rename. The summary is **not encrypted**: callers tell the
/// person so.
pub fn write_file(path: &Path, html: &str) -> Result<()> {
    if path.is_dir() {
        return Err(Error::invalid("output", "is a folder; give a file name"));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(Error::not_found("the folder of the output file"));
    }
    let mut suffix = [0u8; 8];
    rand::thread_rng().fill_bytes(&mut suffix);
    let hex: String = suffix.iter().map(|b| format!("{b:02x}")).collect();
    let temp = parent.join(format!(".passage-summary-{hex}.part"));
    let result = (|| -> Result<()> {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(io("creating the summary file"))?;
        file.write_all(html.as_bytes())
            .map_err(io("writing the summary file"))?;
        file.sync_all().map_err(io("writing the summary file"))?;
        drop(file);
        fs::rename(&temp, path).map_err(io("finishing the summary file"))?;
        if let Ok(dir) = fs::File::open(&parent) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_target_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("s.html");
        fs::write(&target, "old").unwrap();
        write_file(&target, "<p>new</p>").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "<p>new</p>");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(matches!(
            write_file(dir.path(), "x"),
            Err(Error::InvalidInput { .. })
        ));
        assert!(matches!(
            write_file(&dir.path().join("missing/s.html"), "x"),
            Err(Error::NotFound { .. })
        ));
    }
}
