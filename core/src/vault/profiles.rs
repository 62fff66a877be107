//! Several vaults on one phone (family members sharing it): each vault is a
//! folder with a neutral random name under one root; its label ("Amina",
//! "Family") is stored only encrypted, inside the vault, so a list of the
//! vaults shows nothing but neutral identifiers until one is unlocked.

use super::collection::Record;
use super::header::HEADER_FILE;
use super::ids::{random_bytes, to_hex};
use super::Vault;
use crate::sensitive::UserText;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The encrypted label of a vault (one record per vault).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VaultProfile {
    pub label: UserText,
}

impl Record for VaultProfile {
    const COLLECTION: &'static str = "profile";
}

/// A vault found under the root, as shown while locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VaultEntry {
    /// Neutral identifier: the folder name (random, reveals nothing).
    pub id: String,
    /// "Vault 1", "Vault 2", ... in folder-name order.
    pub neutral_name: String,
    pub path: PathBuf,
}

/// A new neutral folder name for a vault under `root`.
pub fn new_vault_path(root: &Path) -> PathBuf {
    root.join(format!("v{}", to_hex(&random_bytes::<6>())))
}

/// The vaults under `root` (folders holding a vault header), in a stable order.
pub fn list_vaults(root: &Path) -> Result<Vec<VaultEntry>> {
    let entries = match std::fs::read_dir(root) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::Io {
                reason: super::error::io_reason(&e),
            })
        }
    };
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join(HEADER_FILE).is_file())
        .collect();
    dirs.sort();
    Ok(dirs
        .into_iter()
        .enumerate()
        .map(|(i, path)| VaultEntry {
            id: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            neutral_name: format!("Vault {}", i + 1),
            path,
        })
        .collect())
}

impl Vault {
    /// Sets the vault's label (stored encrypted). Needs the vault unlocked.
    pub fn set_label(&self, label: &str) -> Result<()> {
        let label = label.trim();
        if label.is_empty() || label.chars().count() > 100 {
            return Err(Error::invalid("label", "must have 1 to 100 characters"));
        }
        let profile = VaultProfile {
            label: UserText::new(label),
        };
        self.write(|tx| match tx.list::<VaultProfile>()?.first() {
            Some(existing) => tx.update(&existing.id, &profile),
            None => tx.insert(&profile).map(|_| ()),
        })
    }

    /// The vault's label, if one was set. Needs the vault unlocked.
    pub fn label(&self) -> Result<Option<UserText>> {
        Ok(self
            .list::<VaultProfile>()?
            .into_iter()
            .next()
            .map(|p| p.value.label))
    }
}
