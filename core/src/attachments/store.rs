//! Files in `attachments/`: names, private creation, fsync, and the set of
//! imports in progress in this process (so recovery leaves them alone).
//!
//! Names: `<file id>` (32 hex characters) for a committed encrypted file,
//! `<file id>.part` while it is being written. Nothing else in the folder is
//! ours; recovery never touches other names.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

pub(crate) const PART_SUFFIX: &str = ".part";
/// Prefix of the temporary file an export writes next to its target.
pub(crate) const EXPORT_TEMP_PREFIX: &str = ".passage-export-";

pub(crate) fn is_file_id(name: &str) -> bool {
    name.len() == 32
        && name
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub(crate) fn final_path(dir: &Path, file_id: &str) -> PathBuf {
    dir.join(file_id)
}

pub(crate) fn part_path(dir: &Path, file_id: &str) -> PathBuf {
    dir.join(format!("{file_id}{PART_SUFFIX}"))
}

/// Creates a new file readable only by its owner; fails if it exists.
pub(crate) fn create_private(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// Makes a rename or removal in `dir` durable.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Removes a file if it exists (errors other than "not found" count).
pub(crate) fn remove_if_exists(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

static IN_FLIGHT: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

fn in_flight() -> MutexGuard<'static, BTreeSet<PathBuf>> {
    match IN_FLIGHT.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    }
}

/// Marks a `.part` file as being written by this process until dropped.
pub(crate) struct InFlight(PathBuf);

impl InFlight {
    pub fn register(path: &Path) -> InFlight {
        in_flight().insert(path.to_path_buf());
        InFlight(path.to_path_buf())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        in_flight().remove(&self.0);
    }
}

pub(crate) fn is_in_flight(path: &Path) -> bool {
    in_flight().contains(path)
}
