//! Writing an archive: header, manifest, entries, end marker, all through
//! age's streaming encryption (constant memory whatever the size).

use super::error::{write_error, AResult, ArchiveError};
use super::frame::{
    entry_header, read_full, HashingWriter, COPY_CHUNK, MAGIC, MANIFEST, TAG_END, TAG_JSON,
    TAG_STREAM,
};
use super::{Protection, FORMAT_VERSION, MAX_JSON_LEN, MAX_KIND_LEN, MAX_NAME_LEN};
use crate::{Error, Result};
use age::stream::StreamWriter;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::{self, Read, Write};
use zeroize::Zeroizing;

/// Writes one archive. Call [`ArchiveWriter::finish`]: without it the file
/// is incomplete and every reader refuses it. After an error the writer is
/// spent: every later call fails, and the output must be thrown away.
pub struct ArchiveWriter<W: Write> {
    out: Option<HashingWriter<StreamWriter<W>>>,
    entries: u64,
}

fn check_name(name: &str) -> AResult<()> {
    if name.is_empty() || name.len() > MAX_NAME_LEN {
        return Err(ArchiveError::Invalid {
            field: "entry name",
            reason: format!("must have 1 to {MAX_NAME_LEN} bytes"),
        });
    }
    Ok(())
}

fn spent() -> Error {
    Error::invalid("archive", "an earlier write failed; start again")
}

/// Counts what an entry's body writer passes on, refusing to go past `len`.
struct Bounded<'a, W: Write> {
    inner: &'a mut W,
    left: u64,
    overflow: bool,
}

impl<W: Write> Write for Bounded<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.len() as u64 > self.left {
            self.overflow = true;
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "more bytes than the entry announced",
            ));
        }
        let n = self.inner.write(buf)?;
        self.left -= n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> ArchiveWriter<W> {
    /// Starts an archive of `kind` (for example [`super::KIND_BACKUP`])
    /// with `manifest` as its first entry.
    pub fn start(
        writer: W,
        protection: &Protection,
        kind: &str,
        manifest: &impl Serialize,
    ) -> Result<Self> {
        protection.check()?;
        if kind.is_empty() || kind.len() > MAX_KIND_LEN || !kind.is_ascii() {
            return Err(Error::invalid(
                "archive kind",
                format!("must be 1 to {MAX_KIND_LEN} ASCII characters"),
            ));
        }
        let encryptor = match protection {
            Protection::Passphrase { passphrase, log_n } => {
                let mut r = age::scrypt::Recipient::new(passphrase.clone());
                r.set_work_factor(*log_n);
                age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
            }
            Protection::Recipients(list) => {
                age::Encryptor::with_recipients(list.iter().map(|r| r as &dyn age::Recipient))
            }
        }
        .map_err(|_| Error::invalid("recipient", "age refused these recipients"))?;
        let stream = encryptor
            .wrap_output(writer)
            .map_err(|e| Error::from(write_error(&e)))?;
        let mut w = ArchiveWriter {
            out: Some(HashingWriter {
                inner: stream,
                hasher: Sha256::new(),
            }),
            entries: 0,
        };
        let mut head = Vec::with_capacity(16 + kind.len());
        head.extend_from_slice(MAGIC);
        head.extend_from_slice(&FORMAT_VERSION.to_be_bytes());
        head.push(kind.len() as u8);
        head.extend_from_slice(kind.as_bytes());
        w.guarded(|out| out.write_all(&head).map_err(|e| write_error(&e)))?;
        w.add_json(MANIFEST, manifest)?;
        Ok(w)
    }

    /// Runs `f` on the output; an error spends the writer.
    fn guarded<T>(
        &mut self,
        f: impl FnOnce(&mut HashingWriter<StreamWriter<W>>) -> AResult<T>,
    ) -> Result<T> {
        let out = self.out.as_mut().ok_or_else(spent)?;
        match f(out) {
            Ok(v) => Ok(v),
            Err(e) => {
                self.out = None;
                Err(e.into())
            }
        }
    }

    /// Adds a JSON entry (at most [`MAX_JSON_LEN`] bytes once encoded).
    /// The encoded bytes are wiped after writing.
    pub fn add_json(&mut self, name: &str, value: &impl Serialize) -> Result<()> {
        check_name(name)?;
        let mut body = Zeroizing::new(Vec::with_capacity(512));
        serde_json::to_writer(&mut *body, value)
            .map_err(|_| Error::invalid("archive entry", "cannot be encoded"))?;
        if body.len() as u64 > MAX_JSON_LEN {
            return Err(Error::invalid(
                "archive entry",
                "is larger than 16 MiB once encoded",
            ));
        }
        self.guarded(|out| {
            out.write_all(&entry_header(TAG_JSON, name, body.len() as u64))
                .and_then(|_| out.write_all(&body))
                .map_err(|e| write_error(&e))
        })?;
        self.entries += 1;
        Ok(())
    }

    /// Adds a stream entry of exactly `len` bytes copied from `reader` in
    /// 64 KiB chunks. A reader that gives fewer or more bytes is refused.
    pub fn add_stream(&mut self, name: &str, len: u64, mut reader: impl Read) -> Result<()> {
        self.add_stream_with(name, len, |out| {
            let mut buf = Zeroizing::new(vec![0u8; COPY_CHUNK]);
            let mut left = len;
            while left > 0 {
                let want = (left.min(COPY_CHUNK as u64)) as usize;
                let n = read_full(&mut reader, &mut buf[..want]).map_err(|e| Error::Io {
                    reason: format!(
                        "reading the data to archive: {}",
                        crate::vault::io_reason(&e)
                    ),
                })?;
                if n == 0 {
                    return Err(Error::invalid(
                        "archive entry",
                        "the data is shorter than announced",
                    ));
                }
                out.write_all(&buf[..n])
                    .map_err(|e| Error::from(write_error(&e)))?;
                left -= n as u64;
            }
            let mut probe = [0u8; 1];
            if read_full(&mut reader, &mut probe).unwrap_or(0) != 0 {
                return Err(Error::invalid(
                    "archive entry",
                    "the data is longer than announced",
                ));
            }
            Ok(())
        })
    }

    /// Adds a stream entry of exactly `len` bytes that `fill` writes (for
    /// data that is pushed rather than pulled, such as a decrypting
    /// attachment). Writing more than `len` fails; so does writing less.
    pub fn add_stream_with(
        &mut self,
        name: &str,
        len: u64,
        fill: impl FnOnce(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        check_name(name)?;
        let out = self.out.as_mut().ok_or_else(spent)?;
        let result = (|| -> Result<()> {
            out.write_all(&entry_header(TAG_STREAM, name, len))
                .map_err(|e| Error::from(write_error(&e)))?;
            let mut bounded = Bounded {
                inner: out,
                left: len,
                overflow: false,
            };
            let filled = fill(&mut bounded);
            if bounded.overflow {
                return Err(Error::invalid(
                    "archive entry",
                    "the data is longer than announced",
                ));
            }
            filled?;
            if bounded.left != 0 {
                return Err(Error::invalid(
                    "archive entry",
                    "the data is shorter than announced",
                ));
            }
            Ok(())
        })();
        if result.is_err() {
            self.out = None;
        }
        result?;
        self.entries += 1;
        Ok(())
    }

    /// Number of entries written so far (the manifest included).
    pub fn entries(&self) -> u64 {
        self.entries
    }

    /// Writes the end marker and finishes the age file; returns the
    /// underlying writer (flushed; the caller syncs a file to disk).
    pub fn finish(mut self) -> Result<W> {
        let entries = self.entries;
        let out = self.out.take().ok_or_else(spent)?;
        let HashingWriter { mut inner, hasher } = out;
        let mut end = Vec::with_capacity(41);
        end.push(TAG_END);
        end.extend_from_slice(&entries.to_be_bytes());
        end.extend_from_slice(&hasher.finalize());
        inner
            .write_all(&end)
            .map_err(|e| Error::from(write_error(&e)))?;
        let mut w = inner.finish().map_err(|e| Error::from(write_error(&e)))?;
        w.flush().map_err(|e| Error::from(write_error(&e)))?;
        Ok(w)
    }
}
