//! The device keystore, implemented by the shells (Android Keystore, iOS
//! Keychain) and adapted here to the core's [`KeyStore`] trait.
//!
//! The secret handed to `wrap` is key material (the vault's data key and
//! id): a shell must keep it only in memory, wrap it with a key that never
//! leaves the platform keystore, and never log it. Copies made while the
//! bytes cross the FFI cannot be wiped from here.

use passage_core::vault::{KeyStore, KeyStoreError};
use std::sync::Arc;
use zeroize::Zeroizing;

/// Why a keystore call failed. Must not carry key material or user data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum DeviceKeyStoreError {
    /// No key under this alias (deleted, invalidated, or another device).
    #[error("no device key under this alias")]
    KeyNotFound,
    /// The wrapped bytes did not authenticate under the key.
    #[error("the device key did not unwrap the secret")]
    UnwrapFailed,
    /// The platform keystore failed or refused (device locked, ...).
    #[error("keystore failure: {reason}")]
    Failed { reason: String },
}

/// Any other exception thrown by a shell's implementation lands here rather
/// than panicking in Rust. Its text is dropped: it may hold anything.
impl From<uniffi::UnexpectedUniFFICallbackError> for DeviceKeyStoreError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        DeviceKeyStoreError::Failed {
            reason: "unexpected error in the app's keystore".into(),
        }
    }
}

/// A device-bound key store, implemented by the shell. `wrap` encrypts a
/// small secret under a platform key named `alias` (created on first use)
/// and returns the wrapped bytes; `unwrap` reverses it; `delete` destroys
/// the key, making everything wrapped under it unrecoverable.
#[uniffi::export(with_foreign)]
pub trait DeviceKeyStore: Send + Sync {
    fn wrap(&self, alias: String, secret: Vec<u8>) -> Result<Vec<u8>, DeviceKeyStoreError>;
    fn unwrap(&self, alias: String, wrapped: Vec<u8>) -> Result<Vec<u8>, DeviceKeyStoreError>;
    fn delete(&self, alias: String) -> Result<(), DeviceKeyStoreError>;
}

/// The shell's keystore seen as the core's [`KeyStore`].
pub(crate) struct ForeignKeyStore(pub(crate) Arc<dyn DeviceKeyStore>);

impl From<DeviceKeyStoreError> for KeyStoreError {
    fn from(e: DeviceKeyStoreError) -> Self {
        match e {
            DeviceKeyStoreError::KeyNotFound => KeyStoreError::KeyNotFound,
            DeviceKeyStoreError::UnwrapFailed => KeyStoreError::UnwrapFailed,
            DeviceKeyStoreError::Failed { reason } => KeyStoreError::Failed { reason },
        }
    }
}

impl KeyStore for ForeignKeyStore {
    fn wrap(&self, alias: &str, secret: &[u8]) -> Result<Vec<u8>, KeyStoreError> {
        Ok(self.0.wrap(alias.to_string(), secret.to_vec())?)
    }

    fn unwrap(&self, alias: &str, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyStoreError> {
        Ok(Zeroizing::new(
            self.0.unwrap(alias.to_string(), wrapped.to_vec())?,
        ))
    }

    fn delete(&self, alias: &str) -> Result<(), KeyStoreError> {
        Ok(self.0.delete(alias.to_string())?)
    }
}
