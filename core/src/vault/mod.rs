//! The encrypted vault: a directory holding `header.json` (vault id and
//! keyslots), `vault.db` (SQLite, one encrypted envelope per record) and
//! `attachments/`.
//!
//! Design: `docs/decisions/0001-vault-encryption.md`.

mod collection;
mod envelope;
mod error;
mod header;
mod idle;
mod ids;
mod keys;
mod keyslots;
mod keystore;
mod pin;
mod profiles;
mod recovery;
mod schema;
mod wipe;

pub(crate) use collection::RawRecord;
pub use collection::{Record, Stored, Txn};
pub(crate) use header::sync_dir;
pub use header::SlotKind;
pub use idle::DEFAULT_IDLE_TIMEOUT_SECS;
pub(crate) use ids::{from_hex, random_bytes, to_hex, ID_LEN};
pub use ids::{RecordId, VaultId};
pub use keyslots::{DEFAULT_LOG_N, MAX_LOG_N};
pub use keystore::{FileKeyStore, KeyStore, KeyStoreError};
pub use pin::{
    pin_delay_seconds, wipe_after_warning, PinStatus, PinUnlock, ATTEMPTS_FILE, FREE_PIN_ATTEMPTS,
    MAX_DECOY_NAME_BYTES, MAX_PIN_DIGITS, MAX_WIPE_AFTER, MIN_PIN_DIGITS, MIN_WIPE_AFTER,
    PIN_COUNTER, PIN_LOG_N,
};
pub use profiles::{list_vaults, new_vault_path, VaultEntry, VaultProfile};
pub use recovery::RecoveryPhrase;
pub(crate) use schema::current_version as schema_version;

pub(crate) use error::{io_reason, VaultError};
pub(crate) use keys::SymmetricKey;
pub(crate) use recovery::random_words;

use crate::clock::{Clock, SystemClock};
use crate::{Error, Result};
use error::VResult;
use header::{Header, HEADER_FILE};
use rusqlite::Connection;
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

/// The folder inside a vault where encrypted attachment files live.
pub const ATTACHMENTS_DIR: &str = "attachments";
/// A passphrase must have at least this many characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Settings for opening or creating a vault.
#[derive(Clone)]
pub struct VaultOptions {
    /// scrypt work factor for new passphrase slots.
    pub log_n: u8,
    /// Where timestamps come from.
    pub clock: Arc<dyn Clock>,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions {
            log_n: DEFAULT_LOG_N,
            clock: Arc::new(SystemClock),
        }
    }
}

impl VaultOptions {
    /// Options with a cheap KDF, for tests and demos only.
    pub fn insecure_fast_kdf() -> Self {
        VaultOptions {
            log_n: 4,
            ..Self::default()
        }
    }
}

/// One keyslot as the user may see it (no key material).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlotInfo {
    pub id: String,
    pub kind: SlotKind,
}

/// What `passage status` shows.
#[derive(Debug, Clone, Serialize)]
pub struct VaultStatus {
    pub vault_id: String,
    pub locked: bool,
    pub format: u32,
    pub schema_version: u32,
    pub slots: Vec<SlotInfo>,
    /// Live records per collection (only when unlocked).
    pub records: BTreeMap<String, usize>,
    /// Records in the trash (only when unlocked).
    pub in_trash: usize,
}

struct Session {
    conn: Connection,
    key: SymmetricKey,
    vault_id: VaultId,
    /// The last time the vault was used (see `idle.rs`).
    last_activity: chrono::DateTime<chrono::Utc>,
}

struct State {
    header: Header,
    session: Option<Session>,
    /// Lock after this many seconds without use (`None`: never).
    idle_timeout_secs: Option<u64>,
}

/// An encrypted vault. `Send + Sync`; all access goes through one
/// connection behind a mutex (one writer).
pub struct Vault {
    dir: PathBuf,
    options: VaultOptions,
    state: Mutex<State>,
}

pub(crate) fn check_new_passphrase(p: &SecretString) -> VResult<()> {
    let text = p.expose_secret();
    if text.trim().is_empty() || text.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(VaultError::Invalid {
            field: "passphrase",
            reason: format!("must have at least {MIN_PASSPHRASE_CHARS} characters"),
        });
    }
    Ok(())
}

impl Vault {
    /// Creates a new vault in `dir` (which must not exist, or be empty) and
    /// returns it unlocked, with the recovery phrase to show the user once.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        options: VaultOptions,
    ) -> Result<(Vault, RecoveryPhrase)> {
        check_new_passphrase(passphrase)?;
        if dir.exists() {
            let empty = dir.is_dir()
                && fs::read_dir(dir)
                    .map_err(VaultError::from)?
                    .next()
                    .is_none();
            if !empty {
                return Err(
                    VaultError::AlreadyExists("a file or folder at that path".into()).into(),
                );
            }
        }
        fs::create_dir_all(dir.join(ATTACHMENTS_DIR)).map_err(VaultError::from)?;

        let vault_id = VaultId::random();
        let key = SymmetricKey::random();
        let conn = schema::create(&dir.join(schema::DB_FILE))?;
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('vault_id', ?1)",
            [&vault_id.as_bytes()[..]],
        )
        .map_err(VaultError::from)?;

        let recovery = RecoveryPhrase::generate();
        let mut header = Header::new(&vault_id);
        header.slots.push(keyslots::wrap_with_passphrase(
            &key,
            &vault_id,
            passphrase,
            options.log_n,
            SlotKind::Passphrase,
        )?);
        header.slots.push(keyslots::wrap_with_passphrase(
            &key,
            &vault_id,
            recovery.secret(),
            options.log_n,
            SlotKind::Recovery,
        )?);
        // The header goes last: a folder without one is not a vault yet.
        header.write(dir)?;
        header::sync_dir(dir)?;

        let created_at = options.clock.now();
        let vault = Vault {
            dir: dir.to_path_buf(),
            options,
            state: Mutex::new(State {
                header,
                session: Some(Session {
                    conn,
                    key,
                    vault_id,
                    last_activity: created_at,
                }),
                idle_timeout_secs: Some(DEFAULT_IDLE_TIMEOUT_SECS),
            }),
        };
        Ok((vault, recovery))
    }

    /// Opens an existing vault, locked. Reads the header only; writes nothing.
    pub fn open(dir: &Path, options: VaultOptions) -> Result<Vault> {
        let header = Header::read(dir)?;
        Ok(Vault {
            dir: dir.to_path_buf(),
            options,
            state: Mutex::new(State {
                header,
                session: None,
                idle_timeout_secs: Some(DEFAULT_IDLE_TIMEOUT_SECS),
            }),
        })
    }

    /// True if `dir` looks like a vault (has a header file).
    pub fn exists(dir: &Path) -> bool {
        dir.join(HEADER_FILE).is_file()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn attachments_dir(&self) -> PathBuf {
        self.dir.join(ATTACHMENTS_DIR)
    }

    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.options.clock
    }

    /// The scrypt work factor this vault uses for new passphrase slots
    /// (and for files it protects with a passphrase).
    pub fn kdf_log_n(&self) -> u8 {
        self.options.log_n
    }

    fn state(&self) -> MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(g) => g,
            // A panic in another thread never leaves half a transaction
            // (SQLite rolls back), so the state is still consistent.
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// Unlocks with a passphrase or the recovery phrase. On failure nothing
    /// on disk is touched. On success, when the vault has a PIN, the PIN
    /// attempt counter is reset (and rewritten if it was missing or
    /// damaged).
    pub fn unlock(&self, secret: &SecretString) -> Result<()> {
        let mut state = self.state();
        let vault_id = state.header.vault_id()?;
        let key = Self::find_passphrase_slot(&state.header, &vault_id, secret)?
            .map(|(_, key)| key)
            .ok_or(VaultError::WrongSecret)?;
        let session = self.start_session(key, vault_id)?;
        self.reset_pin_attempts(&state.header, &session.key, &vault_id);
        state.session = Some(session);
        Ok(())
    }

    /// Unlocks with the device keystore slot.
    pub fn unlock_with_device(&self, keystore: &dyn KeyStore) -> Result<()> {
        let mut state = self.state();
        let vault_id = state.header.vault_id()?;
        let slot = state
            .header
            .slots
            .iter()
            .find(|s| s.kind == SlotKind::Device)
            .ok_or_else(|| VaultError::NotFound("device keyslot".into()))?;
        let key = keyslots::unwrap_with_device(slot, &vault_id, keystore)?;
        state.session = Some(self.start_session(key, vault_id)?);
        Ok(())
    }

    /// Returns the index of the slot that `secret` opens, and the key.
    fn find_passphrase_slot(
        header: &Header,
        vault_id: &VaultId,
        secret: &SecretString,
    ) -> VResult<Option<(usize, SymmetricKey)>> {
        let normalised = recovery::normalise(secret);
        for (i, slot) in header.slots.iter().enumerate() {
            let candidate = match slot.kind {
                SlotKind::Passphrase => secret,
                SlotKind::Recovery => &normalised,
                SlotKind::Device | SlotKind::Pin => continue,
            };
            if let Some(key) = keyslots::unwrap_with_passphrase(slot, vault_id, candidate)? {
                return Ok(Some((i, key)));
            }
        }
        Ok(None)
    }

    fn start_session(&self, key: SymmetricKey, vault_id: VaultId) -> VResult<Session> {
        let conn = schema::open_existing(&self.dir.join(schema::DB_FILE))?;
        let stored: Vec<u8> = conn
            .query_row("SELECT value FROM meta WHERE key = 'vault_id'", [], |r| {
                r.get(0)
            })
            .map_err(|_| VaultError::Corrupt("database identity"))?;
        if stored.as_slice() != vault_id.as_bytes() {
            return Err(VaultError::Corrupt("database belongs to another vault"));
        }
        Ok(Session {
            conn,
            key,
            vault_id,
            last_activity: self.options.clock.now(),
        })
    }

    /// Locks: closes the database and wipes the data key from memory.
    pub fn lock(&self) {
        let session = self.state().session.take();
        drop(session);
    }

    pub fn is_unlocked(&self) -> bool {
        self.state().session.is_some()
    }

    /// Runs `f` in one write transaction; commits only if it returns `Ok`.
    pub fn write<R>(&self, f: impl FnOnce(&mut Txn<'_>) -> Result<R>) -> Result<R> {
        let now = self.options.clock.now();
        let mut state = self.state();
        let session = state.session.as_mut().ok_or(VaultError::Locked)?;
        session.last_activity = session.last_activity.max(now);
        let tx = session
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(VaultError::from)?;
        let mut txn = Txn {
            tx,
            key: &session.key,
            vault: &session.vault_id,
            now,
        };
        let out = f(&mut txn)?;
        txn.tx.commit().map_err(VaultError::from)?;
        Ok(out)
    }

    /// Runs `f` on a consistent read snapshot; never writes.
    pub fn read<R>(&self, f: impl FnOnce(&Txn<'_>) -> Result<R>) -> Result<R> {
        let now = self.options.clock.now();
        let mut state = self.state();
        let session = state.session.as_mut().ok_or(VaultError::Locked)?;
        session.last_activity = session.last_activity.max(now);
        let tx = session
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Deferred)
            .map_err(VaultError::from)?;
        let txn = Txn {
            tx,
            key: &session.key,
            vault: &session.vault_id,
            now,
        };
        f(&txn)
        // Dropping the transaction rolls it back: a read changes nothing.
    }

    // Convenience wrappers, one transaction each.

    pub fn insert<T: Record>(&self, value: &T) -> Result<RecordId<T>> {
        self.write(|tx| tx.insert(value))
    }
    pub fn get<T: Record>(&self, id: &RecordId<T>) -> Result<Stored<T>> {
        self.read(|tx| tx.get(id))
    }
    pub fn update<T: Record>(&self, id: &RecordId<T>, value: &T) -> Result<()> {
        self.write(|tx| tx.update(id, value))
    }
    pub fn list<T: Record>(&self) -> Result<Vec<Stored<T>>> {
        self.read(|tx| tx.list())
    }
    pub fn list_trash<T: Record>(&self) -> Result<Vec<Stored<T>>> {
        self.read(|tx| tx.list_trash())
    }
    pub fn trash<T: Record>(&self, id: &RecordId<T>) -> Result<()> {
        self.write(|tx| tx.trash(id))
    }
    pub fn restore<T: Record>(&self, id: &RecordId<T>) -> Result<()> {
        self.write(|tx| tx.restore(id))
    }
    pub fn purge<T: Record>(&self, id: &RecordId<T>) -> Result<()> {
        self.write(|tx| tx.purge(id))
    }

    /// The keyslots (kinds and ids only).
    pub fn slots(&self) -> Vec<SlotInfo> {
        self.state()
            .header
            .slots
            .iter()
            .map(|s| SlotInfo {
                id: s.id.clone(),
                kind: s.kind,
            })
            .collect()
    }

    /// Replaces the passphrase that `old` opens with `new`. Only that slot
    /// is rewrapped; records are not touched.
    pub fn change_passphrase(&self, old: &SecretString, new: &SecretString) -> Result<()> {
        check_new_passphrase(new)?;
        let mut state = self.state();
        let vault_id = state.header.vault_id()?;
        let (index, key) = Self::find_passphrase_slot(&state.header, &vault_id, old)?
            .ok_or(VaultError::WrongSecret)?;
        let kind = state.header.slots[index].kind;
        let mut slot =
            keyslots::wrap_with_passphrase(&key, &vault_id, new, self.options.log_n, kind)?;
        let mut header = state.header.clone();
        slot.id = header.slots[index].id.clone();
        header.slots[index] = slot;
        header.write(&self.dir)?;
        state.header = header;
        Ok(())
    }

    /// Adds (or replaces) the device slot, wrapped by `keystore` under
    /// `alias`. Needs the vault unlocked.
    pub fn add_device_slot(&self, keystore: &dyn KeyStore, alias: &str) -> Result<SlotInfo> {
        let mut state = self.state();
        let session = state.session.as_ref().ok_or(VaultError::Locked)?;
        let slot = keyslots::wrap_with_device(&session.key, &session.vault_id, keystore, alias)?;
        let info = SlotInfo {
            id: slot.id.clone(),
            kind: slot.kind,
        };
        let mut header = state.header.clone();
        header.slots.retain(|s| s.kind != SlotKind::Device);
        header.slots.push(slot);
        header.write(&self.dir)?;
        state.header = header;
        Ok(info)
    }

    /// Removes a keyslot. Needs the vault unlocked; refuses to remove the
    /// last passphrase or recovery slot (a device slot or a PIN alone is
    /// lost with the phone) and a PIN slot (use [`Vault::remove_pin`]: the
    /// two PIN slots go together).
    pub fn remove_slot(&self, slot_id: &str) -> Result<()> {
        let mut state = self.state();
        if state.session.is_none() {
            return Err(VaultError::Locked.into());
        }
        let mut header = state.header.clone();
        if header
            .slots
            .iter()
            .any(|s| s.id == slot_id && s.kind == SlotKind::Pin)
        {
            return Err(Error::invalid(
                "keyslot",
                "a PIN slot is removed with the PIN (remove_pin)",
            ));
        }
        let before = header.slots.len();
        header.slots.retain(|s| s.id != slot_id);
        if header.slots.len() == before {
            return Err(Error::not_found("keyslot"));
        }
        if !header
            .slots
            .iter()
            .any(|s| matches!(s.kind, SlotKind::Passphrase | SlotKind::Recovery))
        {
            return Err(Error::invalid(
                "keyslot",
                "the last passphrase or recovery slot cannot be removed",
            ));
        }
        header.write(&self.dir)?;
        state.header = header;
        Ok(())
    }

    /// Vault id, lock state, slots and (when unlocked) record counts.
    pub fn status(&self) -> Result<VaultStatus> {
        let (vault_id, format, slots) = {
            let state = self.state();
            (
                state.header.vault_id.clone(),
                state.header.format,
                state.header.slots.clone(),
            )
        };
        let mut status = VaultStatus {
            vault_id,
            locked: true,
            format,
            schema_version: schema::current_version(),
            slots: slots
                .iter()
                .map(|s| SlotInfo {
                    id: s.id.clone(),
                    kind: s.kind,
                })
                .collect(),
            records: BTreeMap::new(),
            in_trash: 0,
        };
        if self.is_unlocked() {
            status.locked = false;
            let scan = self.read(|tx| Ok(tx.scan()?))?;
            for (collection, _, trashed) in scan {
                if trashed {
                    status.in_trash += 1;
                } else {
                    *status.records.entry(collection).or_default() += 1;
                }
            }
        }
        Ok(status)
    }

    /// Runs SQLite's integrity check; `true` when it says "ok".
    pub fn integrity_check(&self) -> Result<bool> {
        self.read(|tx| {
            let r: String = tx
                .tx
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .map_err(VaultError::from)?;
            Ok(r == "ok")
        })
    }
}
