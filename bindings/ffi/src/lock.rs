//! Lock policy on [`PassageVault`]: PIN through the device keystore with
//! the attempt counter, duress PIN, panic wipe; and several vaults on one
//! phone (neutral names, encrypted labels).

use crate::blocking::off_thread;
use crate::keystore::{DeviceKeyStore, ForeignKeyStore};
use crate::vault::PassageVault;
use crate::PassageError;
use passage_core::vault::{self, PinUnlock};
use secrecy::SecretString;
use std::path::PathBuf;
use std::sync::Arc;

/// What a PIN opened. The shell shows a decoy exactly like a real vault.
#[derive(uniffi::Enum)]
pub enum PinOutcome {
    /// This vault is now unlocked.
    Unlocked,
    /// Another vault (unlocked) to show in this one's place.
    Opened { vault: Arc<PassageVault> },
}

/// The PIN attempt counter, for the lock screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PinAttempts {
    /// Wrong PINs in a row.
    pub failures: u32,
    /// Seconds to wait before the next try (0: may try now).
    pub wait_seconds: u64,
    /// Wrong PINs in a row after which the vault is wiped, if set.
    pub wipe_after: Option<u32>,
}

/// A vault found under a root folder, as listed while locked.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VaultEntry {
    /// The folder name: random, reveals nothing.
    pub id: String,
    /// "Vault 1", "Vault 2", ... (the shell may translate the word).
    pub neutral_name: String,
    pub path: String,
}

/// The vaults under `root` (neutral names only; labels need unlocking).
#[uniffi::export]
pub fn list_vaults(root: String) -> Result<Vec<VaultEntry>, PassageError> {
    Ok(vault::list_vaults(&PathBuf::from(root))?
        .into_iter()
        .map(|e| VaultEntry {
            id: e.id,
            neutral_name: e.neutral_name,
            path: e.path.to_string_lossy().into_owned(),
        })
        .collect())
}

/// A new neutral folder path under `root` for `create_vault`.
#[uniffi::export]
pub fn new_vault_path(root: String) -> String {
    vault::new_vault_path(&PathBuf::from(root))
        .to_string_lossy()
        .into_owned()
}

/// The warning the shell must show before the user turns on "wipe after
/// N wrong PINs" (English; the shell shows its translation).
#[uniffi::export]
pub fn pin_wipe_after_warning(n: u32) -> String {
    vault::wipe_after_warning(n)
}

fn wrap(v: vault::Vault) -> Arc<PassageVault> {
    Arc::new(PassageVault::from_core(v))
}

#[uniffi::export]
impl PassageVault {
    /// Sets (or replaces) the PIN (4 to 12 digits). Needs the vault unlocked.
    pub async fn set_pin(
        &self,
        pin: String,
        keystore: Arc<dyn DeviceKeyStore>,
    ) -> Result<(), PassageError> {
        let vault = Arc::clone(self.core());
        let pin = SecretString::from(pin);
        off_thread("passage-pin", move || {
            Ok(vault.set_pin(&pin, &ForeignKeyStore(keystore))?)
        })
        .await
    }

    /// Unlocks with the PIN. A wrong PIN is `WrongPassphrase`; while the
    /// attempt delay runs, `RetryLater { seconds }` (no attempt is made).
    pub async fn unlock_with_pin(
        &self,
        pin: String,
        keystore: Arc<dyn DeviceKeyStore>,
    ) -> Result<PinOutcome, PassageError> {
        let vault = Arc::clone(self.core());
        let pin = SecretString::from(pin);
        off_thread("passage-pin", move || {
            Ok(
                match vault.unlock_with_pin(&pin, &ForeignKeyStore(keystore))? {
                    PinUnlock::Real => PinOutcome::Unlocked,
                    PinUnlock::Decoy(other) => PinOutcome::Opened {
                        vault: wrap(*other),
                    },
                },
            )
        })
        .await
    }

    /// The attempt counter (for "try again in ..." on the lock screen).
    pub async fn pin_attempts(
        &self,
        keystore: Arc<dyn DeviceKeyStore>,
    ) -> Result<PinAttempts, PassageError> {
        let vault = Arc::clone(self.core());
        off_thread("passage-pin", move || {
            let s = vault.pin_status(&ForeignKeyStore(keystore))?;
            Ok(PinAttempts {
                failures: s.failures,
                wait_seconds: s.wait_seconds,
                wipe_after: s.wipe_after,
            })
        })
        .await
    }

    /// Turns "wipe after N wrong PINs" on (`Some(n)`) or off (`None`).
    /// Show [`pin_wipe_after_warning`] first. Needs the vault unlocked.
    pub async fn set_pin_wipe_after(
        &self,
        after: Option<u32>,
        keystore: Arc<dyn DeviceKeyStore>,
    ) -> Result<(), PassageError> {
        let vault = Arc::clone(self.core());
        off_thread("passage-pin", move || {
            Ok(vault.set_pin_wipe_after(after, &ForeignKeyStore(keystore))?)
        })
        .await
    }

    /// Sets the duress PIN: it opens `decoy` (an unlocked vault with a few
    /// harmless entries) instead of this one, and with `destroy_real` first
    /// silently destroys this vault's keys. Needs this vault unlocked.
    pub async fn set_duress_pin(
        &self,
        duress_pin: String,
        keystore: Arc<dyn DeviceKeyStore>,
        decoy: Arc<PassageVault>,
        destroy_real: bool,
    ) -> Result<(), PassageError> {
        let vault = Arc::clone(self.core());
        let decoy = Arc::clone(decoy.core());
        let pin = SecretString::from(duress_pin);
        off_thread("passage-pin", move || {
            Ok(vault.set_duress_pin(&pin, &ForeignKeyStore(keystore), &decoy, destroy_real)?)
        })
        .await
    }

    /// Panic wipe: destroys every keyslot and the device keys first, then
    /// the files. Fast whatever the size. Nothing opens this vault after it.
    pub async fn panic_wipe(
        &self,
        keystore: Option<Arc<dyn DeviceKeyStore>>,
    ) -> Result<(), PassageError> {
        let vault = Arc::clone(self.core());
        off_thread("passage-wipe", move || {
            let ks = keystore.map(ForeignKeyStore);
            Ok(vault.panic_wipe(ks.as_ref().map(|k| k as &dyn vault::KeyStore))?)
        })
        .await
    }

    /// Idle time before auto-lock, in seconds (10 to 3600; `None`: never).
    /// Default 120.
    pub fn set_idle_timeout(&self, seconds: Option<u64>) -> Result<(), PassageError> {
        Ok(self.core().set_idle_timeout(seconds)?)
    }

    pub fn idle_timeout(&self) -> Option<u64> {
        self.core().idle_timeout()
    }

    /// Tell the core the person is using the app (taps, scrolls).
    pub fn touch(&self) {
        self.core().touch();
    }

    /// Call from a timer: locks if idle too long; true when locked now.
    /// (Call `lock()` yourself when the app goes to the background.)
    pub fn lock_if_idle(&self) -> bool {
        self.core().lock_if_idle()
    }

    /// Sets this vault's label (stored only encrypted). Needs it unlocked.
    pub fn set_label(&self, label: String) -> Result<(), PassageError> {
        Ok(self.core().set_label(&label)?)
    }

    /// This vault's label, if set. Needs it unlocked.
    pub fn label(&self) -> Result<Option<String>, PassageError> {
        Ok(self.core().label()?.map(|l| l.as_str().to_string()))
    }
}
