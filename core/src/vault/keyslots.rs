//! Keyslots: the data key (DEK) wrapped under each way in, as in LUKS.
//!
//! A slot's plaintext is `DEK (32 bytes) || vault id (16 bytes)`, so a slot
//! copied from another vault is detected after unwrapping. Passphrase and
//! recovery slots use age's scrypt passphrase encryption (memory-hard, the
//! work factor stored in the slot); device slots are wrapped by the
//! platform keystore.

use super::error::{VResult, VaultError};
use super::header::{SlotKind, SlotRecord};
use super::ids::{random_bytes, random_vec, to_hex, VaultId, ID_LEN};
use super::keys::{SymmetricKey, KEY_LEN};
use super::keystore::{KeyStore, KeyStoreError};
use secrecy::SecretString;
use std::io::{Read, Write};
use zeroize::Zeroizing;

/// scrypt work factor (log2 N). 16 = 64 MiB of memory, about half a second
/// on a mid-range phone; tests use a low value.
pub const DEFAULT_LOG_N: u8 = 16;
/// The highest work factor accepted when unlocking: bounds the time and
/// memory a hostile header can make us spend (2^20 = 1 GiB).
pub const MAX_LOG_N: u8 = 20;

fn slot_plaintext(dek: &SymmetricKey, vault: &VaultId) -> Zeroizing<Vec<u8>> {
    let mut p = Zeroizing::new(Vec::with_capacity(KEY_LEN + ID_LEN));
    p.extend_from_slice(dek.as_bytes());
    p.extend_from_slice(vault.as_bytes());
    p
}

fn dek_from_plaintext(plain: &[u8], vault: &VaultId) -> VResult<SymmetricKey> {
    if plain.len() != KEY_LEN + ID_LEN {
        return Err(VaultError::Corrupt("keyslot"));
    }
    let (dek, id) = plain.split_at(KEY_LEN);
    if id != vault.as_bytes() {
        return Err(VaultError::Corrupt("keyslot belongs to another vault"));
    }
    SymmetricKey::from_slice(dek)
}

/// Wraps the DEK under a passphrase (or recovery phrase).
pub(crate) fn wrap_with_passphrase(
    dek: &SymmetricKey,
    vault: &VaultId,
    passphrase: &SecretString,
    log_n: u8,
    kind: SlotKind,
) -> VResult<SlotRecord> {
    let out = age_seal(passphrase, log_n, &slot_plaintext(dek, vault))?;
    Ok(SlotRecord::new(kind, None, &out))
}

/// Tries to unwrap a passphrase slot. `Ok(None)` means "not this secret".
pub(crate) fn unwrap_with_passphrase(
    slot: &SlotRecord,
    vault: &VaultId,
    passphrase: &SecretString,
) -> VResult<Option<SymmetricKey>> {
    match age_open(&slot.data_bytes()?, passphrase, MAX_LOG_N)? {
        Some(plain) => dek_from_plaintext(&plain, vault).map(Some),
        None => Ok(None),
    }
}

/// Encrypts `plaintext` with age's scrypt passphrase encryption.
pub(crate) fn age_seal(secret: &SecretString, log_n: u8, plaintext: &[u8]) -> VResult<Vec<u8>> {
    // Never write a slot that unlock would refuse (see MAX_LOG_N).
    if !(1..=MAX_LOG_N).contains(&log_n) {
        return Err(VaultError::Invalid {
            field: "work factor",
            reason: format!("must be between 1 and {MAX_LOG_N}"),
        });
    }
    let mut recipient = age::scrypt::Recipient::new(secret.clone());
    recipient.set_work_factor(log_n);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _))
        .map_err(|_| VaultError::Io("keyslot encryption".into()))?;
    let mut out = Vec::new();
    let mut w = encryptor
        .wrap_output(&mut out)
        .map_err(|_| VaultError::Io("keyslot encryption".into()))?;
    w.write_all(plaintext)?;
    w.finish()?;
    Ok(out)
}

/// Decrypts what [`age_seal`] made. `Ok(None)` means "not this secret";
/// a work factor above `max_log_n` is refused without running it.
pub(crate) fn age_open(
    data: &[u8],
    secret: &SecretString,
    max_log_n: u8,
) -> VResult<Option<Zeroizing<Vec<u8>>>> {
    let decryptor = age::Decryptor::new(data).map_err(|_| VaultError::Corrupt("keyslot"))?;
    if !decryptor.is_scrypt() {
        return Err(VaultError::Corrupt("keyslot"));
    }
    let mut identity = age::scrypt::Identity::new(secret.clone());
    identity.set_max_work_factor(max_log_n);
    let mut reader = match decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)) {
        Ok(r) => r,
        Err(age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys) => {
            return Ok(None)
        }
        Err(age::DecryptError::ExcessiveWork { .. }) => {
            return Err(VaultError::Corrupt("keyslot work factor is too high"))
        }
        Err(_) => return Err(VaultError::Corrupt("keyslot")),
    };
    let mut plain = Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut plain)
        .map_err(|_| VaultError::Corrupt("keyslot"))?;
    Ok(Some(plain))
}

/// A secret nobody knows (for filler and shredded slots).
pub(crate) fn random_secret() -> SecretString {
    SecretString::from(to_hex(&random_bytes::<32>()))
}

/// Where the work factor of an age scrypt stanza (`-> scrypt SALT N`)
/// starts and ends in `data`.
fn stanza_work_factor(data: &[u8]) -> Option<(usize, usize)> {
    let start = data.windows(11).position(|w| w == b"\n-> scrypt ")? + 1;
    let len = data[start..].iter().position(|&b| b == b'\n')?;
    let line = &data[start..start + len];
    let space = line.iter().rposition(|&b| b == b' ')?;
    Some((start + space + 1, start + len))
}

/// An age scrypt file that looks like `original` (same work factor field,
/// same length) but holds `plain_len` random bytes under a random
/// passphrase: it opens with no secret anyone knows. Used to shred a slot
/// without the header announcing it. It encrypts with the cheapest work
/// factor and writes the original's into the stanza, so shredding takes
/// milliseconds (nobody can tell: checking the header MAC needs the file
/// key, which needs the passphrase).
pub(crate) fn look_alike_age_blob(original: &[u8], plain_len: usize) -> VResult<Vec<u8>> {
    let random_plain = Zeroizing::new(random_vec(plain_len));
    let blob = age_seal(&random_secret(), 1, &random_plain)?;
    let spliced = match (stanza_work_factor(original), stanza_work_factor(&blob)) {
        (Some((o_start, o_end)), Some((b_start, b_end))) => {
            let mut out = Vec::with_capacity(original.len());
            out.extend_from_slice(&blob[..b_start]);
            out.extend_from_slice(&original[o_start..o_end]);
            out.extend_from_slice(&blob[b_end..]);
            Some(out)
        }
        _ => None,
    };
    match spliced {
        Some(out) if out.len() == original.len() => Ok(out),
        // Not an age scrypt slot of the expected shape: random bytes of
        // the same length hide just as well that the key is gone.
        _ => Ok(random_vec(original.len())),
    }
}

/// Wraps the DEK with the device keystore under `alias`.
pub(crate) fn wrap_with_device(
    dek: &SymmetricKey,
    vault: &VaultId,
    keystore: &dyn KeyStore,
    alias: &str,
) -> VResult<SlotRecord> {
    let wrapped = keystore
        .wrap(alias, &slot_plaintext(dek, vault))
        .map_err(|e| VaultError::Keystore(e.to_string()))?;
    Ok(SlotRecord::new(
        SlotKind::Device,
        Some(alias.to_string()),
        &wrapped,
    ))
}

/// Unwraps a device slot.
pub(crate) fn unwrap_with_device(
    slot: &SlotRecord,
    vault: &VaultId,
    keystore: &dyn KeyStore,
) -> VResult<SymmetricKey> {
    let alias = slot
        .alias
        .as_deref()
        .ok_or(VaultError::Corrupt("device keyslot"))?;
    let plain = keystore
        .unwrap(alias, &slot.data_bytes()?)
        .map_err(|e| match e {
            KeyStoreError::KeyNotFound => VaultError::NotFound("device key".into()),
            KeyStoreError::UnwrapFailed => VaultError::WrongSecret,
            other => VaultError::Keystore(other.to_string()),
        })?;
    dek_from_plaintext(&plain, vault)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrase_slot_round_trip_and_wrong_passphrase() {
        let dek = SymmetricKey::random();
        let vault = VaultId::random();
        let pass = SecretString::from("correct horse");
        let slot = wrap_with_passphrase(&dek, &vault, &pass, 4, SlotKind::Passphrase).unwrap();
        let got = unwrap_with_passphrase(&slot, &vault, &pass)
            .unwrap()
            .unwrap();
        assert_eq!(got.as_bytes(), dek.as_bytes());
        let wrong = SecretString::from("wrong horse");
        assert!(unwrap_with_passphrase(&slot, &vault, &wrong)
            .unwrap()
            .is_none());
        // A slot from another vault is refused even with the right secret.
        assert!(unwrap_with_passphrase(&slot, &VaultId::random(), &pass).is_err());
    }

    #[test]
    fn a_slot_that_unlock_would_refuse_is_never_written() {
        let dek = SymmetricKey::random();
        let vault = VaultId::random();
        let pass = SecretString::from("p");
        for log_n in [0, MAX_LOG_N + 1, 63] {
            assert!(
                wrap_with_passphrase(&dek, &vault, &pass, log_n, SlotKind::Passphrase).is_err()
            );
        }
    }

    #[test]
    fn excessive_work_factor_is_refused_without_running_it() {
        let dek = SymmetricKey::random();
        let vault = VaultId::random();
        let pass = SecretString::from("p");
        let slot = wrap_with_passphrase(&dek, &vault, &pass, 4, SlotKind::Passphrase).unwrap();
        // Rewrite the stanza's work factor (the "4" after the salt) to 40.
        let mut raw = slot.data_bytes().unwrap();
        let pos = raw
            .windows(3)
            .position(|w| w == b" 4\n")
            .expect("work factor in stanza");
        raw.splice(pos..pos + 3, b" 40\n".iter().copied());
        let forged = SlotRecord::new(SlotKind::Passphrase, None, &raw);
        assert!(matches!(
            unwrap_with_passphrase(&forged, &vault, &pass),
            Err(VaultError::Corrupt(_))
        ));
    }

    #[test]
    fn a_look_alike_blob_has_the_shape_of_the_slot_and_opens_with_nothing() {
        let dek = SymmetricKey::random();
        let vault = VaultId::random();
        let pass = SecretString::from("correct horse");
        for log_n in [4u8, 10, 12] {
            let slot =
                wrap_with_passphrase(&dek, &vault, &pass, log_n, SlotKind::Passphrase).unwrap();
            let original = slot.data_bytes().unwrap();
            let fake = look_alike_age_blob(&original, KEY_LEN + ID_LEN).unwrap();
            assert_eq!(fake.len(), original.len());
            assert_ne!(fake, original);
            let factor = |d: &[u8]| {
                let (a, b) = stanza_work_factor(d).unwrap();
                d[a..b].to_vec()
            };
            assert_eq!(factor(&fake), factor(&original));
            assert_eq!(factor(&fake), log_n.to_string().into_bytes());
            // Same text up to the salt, then nothing in common that matters.
            assert_eq!(fake[..30], original[..30]);
            let forged = SlotRecord::new(SlotKind::Passphrase, None, &fake);
            assert!(unwrap_with_passphrase(&forged, &vault, &pass)
                .unwrap()
                .is_none());
        }
    }
}
