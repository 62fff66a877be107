//! The archive layer's internal error and its one mapping to
//! [`crate::Error`]. Messages name the file ("backup file", "shared file")
//! and the problem, never a path or content.

use crate::Error;

#[derive(Debug)]
pub(crate) enum ArchiveError {
    /// No key or passphrase given opens the file.
    WrongSecret,
    /// The file is damaged, truncated, tampered or not ours; `label` names
    /// the file, `what` the problem.
    Corrupt { label: String, what: &'static str },
    /// A file written by a newer Passage.
    Unsupported { found: u32 },
    /// The caller's input was refused.
    Invalid { field: &'static str, reason: String },
    /// Reading or writing the underlying file failed.
    Io {
        during: &'static str,
        reason: String,
    },
}

impl From<ArchiveError> for Error {
    fn from(e: ArchiveError) -> Self {
        match e {
            ArchiveError::WrongSecret => Error::WrongPassphrase,
            ArchiveError::Corrupt { label, what } => Error::corrupt(format!("{label}: {what}")),
            ArchiveError::Unsupported { found } => Error::UnsupportedVersion {
                found,
                supported: super::FORMAT_VERSION,
            },
            ArchiveError::Invalid { field, reason } => Error::invalid(field, reason),
            ArchiveError::Io { during, reason } => Error::Io {
                reason: format!("{during}: {reason}"),
            },
        }
    }
}

pub(crate) fn corrupt(label: &str, what: &'static str) -> ArchiveError {
    ArchiveError::Corrupt {
        label: label.to_string(),
        what,
    }
}

/// Maps an error while reading the decrypted payload: age reports a failed
/// chunk as `InvalidData` and a missing end as `UnexpectedEof`; anything
/// else is the underlying file.
pub(crate) fn read_error(label: &str, e: &std::io::Error) -> ArchiveError {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::InvalidData => corrupt(label, "damaged or tampered"),
        ErrorKind::UnexpectedEof => corrupt(label, "the file ends too early (truncated)"),
        _ => ArchiveError::Io {
            during: "reading the file",
            reason: crate::vault::io_reason(e),
        },
    }
}

pub(crate) fn write_error(e: &std::io::Error) -> ArchiveError {
    ArchiveError::Io {
        during: "writing the file",
        reason: crate::vault::io_reason(e),
    }
}

pub(crate) type AResult<T> = std::result::Result<T, ArchiveError>;
