//! The one error type of the FFI surface, and its one mapping from
//! [`passage_core::Error`].
//!
//! Variants mirror the core's, field for field, so a shell can act on each
//! (Kotlin: `PassageException.WrongPassphrase`, Swift:
//! `PassageError.WrongPassphrase`). The texts are the core's: English, for
//! logs and developers, and never contain anything the user typed. A shell
//! shows its own translated text chosen by variant.
//!
//! One variant has no core counterpart: [`PassageError::Cancelled`], for
//! an operation the shell's `ProgressListener` stopped (the core reports
//! that as an I/O error; the shells should not have to read its text).

/// Every way a Passage call can fail, as the shells see it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum PassageError {
    /// The passphrase, recovery phrase or device key did not open the vault.
    #[error("wrong passphrase or PIN")]
    WrongPassphrase,
    /// The operation needs an unlocked vault.
    #[error("the vault is locked")]
    Locked,
    /// Stored data failed an integrity check; `what` names the part.
    #[error("damaged or tampered data: {what}")]
    Corrupt { what: String },
    /// Unknown id, missing vault, missing device key...
    #[error("not found: {what}")]
    NotFound { what: String },
    /// An argument was rejected; nothing was stored.
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: String, reason: String },
    /// Something already exists where a new one was to be created.
    #[error("already exists: {what}")]
    AlreadyExists { what: String },
    /// Data written by a newer version of Passage.
    #[error("unsupported format version {found} (this version reads up to {supported})")]
    UnsupportedVersion { found: u32, supported: u32 },
    /// The operation must wait this many seconds.
    #[error("try again in {seconds} seconds")]
    RetryLater { seconds: u64 },
    /// A file, disk, database or platform keystore operation failed.
    #[error("storage error: {reason}")]
    Io { reason: String },
    /// The shell's `ProgressListener` returned `false`; nothing was kept.
    /// (FFI only: the core reports it as `Io`.)
    #[error("cancelled; nothing was kept")]
    Cancelled,
}

impl From<passage_core::Error> for PassageError {
    fn from(e: passage_core::Error) -> Self {
        use passage_core::Error as E;
        // Exhaustive on purpose: a new core variant must be mapped here.
        match e {
            E::WrongPassphrase => PassageError::WrongPassphrase,
            E::Locked => PassageError::Locked,
            E::Corrupt { what } => PassageError::Corrupt { what },
            E::NotFound { what } => PassageError::NotFound { what },
            E::InvalidInput { field, reason } => PassageError::InvalidInput { field, reason },
            E::AlreadyExists { what } => PassageError::AlreadyExists { what },
            E::UnsupportedVersion { found, supported } => {
                PassageError::UnsupportedVersion { found, supported }
            }
            E::RetryLater { seconds } => PassageError::RetryLater { seconds },
            E::Io { reason } => PassageError::Io { reason },
        }
    }
}

impl PassageError {
    pub(crate) fn invalid(field: &str, reason: impl Into<String>) -> Self {
        PassageError::InvalidInput {
            field: field.to_string(),
            reason: reason.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passage_core::Error as E;

    #[test]
    fn every_core_error_keeps_its_variant_fields_and_text() {
        let cases = [
            E::WrongPassphrase,
            E::Locked,
            E::corrupt("keyslot"),
            E::not_found("vault"),
            E::invalid("passphrase", "too short"),
            E::AlreadyExists {
                what: "vault".into(),
            },
            E::UnsupportedVersion {
                found: 9,
                supported: 1,
            },
            E::RetryLater { seconds: 30 },
            E::Io {
                reason: "the disk is full".into(),
            },
        ];
        for core in cases {
            let ffi = PassageError::from(core.clone());
            assert_eq!(ffi.to_string(), core.to_string());
        }
        assert_eq!(
            PassageError::from(E::invalid("passphrase", "too short")),
            PassageError::InvalidInput {
                field: "passphrase".into(),
                reason: "too short".into()
            }
        );
        assert_eq!(
            PassageError::from(E::RetryLater { seconds: 30 }),
            PassageError::RetryLater { seconds: 30 }
        );
    }
}
