//! Keyslot management on [`PassageVault`]: list, change the passphrase, add
//! the device slot, remove a slot. A second `impl` block on the root object,
//! as every later module adds its own.

use crate::blocking::off_thread;
use crate::ids::SlotId;
use crate::keystore::{DeviceKeyStore, ForeignKeyStore};
use crate::vault::{PassageVault, SlotInfo};
use crate::PassageError;
use secrecy::SecretString;
use std::sync::Arc;

#[uniffi::export]
impl PassageVault {
    /// The keyslots (ids and kinds only). Works locked.
    pub fn slots(&self) -> Vec<SlotInfo> {
        self.core()
            .slots()
            .into_iter()
            .map(SlotInfo::from)
            .collect()
    }

    /// Replaces the passphrase (or the recovery phrase) that `old` opens
    /// with `new` (at least 8 characters). Runs the KDF: slow.
    pub async fn change_passphrase(&self, old: String, new: String) -> Result<(), PassageError> {
        let vault = Arc::clone(self.core());
        let (old, new) = (SecretString::from(old), SecretString::from(new));
        off_thread("passage-passwd", move || {
            Ok(vault.change_passphrase(&old, &new)?)
        })
        .await
    }

    /// Adds (or replaces) the device slot: the shell's keystore wraps the
    /// data key under `alias`. Needs the vault unlocked.
    pub async fn add_device_slot(
        &self,
        keystore: Arc<dyn DeviceKeyStore>,
        alias: String,
    ) -> Result<SlotInfo, PassageError> {
        let vault = Arc::clone(self.core());
        off_thread("passage-keystore", move || {
            Ok(vault
                .add_device_slot(&ForeignKeyStore(keystore), &alias)?
                .into())
        })
        .await
    }

    /// Removes a keyslot. Needs the vault unlocked; the last passphrase or
    /// recovery slot cannot be removed. The shell deletes its own device key.
    pub fn remove_slot(&self, slot_id: SlotId) -> Result<(), PassageError> {
        Ok(self.core().remove_slot(&slot_id.value)?)
    }
}

#[cfg(test)]
mod tests {
    use crate::blocking::tests::block_on;
    use crate::*;
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    /// A Rust-side DeviceKeyStore (the trait is `with_foreign`: Rust may
    /// implement it too). Not a real wrap: it only checks the plumbing.
    #[derive(Default)]
    struct Table(Mutex<HashMap<String, Vec<u8>>>);

    impl DeviceKeyStore for Table {
        fn wrap(&self, alias: String, secret: Vec<u8>) -> Result<Vec<u8>, DeviceKeyStoreError> {
            let mut t = self.0.lock().unwrap();
            t.insert(alias, secret);
            Ok(b"token".to_vec())
        }
        fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, DeviceKeyStoreError> {
            if wrapped != b"token" {
                return Err(DeviceKeyStoreError::UnwrapFailed);
            }
            let t = self.0.lock().unwrap();
            t.get(&alias)
                .cloned()
                .ok_or(DeviceKeyStoreError::KeyNotFound)
        }
        fn delete(&self, alias: String) -> Result<(), DeviceKeyStoreError> {
            self.0.lock().unwrap().remove(&alias);
            Ok(())
        }
    }

    const FAST: VaultConfig = VaultConfig { kdf_log_n: 4 };

    #[test]
    fn default_config_is_the_cores() {
        assert_eq!(
            VaultConfig::default().kdf_log_n,
            passage_core::vault::DEFAULT_LOG_N
        );
        // `#[uniffi(default = 16)]` on the field must say the same.
        assert_eq!(passage_core::vault::DEFAULT_LOG_N, 16);
    }

    #[test]
    fn device_slot_round_trip_through_the_adapter() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v").to_string_lossy().into_owned();
        let created = block_on(create_vault(dir.clone(), "long passphrase".into(), FAST)).unwrap();
        assert_eq!(created.recovery_phrase.split(' ').count(), 12);
        let vault = created.vault;
        let ks: Arc<dyn DeviceKeyStore> = Arc::new(Table::default());
        let slot = block_on(vault.add_device_slot(Arc::clone(&ks), "a".into())).unwrap();
        assert_eq!(slot.kind, SlotKind::Device);
        vault.lock();
        block_on(vault.unlock_with_device(Arc::clone(&ks))).unwrap();
        assert!(vault.is_unlocked());

        let other: Arc<dyn DeviceKeyStore> = Arc::new(Table::default());
        vault.lock();
        assert!(matches!(
            block_on(vault.unlock_with_device(other)),
            Err(PassageError::NotFound { .. })
        ));
        let reopened = PassageVault::open(dir, FAST).unwrap();
        assert_eq!(reopened.status().unwrap().slots.len(), 3);
    }

    #[test]
    fn a_work_factor_the_core_could_not_unlock_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v").to_string_lossy().into_owned();
        for kdf_log_n in [0, passage_core::vault::MAX_LOG_N + 1] {
            let r = block_on(create_vault(
                dir.clone(),
                "long passphrase".into(),
                VaultConfig { kdf_log_n },
            ));
            assert!(
                matches!(r, Err(PassageError::InvalidInput { ref field, .. }) if field == "kdf_log_n")
            );
        }
    }
}
