//! The root object, [`PassageVault`]: create, open, unlock, lock, status.
//! Keyslot management is in `keyslots.rs`; each later module (journal,
//! deadlines, ...) adds its own file and its own `impl PassageVault` block.

use crate::blocking::off_thread;
use crate::ids::{SlotId, VaultId};
use crate::keystore::{DeviceKeyStore, ForeignKeyStore};
use crate::PassageError;
use passage_core::vault::{self, Vault, VaultOptions, DEFAULT_LOG_N, MAX_LOG_N};
use secrecy::SecretString;
use std::path::PathBuf;
use std::sync::Arc;

/// Settings for creating or opening a vault.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VaultConfig {
    /// scrypt work factor (log2 N) for new passphrase and recovery slots.
    /// The default, 16, is the core's `DEFAULT_LOG_N` (64 MiB, about half a
    /// second on a mid-range phone). Tests may lower it to 4 to run fast;
    /// an app must never lower it. Accepted: 1 to 20.
    #[uniffi(default = 16)]
    pub kdf_log_n: u8,
}

impl Default for VaultConfig {
    fn default() -> Self {
        VaultConfig {
            kdf_log_n: DEFAULT_LOG_N,
        }
    }
}

impl VaultConfig {
    pub(crate) fn options(&self) -> Result<VaultOptions, PassageError> {
        // The core refuses to unlock slots above MAX_LOG_N: never make one.
        if !(1..=MAX_LOG_N).contains(&self.kdf_log_n) {
            return Err(PassageError::invalid(
                "kdf_log_n",
                format!("must be between 1 and {MAX_LOG_N}"),
            ));
        }
        Ok(VaultOptions {
            log_n: self.kdf_log_n,
            ..VaultOptions::default()
        })
    }
}

/// How a keyslot opens the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SlotKind {
    /// The passphrase the user chose.
    Passphrase,
    /// The generated recovery phrase.
    Recovery,
    /// The device keystore (Android Keystore / iOS Keychain).
    Device,
    /// A PIN slot (the device keystore wraps it); a vault with a PIN has two.
    Pin,
}

impl From<vault::SlotKind> for SlotKind {
    fn from(k: vault::SlotKind) -> Self {
        match k {
            vault::SlotKind::Passphrase => SlotKind::Passphrase,
            vault::SlotKind::Recovery => SlotKind::Recovery,
            vault::SlotKind::Device => SlotKind::Device,
            vault::SlotKind::Pin => SlotKind::Pin,
        }
    }
}

/// One keyslot (no key material).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SlotInfo {
    pub id: SlotId,
    pub kind: SlotKind,
}

impl From<vault::SlotInfo> for SlotInfo {
    fn from(s: vault::SlotInfo) -> Self {
        SlotInfo {
            id: SlotId { value: s.id },
            kind: s.kind.into(),
        }
    }
}

/// Live records in one collection.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CollectionCount {
    pub collection: String,
    pub count: u64,
}

/// What the vault looks like now.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VaultStatus {
    pub vault_id: VaultId,
    pub locked: bool,
    /// Header format version.
    pub format: u32,
    /// Database schema version.
    pub schema_version: u32,
    pub slots: Vec<SlotInfo>,
    /// Live records per collection, by collection name (empty when locked).
    pub records: Vec<CollectionCount>,
    /// Records in the trash (0 when locked).
    pub in_trash: u64,
}

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

impl From<vault::VaultStatus> for VaultStatus {
    fn from(s: vault::VaultStatus) -> Self {
        VaultStatus {
            vault_id: VaultId { value: s.vault_id },
            locked: s.locked,
            format: s.format,
            schema_version: s.schema_version,
            slots: s.slots.into_iter().map(SlotInfo::from).collect(),
            records: s
                .records
                .into_iter()
                .map(|(collection, n)| CollectionCount {
                    collection,
                    count: count(n),
                })
                .collect(),
            in_trash: count(s.in_trash),
        }
    }
}

/// An encrypted vault on disk. Thread-safe; every call is short except the
/// `async` ones, which run on a background thread.
#[derive(uniffi::Object)]
pub struct PassageVault {
    inner: Arc<Vault>,
}

impl PassageVault {
    /// Wraps a core vault (a decoy opened by the duress PIN).
    pub(crate) fn from_core(vault: Vault) -> Self {
        PassageVault {
            inner: Arc::new(vault),
        }
    }

    /// The core vault, for the other modules' `impl PassageVault` blocks.
    pub(crate) fn core(&self) -> &Arc<Vault> {
        &self.inner
    }
}

/// A new vault, unlocked, and its recovery phrase.
#[derive(uniffi::Record)]
pub struct CreatedVault {
    pub vault: Arc<PassageVault>,
    /// Twelve words separated by single spaces. Show it to the user once;
    /// never store or log it.
    pub recovery_phrase: String,
}

/// Creates a vault in `dir` (absent or empty) with a passphrase slot and a
/// recovery slot, and returns it unlocked. Runs the KDF twice: slow.
#[uniffi::export(default(config))]
pub async fn create_vault(
    dir: String,
    passphrase: String,
    config: VaultConfig,
) -> Result<CreatedVault, PassageError> {
    let options = config.options()?;
    let passphrase = SecretString::from(passphrase);
    let dir = PathBuf::from(dir);
    off_thread("passage-create", move || {
        let (vault, phrase) = Vault::create(&dir, &passphrase, options)?;
        Ok(CreatedVault {
            vault: Arc::new(PassageVault {
                inner: Arc::new(vault),
            }),
            recovery_phrase: phrase.expose().to_string(),
        })
    })
    .await
}

#[uniffi::export]
impl PassageVault {
    /// Opens the vault in `dir`, locked. Reads only the header: fast.
    #[uniffi::constructor(default(config))]
    pub fn open(dir: String, config: VaultConfig) -> Result<Arc<Self>, PassageError> {
        let vault = Vault::open(&PathBuf::from(dir), config.options()?)?;
        Ok(Arc::new(PassageVault {
            inner: Arc::new(vault),
        }))
    }

    /// Unlocks with the passphrase or the recovery phrase (spacing and case
    /// of the recovery words do not matter). Runs the KDF: slow.
    pub async fn unlock(&self, passphrase: String) -> Result<(), PassageError> {
        let vault = Arc::clone(&self.inner);
        let secret = SecretString::from(passphrase);
        off_thread("passage-unlock", move || Ok(vault.unlock(&secret)?)).await
    }

    /// Unlocks with the device slot through the shell's keystore.
    pub async fn unlock_with_device(
        &self,
        keystore: Arc<dyn DeviceKeyStore>,
    ) -> Result<(), PassageError> {
        let vault = Arc::clone(&self.inner);
        off_thread("passage-unlock", move || {
            Ok(vault.unlock_with_device(&ForeignKeyStore(keystore))?)
        })
        .await
    }

    /// Locks: closes the database and wipes the data key from memory.
    pub fn lock(&self) {
        self.inner.lock();
    }

    pub fn is_unlocked(&self) -> bool {
        self.inner.is_unlocked()
    }

    /// Vault id, lock state, keyslots and (when unlocked) record counts.
    pub fn status(&self) -> Result<VaultStatus, PassageError> {
        Ok(self.inner.status()?.into())
    }
}
