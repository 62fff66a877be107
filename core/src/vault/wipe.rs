//! Panic wipe: destroy the keys first (crypto-shredding), then the files.
//!
//! Order matters. The data key exists on disk only inside the keyslots of
//! `header.json`, and attachment keys only inside records encrypted under
//! the data key. So overwriting the header's slots and destroying the
//! device keystore key makes every record and attachment unreadable at
//! once, however large the vault; deleting the files afterwards only frees
//! space. A copy of the folder taken before the wipe can still be opened
//! with the passphrase (nothing can reach back into a copy), but no longer
//! with the device slot or the PIN, whose keys are destroyed in the keystore.

use super::error::{VResult, VaultError};
use super::header::{sync_dir, Header, HEADER_FILE};
use super::keystore::KeyStore;
use super::Vault;
use std::fs;
use std::io::Write;
use std::path::Path;

/// Overwrites a file in place with zeros and syncs it (best effort against
/// the file system; flash may keep old blocks, which is why keys go first).
fn overwrite(path: &Path) -> VResult<()> {
    let len = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    let mut f = fs::OpenOptions::new().write(true).open(path)?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        f.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    f.sync_all()?;
    Ok(())
}

/// Destroys the vault in `dir` whose header is `header`: keys first (the
/// header's slots, then every keystore key its slots and PIN section name),
/// then the files and the folder.
pub(super) fn destroy(dir: &Path, header: &Header, keystore: Option<&dyn KeyStore>) -> VResult<()> {
    // 1. Keys: the header (all keyslots) and the device keystore keys.
    overwrite(&dir.join(HEADER_FILE))?;
    if let Some(ks) = keystore {
        // Each alias once (the two PIN slots and the PIN section share one).
        let aliases: std::collections::BTreeSet<&str> = header
            .slots
            .iter()
            .filter_map(|s| s.alias.as_deref())
            .chain(header.pin.as_ref().map(|p| p.alias.as_str()))
            .collect();
        for alias in aliases {
            ks.delete(alias)
                .map_err(|e| VaultError::Keystore(e.to_string()))?;
        }
    }
    fs::remove_file(dir.join(HEADER_FILE))?;
    sync_dir(dir)?;
    // 2. Files: nothing left in them is readable without the keys.
    fs::remove_dir_all(dir)?;
    Ok(())
}

impl Vault {
    /// Destroys the vault: every keyslot and the device keys first, then
    /// every file, then the folder. Works locked or unlocked. After it, no
    /// secret opens this vault; `keystore` is needed to destroy the device
    /// and PIN keys (pass `None` when the vault has neither).
    /// The object stays usable only to report errors: it no longer holds
    /// any keyslot, so nothing unlocks it (shells may still hold a
    /// reference to it when the user presses the panic button).
    pub fn panic_wipe(&self, keystore: Option<&dyn KeyStore>) -> crate::Result<()> {
        let header = {
            let mut state = self.state();
            state.session = None; // close the database, drop the key
            let header = state.header.clone();
            state.header.slots.clear();
            state.header.pin = None;
            header
        };
        destroy(&self.dir, &header, keystore)?;
        Ok(())
    }
}
