//! Files the core writes for the person to take away: backups, shared
//! files, printable summaries. Each is written to a temporary file beside
//! the target, readable only by its owner (a summary is plaintext), synced
//! to disk, and gets its name only when complete. On any error the
//! temporary file is removed: the target never appears half-written, and a
//! file already there is either refused or kept until the new one is whole.

use crate::{Error, Result};
use rand::RngCore;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, ErrorKind};
use std::path::{Path, PathBuf};

/// What to do when something already exists at the target path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfExists {
    /// `AlreadyExists`; nothing is written (backups, shared files).
    Refuse,
    /// The new file replaces it, atomically (a summary printed again).
    Replace,
}

/// Writes `target` through `fill`. `label` names the file in errors
/// ("backup file"); it never contains user data.
pub fn write<T>(
    target: &Path,
    label: &str,
    if_exists: IfExists,
    fill: impl FnOnce(&mut BufWriter<File>) -> Result<T>,
) -> Result<T> {
    let exists = || Error::AlreadyExists {
        what: format!("a file at the path of the {label}"),
    };
    if target.is_dir() {
        return Err(Error::invalid(label, "is a folder; give a file name"));
    }
    if if_exists == IfExists::Refuse && target.symlink_metadata().is_ok() {
        return Err(exists());
    }
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(Error::not_found(format!("the folder of the {label}")));
    }
    let io = |during: &'static str| {
        move |e: io::Error| Error::Io {
            reason: format!("{during} the {label}: {}", e.kind()),
        }
    };
    let temp = parent.join(format!(".passage-{}.part", random_hex()));
    let result = (|| -> Result<T> {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&temp).map_err(io("creating"))?;
        let mut out = BufWriter::with_capacity(256 * 1024, file);
        let value = fill(&mut out)?;
        let file = out
            .into_inner()
            .map_err(|e| io("writing")(e.into_error()))?;
        file.sync_all().map_err(io("writing"))?;
        drop(file);
        match if_exists {
            IfExists::Replace => fs::rename(&temp, target).map_err(io("finishing"))?,
            // A hard link never replaces a file that appeared meanwhile;
            // file systems without links get a rename after a last check.
            IfExists::Refuse => match fs::hard_link(&temp, target) {
                Ok(()) => fs::remove_file(&temp).map_err(io("finishing"))?,
                Err(e) if e.kind() == ErrorKind::AlreadyExists => return Err(exists()),
                Err(_) if target.symlink_metadata().is_ok() => return Err(exists()),
                Err(_) => fs::rename(&temp, target).map_err(io("finishing"))?,
            },
        }
        if let Ok(dir) = File::open(&parent) {
            let _ = dir.sync_all();
        }
        Ok(value)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

fn random_hex() -> String {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn refuse_keeps_an_existing_file_and_replace_swaps_it_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.age");
        write(&target, "backup file", IfExists::Refuse, |w| {
            w.write_all(b"one").map_err(|e| Error::Io {
                reason: e.to_string(),
            })
        })
        .unwrap();
        let again = write(&target, "backup file", IfExists::Refuse, |_| Ok(()));
        assert!(
            matches!(again, Err(Error::AlreadyExists { .. })),
            "{again:?}"
        );
        assert_eq!(fs::read(&target).unwrap(), b"one");
        write(&target, "summary", IfExists::Replace, |w| {
            w.write_all(b"two").map_err(|e| Error::Io {
                reason: e.to_string(),
            })
        })
        .unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        assert_eq!(names(dir.path()), vec!["out.age".to_string()]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "only the owner may read it");
        }
    }

    #[test]
    fn a_failing_writer_leaves_no_file_and_the_old_one_intact() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("s.html");
        fs::write(&target, "old").unwrap();
        let failed: Result<()> = write(&target, "summary", IfExists::Replace, |w| {
            w.write_all(b"half").unwrap();
            Err(Error::invalid("test", "stop"))
        });
        assert!(matches!(failed, Err(Error::InvalidInput { .. })));
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(names(dir.path()), vec!["s.html".to_string()]);
        let new = dir.path().join("new.age");
        let failed: Result<()> = write(&new, "backup file", IfExists::Refuse, |_| {
            Err(Error::invalid("test", "stop"))
        });
        assert!(failed.is_err());
        assert!(!new.exists());
    }

    #[test]
    fn folders_and_missing_parents_are_precise_errors() {
        let dir = tempfile::tempdir().unwrap();
        let r = write(dir.path(), "summary", IfExists::Replace, |_| Ok(()));
        assert!(matches!(r, Err(Error::InvalidInput { .. })), "{r:?}");
        let r = write(
            &dir.path().join("no/such.html"),
            "summary",
            IfExists::Replace,
            |_| Ok(()),
        );
        assert!(matches!(r, Err(Error::NotFound { .. })), "{r:?}");
    }
}
