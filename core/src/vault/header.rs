//! The vault header file (`header.json`): the vault id and its keyslots.
//!
//! It holds no plaintext secret: each slot's `data` is the data key wrapped
//! under a passphrase (age scrypt) or by the device keystore; PIN slots and
//! the `pin` section are described in `pin.rs`. It is replaced
//! atomically (write a temporary file, fsync, rename, fsync the directory), so
//! a crash leaves either the old or the new header, never half of one.

use super::error::{VResult, VaultError};
use super::ids::{from_hex, to_hex, VaultId};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::{Read, Write};
use std::path::Path;

pub(crate) const HEADER_FILE: &str = "header.json";
/// Format 1: passphrase, recovery and device slots. Format 2 adds PIN
/// slots and the `pin` section; a header is written as format 1 whenever it
/// has neither, so older versions keep reading vaults without a PIN, and
/// refuse one with a PIN as "unsupported" rather than "damaged".
pub(crate) const HEADER_FORMAT: u32 = 2;
const HEADER_FORMAT_WITHOUT_PIN: u32 = 1;
/// A header is a few kilobytes; refuse to read hostile giant files.
const MAX_HEADER_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlotKind {
    /// Wrapped under a passphrase the user chose.
    Passphrase,
    /// Wrapped under the generated recovery phrase.
    Recovery,
    /// Wrapped by the device keystore (Android Keystore / iOS Keychain).
    Device,
    /// A PIN slot: the device keystore wraps an age scrypt encryption under
    /// the PIN. A vault with a PIN always has exactly two (see `pin.rs`).
    Pin,
}

#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct SlotRecord {
    pub id: String,
    pub kind: SlotKind,
    /// Keystore alias, for device slots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Hex of the wrapped key.
    pub data: String,
}

impl SlotRecord {
    pub fn data_bytes(&self) -> VResult<Vec<u8>> {
        from_hex(&self.data).ok_or(VaultError::Corrupt("keyslot"))
    }
    pub fn new(kind: SlotKind, alias: Option<String>, data: &[u8]) -> Self {
        SlotRecord {
            id: to_hex(&super::ids::random_bytes::<4>()),
            kind,
            alias,
            data: to_hex(data),
        }
    }
}

/// What the PIN needs besides its slots: the keystore alias of the PIN
/// slots, and the "guard" (the attempt key and the wipe-after setting)
/// wrapped by the keystore and, separately, sealed under the data key.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct PinSection {
    pub alias: String,
    /// Hex of the guard wrapped by the keystore under `alias`.
    pub device: String,
    /// Hex of the guard sealed under the data key.
    pub vault: String,
}

#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct Header {
    pub format: u32,
    pub vault_id: String,
    pub slots: Vec<SlotRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<PinSection>,
}

impl Header {
    pub fn new(vault_id: &VaultId) -> Self {
        Header {
            format: HEADER_FORMAT_WITHOUT_PIN,
            vault_id: vault_id.to_string(),
            slots: Vec::new(),
            pin: None,
        }
    }

    fn has_pin(&self) -> bool {
        self.pin.is_some() || self.slots.iter().any(|s| s.kind == SlotKind::Pin)
    }

    pub fn vault_id(&self) -> VResult<VaultId> {
        self.vault_id
            .parse()
            .map_err(|_| VaultError::Corrupt("vault header"))
    }

    /// Reads and checks the header; never writes anything.
    pub fn read(dir: &Path) -> VResult<Header> {
        let path = dir.join(HEADER_FILE);
        let file = fs::File::open(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => VaultError::NotFound("vault".into()),
            _ => e.into(),
        })?;
        let mut bytes = Vec::new();
        file.take(MAX_HEADER_BYTES + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_HEADER_BYTES {
            return Err(VaultError::Corrupt("vault header"));
        }
        let header: Header =
            serde_json::from_slice(&bytes).map_err(|_| VaultError::Corrupt("vault header"))?;
        if header.format > HEADER_FORMAT {
            return Err(VaultError::Unsupported {
                found: header.format,
                supported: HEADER_FORMAT,
            });
        }
        if header.format < HEADER_FORMAT_WITHOUT_PIN || header.slots.is_empty() {
            return Err(VaultError::Corrupt("vault header"));
        }
        header.vault_id()?;
        Ok(header)
    }

    /// Atomically replaces the header file (setting the format number the
    /// content needs).
    pub fn write(&mut self, dir: &Path) -> VResult<()> {
        self.format = if self.has_pin() {
            HEADER_FORMAT
        } else {
            HEADER_FORMAT_WITHOUT_PIN
        };
        let bytes = serde_json::to_vec_pretty(self)
            .map_err(|_| VaultError::Io("header encoding".into()))?;
        write_atomic(dir, HEADER_FILE, &bytes)
    }
}

/// Atomically replaces `dir/name` with `bytes`: a temporary file, fsync,
/// rename, fsync of the folder. A crash leaves the old or the new file.
pub(crate) fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> VResult<()> {
    let tmp = dir.join(format!("{name}.tmp"));
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, dir.join(name))?;
    sync_dir(dir)
}

/// Makes a rename or file creation in `dir` durable.
pub(crate) fn sync_dir(dir: &Path) -> VResult<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)?.sync_all()?;
    }
    let _ = dir;
    Ok(())
}
