//! The vault layer's internal error, and its one mapping to [`crate::Error`].
//!
//! Messages name what failed, never the data: SQLite and serde errors are
//! reduced to a category so that no record content can reach a message.

use crate::Error;

#[derive(Debug)]
pub(crate) enum VaultError {
    WrongSecret,
    Locked,
    /// A stored object failed its integrity check.
    Corrupt(&'static str),
    NotFound(String),
    Invalid {
        field: &'static str,
        reason: String,
    },
    AlreadyExists(String),
    Unsupported {
        found: u32,
        supported: u32,
    },
    Io(String),
    Keystore(String),
}

impl From<VaultError> for Error {
    fn from(e: VaultError) -> Self {
        match e {
            VaultError::WrongSecret => Error::WrongPassphrase,
            VaultError::Locked => Error::Locked,
            VaultError::Corrupt(what) => Error::corrupt(what),
            VaultError::NotFound(what) => Error::not_found(what),
            VaultError::Invalid { field, reason } => Error::invalid(field, reason),
            VaultError::AlreadyExists(what) => Error::AlreadyExists { what },
            VaultError::Unsupported { found, supported } => {
                Error::UnsupportedVersion { found, supported }
            }
            VaultError::Io(reason) => Error::Io { reason },
            VaultError::Keystore(reason) => Error::Io {
                reason: format!("device keystore: {reason}"),
            },
        }
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match e {
            rusqlite::Error::SqliteFailure(f, _) => match f.code {
                ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => {
                    VaultError::Corrupt("database file")
                }
                ErrorCode::DiskFull => VaultError::Io("the disk is full".into()),
                ErrorCode::ReadOnly | ErrorCode::PermissionDenied => {
                    VaultError::Io("the vault is not writable".into())
                }
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                    VaultError::Io("the vault is busy in another process".into())
                }
                ErrorCode::CannotOpen => VaultError::Io("the database cannot be opened".into()),
                other => VaultError::Io(format!("database error ({other:?})")),
            },
            // Other variants may carry SQL text or values: keep only the kind.
            _ => VaultError::Io("database access failed".into()),
        }
    }
}

impl From<std::io::Error> for VaultError {
    fn from(e: std::io::Error) -> Self {
        VaultError::Io(io_reason(&e))
    }
}

/// A short reason for an I/O error that never includes a path or data.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "file not found".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::StorageFull => "the disk is full".into(),
        ErrorKind::UnexpectedEof => "file ends too early".into(),
        kind => format!("{kind}"),
    }
}

pub(crate) type VResult<T> = std::result::Result<T, VaultError>;
