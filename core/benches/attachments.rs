//! Attachments: throughput against raw XChaCha20-Poly1305 over the same
//! bytes in the same run (machines are noisy: only ratios against this
//! run's baseline mean anything), and peak memory of a large import and
//! export, measured in a child process.
//!
//! `cargo bench -p passage-core --bench attachments` prints:
//! - raw XChaCha20-Poly1305 seal / open of 64 KiB chunks in memory, and
//!   SHA-256 alone;
//! - the stream format alone (chunking, encryption, SHA-256 of the
//!   plaintext on a helper thread) writing to a sink;
//! - the full import (`import_reader` from memory: chunking, encryption,
//!   SHA-256 of the plaintext, buffered file write, fsync, record commit,
//!   rename) and export to a sink (decryption, per-chunk verification,
//!   SHA-256 check), into a vault on tmpfs (`/dev/shm`) so that the disk
//!   does not hide the software cost, then into a vault on the temp disk;
//! - peak RSS (`VmHWM`) of a child process that imports a file of the same
//!   size from disk and exports it to disk, and its RSS before that work.
//!
//! `PASSAGE_BENCH_MB` sets the size (default 100 MiB).

// Benchmark code: a failed step should abort the run loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chacha20poly1305::aead::{AeadInPlace, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use passage_core::attachments::{format::CHUNK_SIZE, Attachments, ImportOptions};
use passage_core::sensitive::UserText;
use passage_core::vault::{Vault, VaultOptions};
use secrecy::SecretString;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};
mod common;
use common::{fill, median, mib_per_s, size_mib, vm_kib};

const ROUNDS: usize = 3;

fn new_vault(parent: &Path) -> Vault {
    Vault::create(
        &parent.join("v"),
        &SecretString::from("bench passphrase"),
        VaultOptions::insecure_fast_kdf(),
    )
    .unwrap()
    .0
}

/// Raw AEAD over the same bytes: seal each 64 KiB chunk in place, then open.
fn raw(data: &[u8]) -> (Duration, Duration) {
    let cipher = XChaCha20Poly1305::new(&[7u8; 32].into());
    let mut buf = data.to_vec();
    let mut tags = Vec::with_capacity(buf.len() / CHUNK_SIZE + 1);
    let t = Instant::now();
    for (i, chunk) in buf.chunks_mut(CHUNK_SIZE).enumerate() {
        let mut nonce = [0u8; 24];
        nonce[16..].copy_from_slice(&(i as u64).to_be_bytes());
        tags.push(
            cipher
                .encrypt_in_place_detached(XNonce::from_slice(&nonce), b"header", chunk)
                .unwrap(),
        );
    }
    let seal = t.elapsed();
    let t = Instant::now();
    for (i, chunk) in buf.chunks_mut(CHUNK_SIZE).enumerate() {
        let mut nonce = [0u8; 24];
        nonce[16..].copy_from_slice(&(i as u64).to_be_bytes());
        cipher
            .decrypt_in_place_detached(XNonce::from_slice(&nonce), b"header", chunk, &tags[i])
            .unwrap();
    }
    let open = t.elapsed();
    assert!(buf == data);
    (seal, open)
}

/// SHA-256 of the same bytes (the import hashes the plaintext too).
fn sha(data: &[u8]) -> Duration {
    use sha2::Digest;
    let t = Instant::now();
    let mut h = sha2::Sha256::new();
    for chunk in data.chunks(CHUNK_SIZE) {
        h.update(chunk);
    }
    std::hint::black_box(h.finalize());
    t.elapsed()
}

/// The file format alone: chunking, encryption and SHA-256, to a sink.
fn format_only(data: &[u8]) -> Duration {
    let t = Instant::now();
    let n = passage_core::attachments::format::encrypt_with_throwaway_key(data, std::io::sink())
        .unwrap();
    assert_eq!(n, data.len() as u64);
    t.elapsed()
}

/// Full import from memory and export to a sink through the public API.
fn pipeline(parent: &Path, data: &[u8]) -> (Duration, Duration) {
    let dir = tempfile::tempdir_in(parent).unwrap();
    let vault = new_vault(dir.path());
    let att = Attachments::new(&vault).with_max_size(u64::MAX);
    let t = Instant::now();
    let id = att
        .import_reader(
            UserText::new("bench.bin"),
            data,
            Some(data.len() as u64),
            ImportOptions::default(),
        )
        .unwrap();
    let import = t.elapsed();
    let t = Instant::now();
    let n = att.export_to_writer(&id, std::io::sink(), None).unwrap();
    let export = t.elapsed();
    assert_eq!(n, data.len() as u64);
    (import, export)
}

/// Child mode: import a file of `bytes` from disk and export it to disk;
/// prints `rss <before KiB> <peak KiB>`.
fn child(bytes: usize) {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("input.bin");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
        let mut chunk = vec![0u8; CHUNK_SIZE];
        let mut left = bytes;
        let mut seed = 1;
        while left > 0 {
            let n = left.min(CHUNK_SIZE);
            fill(seed, &mut chunk[..n]);
            f.write_all(&chunk[..n]).unwrap();
            left -= n;
            seed += 1;
        }
        f.flush().unwrap();
    }
    let vault = new_vault(tmp.path());
    let att = Attachments::new(&vault).with_max_size(u64::MAX);
    att.recover().unwrap();
    let before = vm_kib("VmRSS:");
    let id = att.import_file(&input, ImportOptions::default()).unwrap();
    let out = tmp.path().join("output.bin");
    att.export_to_file(&id, &out, None).unwrap();
    let peak = vm_kib("VmHWM:");
    assert_eq!(std::fs::metadata(&out).unwrap().len(), bytes as u64);
    println!("rss {before} {peak}");
}

fn main() {
    let mib = size_mib();
    let bytes = mib * 1024 * 1024;
    if std::env::var("PASSAGE_BENCH_CHILD").as_deref() == Ok("rss") {
        child(bytes);
        return;
    }

    println!("attachments benchmark: {mib} MiB, median of {ROUNDS} rounds");
    let mut data = vec![0u8; bytes];
    fill(42, &mut data);

    let shm = Path::new("/dev/shm");
    let tmpfs = shm.is_dir().then_some(shm);
    let disk = std::env::temp_dir();
    let (mut seal, mut open, mut hash, mut fmt) = (vec![], vec![], vec![], vec![]);
    let (mut imp_mem, mut exp_mem, mut imp_disk, mut exp_disk) = (vec![], vec![], vec![], vec![]);
    for _ in 0..ROUNDS {
        let (s, o) = raw(&data);
        seal.push(s);
        open.push(o);
        hash.push(sha(&data));
        fmt.push(format_only(&data));
        if let Some(shm) = tmpfs {
            let (i, e) = pipeline(shm, &data);
            imp_mem.push(i);
            exp_mem.push(e);
        }
        let (i, e) = pipeline(&disk, &data);
        imp_disk.push(i);
        exp_disk.push(e);
    }
    let seal = median(seal);
    let open = median(open);
    let row = |name: &str, d: Duration, base: Duration| {
        println!(
            "  {name:<46} {:>8.1} MiB/s  {:>7.1} ms  {:>5.0}% of raw",
            mib_per_s(bytes, d),
            d.as_secs_f64() * 1000.0,
            100.0 * base.as_secs_f64() / d.as_secs_f64()
        );
    };
    row("raw XChaCha20-Poly1305 seal, 64 KiB chunks", seal, seal);
    row("raw XChaCha20-Poly1305 open, 64 KiB chunks", open, open);
    row("SHA-256 alone (for comparison)", median(hash), seal);
    row(
        "stream format to a sink (encrypt + SHA-256)",
        median(fmt),
        seal,
    );
    if tmpfs.is_some() {
        row("import (vault on tmpfs)", median(imp_mem), seal);
        row("export to a sink (vault on tmpfs)", median(exp_mem), open);
    } else {
        println!("  (no /dev/shm: tmpfs rows skipped)");
    }
    row("import (vault on the temp disk)", median(imp_disk), seal);
    row(
        "export to a sink (vault on the temp disk)",
        median(exp_disk),
        open,
    );
    drop(data);

    // Peak memory in a fresh process, so this process's buffers do not count.
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .env("PASSAGE_BENCH_CHILD", "rss")
        .env("PASSAGE_BENCH_MB", mib.to_string())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.starts_with("rss ")).unwrap_or("");
    let nums: Vec<u64> = line
        .split(' ')
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    if let [before, peak] = nums[..] {
        println!(
            "  peak RSS, {mib} MiB import + export (file to file, child process): {:.1} MiB (RSS before the work {:.1} MiB; target < 30 MiB)",
            peak as f64 / 1024.0,
            before as f64 / 1024.0
        );
    } else {
        println!(
            "  peak RSS: child failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
