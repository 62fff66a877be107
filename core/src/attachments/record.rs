//! The attachment's vault record (opaque: it holds the file's key) and the
//! public view of its metadata.

use crate::sensitive::UserText;
use crate::vault::{Record, RecordId, Stored, SymmetricKey};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The encrypted metadata of one attachment, stored in the vault. Opaque:
/// read it through [`AttachmentInfo`]. It holds the attachment's own key,
/// so purging the record makes the file unreadable (crypto-shredding).
#[derive(Clone, Serialize, Deserialize)]
pub struct Attachment {
    /// Random id naming the encrypted file in `attachments/`.
    pub(crate) file: String,
    #[serde(with = "key_hex")]
    pub(crate) key: SymmetricKey,
    /// The file format version of the encrypted file.
    pub(crate) format: u8,
    pub(crate) name: UserText,
    pub(crate) media_type: String,
    pub(crate) size: u64,
    /// SHA-256 of the plaintext, hex.
    pub(crate) sha256: String,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub(crate) added: DateTime<Utc>,
    /// The checklist item it belongs to (hex id), if any.
    #[serde(default)]
    pub(crate) item: Option<String>,
}

impl fmt::Debug for Attachment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attachment").finish_non_exhaustive()
    }
}

impl Record for Attachment {
    const COLLECTION: &'static str = "attachments";
}

/// The id of an attachment.
pub type AttachmentId = RecordId<Attachment>;

/// What the user sees of an attachment. `Debug` shows only the id.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct AttachmentInfo {
    pub id: AttachmentId,
    /// The original file name, as the user gave it.
    pub name: UserText,
    /// Sniffed from the first bytes; `application/octet-stream` if unknown.
    pub media_type: String,
    /// Plaintext size in bytes.
    pub size: u64,
    /// SHA-256 of the plaintext, hex.
    pub sha256: String,
    pub added: DateTime<Utc>,
    /// The checklist item it belongs to (hex id), if any.
    pub item: Option<String>,
    /// When it was moved to the trash, if it is there.
    pub trashed: Option<DateTime<Utc>>,
}

impl fmt::Debug for AttachmentInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttachmentInfo")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl From<&Stored<Attachment>> for AttachmentInfo {
    fn from(s: &Stored<Attachment>) -> Self {
        AttachmentInfo {
            id: s.id,
            name: s.value.name.clone(),
            media_type: s.value.media_type.clone(),
            size: s.value.size,
            sha256: s.value.sha256.clone(),
            added: s.value.added,
            item: s.value.item.clone(),
            trashed: s.trashed,
        }
    }
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 15)]));
    }
    s
}

fn from_hex(s: &str) -> Option<zeroize::Zeroizing<Vec<u8>>> {
    if s.len() % 2 != 0 {
        return None;
    }
    let mut out = zeroize::Zeroizing::new(Vec::with_capacity(s.len() / 2));
    for pair in s.as_bytes().chunks(2) {
        let hi = char::from(pair[0]).to_digit(16)?;
        let lo = char::from(pair[1]).to_digit(16)?;
        out.push((hi * 16 + lo) as u8);
    }
    Some(out)
}

/// Serialises the key as hex, wiping the temporary copies it makes.
mod key_hex {
    use super::{from_hex, to_hex};
    use crate::vault::SymmetricKey;
    use serde::de::{Error as _, Visitor};
    use serde::{Deserializer, Serializer};
    use std::fmt;
    use zeroize::Zeroizing;

    pub fn serialize<S: Serializer>(key: &SymmetricKey, s: S) -> Result<S::Ok, S::Error> {
        let hex = Zeroizing::new(to_hex(key.as_bytes()));
        s.serialize_str(&hex)
    }

    struct KeyVisitor;

    impl Visitor<'_> for KeyVisitor {
        type Value = SymmetricKey;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a 64-character hex key")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<SymmetricKey, E> {
            let bytes = from_hex(v).ok_or_else(|| E::custom("malformed key"))?;
            SymmetricKey::from_slice(&bytes).map_err(|_| E::custom("malformed key"))
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<SymmetricKey, D::Error> {
        d.deserialize_str(KeyVisitor)
            .map_err(|_| D::Error::custom("malformed key"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_round_trips_and_debug_hides_name_and_key() {
        let key = SymmetricKey::random();
        let rec = Attachment {
            file: "00".repeat(16),
            key: key.clone(),
            format: 1,
            name: UserText::new("passport of Amina.jpg"),
            media_type: "image/jpeg".into(),
            size: 3,
            sha256: "ab".repeat(32),
            added: Utc::now(),
            item: None,
        };
        let json = serde_json::to_string(&rec).unwrap();
        let back: Attachment = serde_json::from_str(&json).unwrap();
        assert_eq!(back.key.as_bytes(), key.as_bytes());
        assert_eq!(back.name.as_str(), "passport of Amina.jpg");
        let shown = format!("{rec:?}");
        assert!(!shown.contains("Amina") && !shown.contains(&to_hex(key.as_bytes())));
        let bad = json.replace(&to_hex(key.as_bytes()), "zz");
        assert!(serde_json::from_str::<Attachment>(&bad).is_err());
    }

    #[test]
    fn hex() {
        assert_eq!(to_hex(&[0, 15, 255]), "000fff");
        assert_eq!(from_hex("000fff").unwrap().as_slice(), &[0, 15, 255]);
        assert!(from_hex("0g").is_none());
        assert!(from_hex("abc").is_none());
    }
}
