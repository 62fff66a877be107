//! Backups: throughput against raw age encryption of the same bytes in the
//! same run (only ratios mean anything on a noisy machine), and peak memory
//! of a backup and a restore of a vault holding one large attachment,
//! measured in a child process.
//!
//! `cargo bench -p passage-core --bench backup` prints:
//! - raw age (scrypt recipient, work factor 4) encrypting the plaintext
//!   from memory to a sink;
//! - the attachment's export to a sink (decryption and verification alone),
//!   and the sum of the two (what doing one after the other would cost);
//! - `backup::create` of a vault holding that plaintext as one attachment
//!   (decrypting the attachment chunk by chunk, framing, age) to a sink;
//! - peak RSS (`VmHWM`, reset just before the work) of a child process that
//!   writes the backup to a file and restores it into a new vault, and its
//!   RSS before that work.
//!
//! `PASSAGE_BENCH_MB` sets the size (default 100 MiB).

// Benchmark code: a failed step should abort the run loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use passage_core::archive::{Protection, Secret};
use passage_core::attachments::{Attachments, ImportOptions};
use passage_core::backup::{self, RestoreOptions};
use passage_core::vault::{Vault, VaultOptions};
use secrecy::SecretString;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};
mod common;
use common::{fill, median, mib_per_s, size_mib, vm_kib};

const ROUNDS: usize = 3;
const CHUNK: usize = 64 * 1024;

fn pass() -> SecretString {
    SecretString::from("bench passphrase")
}

fn protection() -> Protection {
    Protection::Passphrase {
        passphrase: pass(),
        log_n: 4,
    }
}

/// A vault in `parent/v` holding `bytes` of generated data as one
/// attachment, imported from a file (never whole in memory).
fn vault_with_attachment(parent: &Path, bytes: usize) -> Vault {
    let input = parent.join("input.bin");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
        let mut chunk = vec![0u8; CHUNK];
        let mut left = bytes;
        let mut seed = 1;
        while left > 0 {
            let n = left.min(CHUNK);
            fill(seed, &mut chunk[..n]);
            f.write_all(&chunk[..n]).unwrap();
            left -= n;
            seed += 1;
        }
        f.flush().unwrap();
    }
    let (vault, _) = Vault::create(
        &parent.join("v"),
        &pass(),
        VaultOptions::insecure_fast_kdf(),
    )
    .unwrap();
    Attachments::new(&vault)
        .with_max_size(u64::MAX)
        .import_file(&input, ImportOptions::default())
        .unwrap();
    std::fs::remove_file(&input).unwrap();
    vault
}

/// Child mode: back up to a file and restore into a new vault; prints
/// `rss <before KiB> <peak KiB>`.
fn child(bytes: usize) {
    let tmp = tempfile::tempdir().unwrap();
    let vault = vault_with_attachment(tmp.path(), bytes);
    let file = tmp.path().join("b.age");
    // Reset the peak (VmHWM) so that it covers only the backup + restore.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = vm_kib("VmRSS:");
    backup::create_file(&vault, &file, &protection(), None).unwrap();
    let (restored, _) = backup::restore_new(
        std::io::BufReader::new(std::fs::File::open(&file).unwrap()),
        &Secret::Passphrase(pass()),
        &tmp.path().join("restored"),
        &pass(),
        RestoreOptions {
            vault: VaultOptions::insecure_fast_kdf(),
            max_attachment_size: u64::MAX,
            progress: None,
        },
    )
    .unwrap();
    let peak = vm_kib("VmHWM:");
    let att = Attachments::new(&restored).list().unwrap();
    assert_eq!(att[0].size, bytes as u64);
    println!("rss {before} {peak}");
}

fn main() {
    let mib = size_mib();
    let bytes = mib * 1024 * 1024;
    if std::env::var("PASSAGE_BENCH_CHILD").as_deref() == Ok("rss") {
        child(bytes);
        return;
    }
    println!("backup benchmark: {mib} MiB, median of {ROUNDS} rounds");
    let mut data = vec![0u8; bytes];
    for (i, c) in data.chunks_mut(CHUNK).enumerate() {
        fill(i as u64 + 1, c);
    }
    let tmp = tempfile::tempdir().unwrap();
    let vault = vault_with_attachment(tmp.path(), bytes);

    let id = Attachments::new(&vault).list().unwrap()[0].id;
    let (mut raw, mut ours, mut export) = (vec![], vec![], vec![]);
    for _ in 0..ROUNDS {
        let t = Instant::now();
        Attachments::new(&vault)
            .export_to_writer(&id, std::io::sink(), None)
            .unwrap();
        export.push(t.elapsed());

        let t = Instant::now();
        let mut r = age::scrypt::Recipient::new(pass());
        r.set_work_factor(4);
        let enc =
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
        let mut w = enc.wrap_output(std::io::sink()).unwrap();
        for c in data.chunks(CHUNK) {
            w.write_all(c).unwrap();
        }
        w.finish().unwrap();
        raw.push(t.elapsed());

        let t = Instant::now();
        backup::create(&vault, std::io::sink(), &protection(), None).unwrap();
        ours.push(t.elapsed());
    }
    let (raw, ours, export) = (median(raw), median(ours), median(export));
    let speed = |d: Duration| mib_per_s(bytes, d);
    println!(
        "  raw age encryption, memory to sink            {:>8.1} MiB/s",
        speed(raw)
    );
    println!(
        "  attachment export to sink (decrypt + verify)  {:>8.1} MiB/s",
        speed(export)
    );
    // Doing one after the other (no overlap) would take export + raw.
    let serial = export + raw;
    println!(
        "  export then age, one after the other          {:>8.1} MiB/s",
        speed(serial)
    );
    println!(
        "  backup::create (attachment decrypt + age)     {:>8.1} MiB/s  {:>5.0}% of raw age, {:>5.0}% of export-then-age",
        speed(ours),
        100.0 * raw.as_secs_f64() / ours.as_secs_f64(),
        100.0 * serial.as_secs_f64() / ours.as_secs_f64()
    );

    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .env("PASSAGE_BENCH_CHILD", "rss")
        .env("PASSAGE_BENCH_MB", mib.to_string())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    match text.lines().find_map(|l| l.strip_prefix("rss ")) {
        Some(v) => {
            let mut it = v
                .split_whitespace()
                .map(|x| x.parse::<f64>().unwrap() / 1024.0);
            let (before, peak) = (it.next().unwrap(), it.next().unwrap());
            println!(
                "  peak RSS, {mib} MiB backup to file + restore into a new vault (child): {peak:.1} MiB (RSS before the work {before:.1} MiB)"
            );
        }
        None => println!(
            "  peak RSS: child failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}
