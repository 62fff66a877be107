//! Wipe after N wrong PINs, and panic wipe with a PIN: the keystore key is
//! destroyed, so even a copy taken before no longer opens with the PIN.

use passage_core::vault::{wipe_after_warning, FileKeyStore, KeyStore, PinUnlock, Vault};
use passage_core::Error;
use passage_tests::{copy_dir, options_with_clock, passphrase, test_clock, TestNote};
use secrecy::SecretString;
use std::path::PathBuf;

const PIN: &str = "482913";
const WRONG: &str = "000000";

fn setup(tmp: &std::path::Path) -> (PathBuf, FileKeyStore) {
    let path = tmp.join("v");
    let ks = FileKeyStore::new(tmp.join("keystore"));
    let (vault, _) =
        Vault::create(&path, &passphrase(), options_with_clock(&test_clock())).unwrap();
    vault.insert(&TestNote::new("t", "b", 1)).unwrap();
    vault.add_device_slot(&ks, "device-v").unwrap();
    vault.set_pin(&SecretString::from(PIN), &ks).unwrap();
    vault.lock();
    (path, ks)
}

fn open(path: &std::path::Path) -> Vault {
    Vault::open(path, options_with_clock(&test_clock())).unwrap()
}

#[test]
fn wipe_after_n_wrong_pins_destroys_the_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, ks) = setup(tmp.path());
    let copy = tmp.path().join("copy");

    let vault = passage_tests::reopen(&path);
    vault.set_pin_wipe_after(Some(3), &ks).unwrap();
    assert_eq!(vault.pin_status(&ks).unwrap().wipe_after, Some(3));
    vault.lock();
    copy_dir(&path, &copy);

    for _ in 0..2 {
        assert_eq!(
            open(&path)
                .unlock_with_pin(&SecretString::from(WRONG), &ks)
                .unwrap_err(),
            Error::WrongPassphrase
        );
        assert!(path.exists());
    }
    let vault = open(&path);
    assert_eq!(
        vault
            .unlock_with_pin(&SecretString::from(WRONG), &ks)
            .unwrap_err(),
        Error::WrongPassphrase
    );
    assert!(!path.exists(), "the vault folder is gone");
    // The same object cannot be opened any more either.
    assert!(vault.unlock(&passphrase()).is_err());
    assert!(vault
        .unlock_with_pin(&SecretString::from(PIN), &ks)
        .is_err());
    assert!(matches!(
        Vault::open(&path, options_with_clock(&test_clock())),
        Err(Error::NotFound { .. })
    ));
    // The keystore keys are destroyed: the copy opens neither with the
    // PIN nor with the device.
    assert!(passage_tests::file_names(ks.dir()).is_empty());
    let old = open(&copy);
    assert!(old.unlock_with_pin(&SecretString::from(PIN), &ks).is_err());
    assert!(old.unlock_with_device(&ks).is_err());
}

#[test]
fn the_wipe_after_setting_needs_the_vault_unlocked_and_is_bounded() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, ks) = setup(tmp.path());
    let vault = open(&path);
    assert_eq!(vault.set_pin_wipe_after(Some(10), &ks), Err(Error::Locked));
    vault.unlock(&passphrase()).unwrap();
    for bad in [0, 1, 2, 101] {
        assert!(matches!(
            vault.set_pin_wipe_after(Some(bad), &ks),
            Err(Error::InvalidInput { .. })
        ));
    }
    vault.set_pin_wipe_after(Some(10), &ks).unwrap();
    vault.set_pin_wipe_after(None, &ks).unwrap();
    assert_eq!(vault.pin_status(&ks).unwrap().wipe_after, None);
    let text = wipe_after_warning(10);
    assert!(text.contains("10 times"));
    assert!(text.contains("not even"));
}

#[test]
fn the_setting_survives_a_pin_change() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, ks) = setup(tmp.path());
    let vault = passage_tests::reopen(&path);
    vault.set_pin_wipe_after(Some(4), &ks).unwrap();
    vault.set_pin(&SecretString::from("13579"), &ks).unwrap();
    assert_eq!(vault.pin_status(&ks).unwrap().wipe_after, Some(4));
}

#[test]
fn killed_at_the_limit_the_next_attempt_wipes_before_trying_the_pin() {
    // The attempt is counted before the PIN is tried. If the app is killed
    // in between at the limit, the next call wipes without trying the PIN
    // (even the right one). The "killed" state is made here by putting
    // back a counter file with 3 failures once the limit is 3.
    let tmp = tempfile::tempdir().unwrap();
    let (path, ks) = setup(tmp.path());
    let vault = passage_tests::reopen(&path);
    vault.set_pin_wipe_after(Some(4), &ks).unwrap();
    vault.lock();
    for _ in 0..3 {
        assert!(open(&path)
            .unlock_with_pin(&SecretString::from(WRONG), &ks)
            .is_err());
    }
    let counter = path.join(passage_core::vault::ATTEMPTS_FILE);
    let three_failures = std::fs::read(&counter).unwrap();
    let vault = passage_tests::reopen(&path);
    vault.set_pin_wipe_after(Some(3), &ks).unwrap();
    vault.lock();
    std::fs::write(&counter, three_failures).unwrap();

    assert_eq!(
        open(&path)
            .unlock_with_pin(&SecretString::from(PIN), &ks)
            .unwrap_err(),
        Error::WrongPassphrase
    );
    assert!(!path.exists());
}

#[test]
fn off_by_default() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, ks) = setup(tmp.path());
    assert_eq!(open(&path).pin_status(&ks).unwrap().wipe_after, None);
    for _ in 0..5 {
        assert!(open(&path)
            .unlock_with_pin(&SecretString::from(WRONG), &ks)
            .is_err());
    }
    assert!(path.exists());
    passage_tests::reopen(&path);
}

#[test]
fn after_a_panic_wipe_the_pin_opens_not_even_an_earlier_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let (path, ks) = setup(tmp.path());
    let copy = tmp.path().join("copy-before-wipe");
    copy_dir(&path, &copy);
    // The copy opens with the PIN before the wipe...
    assert!(matches!(
        open(&copy).unlock_with_pin(&SecretString::from(PIN), &ks),
        Ok(PinUnlock::Real)
    ));
    open(&path).panic_wipe(Some(&ks)).unwrap();
    assert!(!path.exists());
    // ... and not after: the keystore key is gone.
    let old = open(&copy);
    assert!(matches!(
        old.unlock_with_pin(&SecretString::from(PIN), &ks),
        Err(Error::NotFound { .. })
    ));
    assert!(old.unlock_with_device(&ks).is_err());
    assert!(ks.unwrap("device-v", b"x").is_err());
    assert!(passage_tests::file_names(ks.dir()).is_empty());
}
