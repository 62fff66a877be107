//! The encrypted attachment file format (version 1): a STREAM construction
//! (as in age) over XChaCha20-Poly1305 with 64 KiB chunks.
//!
//! ```text
//! header, 24 bytes (authenticated as the AAD of every chunk):
//!   0..4    magic "PSGA"
//!   4       format version (1)
//!   5       algorithm (1 = XChaCha20-Poly1305 STREAM)
//!   6       log2 of the chunk size (16 = 64 KiB)
//!   7       reserved (0)
//!   8..24   random 16-byte nonce prefix
//! then chunks: ciphertext (64 KiB, the last one 0..=64 KiB) || 16-byte tag
//!
//! nonce of chunk i (24 bytes) = prefix (16) || i as 56-bit big-endian (7)
//!                               || last-chunk flag (1: 0x01 on the last)
//! ```
//!
//! Each attachment has its own random key, kept only in its vault record.
//! The counter in the nonce detects reordered, swapped, dropped and
//! duplicated chunks; the last-chunk flag detects truncation at a chunk
//! boundary and data appended after the end. An empty file is one empty
//! last chunk; a file of exactly n × 64 KiB ends with a full last chunk.
//! Chunks are numbered from 0 in error messages.

use super::error::{io, AttachmentError};
use crate::vault::SymmetricKey;
use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{Tag, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use zeroize::Zeroizing;

pub(crate) const MAGIC: &[u8; 4] = b"PSGA";
pub(crate) const FORMAT_V1: u8 = 1;
pub(crate) const ALG_XCHACHA20POLY1305_STREAM: u8 = 1;
const CHUNK_LOG2: u8 = 16;
/// Plaintext bytes per chunk.
pub const CHUNK_SIZE: usize = 1 << CHUNK_LOG2;
pub(crate) const TAG_LEN: usize = 16;
pub(crate) const HEADER_LEN: usize = 24;
const PREFIX_LEN: usize = 16;
/// The counter has 7 bytes.
const MAX_CHUNKS: u64 = 1 << 56;

type Result<T> = std::result::Result<T, AttachmentError>;

/// What a pass over the plaintext found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Summary {
    pub size: u64,
    pub sha256: [u8; 32],
}

/// The size of the encrypted file for `plain` plaintext bytes.
pub(crate) fn encrypted_len(plain: u64) -> u64 {
    let chunks = plain.div_ceil(CHUNK_SIZE as u64).max(1);
    HEADER_LEN as u64 + plain + chunks * TAG_LEN as u64
}

fn cipher(key: &SymmetricKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(key.as_bytes()))
}

fn nonce(prefix: &[u8], counter: u64, last: bool) -> XNonce {
    let mut n = [0u8; 24];
    n[..PREFIX_LEN].copy_from_slice(prefix);
    n[PREFIX_LEN..PREFIX_LEN + 7].copy_from_slice(&counter.to_be_bytes()[1..]);
    n[23] = u8::from(last);
    XNonce::from(n)
}

/// Reads until `buf` is full or the input ends; returns the bytes read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn hash_stopped() -> AttachmentError {
    AttachmentError::Io {
        during: "hashing",
        reason: "the hashing thread stopped".into(),
    }
}

type Buffer = Zeroizing<Vec<u8>>;

/// SHA-256 of the plaintext, computed on a helper thread while the caller
/// encrypts or decrypts the neighbouring chunk. Buffers are handed over and
/// back (no copy); if no thread can be started, hashing is done inline.
enum Sha<'scope> {
    Worker {
        to: Option<std::sync::mpsc::SyncSender<(Buffer, usize)>>,
        from: std::sync::mpsc::Receiver<Buffer>,
        handle: std::thread::ScopedJoinHandle<'scope, [u8; 32]>,
    },
    Inline {
        hasher: Sha256,
        held: Option<Buffer>,
    },
}

impl<'scope> Sha<'scope> {
    fn start<'env>(scope: &'scope std::thread::Scope<'scope, 'env>) -> Self {
        let (to, rx) = std::sync::mpsc::sync_channel::<(Buffer, usize)>(1);
        let (back, from) = std::sync::mpsc::sync_channel::<Buffer>(1);
        let spawned = std::thread::Builder::new()
            .name("passage-sha256".into())
            .spawn_scoped(scope, move || {
                let mut h = Sha256::new();
                for (buf, len) in rx {
                    h.update(&buf[..len]);
                    if back.send(buf).is_err() {
                        break;
                    }
                }
                <[u8; 32]>::from(h.finalize())
            });
        match spawned {
            Ok(handle) => Sha::Worker {
                to: Some(to),
                from,
                handle,
            },
            Err(_) => Sha::Inline {
                hasher: Sha256::new(),
                held: None,
            },
        }
    }

    /// Hashes `buf[..len]`; the buffer comes back from [`Sha::wait`].
    fn submit(&mut self, buf: Buffer, len: usize) -> Result<()> {
        match self {
            Sha::Worker { to, .. } => to
                .as_ref()
                .ok_or_else(hash_stopped)?
                .send((buf, len))
                .map_err(|_| hash_stopped()),
            Sha::Inline { hasher, held } => {
                hasher.update(&buf[..len]);
                *held = Some(buf);
                Ok(())
            }
        }
    }

    /// The buffer of the last [`Sha::submit`], hashed.
    fn wait(&mut self) -> Result<Buffer> {
        match self {
            Sha::Worker { from, .. } => from.recv().map_err(|_| hash_stopped()),
            Sha::Inline { held, .. } => held.take().ok_or_else(hash_stopped),
        }
    }

    fn finish(self) -> Result<[u8; 32]> {
        match self {
            Sha::Worker { to, from, handle } => {
                drop(to);
                drop(from);
                handle.join().map_err(|_| hash_stopped())
            }
            Sha::Inline { hasher, .. } => Ok(hasher.finalize().into()),
        }
    }
}

fn buffer(len: usize) -> Buffer {
    Zeroizing::new(vec![0u8; len])
}

/// Encrypts all of `input` into `out` under `key`, refusing more than
/// `limit` plaintext bytes. `progress(done)` is called after each chunk
/// and stops the work (with `Cancelled`) when it returns `false`.
/// Memory: two buffers of one chunk whatever the size (the chunk read ahead
/// is hashed on a helper thread while the current one is encrypted). Each
/// chunk and its tag go to `out` in one write.
pub(crate) fn encrypt(
    key: &SymmetricKey,
    mut input: impl Read,
    mut out: impl Write,
    limit: u64,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<Summary> {
    let mut header = [0u8; HEADER_LEN];
    header[..4].copy_from_slice(MAGIC);
    header[4] = FORMAT_V1;
    header[5] = ALG_XCHACHA20POLY1305_STREAM;
    header[6] = CHUNK_LOG2;
    rand::thread_rng().fill_bytes(&mut header[8..]);
    out.write_all(&header)
        .map_err(io("writing the encrypted file"))?;
    let aead = cipher(key);
    let read = io("reading the file to import");

    let (size, sha256) = std::thread::scope(|scope| -> Result<(u64, [u8; 32])> {
        let mut sha = Sha::start(scope);
        let mut cur = buffer(CHUNK_SIZE + TAG_LEN);
        let mut spare = buffer(CHUNK_SIZE + TAG_LEN);
        let mut cur_len = read_full(&mut input, &mut cur[..CHUNK_SIZE]).map_err(&read)?;
        sha.submit(cur, cur_len)?;
        cur = sha.wait()?;
        let mut size = cur_len as u64;
        let mut counter = 0u64;
        loop {
            if size > limit || counter >= MAX_CHUNKS {
                return Err(AttachmentError::TooLarge { limit });
            }
            // Look ahead one chunk: the current one is the last when the
            // input ends with it. The next chunk is hashed meanwhile.
            let next_len = if cur_len == CHUNK_SIZE {
                read_full(&mut input, &mut spare[..CHUNK_SIZE]).map_err(&read)?
            } else {
                0
            };
            let last = next_len == 0;
            if !last {
                sha.submit(std::mem::take(&mut spare), next_len)?;
            }
            let (chunk, tag_space) = cur.split_at_mut(cur_len);
            let tag = aead
                .encrypt_in_place_detached(&nonce(&header[8..], counter, last), &header, chunk)
                .map_err(|_| AttachmentError::Io {
                    during: "encrypting",
                    reason: "the cipher refused the chunk".into(),
                })?;
            tag_space[..TAG_LEN].copy_from_slice(&tag);
            out.write_all(&cur[..cur_len + TAG_LEN])
                .map_err(io("writing the encrypted file"))?;
            if !progress(size) {
                return Err(AttachmentError::Cancelled);
            }
            if last {
                break;
            }
            let next = sha.wait()?;
            spare = std::mem::replace(&mut cur, next);
            cur_len = next_len;
            size += next_len as u64;
            counter += 1;
        }
        Ok((size, sha.finish()?))
    })?;
    out.flush().map_err(io("writing the encrypted file"))?;
    Ok(Summary { size, sha256 })
}

/// Encrypts `input` into `out` under a fresh key that is then thrown away;
/// returns the plaintext size. Only for benchmarks of the format itself
/// (the output can never be read back).
#[doc(hidden)]
pub fn encrypt_with_throwaway_key(input: impl Read, out: impl Write) -> crate::Result<u64> {
    let key = SymmetricKey::random();
    Ok(encrypt(&key, input, out, u64::MAX, &mut |_| true)?.size)
}

/// Checks the 24-byte header; returns it.
fn read_header(input: &mut impl Read) -> Result<[u8; HEADER_LEN]> {
    let mut header = [0u8; HEADER_LEN];
    let n = read_full(input, &mut header).map_err(io("reading the attachment file"))?;
    let bad = || AttachmentError::Corrupt("attachment header".into());
    if n < HEADER_LEN || &header[..4] != MAGIC {
        return Err(bad());
    }
    if header[4] > FORMAT_V1 {
        return Err(AttachmentError::Unsupported {
            found: u32::from(header[4]),
            supported: u32::from(FORMAT_V1),
        });
    }
    if header[4] != FORMAT_V1
        || header[5] != ALG_XCHACHA20POLY1305_STREAM
        || header[6] != CHUNK_LOG2
        || header[7] != 0
    {
        return Err(bad());
    }
    Ok(header)
}

fn chunk_error(i: u64, what: &str) -> AttachmentError {
    AttachmentError::Corrupt(format!("attachment chunk {i}{what}"))
}

/// Decrypts `input` into `out`, verifying every chunk before writing its
/// plaintext. A damaged, reordered, truncated or extended file fails with
/// `Corrupt("attachment chunk N…")` naming the first bad chunk; `out` then
/// holds only the verified chunks before it. Reads one byte ahead (kept for
/// the next chunk) to know whether a full chunk is the last one; the
/// plaintext of a chunk is hashed on a helper thread while the next one is
/// read and decrypted.
pub(crate) fn decrypt(
    key: &SymmetricKey,
    mut input: impl Read,
    mut out: impl Write,
    progress: &mut dyn FnMut(u64) -> bool,
) -> Result<Summary> {
    let header = read_header(&mut input)?;
    let aead = cipher(key);
    let prefix = &header[8..];
    const FULL: usize = CHUNK_SIZE + TAG_LEN;
    let read = io("reading the attachment file");

    let (size, sha256) = std::thread::scope(|scope| -> Result<(u64, [u8; 32])> {
        let mut sha = Sha::start(scope);
        let mut cur = buffer(FULL + 1);
        let mut spare = Some(buffer(FULL + 1));
        let mut pending = false;
        let mut carry: Option<u8> = None;
        let mut size = 0u64;
        let mut i = 0u64;
        loop {
            if i >= MAX_CHUNKS {
                return Err(chunk_error(i, " (too many chunks)"));
            }
            let mut filled = 0;
            if let Some(b) = carry.take() {
                cur[0] = b;
                filled = 1;
            }
            filled += read_full(&mut input, &mut cur[filled..]).map_err(&read)?;
            let full = filled >= FULL;
            let at_end = filled <= FULL;
            if !at_end {
                carry = Some(cur[FULL]);
            }
            let n = filled.min(FULL);
            if n < TAG_LEN {
                // Nothing (or less than a tag) where a chunk must be.
                let what = if n == 0 {
                    " (missing: the file ends early)"
                } else {
                    " (cut short)"
                };
                return Err(chunk_error(i, what));
            }
            let body_len = n - TAG_LEN;
            let (body, rest) = cur[..n].split_at_mut(body_len);
            let tag = Tag::clone_from_slice(rest);
            let open = |body: &mut [u8], last: bool| {
                aead.decrypt_in_place_detached(&nonce(prefix, i, last), &header, body, &tag)
                    .is_ok()
            };
            if !open(body, at_end) {
                // Tell truncation and extension apart from damage: the chunk
                // is intact but was not (or was) the last one.
                return Err(if full && open(body, !at_end) {
                    if at_end {
                        chunk_error(i + 1, " (missing: the file ends early)")
                    } else {
                        chunk_error(i + 1, " (data after the last chunk)")
                    }
                } else {
                    chunk_error(i, "")
                });
            }
            out.write_all(body)
                .map_err(io("writing the exported file"))?;
            // Hand this chunk to the hasher; take back the previous buffer.
            let previous = if pending {
                Some(sha.wait()?)
            } else {
                spare.take()
            };
            sha.submit(
                std::mem::replace(&mut cur, previous.unwrap_or_default()),
                body_len,
            )?;
            pending = true;
            if cur.len() < FULL + 1 {
                cur = buffer(FULL + 1);
            }
            size += body_len as u64;
            if !progress(size) {
                return Err(AttachmentError::Cancelled);
            }
            if at_end {
                break;
            }
            i += 1;
        }
        if pending {
            drop(sha.wait()?);
        }
        Ok((size, sha.finish()?))
    })?;
    out.flush().map_err(io("writing the exported file"))?;
    Ok(Summary { size, sha256 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn enc(key: &SymmetricKey, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let s = encrypt(key, data, &mut out, u64::MAX, &mut |_| true).unwrap();
        assert_eq!(s.size, data.len() as u64);
        assert_eq!(out.len() as u64, encrypted_len(data.len() as u64));
        out
    }

    fn dec(key: &SymmetricKey, file: &[u8]) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        decrypt(key, Cursor::new(file), &mut out, &mut |_| true).map(|s| {
            assert_eq!(s.size, out.len() as u64);
            out
        })
    }

    fn data(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 31 % 251) as u8).collect()
    }

    fn what(r: Result<Vec<u8>>) -> String {
        match r {
            Err(AttachmentError::Corrupt(w)) => w,
            other => panic!("expected Corrupt, got {:?}", other.map(|v| v.len())),
        }
    }

    #[test]
    fn round_trips_at_chunk_boundaries() {
        let key = SymmetricKey::random();
        for n in [
            0,
            1,
            CHUNK_SIZE - 1,
            CHUNK_SIZE,
            CHUNK_SIZE + 1,
            2 * CHUNK_SIZE,
            3 * CHUNK_SIZE + 7,
        ] {
            let d = data(n);
            let file = enc(&key, &d);
            assert_eq!(dec(&key, &file).unwrap(), d, "size {n}");
        }
        assert_eq!(encrypted_len(0), 24 + 16);
        assert_eq!(
            encrypted_len(CHUNK_SIZE as u64),
            24 + CHUNK_SIZE as u64 + 16
        );
        assert_eq!(
            encrypted_len(CHUNK_SIZE as u64 + 1),
            24 + CHUNK_SIZE as u64 + 1 + 32
        );
    }

    #[test]
    fn same_plaintext_gives_different_files_and_wrong_key_fails() {
        let key = SymmetricKey::random();
        let d = data(1000);
        assert_ne!(enc(&key, &d), enc(&key, &d));
        let file = enc(&key, &d);
        assert_eq!(
            what(dec(&SymmetricKey::random(), &file)),
            "attachment chunk 0"
        );
    }

    #[test]
    fn every_damage_names_its_chunk() {
        let key = SymmetricKey::random();
        let full = CHUNK_SIZE + TAG_LEN;
        let d = data(3 * CHUNK_SIZE + 100);
        let file = enc(&key, &d);
        for k in 0..4 {
            let mut bad = file.clone();
            bad[HEADER_LEN + k * full + 5] ^= 1;
            assert_eq!(what(dec(&key, &bad)), format!("attachment chunk {k}"));
        }
        // Truncated at each boundary: the next chunk is missing.
        for k in 1..4 {
            let bad = &file[..HEADER_LEN + k * full];
            assert_eq!(
                what(dec(&key, bad)),
                format!("attachment chunk {k} (missing: the file ends early)")
            );
        }
        // Truncated inside a chunk.
        let bad = &file[..HEADER_LEN + full + 100];
        assert_eq!(what(dec(&key, bad)), "attachment chunk 1");
        let bad = &file[..HEADER_LEN + 3];
        assert_eq!(what(dec(&key, bad)), "attachment chunk 0 (cut short)");
        // Swapped chunks 1 and 2.
        let mut bad = file.clone();
        let (c1, c2) = (HEADER_LEN + full, HEADER_LEN + 2 * full);
        let chunk1 = file[c1..c2].to_vec();
        bad.copy_within(c2..c2 + full, c1);
        bad[c2..c2 + full].copy_from_slice(&chunk1);
        assert_eq!(what(dec(&key, &bad)), "attachment chunk 1");
        // Appended garbage after the real end.
        let mut bad = enc(&key, &data(CHUNK_SIZE));
        bad.extend_from_slice(&[0u8; 40]);
        assert_eq!(
            what(dec(&key, &bad)),
            "attachment chunk 1 (data after the last chunk)"
        );
        // Header damage.
        for pos in [0, 5, 6, 7] {
            let mut bad = file.clone();
            bad[pos] ^= 0x40;
            assert_eq!(what(dec(&key, &bad)), "attachment header", "byte {pos}");
        }
        let mut bad = file.clone();
        bad[12] ^= 1; // nonce prefix
        assert_eq!(what(dec(&key, &bad)), "attachment chunk 0");
        let mut newer = file.clone();
        newer[4] = 2;
        assert!(matches!(
            dec(&key, &newer),
            Err(AttachmentError::Unsupported {
                found: 2,
                supported: 1
            })
        ));
        assert_eq!(what(dec(&key, &file[..10])), "attachment header");
    }

    #[test]
    fn output_holds_only_verified_chunks() {
        let key = SymmetricKey::random();
        let d = data(3 * CHUNK_SIZE);
        let mut bad = enc(&key, &d);
        bad[HEADER_LEN + 2 * (CHUNK_SIZE + TAG_LEN) + 1] ^= 1;
        let mut out = Vec::new();
        let r = decrypt(&key, Cursor::new(&bad), &mut out, &mut |_| true);
        assert!(r.is_err());
        assert_eq!(out, &d[..2 * CHUNK_SIZE]);
    }

    #[test]
    fn limit_and_cancel() {
        let key = SymmetricKey::random();
        let d = data(2 * CHUNK_SIZE + 1);
        let r = encrypt(&key, &d[..], Vec::new(), 2 * CHUNK_SIZE as u64, &mut |_| {
            true
        });
        assert!(matches!(r, Err(AttachmentError::TooLarge { .. })));
        let r = encrypt(&key, &d[..], Vec::new(), u64::MAX, &mut |done| {
            done < CHUNK_SIZE as u64 * 2
        });
        assert!(matches!(r, Err(AttachmentError::Cancelled)));
        let mut seen = Vec::new();
        encrypt(&key, &d[..], Vec::new(), u64::MAX, &mut |done| {
            seen.push(done);
            true
        })
        .unwrap();
        assert_eq!(
            seen,
            vec![CHUNK_SIZE as u64, 2 * CHUNK_SIZE as u64, d.len() as u64]
        );
    }
}
