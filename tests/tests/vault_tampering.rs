//! Wrong secrets, damaged files and moved ciphertexts: a typed error, no
//! panic, and the files left exactly as they were.

use passage_core::vault::{Vault, VaultOptions};
use passage_core::Error;
use passage_tests::{new_vault, passphrase, reopen, snapshot, TestNote};
use proptest::prelude::*;
use rusqlite::Connection;
use secrecy::SecretString;
use std::path::Path;

fn envelope_of(db: &Path, id: &str) -> Vec<u8> {
    let conn = Connection::open(db).unwrap();
    let bytes: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(&id[i * 2..i * 2 + 2], 16).unwrap())
        .collect();
    conn.query_row("SELECT envelope FROM records WHERE id = ?1", [bytes], |r| {
        r.get(0)
    })
    .unwrap()
}

fn set_envelope(db: &Path, id: &str, env: &[u8]) {
    let conn = Connection::open(db).unwrap();
    let bytes: Vec<u8> = (0..16)
        .map(|i| u8::from_str_radix(&id[i * 2..i * 2 + 2], 16).unwrap())
        .collect();
    conn.execute(
        "UPDATE records SET envelope = ?1 WHERE id = ?2",
        rusqlite::params![env, bytes],
    )
    .unwrap();
}

#[test]
fn wrong_passphrase_is_typed_and_changes_no_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    vault.insert(&TestNote::new("a", "b", 1)).unwrap();
    drop(vault);
    let before = snapshot(&path);
    let vault = Vault::open(&path, VaultOptions::insecure_fast_kdf()).unwrap();
    for wrong in [
        "wrong passphrase",
        "",
        "test passphrase 12",
        "TEST PASSPHRASE 123",
    ] {
        assert_eq!(
            vault.unlock(&SecretString::from(wrong)),
            Err(Error::WrongPassphrase)
        );
    }
    drop(vault);
    assert_eq!(before, snapshot(&path));
}

#[test]
fn missing_truncated_or_damaged_vaults_fail_cleanly_and_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(matches!(
        Vault::open(&tmp.path().join("nothing"), VaultOptions::default()),
        Err(Error::NotFound { .. })
    ));

    let (vault, path) = new_vault(tmp.path(), "v");
    vault.insert(&TestNote::new("a", "b", 1)).unwrap();
    drop(vault);
    let db = path.join("vault.db");
    let original = std::fs::read(&db).unwrap();

    // Truncated database.
    std::fs::write(&db, &original[..original.len() / 3]).unwrap();
    let before = snapshot(&path);
    let vault = Vault::open(&path, VaultOptions::insecure_fast_kdf()).unwrap();
    let err = vault.unlock(&passphrase()).unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err:?}");
    assert!(!vault.is_unlocked());
    drop(vault);
    assert_eq!(before, snapshot(&path));

    // Garbage database.
    std::fs::write(&db, vec![0xAB; original.len()]).unwrap();
    let before = snapshot(&path);
    let vault = Vault::open(&path, VaultOptions::insecure_fast_kdf()).unwrap();
    assert!(matches!(
        vault.unlock(&passphrase()),
        Err(Error::Corrupt { .. })
    ));
    drop(vault);
    assert_eq!(before, snapshot(&path));
    std::fs::write(&db, &original).unwrap();

    // Damaged header.
    let header = path.join("header.json");
    let good = std::fs::read(&header).unwrap();
    for bad in [
        &good[..good.len() / 2],
        b"{}".as_slice(),
        b"\xff\xfe".as_slice(),
    ] {
        std::fs::write(&header, bad).unwrap();
        let before = snapshot(&path);
        assert!(matches!(
            Vault::open(&path, VaultOptions::default()),
            Err(Error::Corrupt { .. })
        ));
        assert_eq!(before, snapshot(&path));
    }
    // A header from the future.
    let text = String::from_utf8(good.clone()).unwrap();
    std::fs::write(&header, text.replace("\"format\": 1", "\"format\": 7")).unwrap();
    assert!(matches!(
        Vault::open(&path, VaultOptions::default()),
        Err(Error::UnsupportedVersion { found: 7, .. })
    ));
    std::fs::write(&header, &good).unwrap();
    assert_eq!(reopen(&path).list::<TestNote>().unwrap().len(), 1);
}

#[test]
fn a_header_from_another_vault_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, path_a) = new_vault(tmp.path(), "a");
    let (b, path_b) = new_vault(tmp.path(), "b");
    drop((a, b));
    std::fs::copy(path_b.join("header.json"), path_a.join("header.json")).unwrap();
    let vault = Vault::open(&path_a, VaultOptions::insecure_fast_kdf()).unwrap();
    assert!(matches!(
        vault.unlock(&passphrase()),
        Err(Error::Corrupt { .. })
    ));
}

#[test]
fn a_ciphertext_copied_into_another_row_is_rejected() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let a = vault.insert(&TestNote::new("a", "secret a", 1)).unwrap();
    let b = vault.insert(&TestNote::new("b", "secret b", 2)).unwrap();
    drop(vault);
    let db = path.join("vault.db");
    let env_a = envelope_of(&db, &a.to_string());
    set_envelope(&db, &b.to_string(), &env_a);
    let vault = reopen(&path);
    assert!(matches!(vault.get(&b), Err(Error::Corrupt { .. })));
    assert!(matches!(
        vault.list::<TestNote>(),
        Err(Error::Corrupt { .. })
    ));
    assert_eq!(vault.get(&a).unwrap().value.counter, 1);

    // And a ciphertext moved from another vault with the same key layout.
    let (other, other_path) = new_vault(tmp.path(), "w");
    let c = other.insert(&TestNote::new("c", "secret c", 3)).unwrap();
    drop(other);
    let env_c = envelope_of(&other_path.join("vault.db"), &c.to_string());
    drop(vault);
    set_envelope(&db, &a.to_string(), &env_c);
    assert!(matches!(reopen(&path).get(&a), Err(Error::Corrupt { .. })));
}

#[test]
fn every_single_byte_flip_of_an_envelope_is_detected() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let id = vault.insert(&TestNote::new("t", "b", 1)).unwrap();
    drop(vault);
    let db = path.join("vault.db");
    let original = envelope_of(&db, &id.to_string());
    let vault = reopen(&path);
    let id_text = id.to_string();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    runner
        .run(&(0..original.len(), 1u8..=255), |(pos, mask)| {
            let mut env = original.clone();
            env[pos] ^= mask;
            set_envelope(&db, &id_text, &env);
            let r = vault.get(&id);
            prop_assert!(
                matches!(
                    r,
                    Err(Error::Corrupt { .. }) | Err(Error::UnsupportedVersion { .. })
                ),
                "flip at {} not detected: {:?}",
                pos,
                r.map(|s| s.id)
            );
            Ok(())
        })
        .unwrap();
    // Truncations at every length are detected too.
    for len in 0..original.len() {
        set_envelope(&db, &id_text, &original[..len]);
        assert!(vault.get(&id).is_err(), "truncation to {len} not detected");
    }
    set_envelope(&db, &id_text, &original);
    assert_eq!(vault.get(&id).unwrap().value.counter, 1);
}
