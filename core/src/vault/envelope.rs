//! The record envelope: how one record is stored in the `records` table.
//!
//! ```text
//! byte 0      format version (1)
//! byte 1      algorithm (1 = XChaCha20-Poly1305)
//! bytes 2..4  record schema version, big-endian u16
//! bytes 4..   24-byte random nonce || ciphertext || 16-byte tag
//! ```
//! The AAD binds a domain label, the vault id, the collection, the record id,
//! the envelope format and the schema version, so an envelope moved to
//! another row, collection or vault fails to open. The plaintext is padded
//! (see [`pad`]) so ciphertext lengths leak only a size bucket.

use super::error::{VResult, VaultError};
use super::ids::{VaultId, ID_LEN};
use super::keys::SymmetricKey;
use zeroize::Zeroizing;

pub(crate) const FORMAT_V1: u8 = 1;
pub(crate) const ALG_XCHACHA20POLY1305: u8 = 1;
const HEADER_LEN: usize = 4;
const AAD_LABEL: &[u8] = b"passage/record/v1";

/// Where a record lives; all of it is authenticated.
pub(crate) struct RecordAddress<'a> {
    pub vault: &'a VaultId,
    pub collection: &'a str,
    pub id: &'a [u8; ID_LEN],
}

fn aad(addr: &RecordAddress<'_>, schema_version: u16) -> Vec<u8> {
    let mut a = Vec::with_capacity(AAD_LABEL.len() + 64);
    a.extend_from_slice(AAD_LABEL);
    a.extend_from_slice(addr.vault.as_bytes());
    a.extend_from_slice(&(addr.collection.len() as u32).to_be_bytes());
    a.extend_from_slice(addr.collection.as_bytes());
    a.extend_from_slice(addr.id);
    a.push(FORMAT_V1);
    a.push(ALG_XCHACHA20POLY1305);
    a.extend_from_slice(&schema_version.to_be_bytes());
    a
}

/// Pads `data` to a size bucket: 4-byte length, data, zeros. Buckets are
/// powers of two from 256 bytes to 16 KiB, then multiples of 16 KiB.
pub(crate) fn pad(data: &[u8]) -> Zeroizing<Vec<u8>> {
    let needed = data.len() + 4;
    let bucket = if needed <= 16 * 1024 {
        needed.next_power_of_two().max(256)
    } else {
        needed.div_ceil(16 * 1024) * 16 * 1024
    };
    let mut out = Zeroizing::new(Vec::with_capacity(bucket));
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(data);
    out.resize(bucket, 0);
    out
}

/// Reverses [`pad`]; a length that does not fit means corruption.
pub(crate) fn unpad(padded: &[u8]) -> VResult<&[u8]> {
    let len_bytes: [u8; 4] = padded
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .ok_or(VaultError::Corrupt("record padding"))?;
    let len = u32::from_le_bytes(len_bytes) as usize;
    padded
        .get(4..4 + len)
        .ok_or(VaultError::Corrupt("record padding"))
}

/// Encrypts one record's serialised plaintext.
pub(crate) fn seal(
    key: &SymmetricKey,
    addr: &RecordAddress<'_>,
    schema_version: u16,
    plaintext: &[u8],
) -> VResult<Vec<u8>> {
    let padded = pad(plaintext);
    let sealed = key.seal(&padded, &aad(addr, schema_version))?;
    let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
    out.push(FORMAT_V1);
    out.push(ALG_XCHACHA20POLY1305);
    out.extend_from_slice(&schema_version.to_be_bytes());
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Decrypts one envelope; returns the record schema version and plaintext.
pub(crate) fn open(
    key: &SymmetricKey,
    addr: &RecordAddress<'_>,
    envelope: &[u8],
) -> VResult<(u16, Zeroizing<Vec<u8>>)> {
    let header = envelope
        .get(..HEADER_LEN)
        .ok_or(VaultError::Corrupt("record envelope"))?;
    if header[0] != FORMAT_V1 {
        return Err(if header[0] > FORMAT_V1 {
            VaultError::Unsupported {
                found: u32::from(header[0]),
                supported: u32::from(FORMAT_V1),
            }
        } else {
            VaultError::Corrupt("record envelope")
        });
    }
    if header[1] != ALG_XCHACHA20POLY1305 {
        return Err(VaultError::Corrupt("record envelope"));
    }
    let schema_version = u16::from_be_bytes([header[2], header[3]]);
    let padded = key.open(
        &envelope[HEADER_LEN..],
        &aad(addr, schema_version),
        "record",
    )?;
    let plain = Zeroizing::new(unpad(&padded)?.to_vec());
    Ok((schema_version, plain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_hides_small_length_differences() {
        assert_eq!(pad(b"").len(), 256);
        assert_eq!(pad(&[1; 200]).len(), 256);
        assert_eq!(pad(&[1; 300]).len(), 512);
        assert_eq!(pad(&[1; 20_000]).len(), 32 * 1024);
        for n in [0usize, 1, 252, 253, 5000, 40_000] {
            let d = vec![7u8; n];
            assert_eq!(unpad(&pad(&d)).unwrap(), d.as_slice());
        }
    }

    #[test]
    fn envelope_is_bound_to_its_address() {
        let key = SymmetricKey::random();
        let vault = VaultId::random();
        let id = [1u8; ID_LEN];
        let addr = RecordAddress {
            vault: &vault,
            collection: "journal",
            id: &id,
        };
        let env = seal(&key, &addr, 3, b"{\"a\":1}").unwrap();
        let (v, p) = open(&key, &addr, &env).unwrap();
        assert_eq!((v, p.as_slice()), (3, &b"{\"a\":1}"[..]));

        let other_id = [2u8; ID_LEN];
        let moved = RecordAddress {
            id: &other_id,
            ..addr
        };
        assert!(open(&key, &moved, &env).is_err());
        let other_vault = VaultId::random();
        let moved = RecordAddress {
            vault: &other_vault,
            collection: "journal",
            id: &id,
        };
        assert!(open(&key, &moved, &env).is_err());
        let moved = RecordAddress {
            vault: &vault,
            collection: "notes",
            id: &id,
        };
        assert!(open(&key, &moved, &env).is_err());
    }

    #[test]
    fn a_newer_format_is_reported_as_unsupported() {
        let key = SymmetricKey::random();
        let vault = VaultId::random();
        let id = [1u8; ID_LEN];
        let addr = RecordAddress {
            vault: &vault,
            collection: "c",
            id: &id,
        };
        let mut env = seal(&key, &addr, 1, b"x").unwrap();
        env[0] = 9;
        assert!(matches!(
            open(&key, &addr, &env),
            Err(VaultError::Unsupported { found: 9, .. })
        ));
    }
}
