//! The one public error type of `passage-core`.
//!
//! Each layer (vault, deadlines, guide, ...) has its own internal error type
//! and exactly one `From<LayerError> for Error` mapping into this enum. Error
//! texts never contain anything the user typed: they name the field and the
//! problem, not the value.

use std::fmt;

/// Every way a `passage-core` call can fail, as the shells and the CLI see it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The passphrase, recovery phrase or PIN did not open any keyslot.
    #[error("wrong passphrase or PIN")]
    WrongPassphrase,
    /// The operation needs an unlocked vault.
    #[error("the vault is locked")]
    Locked,
    /// Stored data failed an integrity check (tampered, truncated, corrupt).
    /// `what` names the part, never its content.
    #[error("damaged or tampered data: {what}")]
    Corrupt { what: String },
    /// Unknown id, missing vault, missing file, unknown rule or article.
    #[error("not found: {what}")]
    NotFound { what: String },
    /// The caller's input was rejected; nothing was stored.
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: String, reason: String },
    /// Something already exists where a new one was to be created.
    #[error("already exists: {what}")]
    AlreadyExists { what: String },
    /// Data written by a newer version of Passage.
    #[error("unsupported format version {found} (this version reads up to {supported})")]
    UnsupportedVersion { found: u32, supported: u32 },
    /// The operation must wait (for example after repeated wrong PINs).
    #[error("try again in {seconds} seconds")]
    RetryLater { seconds: u64 },
    /// A file, disk or database operation failed.
    #[error("storage error: {reason}")]
    Io { reason: String },
}

impl Error {
    /// Shorthand for [`Error::InvalidInput`].
    pub fn invalid(field: impl fmt::Display, reason: impl fmt::Display) -> Self {
        Error::InvalidInput {
            field: field.to_string(),
            reason: reason.to_string(),
        }
    }

    /// Shorthand for [`Error::NotFound`].
    pub fn not_found(what: impl fmt::Display) -> Self {
        Error::NotFound {
            what: what.to_string(),
        }
    }

    /// Shorthand for [`Error::Corrupt`].
    pub fn corrupt(what: impl fmt::Display) -> Self {
        Error::Corrupt {
            what: what.to_string(),
        }
    }

    /// The CLI exit code for this error (documented in README.md).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::WrongPassphrase => 3,
            Error::NotFound { .. } => 4,
            Error::InvalidInput { .. } | Error::AlreadyExists { .. } => 5,
            _ => 1,
        }
    }
}

/// Result alias used across the public API.
pub type Result<T, E = Error> = std::result::Result<T, E>;
