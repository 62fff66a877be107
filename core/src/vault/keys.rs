//! Key material. Every key type wipes itself on drop and never prints.

use super::error::{VResult, VaultError};
use super::ids::random_bytes;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

pub(crate) const KEY_LEN: usize = 32;
pub(crate) const NONCE_LEN: usize = 24;
pub(crate) const TAG_LEN: usize = 16;

/// A 256-bit symmetric key for XChaCha20-Poly1305 (the vault's data key,
/// a device-slot key, or an attachment key).
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SymmetricKey([u8; KEY_LEN]);

impl SymmetricKey {
    pub(crate) fn random() -> Self {
        SymmetricKey(random_bytes())
    }

    pub(crate) fn from_slice(bytes: &[u8]) -> VResult<Self> {
        let arr: [u8; KEY_LEN] = bytes
            .try_into()
            .map_err(|_| VaultError::Corrupt("key length"))?;
        Ok(SymmetricKey(arr))
    }

    pub(crate) fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&self.0))
    }

    /// Encrypts under a fresh random nonce; returns `nonce || ciphertext+tag`.
    pub(crate) fn seal(&self, plaintext: &[u8], aad: &[u8]) -> VResult<Vec<u8>> {
        let nonce: [u8; NONCE_LEN] = random_bytes();
        let ct = self
            .cipher()
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| VaultError::Io("encryption failed".into()))?;
        let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// Opens `nonce || ciphertext+tag`; any change to it or to `aad` fails.
    pub(crate) fn open(
        &self,
        sealed: &[u8],
        aad: &[u8],
        what: &'static str,
    ) -> VResult<Zeroizing<Vec<u8>>> {
        if sealed.len() < NONCE_LEN + TAG_LEN {
            return Err(VaultError::Corrupt(what));
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        self.cipher()
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
            .map(Zeroizing::new)
            .map_err(|_| VaultError::Corrupt(what))
    }
}

impl fmt::Debug for SymmetricKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SymmetricKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_aad_binding() {
        let k = SymmetricKey::random();
        let sealed = k.seal(b"hello", b"aad-1").unwrap();
        assert_eq!(k.open(&sealed, b"aad-1", "t").unwrap().as_slice(), b"hello");
        assert!(k.open(&sealed, b"aad-2", "t").is_err());
        assert!(SymmetricKey::random().open(&sealed, b"aad-1", "t").is_err());
        assert!(k.open(&sealed[..10], b"aad-1", "t").is_err());
    }

    #[test]
    fn debug_is_redacted() {
        let k = SymmetricKey::random();
        assert_eq!(format!("{k:?}"), "SymmetricKey(<redacted>)");
    }
}
