//! What the shells' sharing screens need beyond `share.rs` and `backup.rs`:
//! a new age key pair. A lawyer or helper who uses Passage can receive
//! shares and key-protected backups with it, and the shells' tests make a
//! real recipient with it (as `passage age keygen` does in the CLI).

use passage_core::archive::{generate_identity, identity_file_text};

/// A new age X25519 key pair. `public_key` (`age1...`) is given to the
/// person who shares; `identity` is the text of an identity file (comment
/// lines and the `AGE-SECRET-KEY-1...` line), to keep secret. No `Debug`:
/// the identity is a secret.
#[derive(uniffi::Record)]
pub struct AgeKeyPair {
    pub public_key: String,
    pub identity: String,
}

/// Generates a new age key pair (nothing is stored).
#[uniffi::export]
pub fn age_keygen() -> AgeKeyPair {
    let identity = generate_identity();
    let text = identity_file_text(&identity, chrono::Utc::now());
    AgeKeyPair {
        public_key: identity.to_public().to_string(),
        identity: text.as_str().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passage_core::archive::{parse_identity, parse_recipient};

    #[test]
    fn the_pair_parses_and_the_identity_matches_the_public_key() {
        let pair = age_keygen();
        assert!(pair.public_key.starts_with("age1"));
        parse_recipient(&pair.public_key).unwrap();
        let identity = parse_identity(&pair.identity).unwrap();
        assert_eq!(identity.to_public().to_string(), pair.public_key);
        assert_ne!(age_keygen().public_key, pair.public_key);
    }
}
