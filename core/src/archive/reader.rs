//! Reading an archive: decrypts with age, checks the header, yields the
//! entries one by one with bounded readers, and checks the end marker.

use super::error::{corrupt, read_error, AResult, ArchiveError};
use super::frame::{read_full, HashingReader, MAGIC, MANIFEST, TAG_END, TAG_JSON, TAG_STREAM};
use super::{file_label, Secret, FORMAT_VERSION, MAX_JSON_LEN, MAX_KIND_LEN, MAX_NAME_LEN};
use crate::attachments::DEFAULT_MAX_SIZE;
use crate::vault::MAX_LOG_N;
use crate::{Error, Result};
use age::stream::StreamReader;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::io::{self, Read};
use zeroize::Zeroizing;

/// The kind of an entry's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    /// A JSON value (at most [`super::MAX_JSON_LEN`] bytes).
    Json,
    /// Raw bytes, to be streamed.
    Stream,
}

/// Reads one archive, entry by entry. Nothing is trusted before it is
/// read: the end marker (entry count and digest) is checked when
/// [`ArchiveReader::next_entry`] returns `Ok(None)`, so a caller must not
/// act on the content for good before that.
pub struct ArchiveReader<R: Read> {
    input: HashingReader<StreamReader<R>>,
    label: String,
    kind: String,
    version: u32,
    manifest: Zeroizing<Vec<u8>>,
    entries: u64,
    /// Unread bytes of the current entry.
    remaining: u64,
    finished: bool,
    /// The first error met; every later call returns it.
    failure: Option<Error>,
    max_stream_len: u64,
}

fn map_decrypt_error(label: &str, e: age::DecryptError) -> ArchiveError {
    use age::DecryptError as D;
    match e {
        D::DecryptionFailed | D::NoMatchingKeys | D::KeyDecryptionFailed => {
            ArchiveError::WrongSecret
        }
        D::InvalidMac => corrupt(label, "its header is damaged or tampered"),
        D::ExcessiveWork { .. } => corrupt(
            label,
            "its passphrase protection asks for more work than this app allows",
        ),
        D::Io(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
            corrupt(label, "not an age file, or its header is cut short")
        }
        D::Io(e) if e.kind() != io::ErrorKind::InvalidData => ArchiveError::Io {
            during: "reading the file",
            reason: crate::vault::io_reason(&e),
        },
        _ => corrupt(label, "not an age file, or its header is damaged"),
    }
}

impl<R: Read> ArchiveReader<R> {
    /// Opens an archive that must be of `expected_kind`. Errors:
    /// [`Error::WrongPassphrase`] when `secret` does not open it,
    /// [`Error::Corrupt`] for a damaged, truncated or foreign file,
    /// [`Error::UnsupportedVersion`] for a newer format,
    /// [`Error::InvalidInput`] for an archive of another kind or a secret
    /// of the wrong type (a passphrase for a key-protected file).
    pub fn open(reader: R, secret: &Secret, expected_kind: &str) -> Result<Self> {
        let label = file_label(expected_kind);
        let decryptor =
            age::Decryptor::new(reader).map_err(|e| Error::from(map_decrypt_error(&label, e)))?;
        let stream = match secret {
            Secret::Passphrase(p) => {
                if !decryptor.is_scrypt() {
                    return Err(Error::invalid(
                        "secret",
                        format!("this {label} is protected by an age key, not a passphrase"),
                    ));
                }
                let mut identity = age::scrypt::Identity::new(p.clone());
                identity.set_max_work_factor(MAX_LOG_N);
                decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))
            }
            Secret::Identity(identity) => {
                if decryptor.is_scrypt() {
                    return Err(Error::invalid(
                        "secret",
                        format!("this {label} is protected by a passphrase, not an age key"),
                    ));
                }
                decryptor.decrypt(std::iter::once(identity as &dyn age::Identity))
            }
        }
        .map_err(|e| Error::from(map_decrypt_error(&label, e)))?;

        let mut r = ArchiveReader {
            input: HashingReader {
                inner: stream,
                hasher: Sha256::new(),
            },
            label,
            kind: String::new(),
            version: 0,
            manifest: Zeroizing::new(Vec::new()),
            entries: 0,
            remaining: 0,
            finished: false,
            failure: None,
            max_stream_len: DEFAULT_MAX_SIZE,
        };
        r.read_header(expected_kind)?;
        Ok(r)
    }

    fn read_exact_or(&mut self, buf: &mut [u8], short: &'static str) -> AResult<()> {
        let n = read_full(&mut self.input, buf).map_err(|e| read_error(&self.label, &e))?;
        if n < buf.len() {
            return Err(corrupt(&self.label, short));
        }
        Ok(())
    }

    fn read_header(&mut self, expected_kind: &str) -> Result<()> {
        let mut magic = [0u8; 8];
        let n = read_full(&mut self.input, &mut magic)
            .map_err(|e| Error::from(read_error(&self.label, &e)))?;
        if n < magic.len() || &magic != MAGIC {
            return Err(corrupt(&self.label, "an age file, but not one Passage wrote").into());
        }
        let mut v = [0u8; 4];
        self.read_exact_or(&mut v, "the file ends too early (truncated)")?;
        let version = u32::from_be_bytes(v);
        if version > FORMAT_VERSION {
            return Err(ArchiveError::Unsupported { found: version }.into());
        }
        if version == 0 {
            return Err(corrupt(&self.label, "bad format version").into());
        }
        self.version = version;
        let mut len = [0u8; 1];
        self.read_exact_or(&mut len, "the file ends too early (truncated)")?;
        let len = usize::from(len[0]);
        if len == 0 || len > MAX_KIND_LEN {
            return Err(corrupt(&self.label, "bad file kind").into());
        }
        let mut kind = vec![0u8; len];
        self.read_exact_or(&mut kind, "the file ends too early (truncated)")?;
        let kind = String::from_utf8(kind).map_err(|_| corrupt(&self.label, "bad file kind"))?;
        if kind != expected_kind {
            return Err(Error::invalid(
                "file",
                format!(
                    "is a {} ({kind}), not a {} ({expected_kind})",
                    file_label(&kind),
                    self.label
                ),
            ));
        }
        self.kind = kind;
        let label = self.label.clone();
        let manifest = match self.next_entry()? {
            Some(mut e) if e.name() == MANIFEST && e.kind() == EntryKind::Json => {
                let mut body = Zeroizing::new(vec![0u8; e.len() as usize]);
                e.read_exact(&mut body).map_err(|_| e.error())?;
                Some(body)
            }
            _ => None,
        };
        self.manifest = manifest.ok_or_else(|| corrupt(&label, "the manifest is missing"))?;
        Ok(())
    }

    /// The kind read from the file (equal to the expected one).
    pub fn kind(&self) -> &str {
        &self.kind
    }

    /// The container format version of the file.
    pub fn version(&self) -> u32 {
        self.version
    }

    /// The manifest, decoded as `T`.
    pub fn manifest<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_slice(&self.manifest)
            .map_err(|_| corrupt(&self.label, "the manifest cannot be read").into())
    }

    /// Stream entries longer than this are refused before reading
    /// (default: the attachment size limit, 100 MiB).
    pub fn max_stream_len(&self) -> u64 {
        self.max_stream_len
    }

    pub fn set_max_stream_len(&mut self, bytes: u64) {
        self.max_stream_len = bytes;
    }

    /// The first error this reader met, typed. Useful after reading an
    /// entry through [`std::io::Read`] with code that maps errors its own
    /// way.
    pub fn failure(&self) -> Option<Error> {
        self.failure.clone()
    }

    fn fail(&mut self, e: impl Into<Error>) -> Error {
        let e = e.into();
        if self.failure.is_none() {
            self.failure = Some(e.clone());
        }
        e
    }

    /// The next entry, or `Ok(None)` after the end marker was read and
    /// checked (entry count, digest, nothing after it). The unread rest of
    /// the previous entry is skipped.
    pub fn next_entry(&mut self) -> Result<Option<Entry<'_, R>>> {
        if let Some(e) = &self.failure {
            return Err(e.clone());
        }
        if self.finished {
            return Ok(None);
        }
        match self.read_entry_header() {
            Ok(Some((name, kind, len))) => {
                self.entries += 1;
                self.remaining = len;
                Ok(Some(Entry {
                    reader: self,
                    name,
                    kind,
                    len,
                }))
            }
            Ok(None) => {
                self.finished = true;
                Ok(None)
            }
            Err(e) => Err(self.fail(e)),
        }
    }

    fn read_entry_header(&mut self) -> AResult<Option<(String, EntryKind, u64)>> {
        if self.remaining > 0 {
            let mut rest = (&mut self.input).take(self.remaining);
            let skipped =
                io::copy(&mut rest, &mut io::sink()).map_err(|e| read_error(&self.label, &e))?;
            if skipped < self.remaining {
                return Err(corrupt(&self.label, "the file ends too early (truncated)"));
            }
            self.remaining = 0;
        }
        let before = self.input.hasher.clone();
        let mut tag = [0u8; 1];
        self.read_exact_or(&mut tag, "the file ends before its end marker (truncated)")?;
        let kind = match tag[0] {
            TAG_JSON => EntryKind::Json,
            TAG_STREAM => EntryKind::Stream,
            TAG_END => {
                let mut end = [0u8; 40];
                self.read_exact_or(&mut end, "the end marker is cut short")?;
                let (count, digest) = end.split_at(8);
                let mut c = [0u8; 8];
                c.copy_from_slice(count);
                if u64::from_be_bytes(c) != self.entries {
                    return Err(corrupt(&self.label, "entries are missing"));
                }
                if digest != before.finalize().as_slice() {
                    return Err(corrupt(
                        &self.label,
                        "the content does not match its digest",
                    ));
                }
                let mut probe = [0u8; 1];
                let n = read_full(&mut self.input, &mut probe)
                    .map_err(|e| read_error(&self.label, &e))?;
                if n != 0 {
                    return Err(corrupt(&self.label, "data after the end marker"));
                }
                return Ok(None);
            }
            _ => return Err(corrupt(&self.label, "unknown entry type")),
        };
        let mut nl = [0u8; 2];
        self.read_exact_or(&mut nl, "the file ends too early (truncated)")?;
        let name_len = usize::from(u16::from_be_bytes(nl));
        if name_len == 0 || name_len > MAX_NAME_LEN {
            return Err(corrupt(&self.label, "bad entry name"));
        }
        let mut name = vec![0u8; name_len];
        self.read_exact_or(&mut name, "the file ends too early (truncated)")?;
        let name = String::from_utf8(name).map_err(|_| corrupt(&self.label, "bad entry name"))?;
        let mut l = [0u8; 8];
        self.read_exact_or(&mut l, "the file ends too early (truncated)")?;
        let len = u64::from_be_bytes(l);
        match kind {
            EntryKind::Json if len > MAX_JSON_LEN => {
                return Err(corrupt(&self.label, "an entry is larger than allowed"))
            }
            EntryKind::Stream if len > self.max_stream_len => {
                return Err(ArchiveError::Invalid {
                    field: "file",
                    reason: format!(
                        "holds data larger than the limit of {} bytes",
                        self.max_stream_len
                    ),
                })
            }
            _ => {}
        }
        Ok(Some((name, kind, len)))
    }
}

/// One entry being read. Implements [`Read`] over exactly its body;
/// dropping it unread is fine (the next call skips the rest).
pub struct Entry<'a, R: Read> {
    reader: &'a mut ArchiveReader<R>,
    name: String,
    kind: EntryKind,
    len: u64,
}

impl<R: Read> Entry<'_, R> {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn kind(&self) -> EntryKind {
        self.kind
    }

    /// The body length in bytes.
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The typed error behind the last failed read (or a generic
    /// "damaged" error if there was none).
    pub fn error(&self) -> Error {
        self.reader
            .failure
            .clone()
            .unwrap_or_else(|| corrupt(&self.reader.label, "damaged or tampered").into())
    }

    /// Reads and decodes a JSON entry.
    pub fn json<T: DeserializeOwned>(mut self) -> Result<T> {
        if self.kind != EntryKind::Json {
            return Err(self
                .reader
                .fail(corrupt(&self.reader.label, "an entry has the wrong type")));
        }
        let mut body = Zeroizing::new(vec![0u8; self.len as usize]);
        if self.read_exact(&mut body).is_err() {
            return Err(self.error());
        }
        serde_json::from_slice(&body).map_err(|_| {
            self.reader
                .fail(corrupt(&self.reader.label, "an entry cannot be read"))
        })
    }

    /// Copies the whole body to `out` in 64 KiB chunks; returns its length.
    pub fn copy_to(mut self, out: &mut impl io::Write) -> Result<u64> {
        let mut buf = Zeroizing::new(vec![0u8; super::frame::COPY_CHUNK]);
        let mut done = 0u64;
        loop {
            let n = match self.read(&mut buf) {
                Ok(0) => return Ok(done),
                Ok(n) => n,
                Err(_) => return Err(self.error()),
            };
            out.write_all(&buf[..n]).map_err(|e| Error::Io {
                reason: format!("writing: {}", crate::vault::io_reason(&e)),
            })?;
            done += n as u64;
        }
    }
}

impl<R: Read> Read for Entry<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let r = &mut *self.reader;
        if r.remaining == 0 || buf.is_empty() {
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(r.remaining).unwrap_or(usize::MAX));
        match r.input.read(&mut buf[..want]) {
            Ok(0) => {
                let e = r.fail(corrupt(&r.label, "the file ends too early (truncated)"));
                Err(io::Error::new(io::ErrorKind::UnexpectedEof, e.to_string()))
            }
            Ok(n) => {
                r.remaining -= n as u64;
                Ok(n)
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
            Err(e) => {
                let typed = r.fail(read_error(&r.label, &e));
                Err(io::Error::new(e.kind(), typed.to_string()))
            }
        }
    }
}
