//! The bytes of the container inside the age payload: magic, version,
//! kind, entry headers and the end marker; and the hashing wrappers that
//! compute the end marker's digest on both sides.

use sha2::{Digest, Sha256};
use std::io::{self, Read, Write};

pub(crate) const MAGIC: &[u8; 8] = b"PSGARCH\n";
pub(crate) const TAG_JSON: u8 = b'J';
pub(crate) const TAG_STREAM: u8 = b'S';
pub(crate) const TAG_END: u8 = b'E';
/// Name of the first entry.
pub(crate) const MANIFEST: &str = "manifest";
/// Copy buffer for stream entries.
pub(crate) const COPY_CHUNK: usize = 64 * 1024;

/// Passes writes through and hashes them.
pub(crate) struct HashingWriter<W> {
    pub inner: W,
    pub hasher: Sha256,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Passes reads through and hashes them.
pub(crate) struct HashingReader<R> {
    pub inner: R,
    pub hasher: Sha256,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// The header of a JSON or stream entry.
pub(crate) fn entry_header(tag: u8, name: &str, len: u64) -> Vec<u8> {
    let mut h = Vec::with_capacity(11 + name.len());
    h.push(tag);
    h.extend_from_slice(&(name.len() as u16).to_be_bytes());
    h.extend_from_slice(name.as_bytes());
    h.extend_from_slice(&len.to_be_bytes());
    h
}

/// Reads until `buf` is full or the input ends; returns the bytes read.
pub(crate) fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}
