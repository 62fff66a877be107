//! Random identifiers: vault ids, record ids (typed per collection), slot ids.

use crate::Error;
use rand::RngCore;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

/// Length in bytes of every random id.
pub const ID_LEN: usize = 16;

/// Random bytes from the thread-local CSPRNG (ChaCha, seeded and reseeded
/// from the operating system): as strong as `OsRng` for ids and nonces,
/// without a system call each time.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::thread_rng().fill_bytes(&mut b);
    b
}

/// `len` random bytes from the same generator.
pub(crate) fn random_vec(len: usize) -> Vec<u8> {
    let mut b = vec![0u8; len];
    rand::thread_rng().fill_bytes(&mut b);
    b
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn from_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect()
}

fn parse_id(s: &str, field: &'static str) -> Result<[u8; ID_LEN], Error> {
    let bytes = from_hex(s.trim())
        .ok_or_else(|| Error::invalid(field, "must be 32 hexadecimal characters"))?;
    bytes
        .try_into()
        .map_err(|_| Error::invalid(field, "must be 32 hexadecimal characters"))
}

/// The random id of a vault. Not secret: it names the vault on disk and is
/// bound into every ciphertext so records cannot move between vaults.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct VaultId(pub(crate) [u8; ID_LEN]);

impl VaultId {
    pub(crate) fn random() -> Self {
        VaultId(random_bytes())
    }
    pub(crate) fn as_bytes(&self) -> &[u8; ID_LEN] {
        &self.0
    }
}

impl fmt::Display for VaultId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_hex(&self.0))
    }
}

impl fmt::Debug for VaultId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VaultId({self})")
    }
}

impl FromStr for VaultId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        parse_id(s, "vault id").map(VaultId)
    }
}

/// The id of a record in collection `T`. The type parameter stops an id of
/// one collection being used in another at compile time.
pub struct RecordId<T> {
    bytes: [u8; ID_LEN],
    _of: PhantomData<fn() -> T>,
}

impl<T> RecordId<T> {
    pub(crate) fn random() -> Self {
        Self::from_bytes(random_bytes())
    }
    pub(crate) fn from_bytes(bytes: [u8; ID_LEN]) -> Self {
        RecordId {
            bytes,
            _of: PhantomData,
        }
    }
    /// The raw id bytes (as stored in the database).
    pub fn as_bytes(&self) -> &[u8; ID_LEN] {
        &self.bytes
    }
    /// Reinterprets the id for another record type (for links between
    /// collections stored as plain ids).
    pub fn cast<U>(&self) -> RecordId<U> {
        RecordId::from_bytes(self.bytes)
    }
}

impl<T> Clone for RecordId<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for RecordId<T> {}
impl<T> PartialEq for RecordId<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes
    }
}
impl<T> Eq for RecordId<T> {}
impl<T> std::hash::Hash for RecordId<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bytes.hash(state)
    }
}
impl<T> PartialOrd for RecordId<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for RecordId<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.bytes.cmp(&other.bytes)
    }
}

impl<T> fmt::Display for RecordId<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&to_hex(&self.bytes))
    }
}

impl<T> fmt::Debug for RecordId<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecordId({self})")
    }
}

impl<T> FromStr for RecordId<T> {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        parse_id(s, "id").map(RecordId::from_bytes)
    }
}

impl<T> serde::Serialize for RecordId<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de, T> serde::Deserialize<'de> for RecordId<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let id: RecordId<()> = RecordId::random();
        let back: RecordId<()> = id.to_string().parse().unwrap();
        assert_eq!(id, back);
        assert_eq!(id.to_string().len(), 32);
    }

    #[test]
    fn malformed_ids_are_rejected_with_the_field_named() {
        for bad in ["", "zz", "0123", &"g".repeat(32), &"0".repeat(34)] {
            let err = bad.parse::<RecordId<()>>().unwrap_err();
            assert!(matches!(err, Error::InvalidInput { ref field, .. } if field == "id"));
        }
    }
}
