//! PIN attempts: delays that survive restarts and clock changes, no attempt
//! evaluated during a delay, typed errors, resets.

use chrono::Duration;
use passage_core::clock::FixedClock;
use passage_core::vault::{FileKeyStore, PinStatus, PinUnlock, Vault, ATTEMPTS_FILE};
use passage_core::Error;
use passage_tests::{options_with_clock, passphrase, test_clock};
use secrecy::SecretString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const PIN: &str = "482913";
const WRONG: &str = "000000";

struct Setup {
    _tmp: tempfile::TempDir,
    path: PathBuf,
    ks: FileKeyStore,
    clock: Arc<FixedClock>,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let clock = test_clock();
    let path = tmp.path().join("vault");
    let ks = FileKeyStore::new(tmp.path().join("keystore"));
    let (vault, _) = Vault::create(&path, &passphrase(), options_with_clock(&clock)).unwrap();
    vault.set_pin(&SecretString::from(PIN), &ks).unwrap();
    vault.lock();
    Setup {
        _tmp: tmp,
        path,
        ks,
        clock,
    }
}

/// A fresh `Vault` each time: as if the app had been restarted.
fn try_pin(s: &Setup, pin: &str) -> Result<PinUnlock, Error> {
    let vault = Vault::open(&s.path, options_with_clock(&s.clock)).unwrap();
    vault.unlock_with_pin(&SecretString::from(pin), &s.ks)
}

fn status(s: &Setup) -> PinStatus {
    Vault::open(&s.path, options_with_clock(&s.clock))
        .unwrap()
        .pin_status(&s.ks)
        .unwrap()
}

fn fail_n(s: &Setup, n: usize) {
    for _ in 0..n {
        assert_eq!(try_pin(s, WRONG).unwrap_err(), Error::WrongPassphrase);
    }
}

#[test]
fn the_right_pin_opens_the_real_vault_and_the_wrong_one_is_a_typed_error() {
    let s = setup();
    let vault = Vault::open(&s.path, options_with_clock(&s.clock)).unwrap();
    assert!(vault.has_pin());
    let err = vault
        .unlock_with_pin(&SecretString::from(WRONG), &s.ks)
        .unwrap_err();
    assert_eq!(err, Error::WrongPassphrase);
    assert!(!err.to_string().contains(WRONG));
    assert_eq!(err.exit_code(), 3);
    assert!(!vault.is_unlocked());
    let got = vault
        .unlock_with_pin(&SecretString::from(PIN), &s.ks)
        .unwrap();
    assert!(matches!(got, PinUnlock::Real));
    assert_eq!(format!("{got:?}"), "PinUnlock(<redacted>)");
    assert!(vault.is_unlocked());
    assert_eq!(status(&s).failures, 0);
}

#[test]
fn a_malformed_pin_is_refused_without_counting_an_attempt() {
    let s = setup();
    for bad in ["12", "12345678901234", "12ab", ""] {
        let err = try_pin(&s, bad).unwrap_err();
        assert!(
            matches!(err, Error::InvalidInput { ref field, .. } if field == "pin"),
            "{err:?}"
        );
    }
    assert_eq!(status(&s).failures, 0);
    // And a PIN of the wrong shape cannot be set.
    let vault = passage_tests::reopen(&s.path);
    for bad in ["123", "1234567890123", "12 34", "abcd"] {
        let err = vault.set_pin(&SecretString::from(bad), &s.ks).unwrap_err();
        assert!(matches!(err, Error::InvalidInput { ref field, .. } if field == "pin"));
    }
    // Setting a PIN needs the vault unlocked.
    vault.lock();
    assert_eq!(
        vault.set_pin(&SecretString::from("5555"), &s.ks),
        Err(Error::Locked)
    );
}

#[test]
fn backoff_survives_restarts_and_follows_the_policy() {
    let s = setup();
    // Five free tries, each in a "new process".
    fail_n(&s, 5);
    assert_eq!(
        status(&s),
        PinStatus {
            failures: 5,
            wait_seconds: 30,
            wipe_after: None
        }
    );
    assert_eq!(
        try_pin(&s, WRONG).unwrap_err(),
        Error::RetryLater { seconds: 30 }
    );
    let expected = [30u64, 60, 300, 900, 3600, 3600];
    for (i, delay) in expected.iter().enumerate() {
        // One second short: still waiting.
        s.clock.advance(Duration::seconds(*delay as i64 - 1));
        assert_eq!(
            try_pin(&s, WRONG).unwrap_err(),
            Error::RetryLater { seconds: 1 },
            "failure {}",
            i + 5
        );
        s.clock.advance(Duration::seconds(1));
        assert_eq!(try_pin(&s, WRONG).unwrap_err(), Error::WrongPassphrase);
        let next = expected.get(i + 1).copied().unwrap_or(3600);
        assert_eq!(
            try_pin(&s, WRONG).unwrap_err(),
            Error::RetryLater { seconds: next }
        );
    }
    assert_eq!(status(&s).failures, 11);
    // After the wait the right PIN opens, and the counter is reset.
    s.clock.advance(Duration::hours(1));
    assert!(matches!(try_pin(&s, PIN), Ok(PinUnlock::Real)));
    assert_eq!(status(&s).failures, 0);
    fail_n(&s, 5);
}

#[test]
fn no_pin_is_evaluated_during_a_delay() {
    let s = setup();
    fail_n(&s, 5);
    let counter_before = std::fs::read(s.path.join(ATTEMPTS_FILE)).unwrap();
    // The right PIN during the delay: refused before it is tried.
    for _ in 0..20 {
        assert_eq!(
            try_pin(&s, PIN).unwrap_err(),
            Error::RetryLater { seconds: 30 }
        );
    }
    let vault = Vault::open(&s.path, options_with_clock(&s.clock)).unwrap();
    assert!(vault
        .unlock_with_pin(&SecretString::from(PIN), &s.ks)
        .is_err());
    assert!(!vault.is_unlocked());
    // Nothing counted, nothing written (the clock did not move).
    assert_eq!(status(&s).failures, 5);
    assert_eq!(
        std::fs::read(s.path.join(ATTEMPTS_FILE)).unwrap(),
        counter_before
    );
    s.clock.advance(Duration::seconds(30));
    assert!(matches!(try_pin(&s, PIN), Ok(PinUnlock::Real)));
}

#[test]
fn setting_the_clock_back_does_not_shorten_the_delay() {
    let s = setup();
    fail_n(&s, 5);
    s.clock.advance(Duration::seconds(30));
    fail_n(&s, 1);
    s.clock.advance(Duration::seconds(60));
    fail_n(&s, 1);
    assert_eq!(
        try_pin(&s, WRONG).unwrap_err(),
        Error::RetryLater { seconds: 300 }
    );
    // Two days back: the delay counts from the latest time seen, so the
    // wait is still 5 minutes, not 5 minutes plus two days...
    s.clock.advance(Duration::days(-2));
    assert_eq!(
        try_pin(&s, PIN).unwrap_err(),
        Error::RetryLater { seconds: 300 }
    );
    // ... and does not shrink while the clock is behind (time stands still
    // at the latest time seen).
    s.clock.advance(Duration::hours(1));
    assert_eq!(
        try_pin(&s, PIN).unwrap_err(),
        Error::RetryLater { seconds: 300 }
    );
    // Back to the present and past the delay: one try is allowed.
    s.clock
        .advance(Duration::days(2) - Duration::hours(1) + Duration::seconds(300));
    assert!(matches!(try_pin(&s, PIN), Ok(PinUnlock::Real)));
}

#[test]
fn moving_the_clock_forward_past_the_delay_allows_one_try() {
    let s = setup();
    fail_n(&s, 5);
    s.clock.advance(Duration::seconds(31));
    assert_eq!(try_pin(&s, WRONG).unwrap_err(), Error::WrongPassphrase);
    assert_eq!(
        try_pin(&s, WRONG).unwrap_err(),
        Error::RetryLater { seconds: 60 }
    );
}

#[test]
fn the_passphrase_resets_the_counter() {
    let s = setup();
    fail_n(&s, 5);
    s.clock.advance(Duration::seconds(30));
    fail_n(&s, 1);
    assert_eq!(status(&s).failures, 6);
    let vault = passage_tests::reopen(&s.path);
    drop(vault);
    assert_eq!(
        status(&s),
        PinStatus {
            failures: 0,
            wait_seconds: 0,
            wipe_after: None
        }
    );
    assert!(matches!(try_pin(&s, PIN), Ok(PinUnlock::Real)));
}

#[test]
fn changing_the_pin_replaces_the_old_one_and_its_keystore_key() {
    let s = setup();
    let keys_before = passage_tests::file_names(s.ks.dir());
    let vault = passage_tests::reopen(&s.path);
    vault.set_pin(&SecretString::from("7777"), &s.ks).unwrap();
    drop(vault);
    assert_eq!(try_pin(&s, PIN).unwrap_err(), Error::WrongPassphrase);
    assert!(matches!(try_pin(&s, "7777"), Ok(PinUnlock::Real)));
    // One PIN key, a new one (the old key was deleted).
    let keys_after = passage_tests::file_names(s.ks.dir());
    assert_eq!(keys_after.len(), 1);
    assert_ne!(keys_after, keys_before);
}

#[test]
fn without_the_keystore_key_the_pin_cannot_be_tried() {
    let s = setup();
    let other = FileKeyStore::new(s.path.parent().unwrap().join("other-phone"));
    let vault = Vault::open(&s.path, options_with_clock(&s.clock)).unwrap();
    let err = vault
        .unlock_with_pin(&SecretString::from(PIN), &other)
        .unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    assert!(!vault.is_unlocked());
    // The passphrase still opens it.
    vault.unlock(&passphrase()).unwrap();
}

#[test]
fn a_vault_without_a_pin_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = passage_tests::new_vault(tmp.path(), "v");
    let ks = FileKeyStore::new(tmp.path().join("ks"));
    assert!(!vault.has_pin());
    vault.lock();
    assert!(matches!(
        vault.unlock_with_pin(&SecretString::from(PIN), &ks),
        Err(Error::NotFound { .. })
    ));
    assert!(!Path::new(&path.join(ATTEMPTS_FILE)).exists());
}

#[test]
fn removing_the_pin_removes_its_slots_key_and_counter() {
    let s = setup();
    let vault = passage_tests::reopen(&s.path);
    vault.remove_pin(&s.ks).unwrap();
    assert!(!vault.has_pin());
    assert!(vault
        .slots()
        .iter()
        .all(|slot| slot.kind != passage_core::vault::SlotKind::Pin));
    assert!(!s.path.join(ATTEMPTS_FILE).exists());
    assert!(passage_tests::file_names(s.ks.dir()).is_empty());
    drop(vault);
    assert!(matches!(try_pin(&s, PIN), Err(Error::NotFound { .. })));
    // The header is back to format 1.
    let header: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.path.join("header.json")).unwrap()).unwrap();
    assert_eq!(header["format"], 1);
    assert!(header.get("pin").is_none());
}

#[test]
fn a_pin_slot_cannot_be_removed_alone() {
    let s = setup();
    let vault = passage_tests::reopen(&s.path);
    let pin_slot = vault
        .slots()
        .into_iter()
        .find(|slot| slot.kind == passage_core::vault::SlotKind::Pin)
        .unwrap();
    assert!(matches!(
        vault.remove_slot(&pin_slot.id),
        Err(Error::InvalidInput { .. })
    ));
    // Nor can every passphrase slot go because PIN slots remain.
    let ids: Vec<String> = vault
        .slots()
        .into_iter()
        .filter(|slot| slot.kind == passage_core::vault::SlotKind::Recovery)
        .map(|slot| slot.id)
        .collect();
    for id in ids {
        vault.remove_slot(&id).unwrap();
    }
    let last = vault
        .slots()
        .into_iter()
        .find(|slot| slot.kind == passage_core::vault::SlotKind::Passphrase)
        .unwrap();
    assert!(matches!(
        vault.remove_slot(&last.id),
        Err(Error::InvalidInput { .. })
    ));
}
