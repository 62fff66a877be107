//! What protects an archive (a passphrase or age public keys) and what
//! opens it (the passphrase or an age secret key), with precise errors for
//! mistyped keys. `Debug` never shows a secret.

use super::error::{AResult, ArchiveError};
use crate::vault::{DEFAULT_LOG_N, MAX_LOG_N, MIN_PASSPHRASE_CHARS};
use crate::{Error, Result};
use age::x25519::{Identity, Recipient};
use secrecy::{ExposeSecret, SecretString};
use std::fmt;
use std::path::Path;
use zeroize::Zeroizing;

/// How a new archive is encrypted.
pub enum Protection {
    /// age scrypt, with work factor `log_n` (see [`Protection::passphrase`]).
    Passphrase { passphrase: SecretString, log_n: u8 },
    /// age X25519: any one of these keys opens it.
    Recipients(Vec<Recipient>),
}

impl Protection {
    /// A passphrase with the vault's default work factor (log2 N = 16).
    pub fn passphrase(passphrase: SecretString) -> Self {
        Protection::Passphrase {
            passphrase,
            log_n: DEFAULT_LOG_N,
        }
    }

    /// One or more `age1...` public keys, separated by spaces, commas or
    /// new lines (`#` starts a comment line).
    pub fn recipients_text(text: &str) -> Result<Self> {
        let mut out = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with('#') {
                continue;
            }
            for word in line.split([' ', ',', '\t']).filter(|w| !w.is_empty()) {
                out.push(parse_recipient(word)?);
            }
        }
        if out.is_empty() {
            return Err(Error::invalid("recipient", "no age public key given"));
        }
        Ok(Protection::Recipients(out))
    }

    /// Checks what can be checked before anything is written.
    pub(crate) fn check(&self) -> AResult<()> {
        match self {
            Protection::Passphrase { passphrase, log_n } => {
                let text = passphrase.expose_secret();
                if text.trim().is_empty() || text.chars().count() < MIN_PASSPHRASE_CHARS {
                    return Err(ArchiveError::Invalid {
                        field: "passphrase",
                        reason: format!("must have at least {MIN_PASSPHRASE_CHARS} characters"),
                    });
                }
                if !(1..=MAX_LOG_N).contains(log_n) {
                    return Err(ArchiveError::Invalid {
                        field: "work factor",
                        reason: format!("must be between 1 and {MAX_LOG_N}"),
                    });
                }
                Ok(())
            }
            Protection::Recipients(r) if r.is_empty() => Err(ArchiveError::Invalid {
                field: "recipient",
                reason: "no age public key given".into(),
            }),
            Protection::Recipients(_) => Ok(()),
        }
    }
}

impl fmt::Debug for Protection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Protection::Passphrase { log_n, .. } => f
                .debug_struct("Passphrase")
                .field("log_n", log_n)
                .finish_non_exhaustive(),
            Protection::Recipients(r) => f.debug_tuple("Recipients").field(&r.len()).finish(),
        }
    }
}

/// What opens an archive.
pub enum Secret {
    Passphrase(SecretString),
    Identity(Identity),
}

impl Secret {
    /// An `AGE-SECRET-KEY-1...` key, or the text of an identity file
    /// (comment lines starting with `#` and blank lines are skipped).
    pub fn identity_text(text: &str) -> Result<Self> {
        parse_identity(text).map(Secret::Identity)
    }

    /// Reads an age identity file (as written by `age-keygen` or
    /// `passage age keygen`).
    pub fn identity_file(path: &Path) -> Result<Self> {
        let bytes = Zeroizing::new(std::fs::read(path).map_err(|e| Error::Io {
            reason: format!("reading the identity file: {}", crate::vault::io_reason(&e)),
        })?);
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| Error::invalid("identity", "the key file is not text"))?;
        Self::identity_text(text)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Secret::Passphrase(_) => f.write_str("Secret::Passphrase(..)"),
            Secret::Identity(_) => f.write_str("Secret::Identity(..)"),
        }
    }
}

/// Parses one `age1...` public key.
pub fn parse_recipient(text: &str) -> Result<Recipient> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid("recipient", "no age public key given"));
    }
    if !text.to_ascii_lowercase().starts_with("age1") {
        return Err(Error::invalid(
            "recipient",
            "is not an age public key (it must start with age1)",
        ));
    }
    if text.to_ascii_lowercase().starts_with("age1pq") || text.len() != 62 {
        return Err(Error::invalid(
            "recipient",
            "has the wrong length for an age X25519 public key (62 characters)",
        ));
    }
    text.parse::<Recipient>().map_err(|_| {
        Error::invalid(
            "recipient",
            "has a typing error (its checksum does not match)",
        )
    })
}

/// Parses an `AGE-SECRET-KEY-1...` key, alone or in an identity file.
/// Exactly one key must be present.
pub fn parse_identity(text: &str) -> Result<Identity> {
    let mut keys = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    let Some(line) = keys.next() else {
        return Err(Error::invalid("identity", "no age secret key found"));
    };
    if keys.next().is_some() {
        return Err(Error::invalid(
            "identity",
            "holds more than one line besides comments; give one AGE-SECRET-KEY-1 key",
        ));
    }
    if !line.to_ascii_uppercase().starts_with("AGE-SECRET-KEY-1") {
        return Err(Error::invalid(
            "identity",
            "is not an age secret key (it must start with AGE-SECRET-KEY-1)",
        ));
    }
    line.parse::<Identity>().map_err(|_| {
        Error::invalid(
            "identity",
            "has a typing error (its checksum does not match)",
        )
    })
}

/// A new random age X25519 key pair.
pub fn generate_identity() -> Identity {
    Identity::generate()
}

/// The text of an identity file for `identity`, in age-keygen's layout:
/// a comment with the creation time, one with the public key, the key.
pub fn identity_file_text(
    identity: &Identity,
    created: chrono::DateTime<chrono::Utc>,
) -> Zeroizing<String> {
    let secret = identity.to_string();
    Zeroizing::new(format!(
        "# created: {}\n# public key: {}\n{}\n",
        created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        identity.to_public(),
        secret.expose_secret()
    ))
}
