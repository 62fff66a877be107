//! What the throughput benchmarks (`attachments`, `backup`) share: the
//! data size, deterministic data, medians and peak memory. Not a bench
//! target of its own (cargo only picks up `benches/*.rs`).

use std::time::Duration;

/// The size of the test file in MiB (`PASSAGE_BENCH_MB`, default 100).
pub fn size_mib() -> usize {
    std::env::var("PASSAGE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100)
}

/// Deterministic pseudo-random bytes (xorshift), so every run encrypts the
/// same data and nothing compresses.
pub fn fill(seed: u64, out: &mut [u8]) {
    let mut x = seed | 1;
    for c in out.chunks_mut(8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c.copy_from_slice(&x.to_le_bytes()[..c.len()]);
    }
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

pub fn mib_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / d.as_secs_f64()
}

/// A `/proc/self/status` figure in KiB (`VmHWM:` is the peak RSS), or 0
/// where there is no such file.
pub fn vm_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}
