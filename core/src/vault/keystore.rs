//! The device keystore seam: the shells implement [`KeyStore`] with the
//! Android Keystore or the iOS Keychain; [`FileKeyStore`] is the file-backed
//! stand-in for the CLI and tests.

use super::keys::SymmetricKey;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Why a keystore call failed. Never carries key material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyStoreError {
    /// No key under this alias (deleted, or another device).
    KeyNotFound,
    /// The wrapped bytes did not authenticate under the key.
    UnwrapFailed,
    /// The platform keystore failed or refused (locked device, ...).
    Failed { reason: String },
}

impl fmt::Display for KeyStoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyStoreError::KeyNotFound => f.write_str("no device key under this alias"),
            KeyStoreError::UnwrapFailed => f.write_str("the device key did not unwrap the secret"),
            KeyStoreError::Failed { reason } => write!(f, "keystore failure: {reason}"),
        }
    }
}

/// A device-bound key store. `wrap` encrypts a small secret under a key that
/// never leaves the platform keystore (created on first use of `alias`);
/// `unwrap` reverses it; `delete` destroys the key, making every secret
/// wrapped under it unrecoverable.
pub trait KeyStore: Send + Sync {
    fn wrap(&self, alias: &str, secret: &[u8]) -> Result<Vec<u8>, KeyStoreError>;
    fn unwrap(&self, alias: &str, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyStoreError>;
    fn delete(&self, alias: &str) -> Result<(), KeyStoreError>;
}

/// Keys kept as files in a directory outside the vault (one 32-byte random
/// key per alias, mode 0600). Much weaker than hardware: anyone who copies
/// both directories can open the device slot. For the CLI and tests only.
pub struct FileKeyStore {
    dir: PathBuf,
}

impl FileKeyStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FileKeyStore { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn key_path(&self, alias: &str) -> Result<PathBuf, KeyStoreError> {
        let ok = !alias.is_empty()
            && alias.len() <= 64
            && alias
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !ok {
            return Err(KeyStoreError::Failed {
                reason: "alias must be 1-64 ASCII letters, digits, '-' or '_'".into(),
            });
        }
        Ok(self.dir.join(format!("{alias}.key")))
    }

    fn load(&self, alias: &str) -> Result<SymmetricKey, KeyStoreError> {
        let path = self.key_path(alias)?;
        let bytes = Zeroizing::new(fs::read(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => KeyStoreError::KeyNotFound,
            _ => KeyStoreError::Failed {
                reason: super::error::io_reason(&e),
            },
        })?);
        SymmetricKey::from_slice(&bytes).map_err(|_| KeyStoreError::Failed {
            reason: "device key file is damaged".into(),
        })
    }

    fn load_or_create(&self, alias: &str) -> Result<SymmetricKey, KeyStoreError> {
        match self.load(alias) {
            Err(KeyStoreError::KeyNotFound) => {}
            other => return other,
        }
        let fail = |e: std::io::Error| KeyStoreError::Failed {
            reason: super::error::io_reason(&e),
        };
        fs::create_dir_all(&self.dir).map_err(fail)?;
        let key = SymmetricKey::random();
        let path = self.key_path(alias)?;
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&path).map_err(fail)?;
        f.write_all(key.as_bytes()).map_err(fail)?;
        f.sync_all().map_err(fail)?;
        Ok(key)
    }

    fn aad(alias: &str) -> Vec<u8> {
        let mut a = b"passage/file-keystore/v1/".to_vec();
        a.extend_from_slice(alias.as_bytes());
        a
    }
}

impl KeyStore for FileKeyStore {
    fn wrap(&self, alias: &str, secret: &[u8]) -> Result<Vec<u8>, KeyStoreError> {
        let key = self.load_or_create(alias)?;
        key.seal(secret, &Self::aad(alias))
            .map_err(|_| KeyStoreError::Failed {
                reason: "encryption failed".into(),
            })
    }

    fn unwrap(&self, alias: &str, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyStoreError> {
        let key = self.load(alias)?;
        key.open(wrapped, &Self::aad(alias), "device slot")
            .map_err(|_| KeyStoreError::UnwrapFailed)
    }

    fn delete(&self, alias: &str) -> Result<(), KeyStoreError> {
        let path = self.key_path(alias)?;
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(KeyStoreError::Failed {
                reason: super::error::io_reason(&e),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_keystore_wraps_unwraps_and_deletes() {
        let dir = tempfile::tempdir().unwrap();
        let ks = FileKeyStore::new(dir.path().join("ks"));
        let w = ks.wrap("vault-a", b"secret").unwrap();
        assert_eq!(ks.unwrap("vault-a", &w).unwrap().as_slice(), b"secret");
        assert_eq!(ks.unwrap("vault-b", &w), Err(KeyStoreError::KeyNotFound));
        ks.delete("vault-a").unwrap();
        assert_eq!(ks.unwrap("vault-a", &w), Err(KeyStoreError::KeyNotFound));
        assert!(ks.wrap("../evil", b"x").is_err());
    }
}
