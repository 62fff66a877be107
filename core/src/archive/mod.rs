//! A streaming container inside an age file: the format of backups and of
//! files shared with a lawyer. One pass, constant memory, written and read
//! as a stream (the shells hand us files on USB sticks, SD cards or other
//! apps).
//!
//! ```text
//! age file (scrypt passphrase or X25519 recipients; age's STREAM already
//! authenticates every 64 KiB chunk and the end of the file)
//!   plaintext:
//!     "PSGARCH\n"                         magic, 8 bytes
//!     u32 BE  format version (1)
//!     u8      kind length, kind (ASCII: "passage-backup", "passage-share")
//!     entries, the first one the JSON entry "manifest":
//!       u8 'J' (JSON) or 'S' (stream)
//!       u16 BE name length, name (UTF-8, at most 255 bytes)
//!       u64 BE body length, body
//!     end marker:
//!       u8 'E', u64 BE number of entries (manifest included),
//!       32 bytes SHA-256 of every plaintext byte before the 'E'
//!     nothing after it
//! ```
//!
//! The end marker makes a file cut cleanly between two entries fail too
//! (age alone would accept it if whoever cut it knows the secret). Entry
//! lengths are checked against limits before anything is read, so a hostile
//! file cannot make the reader allocate: JSON entries at most
//! [`MAX_JSON_LEN`], stream entries at most [`ArchiveReader::max_stream_len`]
//! (by default the attachment size limit); stream entries are never held in
//! memory.
//!
//! Design: `docs/decisions/0006-backup.md`.

mod error;
mod frame;
mod reader;
mod secret;
mod writer;

pub use reader::{ArchiveReader, Entry, EntryKind};
pub use secret::{
    generate_identity, identity_file_text, parse_identity, parse_recipient, Protection, Secret,
};
pub use writer::ArchiveWriter;

/// The container format this version writes and reads up to.
pub const FORMAT_VERSION: u32 = 1;
/// The kind of a full vault backup.
pub const KIND_BACKUP: &str = "passage-backup";
/// The kind of a file shared with a lawyer or social worker.
pub const KIND_SHARE: &str = "passage-share";
/// The largest JSON entry a reader accepts (16 MiB).
pub const MAX_JSON_LEN: u64 = 16 * 1024 * 1024;
/// The longest entry name, in bytes.
pub const MAX_NAME_LEN: usize = 255;
/// The longest kind, in bytes.
pub const MAX_KIND_LEN: usize = 64;

/// What users call a file of this kind, for error messages.
pub(crate) fn file_label(kind: &str) -> String {
    match kind {
        KIND_BACKUP => "backup file".into(),
        KIND_SHARE => "shared file".into(),
        _ => "archive file".into(),
    }
}

#[cfg(test)]
mod tests;
