//! Shared helpers for Passage's end-to-end tests. The tests themselves are in
//! `tests/tests/`; helper binaries that tests run as child processes are in
//! `tests/src/bin/`.

use passage_core::clock::FixedClock;
use passage_core::sensitive::UserText;
use passage_core::vault::{Record, Vault, VaultOptions};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A record type for tests: a note with a title and a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestNote {
    pub title: UserText,
    pub body: UserText,
    pub counter: u64,
}

impl Record for TestNote {
    const COLLECTION: &'static str = "test-notes";
}

impl TestNote {
    pub fn new(title: &str, body: &str, counter: u64) -> Self {
        TestNote {
            title: UserText::new(title),
            body: UserText::new(body),
            counter,
        }
    }
}

/// The passphrase the tests use.
pub fn passphrase() -> SecretString {
    SecretString::from("test passphrase 123")
}

/// Creates a vault with a cheap KDF (tests only) in `dir/name`.
pub fn new_vault(dir: &Path, name: &str) -> (Vault, PathBuf) {
    let path = dir.join(name);
    let (vault, _recovery) = Vault::create(&path, &passphrase(), VaultOptions::insecure_fast_kdf())
        .expect("create vault");
    (vault, path)
}

/// Reopens and unlocks a vault.
pub fn reopen(path: &Path) -> Vault {
    let vault = Vault::open(path, VaultOptions::insecure_fast_kdf()).expect("open vault");
    vault.unlock(&passphrase()).expect("unlock vault");
    vault
}

/// Every file below `dir` with its bytes, sorted by path.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    out.sort();
    out
}

/// The ways a marker could appear in a file: UTF-8, UTF-16 LE and BE.
pub fn encodings(marker: &str) -> Vec<Vec<u8>> {
    let le: Vec<u8> = marker
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let be: Vec<u8> = marker
        .encode_utf16()
        .flat_map(|u| u.to_be_bytes())
        .collect();
    vec![marker.as_bytes().to_vec(), le, be]
}

/// Files (and encodings) under `dir` that contain `marker`.
pub fn find_marker(dir: &Path, marker: &str) -> Vec<String> {
    let mut hits = Vec::new();
    for (path, bytes) in snapshot(dir) {
        for (i, enc) in encodings(marker).iter().enumerate() {
            if bytes.windows(enc.len()).any(|w| w == enc.as_slice()) {
                hits.push(format!("{} (encoding {i})", path.display()));
            }
        }
    }
    hits
}

/// Deterministic pseudo-random bytes (xorshift) for attachment tests:
/// the same `seed` and `len` always give the same bytes.
pub fn pattern(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Names of the files directly in `dir`, sorted (empty if it is missing).
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// [`snapshot`] without SQLite's `-shm` file: that file is the WAL index
/// (shared-memory coordination, rebuilt from the WAL, holding no record
/// data) and changes when a transaction merely reads.
pub fn stored_snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut s = snapshot(dir);
    s.retain(|(p, _)| !p.to_string_lossy().ends_with("-shm"));
    s
}

/// Copies a folder tree (a "copy of the phone's storage" in the tests).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create copy folder");
    for e in std::fs::read_dir(from).expect("read folder").flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).expect("copy file");
        }
    }
}

/// Test vault options (cheap KDF) with a clock the test moves by hand.
pub fn options_with_clock(clock: &Arc<FixedClock>) -> VaultOptions {
    VaultOptions {
        clock: clock.clone(),
        ..VaultOptions::insecure_fast_kdf()
    }
}

/// A fixed clock at 2026-12-01 10:00 UTC.
pub fn test_clock() -> Arc<FixedClock> {
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z")
        .expect("valid time")
        .with_timezone(&chrono::Utc);
    Arc::new(FixedClock::new(at))
}

/// Varying but repeatable delays for kill tests (xorshift64).
pub struct KillDelays(u64);

impl Default for KillDelays {
    fn default() -> Self {
        KillDelays(0x2545_F491_4F6C_DD1D)
    }
}

impl KillDelays {
    /// The next delay, between `min_ms` and `min_ms + spread_ms`.
    pub fn next(&mut self, min_ms: u64, spread_ms: u64) -> std::time::Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        std::time::Duration::from_millis(min_ms + self.0 % spread_ms)
    }
}

/// Runs `cmd` with its output piped, kills it with SIGKILL after `delay`,
/// and returns what it acknowledged: every complete line `<word> <id>
/// <counter>` as `(id, counter)`.
pub fn run_and_kill(
    cmd: &mut std::process::Command,
    delay: std::time::Duration,
) -> Vec<(String, u64)> {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    out.lines()
        .filter_map(|line| match line.split(' ').collect::<Vec<_>>()[..] {
            [_, id, counter] => Some((id.to_string(), counter.parse().unwrap())),
            _ => None,
        })
        .collect()
}
