//! PIN unlock through the device keystore, the PIN attempt counter and the
//! duress PIN. Design, and what stays visible on disk:
//! `docs/decisions/0005-pin-duress.md`.
//!
//! On disk, in the vault folder:
//! - **Two keyslots of kind `pin`** in `header.json`, always two, always the
//!   same size. Each is `keystore.wrap(alias, age_scrypt(PIN, 128 bytes))`:
//!   the keystore key is needed before any PIN can be tried, so a copied
//!   folder alone cannot be attacked offline, and the keystore alone does
//!   not open a slot without the PIN. One slot opens with the PIN; the other
//!   is filler (an age file under a random passphrase) or the duress slot.
//!   Only someone holding the data key can tell which slot is the real one
//!   (its slot id carries a tag keyed by the data key), and only someone who
//!   knows the duress PIN can tell the duress slot from filler.
//! - **The `pin` section** of the header: the keystore alias of the PIN
//!   slots and the *guard* (attempt key and wipe-after setting), wrapped by
//!   the keystore and also sealed under the data key (so that a passphrase
//!   unlock, which has no keystore, can reset the counter).
//! - **`attempts.json`**: the attempt counter sealed under the attempt key,
//!   so it cannot be forged without the keystore. Missing or not
//!   authentic: the PIN is refused ([`PIN_COUNTER`]) until the passphrase
//!   unlocks the vault, which rewrites it. Rolling it back to an older copy
//!   is *not* detected (no hardware monotonic counter).
//!
//! PIN slot plaintext (128 bytes, zero-padded):
//! ```text
//! 0        kind: 1 = this vault, 2 = decoy
//! 1        flags: bit 0 = destroy this vault's keys (decoy only)
//! 2..18    id of the vault whose header holds the slot
//! 18..50   data key (of this vault, or of the decoy)
//! 50..66   id of the vault that key opens
//! 66       length n of the decoy's folder name (0 for kind 1)
//! 67..67+n the decoy's folder name, a sibling of this vault's folder
//! ```

use super::error::{VResult, VaultError};
use super::header::{write_atomic, Header, PinSection, SlotKind, SlotRecord};
use super::ids::{from_hex, random_bytes, random_vec, to_hex, VaultId, ID_LEN};
use super::keys::{SymmetricKey, KEY_LEN, NONCE_LEN, TAG_LEN};
use super::keyslots::{age_open, age_seal, look_alike_age_blob, random_secret};
use super::keystore::{KeyStore, KeyStoreError};
use super::{wipe, State, Vault};
use crate::{Error, Result};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Component, Path};
use zeroize::Zeroizing;

/// A PIN has at least this many digits...
pub const MIN_PIN_DIGITS: usize = 4;
/// ... and at most this many.
pub const MAX_PIN_DIGITS: usize = 12;
/// scrypt work factor (log2 N) inside PIN slots: cheap (4 MiB), because
/// the keystore, not the KDF, is the barrier against offline guessing.
pub const PIN_LOG_N: u8 = 12;
/// The highest work factor accepted in a PIN slot when unlocking.
const MAX_PIN_LOG_N: u8 = 16;
/// Wrong PINs allowed before the first delay.
pub const FREE_PIN_ATTEMPTS: u32 = 5;
/// Delays after the 5th, 6th, 7th, 8th and every further wrong PIN.
const DELAYS_SECONDS: [u64; 5] = [30, 60, 5 * 60, 15 * 60, 60 * 60];
/// The wipe-after setting, when on, is between these (inclusive).
pub const MIN_WIPE_AFTER: u32 = 3;
pub const MAX_WIPE_AFTER: u32 = 100;
/// The attempt counter file in the vault folder.
pub const ATTEMPTS_FILE: &str = "attempts.json";
/// The `what` of the [`Error::Corrupt`] returned when the attempt counter
/// is missing or not authentic: the shell should say "Use your passphrase"
/// (a passphrase unlock rewrites the counter).
pub const PIN_COUNTER: &str = "PIN attempt counter";
/// The longest decoy folder name a duress slot can hold (bytes).
pub const MAX_DECOY_NAME_BYTES: usize = PIN_PLAIN_LEN - NAME_AT;

const PIN_PLAIN_LEN: usize = 128;
const KIND_REAL: u8 = 1;
const KIND_DECOY: u8 = 2;
const FLAG_DESTROY_REAL: u8 = 1;
const OWNER_AT: usize = 2;
const KEY_AT: usize = OWNER_AT + ID_LEN;
const TARGET_AT: usize = KEY_AT + KEY_LEN;
const NAME_LEN_AT: usize = TARGET_AT + ID_LEN;
const NAME_AT: usize = NAME_LEN_AT + 1;

const GUARD_LEN: usize = KEY_LEN + 4 + ID_LEN;
const GUARD_AAD: &[u8] = b"passage/pin-guard/v1";
const ATTEMPTS_AAD: &[u8] = b"passage/pin-attempts/v1";
const ATTEMPTS_FORMAT: u32 = 1;
const ATTEMPTS_LEN: usize = 1 + 4 + 8 + 8;

/// The delay (seconds) before the next PIN attempt after `failures` wrong
/// PINs in a row: none for the first 5, then 30 s, 1 min, 5 min, 15 min,
/// and 1 h for every further failure.
pub fn pin_delay_seconds(failures: u32) -> u64 {
    match failures.checked_sub(FREE_PIN_ATTEMPTS) {
        None => 0,
        Some(extra) => {
            let i = (extra as usize).min(DELAYS_SECONDS.len() - 1);
            DELAYS_SECONDS[i]
        }
    }
}

/// The warning a shell must show (translated) before turning on "wipe after
/// `n` wrong PINs", and get an explicit confirmation for.
pub fn wipe_after_warning(n: u32) -> String {
    format!(
        "If a wrong PIN is entered {n} times in a row, this vault is erased for good: \
         every note, date, document and scan in it. Nobody can bring it back, not even \
         with your passphrase or your recovery phrase. Someone who takes your phone, or \
         a child playing with it, can cause this. Turn it on only if losing everything \
         is better for you than someone reading it."
    )
}

/// What a PIN opened.
pub enum PinUnlock {
    /// The PIN: this vault is now unlocked.
    Real,
    /// The duress PIN: this vault stays locked (and, if the duress PIN was
    /// set with `destroy_real`, its keys are now destroyed); here is the
    /// decoy vault, unlocked. The shell shows it exactly like a normal one.
    Decoy(Box<Vault>),
}

impl fmt::Debug for PinUnlock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Which one it was must not end up in a log.
        f.write_str("PinUnlock(<redacted>)")
    }
}

/// The PIN attempt counter as the lock screen may show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PinStatus {
    /// Wrong PINs in a row.
    pub failures: u32,
    /// Seconds to wait before the next attempt (0: may try now).
    pub wait_seconds: u64,
    /// Wrong PINs in a row after which the vault is wiped (`None`: never).
    pub wipe_after: Option<u32>,
}

/// Checks a PIN (4 to 12 digits) and returns it in ASCII digits: Arabic-Indic
/// (٠-٩) and Persian (۰-۹) digits count as the same digits, so a PIN set on
/// one keyboard opens on another.
fn normalise_pin(pin: &SecretString, field: &'static str) -> VResult<SecretString> {
    let digits: Zeroizing<String> = Zeroizing::new(
        pin.expose_secret()
            .chars()
            .map(|c| match c {
                '0'..='9' => Some(c),
                '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
                '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
                _ => None,
            })
            .collect::<Option<String>>()
            .unwrap_or_default(),
    );
    let n = digits.chars().count();
    if !(MIN_PIN_DIGITS..=MAX_PIN_DIGITS).contains(&n) {
        return Err(VaultError::Invalid {
            field,
            reason: format!("must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits"),
        });
    }
    Ok(SecretString::from(digits.as_str()))
}

fn ks_err(e: KeyStoreError) -> VaultError {
    match e {
        KeyStoreError::KeyNotFound => VaultError::NotFound("device key".into()),
        KeyStoreError::UnwrapFailed => VaultError::Corrupt("PIN keyslot"),
        other => VaultError::Keystore(other.to_string()),
    }
}

fn counter_damaged() -> VaultError {
    VaultError::Corrupt(PIN_COUNTER)
}

// ---------------------------------------------------------------------------
// PIN slot plaintext

/// What a PIN slot opens.
enum Target {
    Real(SymmetricKey),
    Decoy {
        key: SymmetricKey,
        vault: VaultId,
        name: String,
        destroy_real: bool,
    },
}

fn encode_target(owner: &VaultId, target: &Target) -> VResult<Zeroizing<Vec<u8>>> {
    let mut p = Zeroizing::new(vec![0u8; PIN_PLAIN_LEN]);
    p[OWNER_AT..KEY_AT].copy_from_slice(owner.as_bytes());
    match target {
        Target::Real(dek) => {
            p[0] = KIND_REAL;
            p[KEY_AT..TARGET_AT].copy_from_slice(dek.as_bytes());
            p[TARGET_AT..NAME_LEN_AT].copy_from_slice(owner.as_bytes());
        }
        Target::Decoy {
            key,
            vault,
            name,
            destroy_real,
        } => {
            let name = name.as_bytes();
            if name.len() > MAX_DECOY_NAME_BYTES {
                return Err(VaultError::Invalid {
                    field: "decoy",
                    reason: format!(
                        "the folder name must have at most {MAX_DECOY_NAME_BYTES} bytes"
                    ),
                });
            }
            p[0] = KIND_DECOY;
            p[1] = if *destroy_real { FLAG_DESTROY_REAL } else { 0 };
            p[KEY_AT..TARGET_AT].copy_from_slice(key.as_bytes());
            p[TARGET_AT..NAME_LEN_AT].copy_from_slice(vault.as_bytes());
            p[NAME_LEN_AT] = name.len() as u8;
            p[NAME_AT..NAME_AT + name.len()].copy_from_slice(name);
        }
    }
    Ok(p)
}

fn decode_target(owner: &VaultId, p: &[u8]) -> VResult<Target> {
    let bad = VaultError::Corrupt("PIN keyslot");
    if p.len() != PIN_PLAIN_LEN {
        return Err(bad);
    }
    if &p[OWNER_AT..KEY_AT] != owner.as_bytes() {
        return Err(VaultError::Corrupt("keyslot belongs to another vault"));
    }
    let key = SymmetricKey::from_slice(&p[KEY_AT..TARGET_AT])?;
    let mut target = [0u8; ID_LEN];
    target.copy_from_slice(&p[TARGET_AT..NAME_LEN_AT]);
    let target = VaultId(target);
    match p[0] {
        KIND_REAL if target == *owner => Ok(Target::Real(key)),
        KIND_DECOY if target != *owner => {
            let n = usize::from(p[NAME_LEN_AT]);
            let name = p
                .get(NAME_AT..NAME_AT + n)
                .and_then(|b| std::str::from_utf8(b).ok())
                .filter(|s| is_plain_folder_name(s))
                .ok_or(VaultError::Corrupt("PIN keyslot"))?;
            Ok(Target::Decoy {
                key,
                vault: target,
                name: name.to_string(),
                destroy_real: p[1] & FLAG_DESTROY_REAL != 0,
            })
        }
        _ => Err(bad),
    }
}

fn is_plain_folder_name(name: &str) -> bool {
    let mut c = Path::new(name).components();
    matches!((c.next(), c.next()), (Some(Component::Normal(n)), None) if n == name)
}

/// An age file shaped exactly like a PIN slot's inner layer, under a random
/// passphrase: filler for the second PIN slot.
fn filler_inner() -> VResult<Vec<u8>> {
    let plain = Zeroizing::new(random_vec(PIN_PLAIN_LEN));
    age_seal(&random_secret(), PIN_LOG_N, &plain)
}

// ---------------------------------------------------------------------------
// Slot ids and the keystore alias

/// The real PIN slot's id is `r || tag(r)` (2 + 2 bytes) with the tag keyed
/// by the data key; the other slot's id is random and never carries a valid
/// tag. Without the data key both look like random slot ids.
fn id_tag(dek: &SymmetricKey, vault: &VaultId, r: &[u8]) -> [u8; 2] {
    let mut h = Sha256::new();
    h.update(b"passage/pin-slot-id/v1");
    h.update(dek.as_bytes());
    h.update(vault.as_bytes());
    h.update(r);
    let d = h.finalize();
    [d[0], d[1]]
}

fn real_slot_id(dek: &SymmetricKey, vault: &VaultId) -> String {
    let r: [u8; 2] = random_bytes();
    let tag = id_tag(dek, vault, &r);
    to_hex(&[r[0], r[1], tag[0], tag[1]])
}

fn is_real_slot_id(id: &str, dek: &SymmetricKey, vault: &VaultId) -> bool {
    match from_hex(id) {
        Some(b) if b.len() == 4 => id_tag(dek, vault, &b[..2]) == b[2..],
        _ => false,
    }
}

fn other_slot_id(dek: &SymmetricKey, vault: &VaultId) -> String {
    loop {
        let id = to_hex(&random_bytes::<4>());
        if !is_real_slot_id(&id, dek, vault) {
            return id;
        }
    }
}

/// A fresh keystore alias for the PIN slots: derived from the vault id,
/// with a random generation so that every change of the PIN slots can
/// move to a new key and destroy the old one.
fn new_pin_alias(vault: &VaultId) -> String {
    let mut h = Sha256::new();
    h.update(b"passage/pin-alias/v1");
    h.update(vault.as_bytes());
    let d = h.finalize();
    format!("pin-{}-{}", to_hex(&d[..12]), to_hex(&random_bytes::<4>()))
}

// ---------------------------------------------------------------------------
// The guard: attempt key and wipe-after setting

struct Guard {
    attempt_key: SymmetricKey,
    wipe_after: Option<u32>,
}

impl Guard {
    fn new(wipe_after: Option<u32>) -> Self {
        Guard {
            attempt_key: SymmetricKey::random(),
            wipe_after,
        }
    }

    fn aad(vault: &VaultId) -> Vec<u8> {
        let mut a = GUARD_AAD.to_vec();
        a.extend_from_slice(vault.as_bytes());
        a
    }

    fn encode(&self, vault: &VaultId) -> Zeroizing<Vec<u8>> {
        let mut p = Zeroizing::new(Vec::with_capacity(GUARD_LEN));
        p.extend_from_slice(self.attempt_key.as_bytes());
        p.extend_from_slice(&self.wipe_after.unwrap_or(0).to_be_bytes());
        p.extend_from_slice(vault.as_bytes());
        p
    }

    fn decode(p: &[u8], vault: &VaultId) -> VResult<Guard> {
        if p.len() != GUARD_LEN || &p[KEY_LEN + 4..] != vault.as_bytes() {
            return Err(counter_damaged());
        }
        let mut n = [0u8; 4];
        n.copy_from_slice(&p[KEY_LEN..KEY_LEN + 4]);
        let n = u32::from_be_bytes(n);
        Ok(Guard {
            attempt_key: SymmetricKey::from_slice(&p[..KEY_LEN])?,
            wipe_after: (n != 0).then_some(n),
        })
    }

    /// The header's `pin` section for this guard under `alias`.
    fn seal(
        &self,
        alias: &str,
        keystore: &dyn KeyStore,
        dek: &SymmetricKey,
        vault: &VaultId,
    ) -> VResult<PinSection> {
        let plain = self.encode(vault);
        let device = keystore.wrap(alias, &plain).map_err(ks_err)?;
        let sealed = dek.seal(&plain, &Self::aad(vault))?;
        Ok(PinSection {
            alias: alias.to_string(),
            device: to_hex(&device),
            vault: to_hex(&sealed),
        })
    }

    fn from_device(
        section: &PinSection,
        keystore: &dyn KeyStore,
        vault: &VaultId,
    ) -> VResult<Guard> {
        let wrapped = from_hex(&section.device).ok_or_else(counter_damaged)?;
        let plain = keystore
            .unwrap(&section.alias, &wrapped)
            .map_err(|e| match e {
                KeyStoreError::UnwrapFailed => counter_damaged(),
                other => ks_err(other),
            })?;
        Guard::decode(&plain, vault)
    }

    fn from_data_key(section: &PinSection, dek: &SymmetricKey, vault: &VaultId) -> VResult<Guard> {
        let sealed = from_hex(&section.vault).ok_or_else(counter_damaged)?;
        let plain = dek.open(&sealed, &Self::aad(vault), PIN_COUNTER)?;
        Guard::decode(&plain, vault)
    }
}

// ---------------------------------------------------------------------------
// The attempt counter file

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Attempts {
    failures: u32,
    last_failure_ms: i64,
    highest_seen_ms: i64,
}

#[derive(Serialize, Deserialize)]
struct AttemptsFile {
    format: u32,
    data: String,
}

impl Attempts {
    fn fresh(now_ms: i64) -> Self {
        Attempts {
            failures: 0,
            last_failure_ms: 0,
            highest_seen_ms: now_ms,
        }
    }

    /// Milliseconds still to wait at `now_ms`.
    fn wait_ms(&self, now_ms: i64) -> i64 {
        let delay = pin_delay_seconds(self.failures) as i64 * 1000;
        if delay == 0 {
            return 0;
        }
        self.last_failure_ms
            .saturating_add(delay)
            .saturating_sub(now_ms)
            .max(0)
    }

    fn aad(vault: &VaultId) -> Vec<u8> {
        let mut a = ATTEMPTS_AAD.to_vec();
        a.extend_from_slice(vault.as_bytes());
        a
    }

    fn read(dir: &Path, key: &SymmetricKey, vault: &VaultId) -> VResult<Attempts> {
        let bytes = match std::fs::read(dir.join(ATTEMPTS_FILE)) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(counter_damaged()),
            Err(e) => return Err(e.into()),
        };
        if bytes.len() > 4096 {
            return Err(counter_damaged());
        }
        let file: AttemptsFile = serde_json::from_slice(&bytes).map_err(|_| counter_damaged())?;
        if file.format != ATTEMPTS_FORMAT {
            return Err(counter_damaged());
        }
        let sealed = from_hex(&file.data).ok_or_else(counter_damaged)?;
        let p = key.open(&sealed, &Self::aad(vault), PIN_COUNTER)?;
        if p.len() != ATTEMPTS_LEN || p[0] != 1 {
            return Err(counter_damaged());
        }
        let mut f = [0u8; 4];
        f.copy_from_slice(&p[1..5]);
        let mut last = [0u8; 8];
        last.copy_from_slice(&p[5..13]);
        let mut high = [0u8; 8];
        high.copy_from_slice(&p[13..21]);
        Ok(Attempts {
            failures: u32::from_be_bytes(f),
            last_failure_ms: i64::from_be_bytes(last),
            highest_seen_ms: i64::from_be_bytes(high),
        })
    }

    /// Replaces the file atomically and durably (fixed size whatever the
    /// numbers are).
    fn write(&self, dir: &Path, key: &SymmetricKey, vault: &VaultId) -> VResult<()> {
        let mut p = Vec::with_capacity(ATTEMPTS_LEN);
        p.push(1u8);
        p.extend_from_slice(&self.failures.to_be_bytes());
        p.extend_from_slice(&self.last_failure_ms.to_be_bytes());
        p.extend_from_slice(&self.highest_seen_ms.to_be_bytes());
        let file = AttemptsFile {
            format: ATTEMPTS_FORMAT,
            data: to_hex(&key.seal(&p, &Self::aad(vault))?),
        };
        let bytes =
            serde_json::to_vec(&file).map_err(|_| VaultError::Io("counter encoding".into()))?;
        write_atomic(dir, ATTEMPTS_FILE, &bytes)
    }
}

// ---------------------------------------------------------------------------

fn pin_slot_indices(header: &Header) -> Vec<usize> {
    header
        .slots
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SlotKind::Pin)
        .map(|(i, _)| i)
        .collect()
}

/// The header's PIN slots and section, if the vault has a PIN. A header
/// with PIN slots but not exactly two of them, or no section, is damaged.
fn pin_layout(header: &Header) -> VResult<Option<([usize; 2], &PinSection)>> {
    let idx = pin_slot_indices(header);
    match (idx.as_slice(), header.pin.as_ref()) {
        ([], None) => Ok(None),
        ([a, b], Some(section)) => Ok(Some(([*a, *b], section))),
        _ => Err(VaultError::Corrupt("PIN keyslots")),
    }
}

/// The inner (age) layer of a PIN slot: the keystore unwraps the outer one.
fn slot_inner(
    slot: &SlotRecord,
    keystore: &dyn KeyStore,
) -> std::result::Result<Zeroizing<Vec<u8>>, KeyStoreError> {
    let alias = slot.alias.as_deref().ok_or(KeyStoreError::UnwrapFailed)?;
    let data = slot.data_bytes().map_err(|_| KeyStoreError::UnwrapFailed)?;
    keystore.unwrap(alias, &data)
}

impl Vault {
    fn now_ms(&self) -> i64 {
        self.options.clock.now().timestamp_millis()
    }

    /// True when the vault has a PIN (works locked).
    pub fn has_pin(&self) -> bool {
        self.state()
            .header
            .slots
            .iter()
            .any(|s| s.kind == SlotKind::Pin)
    }

    /// Sets or changes the PIN (4 to 12 digits). Needs the vault unlocked.
    /// The keystore wraps the PIN slots and the attempt key; the counter
    /// starts at zero. A duress PIN already set is kept (and must differ
    /// from the new PIN); a wipe-after setting is kept. The PIN slots move
    /// to a new keystore key and the old key is deleted (best effort).
    pub fn set_pin(&self, pin: &SecretString, keystore: &dyn KeyStore) -> Result<()> {
        let pin = &normalise_pin(pin, "pin")?;
        let now = self.now_ms();
        let mut state = self.state();
        let session = state.session.as_ref().ok_or(VaultError::Locked)?;
        let (dek, vault) = (session.key.clone(), session.vault_id);

        let mut other = None;
        let mut guard = None;
        if let Some((idx, section)) = pin_layout(&state.header)? {
            guard = Guard::from_data_key(section, &dek, &vault).ok();
            for i in idx {
                let slot = &state.header.slots[i];
                if is_real_slot_id(&slot.id, &dek, &vault) {
                    continue;
                }
                match slot_inner(slot, keystore) {
                    Ok(inner) => {
                        // The new PIN must not be the duress PIN.
                        if let Ok(Some(_)) = age_open(&inner, pin, MAX_PIN_LOG_N) {
                            return Err(Error::invalid("pin", "must differ from the duress PIN"));
                        }
                        other = Some(inner);
                    }
                    // The old keystore key is gone (another phone...): the
                    // other slot cannot be kept; filler replaces it.
                    Err(KeyStoreError::KeyNotFound | KeyStoreError::UnwrapFailed) => {}
                    Err(e) => return Err(ks_err(e).into()),
                }
            }
        }
        let real_inner = age_seal(
            pin,
            PIN_LOG_N,
            &encode_target(&vault, &Target::Real(dek.clone()))?,
        )?;
        let other_inner = match other {
            Some(inner) => inner,
            None => Zeroizing::new(filler_inner()?),
        };
        let guard = guard.unwrap_or_else(|| Guard::new(None));
        self.install_pin_slots(
            &mut state,
            keystore,
            &real_inner,
            &other_inner,
            &guard,
            &dek,
            &vault,
            // A new counter (setting a PIN proves the owner is here).
            Some(now),
        )?;
        Ok(())
    }

    /// Sets the duress PIN. Needs this vault unlocked, a PIN set, and
    /// `decoy` unlocked: another vault in the same parent folder (typically
    /// made with [`super::new_vault_path`]) holding a few harmless entries
    /// the user chose. The duress PIN then opens `decoy` instead of this
    /// vault; with `destroy_real`, it first silently destroys this vault's
    /// keys (crypto-shredding, see [`Vault::unlock_with_pin`]). It must
    /// differ from the PIN. Setting it again replaces it.
    pub fn set_duress_pin(
        &self,
        duress_pin: &SecretString,
        keystore: &dyn KeyStore,
        decoy: &Vault,
        destroy_real: bool,
    ) -> Result<()> {
        let duress_pin = &normalise_pin(duress_pin, "duress pin")?;
        if std::ptr::eq(self, decoy) {
            return Err(Error::invalid("decoy", "must be another vault"));
        }
        let same_parent = match (self.dir.canonicalize(), decoy.dir.canonicalize()) {
            (Ok(a), Ok(b)) => a != b && a.parent().is_some() && a.parent() == b.parent(),
            _ => false,
        };
        if !same_parent {
            return Err(Error::invalid(
                "decoy",
                "must be another vault in the same folder as this one",
            ));
        }
        let name = decoy
            .dir
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| is_plain_folder_name(n))
            .ok_or_else(|| Error::invalid("decoy", "the folder name must be plain text"))?
            .to_string();
        let (decoy_key, decoy_vault) = {
            let d = decoy.state();
            let s = d
                .session
                .as_ref()
                .ok_or_else(|| Error::invalid("decoy", "must be unlocked"))?;
            (s.key.clone(), s.vault_id)
        };

        let mut state = self.state();
        let session = state.session.as_ref().ok_or(VaultError::Locked)?;
        let (dek, vault) = (session.key.clone(), session.vault_id);
        if decoy_vault == vault {
            return Err(Error::invalid("decoy", "must be another vault"));
        }
        let (idx, section) = pin_layout(&state.header)?
            .ok_or_else(|| Error::invalid("duress pin", "set a PIN first"))?;
        let real = idx
            .iter()
            .map(|&i| &state.header.slots[i])
            .find(|s| is_real_slot_id(&s.id, &dek, &vault))
            .ok_or(VaultError::Corrupt("PIN keyslots"))?;
        let real_inner = slot_inner(real, keystore).map_err(ks_err)?;
        if age_open(&real_inner, duress_pin, MAX_PIN_LOG_N)?.is_some() {
            return Err(Error::invalid("duress pin", "must differ from the PIN"));
        }
        let guard = Guard::from_data_key(section, &dek, &vault).ok();
        let fresh = guard.is_none();
        let guard = guard.unwrap_or_else(|| Guard::new(None));
        let target = Target::Decoy {
            key: decoy_key,
            vault: decoy_vault,
            name,
            destroy_real,
        };
        let duress_inner = age_seal(duress_pin, PIN_LOG_N, &encode_target(&vault, &target)?)?;
        let now = self.now_ms();
        self.install_pin_slots(
            &mut state,
            keystore,
            &real_inner,
            &duress_inner,
            &guard,
            &dek,
            &vault,
            fresh.then_some(now),
        )?;
        Ok(())
    }

    /// Removes the duress PIN (its slot becomes filler again). Needs the
    /// vault unlocked and a PIN set. Does nothing visible beyond what
    /// setting a PIN again does.
    pub fn remove_duress_pin(&self, keystore: &dyn KeyStore) -> Result<()> {
        let mut state = self.state();
        let session = state.session.as_ref().ok_or(VaultError::Locked)?;
        let (dek, vault) = (session.key.clone(), session.vault_id);
        let (idx, section) = pin_layout(&state.header)?.ok_or_else(|| Error::not_found("PIN"))?;
        let real = idx
            .iter()
            .map(|&i| &state.header.slots[i])
            .find(|s| is_real_slot_id(&s.id, &dek, &vault))
            .ok_or(VaultError::Corrupt("PIN keyslots"))?;
        let real_inner = slot_inner(real, keystore).map_err(ks_err)?;
        let guard = Guard::from_data_key(section, &dek, &vault).ok();
        let fresh = guard.is_none();
        let guard = guard.unwrap_or_else(|| Guard::new(None));
        let filler = filler_inner()?;
        let now = self.now_ms();
        self.install_pin_slots(
            &mut state,
            keystore,
            &real_inner,
            &filler,
            &guard,
            &dek,
            &vault,
            fresh.then_some(now),
        )?;
        Ok(())
    }

    /// Removes the PIN (and the duress PIN): both PIN slots, the `pin`
    /// section, the keystore key and the counter file. Needs the vault
    /// unlocked.
    pub fn remove_pin(&self, keystore: &dyn KeyStore) -> Result<()> {
        let mut state = self.state();
        if state.session.is_none() {
            return Err(VaultError::Locked.into());
        }
        let Some((_, section)) = pin_layout(&state.header)? else {
            return Err(Error::not_found("PIN"));
        };
        let alias = section.alias.clone();
        let mut header = state.header.clone();
        header.slots.retain(|s| s.kind != SlotKind::Pin);
        header.pin = None;
        header.write(&self.dir)?;
        state.header = header;
        let _ = keystore.delete(&alias);
        match std::fs::remove_file(self.dir.join(ATTEMPTS_FILE)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(VaultError::from(e).into()),
        }
    }

    /// Turns "wipe after `n` wrong PINs in a row" on (`Some(n)`, `n` from
    /// [`MIN_WIPE_AFTER`] to [`MAX_WIPE_AFTER`]) or off (`None`, the
    /// default). Needs the vault unlocked and a PIN set. The shell must
    /// first show [`wipe_after_warning`] and get an explicit yes.
    pub fn set_pin_wipe_after(&self, after: Option<u32>, keystore: &dyn KeyStore) -> Result<()> {
        if let Some(n) = after {
            if !(MIN_WIPE_AFTER..=MAX_WIPE_AFTER).contains(&n) {
                return Err(Error::invalid(
                    "wipe after",
                    format!("must be from {MIN_WIPE_AFTER} to {MAX_WIPE_AFTER}, or off"),
                ));
            }
        }
        let mut state = self.state();
        let session = state.session.as_ref().ok_or(VaultError::Locked)?;
        let (dek, vault) = (session.key.clone(), session.vault_id);
        let (_, section) = pin_layout(&state.header)?.ok_or_else(|| Error::not_found("PIN"))?;
        let alias = section.alias.clone();
        let (mut guard, fresh) = match Guard::from_data_key(section, &dek, &vault) {
            Ok(g) => (g, false),
            Err(_) => (Guard::new(None), true),
        };
        guard.wipe_after = after;
        let mut header = state.header.clone();
        header.pin = Some(guard.seal(&alias, keystore, &dek, &vault)?);
        if fresh {
            Attempts::fresh(self.now_ms()).write(&self.dir, &guard.attempt_key, &vault)?;
        }
        header.write(&self.dir)?;
        state.header = header;
        Ok(())
    }

    /// The attempt counter: wrong PINs in a row, the wait before the next
    /// try, the wipe-after setting. Works locked; writes nothing. Fails
    /// with [`Error::Corrupt`] `{ what: PIN_COUNTER }` when the counter is
    /// missing or not authentic.
    pub fn pin_status(&self, keystore: &dyn KeyStore) -> Result<PinStatus> {
        let state = self.state();
        let vault = state.header.vault_id()?;
        let (_, section) = pin_layout(&state.header)?.ok_or_else(|| Error::not_found("PIN"))?;
        let guard = Guard::from_device(section, keystore, &vault)?;
        let attempts = Attempts::read(&self.dir, &guard.attempt_key, &vault)?;
        let now = self.now_ms().max(attempts.highest_seen_ms);
        Ok(PinStatus {
            failures: attempts.failures,
            wait_seconds: (attempts.wait_ms(now) as u64).div_ceil(1000),
            wipe_after: guard.wipe_after,
        })
    }

    /// Unlocks with the PIN through the device keystore.
    ///
    /// In order: a malformed PIN is refused (`InvalidInput`, not counted);
    /// the attempt counter must be present and authentic (else
    /// `Corrupt { what: PIN_COUNTER }`: use the passphrase); if the
    /// wipe-after limit was already reached the vault is wiped; during a
    /// delay, `RetryLater` (the PIN is not tried). Then the attempt is
    /// counted *before* the PIN is tried (killing the app mid-check does
    /// not undo it), both PIN slots are tried, and:
    /// - the PIN: this vault is unlocked, the counter reset → `Real`;
    /// - the duress PIN: the counter is reset, this vault stays locked;
    ///   with `destroy_real`, its keys are first destroyed (passphrase,
    ///   recovery, device and PIN slots overwritten with look-alike random
    ///   data, the keystore keys not shared with the decoy deleted); →
    ///   `Decoy(vault)`. If the decoy cannot be opened nothing is
    ///   destroyed and this is a wrong PIN;
    /// - anything else: `WrongPassphrase`, or, when the wipe-after limit is
    ///   reached, the vault is wiped (as [`Vault::panic_wipe`]) and then
    ///   `WrongPassphrase`.
    ///
    /// Time is the vault's clock, but never earlier than the latest time
    /// the counter has seen, so setting the clock back does not shorten a
    /// delay. (Setting it forward does: there is no trusted clock.)
    pub fn unlock_with_pin(
        &self,
        pin: &SecretString,
        keystore: &dyn KeyStore,
    ) -> Result<PinUnlock> {
        let pin = &normalise_pin(pin, "pin")?;
        let clock_now = self.now_ms();
        let mut state = self.state();
        let vault = state.header.vault_id()?;
        let (idx, section) = pin_layout(&state.header)?.ok_or_else(|| Error::not_found("PIN"))?;
        let alias = section.alias.clone();
        let guard = Guard::from_device(section, keystore, &vault)?;
        let mut attempts = Attempts::read(&self.dir, &guard.attempt_key, &vault)?;

        if let Some(n) = guard.wipe_after {
            if attempts.failures >= n {
                self.wipe_locked(&mut state, keystore)?;
                return Err(Error::WrongPassphrase);
            }
        }
        let now = clock_now.max(attempts.highest_seen_ms);
        let wait = attempts.wait_ms(now);
        if wait > 0 {
            if now > attempts.highest_seen_ms {
                attempts.highest_seen_ms = now;
                attempts.write(&self.dir, &guard.attempt_key, &vault)?;
            }
            return Err(Error::RetryLater {
                seconds: (wait as u64).div_ceil(1000),
            });
        }

        // Count first, then try.
        attempts.failures = attempts.failures.saturating_add(1);
        attempts.last_failure_ms = now;
        attempts.highest_seen_ms = now;
        attempts.write(&self.dir, &guard.attempt_key, &vault)?;

        // Try both slots, always (the same work whichever one matches).
        let mut found: Option<(usize, Target)> = None;
        let mut damaged = false;
        for i in idx {
            let inner = match slot_inner(&state.header.slots[i], keystore) {
                Ok(inner) => inner,
                Err(KeyStoreError::UnwrapFailed) => {
                    damaged = true;
                    continue;
                }
                Err(e) => return Err(ks_err(e).into()),
            };
            match age_open(&inner, pin, MAX_PIN_LOG_N) {
                Ok(Some(plain)) => match decode_target(&vault, &plain) {
                    Ok(t) if found.is_none() => found = Some((i, t)),
                    Ok(_) => {}
                    Err(_) => damaged = true,
                },
                Ok(None) => {}
                Err(_) => damaged = true,
            }
        }

        match found {
            Some((_, Target::Real(dek))) => {
                let session = self.start_session(dek, vault)?;
                state.session = Some(session);
                Attempts::fresh(clock_now).write(&self.dir, &guard.attempt_key, &vault)?;
                Ok(PinUnlock::Real)
            }
            Some((
                duress_index,
                Target::Decoy {
                    key,
                    vault: decoy_id,
                    name,
                    destroy_real,
                },
            )) => {
                let Some(decoy) = self.open_decoy(&name, key, decoy_id) else {
                    return Err(Error::WrongPassphrase);
                };
                state.session = None;
                if destroy_real {
                    let decoy_aliases = decoy.aliases();
                    self.shred_real(
                        &mut state,
                        keystore,
                        pin,
                        duress_index,
                        &decoy_aliases,
                        &guard,
                        &alias,
                        clock_now,
                    )?;
                } else {
                    Attempts::fresh(clock_now).write(&self.dir, &guard.attempt_key, &vault)?;
                }
                Ok(PinUnlock::Decoy(Box::new(decoy)))
            }
            None => {
                if let Some(n) = guard.wipe_after {
                    if attempts.failures >= n {
                        self.wipe_locked(&mut state, keystore)?;
                        return Err(Error::WrongPassphrase);
                    }
                }
                if damaged {
                    return Err(VaultError::Corrupt("PIN keyslot").into());
                }
                Err(Error::WrongPassphrase)
            }
        }
    }

    /// Opens the decoy vault `name` (a sibling folder) with `key`.
    fn open_decoy(&self, name: &str, key: SymmetricKey, id: VaultId) -> Option<Vault> {
        let dir = self.dir.parent()?.join(name);
        let decoy = Vault::open(&dir, self.options.clone()).ok()?;
        let session = {
            let d = decoy.state();
            if d.header.vault_id().ok()? != id {
                return None;
            }
            decoy.start_session(key, id).ok()?
        };
        decoy.state().session = Some(session);
        Some(decoy)
    }

    /// Every keystore alias this vault's header names.
    fn aliases(&self) -> BTreeSet<String> {
        let state = self.state();
        state
            .header
            .slots
            .iter()
            .filter_map(|s| s.alias.clone())
            .chain(state.header.pin.as_ref().map(|p| p.alias.clone()))
            .collect()
    }

    /// Wipes this vault (as `panic_wipe`) while its state is held, and
    /// forgets the slots in memory too.
    fn wipe_locked(&self, state: &mut State, keystore: &dyn KeyStore) -> VResult<()> {
        state.session = None;
        wipe::destroy(&self.dir, &state.header, Some(keystore))?;
        state.header.slots.clear();
        state.header.pin = None;
        Ok(())
    }

    /// Resets the counter after a passphrase unlock (best effort: the
    /// passphrase must open the vault even if the counter cannot be
    /// written; the PIN then stays refused until it can).
    pub(super) fn reset_pin_attempts(&self, header: &Header, dek: &SymmetricKey, vault: &VaultId) {
        let Some(section) = header.pin.as_ref() else {
            return;
        };
        if let Ok(guard) = Guard::from_data_key(section, dek, vault) {
            let _ = Attempts::fresh(self.now_ms()).write(&self.dir, &guard.attempt_key, vault);
        }
    }

    /// Writes a new pair of PIN slots (in random order, both under a fresh
    /// keystore alias) and the guard, then deletes the old alias's key.
    /// `fresh_counter`: write a new counter file at this time first.
    #[allow(clippy::too_many_arguments)]
    fn install_pin_slots(
        &self,
        state: &mut State,
        keystore: &dyn KeyStore,
        real_inner: &[u8],
        other_inner: &[u8],
        guard: &Guard,
        dek: &SymmetricKey,
        vault: &VaultId,
        fresh_counter: Option<i64>,
    ) -> VResult<()> {
        let alias = new_pin_alias(vault);
        let wrap = |inner: &[u8]| keystore.wrap(&alias, inner).map_err(ks_err);
        let real = SlotRecord {
            id: real_slot_id(dek, vault),
            kind: SlotKind::Pin,
            alias: Some(alias.clone()),
            data: to_hex(&wrap(real_inner)?),
        };
        let other = SlotRecord {
            id: other_slot_id(dek, vault),
            kind: SlotKind::Pin,
            alias: Some(alias.clone()),
            data: to_hex(&wrap(other_inner)?),
        };
        let mut pair = [real, other];
        if random_bytes::<1>()[0] & 1 == 1 {
            pair.swap(0, 1);
        }
        let old_alias = state.header.pin.as_ref().map(|p| p.alias.clone());
        let mut header = state.header.clone();
        header.slots.retain(|s| s.kind != SlotKind::Pin);
        header.slots.extend(pair);
        header.pin = Some(guard.seal(&alias, keystore, dek, vault)?);
        // The counter before the header: a crash in between leaves an
        // unused counter, never a PIN without one.
        if let Some(now) = fresh_counter {
            Attempts::fresh(now).write(&self.dir, &guard.attempt_key, vault)?;
        }
        header.write(&self.dir)?;
        state.header = header;
        if let Some(old) = old_alias {
            // Best effort: the new slots are in place; a key left behind
            // only matters to a copy of the folder taken earlier.
            let _ = keystore.delete(&old);
        }
        Ok(())
    }

    /// The duress PIN with `destroy_real`: overwrites every slot that opens
    /// this vault with look-alike random data of the same size and shape,
    /// rewraps the duress slot (now without the destroy flag, so later
    /// duress unlocks change nothing), new filler and a new guard under a
    /// fresh keystore alias, writes the header atomically, then deletes the
    /// old PIN key and the device keys not shared with the decoy. The
    /// header keeps its slot ids, kinds, count and sizes.
    #[allow(clippy::too_many_arguments)]
    fn shred_real(
        &self,
        state: &mut State,
        keystore: &dyn KeyStore,
        duress_pin: &SecretString,
        duress_index: usize,
        decoy_aliases: &BTreeSet<String>,
        old_guard: &Guard,
        old_alias: &str,
        now: i64,
    ) -> VResult<()> {
        let vault = state.header.vault_id()?;
        let alias = new_pin_alias(&vault);
        let mut header = state.header.clone();
        let mut device_aliases = Vec::new();
        for (i, slot) in header.slots.iter_mut().enumerate() {
            let old = slot.data_bytes()?;
            let new = match slot.kind {
                SlotKind::Passphrase | SlotKind::Recovery => {
                    look_alike_age_blob(&old, KEY_LEN + ID_LEN)?
                }
                SlotKind::Device => {
                    if let Some(a) = &slot.alias {
                        device_aliases.push(a.clone());
                    }
                    random_vec(old.len())
                }
                SlotKind::Pin => {
                    let inner = if i == duress_index {
                        let inner = slot_inner(slot, keystore).map_err(ks_err)?;
                        let plain = age_open(&inner, duress_pin, MAX_PIN_LOG_N)?
                            .ok_or(VaultError::Corrupt("PIN keyslot"))?;
                        let mut plain = Zeroizing::new(plain.to_vec());
                        plain[1] &= !FLAG_DESTROY_REAL;
                        age_seal(duress_pin, PIN_LOG_N, &plain)?
                    } else {
                        filler_inner()?
                    };
                    slot.alias = Some(alias.clone());
                    keystore.wrap(&alias, &inner).map_err(ks_err)?
                }
            };
            slot.data = to_hex(&new);
        }
        // The guard: a new attempt key under the new alias; its copy under
        // the data key becomes random bytes of the same length (the data
        // key is gone).
        let guard = Guard::new(old_guard.wipe_after);
        let device = keystore
            .wrap(&alias, &guard.encode(&vault))
            .map_err(ks_err)?;
        header.pin = Some(PinSection {
            alias: alias.clone(),
            device: to_hex(&device),
            vault: to_hex(&random_vec(NONCE_LEN + GUARD_LEN + TAG_LEN)),
        });
        Attempts::fresh(now).write(&self.dir, &guard.attempt_key, &vault)?;
        header.write(&self.dir)?;
        state.header = header;
        state.session = None;
        // Keys last: the header no longer needs them.
        let mut first_error = None;
        let doomed = std::iter::once(old_alias.to_string())
            .chain(device_aliases)
            .filter(|a| !decoy_aliases.contains(a) && *a != alias);
        for a in doomed {
            if let Err(e) = keystore.delete(&a) {
                first_error.get_or_insert(ks_err(e));
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_follow_the_policy() {
        let got: Vec<u64> = (0..12).map(pin_delay_seconds).collect();
        assert_eq!(got, [0, 0, 0, 0, 0, 30, 60, 300, 900, 3600, 3600, 3600]);
        assert_eq!(pin_delay_seconds(u32::MAX), 3600);
    }

    #[test]
    fn pin_format_is_checked_without_echoing_it() {
        for ok in ["1234", "000000000000", "987654"] {
            let got = normalise_pin(&SecretString::from(ok), "pin").unwrap();
            assert_eq!(got.expose_secret(), ok);
        }
        for (other, ascii) in [("١٢٣٤", "1234"), ("۹۸۷۶۵", "98765")] {
            let got = normalise_pin(&SecretString::from(other), "pin").unwrap();
            assert_eq!(got.expose_secret(), ascii);
        }
        for bad in [
            "123",
            "1234567890123",
            "12a4",
            "12 34",
            "",
            "+1234",
            "1234\n",
        ] {
            let err: Error = normalise_pin(&SecretString::from(bad), "pin")
                .unwrap_err()
                .into();
            assert!(matches!(err, Error::InvalidInput { ref field, .. } if field == "pin"));
            if !bad.is_empty() {
                assert!(!err.to_string().contains(bad));
            }
        }
    }

    #[test]
    fn slot_plaintexts_have_one_size_and_round_trip() {
        let owner = VaultId::random();
        let decoy = VaultId::random();
        let dek = SymmetricKey::random();
        let real = encode_target(&owner, &Target::Real(dek.clone())).unwrap();
        let duress = encode_target(
            &owner,
            &Target::Decoy {
                key: dek.clone(),
                vault: decoy,
                name: "v0123456789ab".into(),
                destroy_real: true,
            },
        )
        .unwrap();
        assert_eq!(real.len(), duress.len());
        assert!(matches!(decode_target(&owner, &real), Ok(Target::Real(_))));
        match decode_target(&owner, &duress) {
            Ok(Target::Decoy {
                vault,
                name,
                destroy_real,
                ..
            }) => {
                assert_eq!(vault, decoy);
                assert_eq!(name, "v0123456789ab");
                assert!(destroy_real);
            }
            _ => panic!("not a decoy"),
        }
        // Bound to the vault whose header holds it.
        assert!(decode_target(&VaultId::random(), &real).is_err());
        // A name that climbs out of the parent folder is refused.
        for bad in ["../x", "a/b", "..", ""] {
            let p = encode_target(
                &owner,
                &Target::Decoy {
                    key: dek.clone(),
                    vault: decoy,
                    name: bad.into(),
                    destroy_real: false,
                },
            )
            .unwrap();
            assert!(decode_target(&owner, &p).is_err(), "{bad}");
        }
    }

    #[test]
    fn real_slot_ids_are_recognised_only_with_the_data_key() {
        let dek = SymmetricKey::random();
        let vault = VaultId::random();
        for _ in 0..200 {
            assert!(is_real_slot_id(&real_slot_id(&dek, &vault), &dek, &vault));
            assert!(!is_real_slot_id(&other_slot_id(&dek, &vault), &dek, &vault));
            assert_eq!(real_slot_id(&dek, &vault).len(), 8);
        }
    }

    #[test]
    fn filler_has_the_size_of_a_pin_slot() {
        let vault = VaultId::random();
        let real = age_seal(
            &SecretString::from("1234"),
            PIN_LOG_N,
            &encode_target(&vault, &Target::Real(SymmetricKey::random())).unwrap(),
        )
        .unwrap();
        assert_eq!(filler_inner().unwrap().len(), real.len());
    }

    #[test]
    fn the_counter_waits_from_the_last_failure() {
        let mut a = Attempts::fresh(0);
        a.failures = 5;
        a.last_failure_ms = 1_000_000;
        assert_eq!(a.wait_ms(1_000_000), 30_000);
        assert_eq!(a.wait_ms(1_029_999), 1);
        assert_eq!(a.wait_ms(1_030_000), 0);
        // A clock behind the last failure waits longer, never less.
        assert_eq!(a.wait_ms(0), 1_030_000);
        a.failures = 4;
        assert_eq!(a.wait_ms(1_000_000), 0);
    }
}
