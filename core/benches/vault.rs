//! Vault vs plain SQLite, measured in the same run (machines are noisy, so
//! only ratios against this run's baseline mean anything).
//!
//! `cargo bench -p passage-core --bench vault` prints, for 5,000
//! journal-sized records: insert, update and list through the vault
//! (encrypted, padded) and through plain rusqlite storing the same JSON with
//! the same pragmas and transactions; the ratios; and the unlock time
//! without the KDF (device slot). Set `PASSAGE_BENCH_N` to change the count.

// Benchmark code: a failed step should abort the run loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use passage_core::sensitive::UserText;
use passage_core::vault::{FileKeyStore, Record, RecordId, Vault, VaultOptions};
use rusqlite::{params, Connection};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};

#[derive(Clone, Serialize, Deserialize)]
struct JournalLike {
    kind: String,
    date: String,
    note: UserText,
    official_deadline: Option<String>,
    present: Vec<String>,
}

impl Record for JournalLike {
    const COLLECTION: &'static str = "bench-journal";
}

fn sample(i: usize) -> JournalLike {
    JournalLike {
        kind: "personal-interview".into(),
        date: format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
        note: UserText::new(format!(
            "Interview {i} at the CGRS. The interpreter spoke a different dialect; I asked for a break after 90 minutes. My lawyer was present and took notes about the dates I gave."
        )),
        official_deadline: Some("2026-12-01".into()),
        present: vec!["interpreter".into(), "lawyer".into()],
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Plain {
    conn: Connection,
}

impl Plain {
    fn new(path: &std::path::Path) -> Plain {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;
             CREATE TABLE records (id BLOB PRIMARY KEY NOT NULL, collection TEXT NOT NULL, body TEXT NOT NULL) STRICT;
             CREATE INDEX records_by_collection ON records (collection);",
        )
        .unwrap();
        Plain { conn }
    }
}

fn main() {
    let n: usize = std::env::var("PASSAGE_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let rounds = 3;
    let records: Vec<JournalLike> = (0..n).map(sample).collect();
    let jsons: Vec<String> = records
        .iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect();
    let mut results: Vec<(&str, Vec<Duration>, Vec<Duration>)> = vec![
        ("insert, one transaction each", vec![], vec![]),
        ("insert, one transaction for all", vec![], vec![]),
        ("update, one transaction for all", vec![], vec![]),
        ("list all", vec![], vec![]),
    ];

    for _ in 0..rounds {
        let tmp = tempfile::tempdir().unwrap();
        let (vault, _) = Vault::create(
            &tmp.path().join("v"),
            &SecretString::from("bench passphrase"),
            VaultOptions::insecure_fast_kdf(),
        )
        .unwrap();
        let plain = Plain::new(&tmp.path().join("plain.db"));

        // Insert, one transaction per record (what the app does).
        let t = Instant::now();
        for r in &records {
            vault.insert(r).unwrap();
        }
        results[0].1.push(t.elapsed());
        let t = Instant::now();
        for (i, j) in jsons.iter().enumerate() {
            let id = (i as u128).to_be_bytes();
            plain
                .conn
                .execute(
                    "INSERT INTO records (id, collection, body) VALUES (?1, ?2, ?3)",
                    params![&id[..], "bench-journal", j],
                )
                .unwrap();
        }
        results[0].2.push(t.elapsed());

        // Insert, all in one transaction (CPU cost without fsync per row).
        let t = Instant::now();
        let ids: Vec<RecordId<JournalLike>> = vault
            .write(|tx| records.iter().map(|r| tx.insert(r)).collect())
            .unwrap();
        results[1].1.push(t.elapsed());
        let t = Instant::now();
        {
            let tx = plain.conn.unchecked_transaction().unwrap();
            for (i, j) in jsons.iter().enumerate() {
                let id = ((n + i) as u128).to_be_bytes();
                tx.execute(
                    "INSERT INTO records (id, collection, body) VALUES (?1, ?2, ?3)",
                    params![&id[..], "bench-journal", j],
                )
                .unwrap();
            }
            tx.commit().unwrap();
        }
        results[1].2.push(t.elapsed());

        // Update, in one transaction.
        let t = Instant::now();
        vault
            .write(|tx| {
                for (id, r) in ids.iter().zip(&records) {
                    tx.update(id, r)?;
                }
                Ok(())
            })
            .unwrap();
        results[2].1.push(t.elapsed());
        let t = Instant::now();
        {
            let tx = plain.conn.unchecked_transaction().unwrap();
            for (i, j) in jsons.iter().enumerate() {
                let id = ((n + i) as u128).to_be_bytes();
                // Read-modify-write, like the vault's update.
                let _old: String = tx
                    .query_row("SELECT body FROM records WHERE id = ?1", [&id[..]], |r| {
                        r.get(0)
                    })
                    .unwrap();
                tx.execute(
                    "UPDATE records SET body = ?1 WHERE id = ?2",
                    params![j, &id[..]],
                )
                .unwrap();
            }
            tx.commit().unwrap();
        }
        results[2].2.push(t.elapsed());

        // List (decrypt and deserialise everything vs deserialise everything).
        let t = Instant::now();
        let listed = vault.list::<JournalLike>().unwrap();
        results[3].1.push(t.elapsed());
        assert_eq!(listed.len(), 2 * n);
        let t = Instant::now();
        {
            let mut stmt = plain
                .conn
                .prepare("SELECT id, body FROM records WHERE collection = ?1")
                .unwrap();
            let rows: Vec<JournalLike> = stmt
                .query_map(["bench-journal"], |r| r.get::<_, String>(1))
                .unwrap()
                .map(|s| serde_json::from_str(&s.unwrap()).unwrap())
                .collect();
            assert_eq!(rows.len(), 2 * n);
        }
        results[3].2.push(t.elapsed());
    }

    println!("vault vs plain SQLite, {n} journal-sized records, median of {rounds} rounds");
    println!(
        "{:<34} {:>12} {:>12} {:>8}",
        "operation", "vault ms", "plain ms", "ratio"
    );
    for (name, v, p) in results {
        let (v, p) = (median(v), median(p));
        println!(
            "{:<34} {:>12.1} {:>12.1} {:>7.2}x",
            name,
            ms(v),
            ms(p),
            v.as_secs_f64() / p.as_secs_f64()
        );
    }

    // Unlock without the KDF: device slot (file keystore), open, migrate check.
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("v");
    let ks = FileKeyStore::new(tmp.path().join("ks"));
    {
        let (vault, _) = Vault::create(
            &path,
            &SecretString::from("bench passphrase"),
            VaultOptions::insecure_fast_kdf(),
        )
        .unwrap();
        vault.add_device_slot(&ks, "bench").unwrap();
        vault
            .write(|tx| records.iter().try_for_each(|r| tx.insert(r).map(|_| ())))
            .unwrap();
    }
    let times: Vec<Duration> = (0..20)
        .map(|_| {
            let t = Instant::now();
            let vault = Vault::open(&path, VaultOptions::default()).unwrap();
            vault.unlock_with_device(&ks).unwrap();
            let d = t.elapsed();
            vault.lock();
            d
        })
        .collect();
    println!(
        "unlock without KDF (device slot, {n} records in the vault): median {:.2} ms (target < 20 ms)",
        ms(median(times))
    );
}
