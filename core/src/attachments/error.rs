//! The attachments layer's internal error and its one mapping to
//! [`crate::Error`]. Messages name the part and the kind of failure, never a
//! file name, a path or content.

use crate::Error;

#[derive(Debug)]
pub(crate) enum AttachmentError {
    /// Bigger than the configured limit (bytes).
    TooLarge { limit: u64 },
    /// The stored file failed its integrity check; names the part
    /// ("attachment header", "attachment chunk 3", ...).
    Corrupt(String),
    /// Written by a newer Passage.
    Unsupported { found: u32, supported: u32 },
    /// A file operation failed; `during` says which step.
    Io {
        during: &'static str,
        reason: String,
    },
    /// The progress callback asked to stop; nothing was kept.
    Cancelled,
    /// The record exists but its encrypted file does not.
    MissingFile,
    /// The export target exists already.
    TargetExists,
}

impl From<AttachmentError> for Error {
    fn from(e: AttachmentError) -> Self {
        match e {
            AttachmentError::TooLarge { limit } => Error::invalid(
                "attachment",
                format!("is larger than the limit of {}", human_size(limit)),
            ),
            AttachmentError::Corrupt(what) => Error::Corrupt { what },
            AttachmentError::Unsupported { found, supported } => {
                Error::UnsupportedVersion { found, supported }
            }
            AttachmentError::Io { during, reason } => Error::Io {
                reason: format!("{during}: {reason}"),
            },
            AttachmentError::Cancelled => Error::Io {
                reason: "cancelled; nothing was kept".into(),
            },
            AttachmentError::MissingFile => Error::not_found("attachment file"),
            AttachmentError::TargetExists => Error::AlreadyExists {
                what: "a file at the export path".into(),
            },
        }
    }
}

/// `1 MiB`, `100 MiB`, `512 KiB`, `17 bytes`.
pub(crate) fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes % KIB == 0 {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// A short reason for an I/O error: its kind only, never a path.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "file not found".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::StorageFull => "the disk is full".into(),
        ErrorKind::UnexpectedEof => "file ends too early".into(),
        ErrorKind::AlreadyExists => "a file exists already".into(),
        kind => format!("{kind}"),
    }
}

/// Maps an I/O error to [`AttachmentError::Io`] for step `during`.
pub(crate) fn io(during: &'static str) -> impl Fn(std::io::Error) -> AttachmentError {
    move |e| AttachmentError::Io {
        during,
        reason: io_reason(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_mapping() {
        assert_eq!(human_size(100 * 1024 * 1024), "100 MiB");
        assert_eq!(human_size(2048), "2 KiB");
        assert_eq!(human_size(1000), "1000 bytes");
        let e: Error = AttachmentError::TooLarge { limit: 1024 }.into();
        assert!(matches!(e, Error::InvalidInput { ref field, .. } if field == "attachment"));
        let e: Error = io("reading the file")(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "/home/amina/secret name.jpg",
        ))
        .into();
        assert_eq!(
            e.to_string(),
            "storage error: reading the file: file not found"
        );
    }
}
