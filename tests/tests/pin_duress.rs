//! The duress PIN: opens the decoy; with `destroy_real`, silently destroys
//! the real vault's keys. Headers with and without a duress PIN look alike.

use passage_core::vault::{
    list_vaults, new_vault_path, FileKeyStore, KeyStore, PinUnlock, SlotKind, Vault,
};
use passage_core::Error;
use passage_tests::{find_marker, options_with_clock, passphrase, test_clock, TestNote};
use secrecy::SecretString;
use std::path::{Path, PathBuf};

const PIN: &str = "482913";
const DURESS: &str = "135790";
const DECOY_PASS: &str = "decoy passphrase 42";

struct Phone {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    ks: FileKeyStore,
    real: PathBuf,
    recovery: SecretString,
    decoy: PathBuf,
}

/// A real vault (PIN, device slot, one secret note) and a decoy vault
/// beside it (one harmless note) under one root, as the app makes them.
fn phone(real_note: &str, label: &str) -> Phone {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("vaults");
    let ks = FileKeyStore::new(tmp.path().join("keystore"));
    let options = || options_with_clock(&test_clock());

    let real = new_vault_path(&root);
    let (vault, recovery) = Vault::create(&real, &passphrase(), options()).unwrap();
    vault.set_label(label).unwrap();
    vault
        .insert(&TestNote::new(real_note, real_note, 1))
        .unwrap();
    vault.add_device_slot(&ks, "device-real").unwrap();
    vault.set_pin(&SecretString::from(PIN), &ks).unwrap();
    vault.lock();

    let decoy = new_vault_path(&root);
    let (d, _) = Vault::create(&decoy, &SecretString::from(DECOY_PASS), options()).unwrap();
    d.insert(&TestNote::new("Shopping", "rice, tea", 1))
        .unwrap();
    d.lock();
    Phone {
        _tmp: tmp,
        root,
        ks,
        real,
        recovery: SecretString::from(recovery.expose().to_string()),
        decoy,
    }
}

fn open(path: &Path) -> Vault {
    Vault::open(path, options_with_clock(&test_clock())).unwrap()
}

fn set_duress(p: &Phone, destroy_real: bool) {
    let real = passage_tests::reopen(&p.real);
    let decoy = open(&p.decoy);
    decoy.unlock(&SecretString::from(DECOY_PASS)).unwrap();
    real.set_duress_pin(&SecretString::from(DURESS), &p.ks, &decoy, destroy_real)
        .unwrap();
}

/// Slot kinds and sizes, the `pin` section's field sizes, and the set of
/// keys: everything but the random bytes themselves.
fn header_shape(path: &Path) -> serde_json::Value {
    let h: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path.join("header.json")).unwrap()).unwrap();
    let mut slots: Vec<(String, usize, usize, bool)> = h["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["kind"].as_str().unwrap().to_string(),
                s["data"].as_str().unwrap().len(),
                s["id"].as_str().unwrap().len(),
                s.get("alias").is_some(),
            )
        })
        .collect();
    slots.sort();
    let keys: Vec<String> = h.as_object().unwrap().keys().cloned().collect();
    let pin = &h["pin"];
    serde_json::json!({
        "keys": keys,
        "format": h["format"],
        "slots": slots,
        "pin": [
            pin["alias"].as_str().unwrap().len(),
            pin["device"].as_str().unwrap().len(),
            pin["vault"].as_str().unwrap().len(),
        ],
        "size": std::fs::metadata(path.join("header.json")).unwrap().len(),
        "attempts": std::fs::metadata(path.join("attempts.json")).unwrap().len(),
    })
}

fn decoy_notes(v: &Vault) -> Vec<String> {
    v.list::<TestNote>()
        .unwrap()
        .into_iter()
        .map(|n| n.value.title.as_str().to_string())
        .collect()
}

#[test]
fn headers_with_and_without_a_duress_pin_look_alike() {
    let p = phone("secret", "Amina");
    let without = header_shape(&p.real);
    set_duress(&p, false);
    let with = header_shape(&p.real);
    assert_eq!(without, with);

    let q = phone("secret", "Amina");
    set_duress(&q, true);
    assert_eq!(header_shape(&q.real), without);

    // Exactly two PIN slots either way, and the status shows nothing more.
    let kinds: Vec<SlotKind> = open(&p.real).slots().iter().map(|s| s.kind).collect();
    assert_eq!(kinds.iter().filter(|k| **k == SlotKind::Pin).count(), 2);
    let kinds_q: Vec<SlotKind> = open(&q.real).slots().iter().map(|s| s.kind).collect();
    assert_eq!(kinds, kinds_q);
}

#[test]
fn the_duress_pin_opens_the_decoy_and_the_real_vault_stays_when_not_destroying() {
    let p = phone("secret", "Amina");
    set_duress(&p, false);

    let real = open(&p.real);
    let got = real
        .unlock_with_pin(&SecretString::from(DURESS), &p.ks)
        .unwrap();
    let PinUnlock::Decoy(decoy) = got else {
        panic!("the duress PIN opened the real vault");
    };
    assert!(!real.is_unlocked());
    assert!(decoy.is_unlocked());
    assert_eq!(decoy.dir(), p.decoy.as_path());
    assert_eq!(decoy_notes(&decoy), ["Shopping"]);

    // Nothing was destroyed: the real vault opens with every secret.
    assert!(matches!(
        open(&p.real).unlock_with_pin(&SecretString::from(PIN), &p.ks),
        Ok(PinUnlock::Real)
    ));
    open(&p.real).unlock(&passphrase()).unwrap();
    open(&p.real).unlock(&p.recovery).unwrap();
    open(&p.real).unlock_with_device(&p.ks).unwrap();
    // The duress PIN keeps working.
    assert!(matches!(
        open(&p.real).unlock_with_pin(&SecretString::from(DURESS), &p.ks),
        Ok(PinUnlock::Decoy(_))
    ));
}

#[test]
fn the_duress_pin_with_destroy_real_leaves_no_way_into_the_real_vault() {
    let p = phone("secret", "Amina");
    set_duress(&p, true);
    let before = header_shape(&p.real);
    let db_before = std::fs::read(p.real.join("vault.db")).unwrap();

    let got = open(&p.real)
        .unlock_with_pin(&SecretString::from(DURESS), &p.ks)
        .unwrap();
    let PinUnlock::Decoy(decoy) = got else {
        panic!("the duress PIN opened the real vault");
    };
    assert_eq!(decoy_notes(&decoy), ["Shopping"]);
    drop(decoy);

    // The real vault looks the same (same folder, files, header shape) ...
    assert!(p.real.join("vault.db").exists());
    assert_eq!(std::fs::read(p.real.join("vault.db")).unwrap(), db_before);
    assert_eq!(header_shape(&p.real), before);
    // ... but no secret opens it any more.
    assert_eq!(
        open(&p.real).unlock(&passphrase()),
        Err(Error::WrongPassphrase)
    );
    assert_eq!(
        open(&p.real).unlock(&p.recovery),
        Err(Error::WrongPassphrase)
    );
    assert!(open(&p.real).unlock_with_device(&p.ks).is_err());
    assert_eq!(
        open(&p.real)
            .unlock_with_pin(&SecretString::from(PIN), &p.ks)
            .unwrap_err(),
        Error::WrongPassphrase
    );
    assert!(p.ks.unwrap("device-real", b"x").is_err());

    // The decoy is intact, with its own passphrase and with the duress
    // PIN again (which now changes nothing in the header).
    let d = open(&p.decoy);
    d.unlock(&SecretString::from(DECOY_PASS)).unwrap();
    assert_eq!(decoy_notes(&d), ["Shopping"]);
    let header = std::fs::read(p.real.join("header.json")).unwrap();
    assert!(matches!(
        open(&p.real).unlock_with_pin(&SecretString::from(DURESS), &p.ks),
        Ok(PinUnlock::Decoy(_))
    ));
    assert_eq!(std::fs::read(p.real.join("header.json")).unwrap(), header);
    // Both folders are still listed, neutrally.
    assert_eq!(list_vaults(&p.root).unwrap().len(), 2);
}

#[test]
fn a_copy_taken_before_the_duress_unlock_no_longer_opens_with_pin_or_device() {
    let p = phone("secret", "Amina");
    set_duress(&p, true);
    let copy = p.root.parent().unwrap().join("copy");
    passage_tests::copy_dir(&p.real, &copy);
    assert!(matches!(
        open(&p.real).unlock_with_pin(&SecretString::from(DURESS), &p.ks),
        Ok(PinUnlock::Decoy(_))
    ));
    let old = open(&copy);
    assert!(old
        .unlock_with_pin(&SecretString::from(PIN), &p.ks)
        .is_err());
    assert!(old.unlock_with_device(&p.ks).is_err());
    // (Its passphrase still opens a copy: nothing reaches into a copy.)
    old.unlock(&passphrase()).unwrap();
}

#[test]
fn the_duress_pin_must_differ_from_the_pin_and_the_decoy_be_a_sibling() {
    let p = phone("secret", "Amina");
    let real = passage_tests::reopen(&p.real);
    let decoy = open(&p.decoy);
    // The decoy must be unlocked.
    assert!(matches!(
        real.set_duress_pin(&SecretString::from(DURESS), &p.ks, &decoy, false),
        Err(Error::InvalidInput { .. })
    ));
    decoy.unlock(&SecretString::from(DECOY_PASS)).unwrap();
    let err = real
        .set_duress_pin(&SecretString::from(PIN), &p.ks, &decoy, true)
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidInput { ref field, .. } if field == "duress pin"),
        "{err:?}"
    );
    assert!(!err.to_string().contains(PIN));
    // Not itself.
    assert!(matches!(
        real.set_duress_pin(&SecretString::from(DURESS), &p.ks, &real, false),
        Err(Error::InvalidInput { .. })
    ));
    // Not a vault in another folder.
    let elsewhere = p.root.parent().unwrap().join("elsewhere").join("v1");
    let (other, _) = Vault::create(
        &elsewhere,
        &SecretString::from(DECOY_PASS),
        options_with_clock(&test_clock()),
    )
    .unwrap();
    assert!(matches!(
        real.set_duress_pin(&SecretString::from(DURESS), &p.ks, &other, false),
        Err(Error::InvalidInput { .. })
    ));
    // Needs a PIN first, and this vault unlocked.
    real.remove_pin(&p.ks).unwrap();
    assert!(matches!(
        real.set_duress_pin(&SecretString::from(DURESS), &p.ks, &decoy, false),
        Err(Error::InvalidInput { .. })
    ));
    real.set_pin(&SecretString::from(PIN), &p.ks).unwrap();
    real.lock();
    assert_eq!(
        real.set_duress_pin(&SecretString::from(DURESS), &p.ks, &decoy, false),
        Err(Error::Locked)
    );
    // The PIN cannot be changed to the duress PIN either.
    real.unlock(&passphrase()).unwrap();
    real.set_duress_pin(&SecretString::from(DURESS), &p.ks, &decoy, false)
        .unwrap();
    assert!(matches!(
        real.set_pin(&SecretString::from(DURESS), &p.ks),
        Err(Error::InvalidInput { .. })
    ));
    // Changing the PIN keeps the duress PIN.
    real.set_pin(&SecretString::from("24680"), &p.ks).unwrap();
    assert!(matches!(
        open(&p.real).unlock_with_pin(&SecretString::from(DURESS), &p.ks),
        Ok(PinUnlock::Decoy(_))
    ));
    assert!(matches!(
        open(&p.real).unlock_with_pin(&SecretString::from("24680"), &p.ks),
        Ok(PinUnlock::Real)
    ));
}

#[test]
fn removing_the_duress_pin_keeps_the_pin_and_the_shape() {
    let p = phone("secret", "Amina");
    set_duress(&p, true);
    let shape = header_shape(&p.real);
    passage_tests::reopen(&p.real)
        .remove_duress_pin(&p.ks)
        .unwrap();
    assert_eq!(header_shape(&p.real), shape);
    assert_eq!(
        open(&p.real)
            .unlock_with_pin(&SecretString::from(DURESS), &p.ks)
            .unwrap_err(),
        Error::WrongPassphrase
    );
    assert!(matches!(
        open(&p.real).unlock_with_pin(&SecretString::from(PIN), &p.ks),
        Ok(PinUnlock::Real)
    ));
}

#[test]
fn a_missing_decoy_destroys_nothing_and_looks_like_a_wrong_pin() {
    let p = phone("secret", "Amina");
    set_duress(&p, true);
    std::fs::rename(&p.decoy, p.root.join("moved")).unwrap();
    assert_eq!(
        open(&p.real)
            .unlock_with_pin(&SecretString::from(DURESS), &p.ks)
            .unwrap_err(),
        Error::WrongPassphrase
    );
    open(&p.real).unlock(&passphrase()).unwrap();
}

#[test]
fn no_pin_label_or_decoy_name_in_plaintext_on_disk() {
    // 12-digit PINs: a shorter digit string could appear in hex by chance.
    let pin = "739104628351";
    let duress = "602846193750";
    let label = "LABELMARKER_Amina";
    let p = phone("NOTEMARKER_secret", label);
    let real = passage_tests::reopen(&p.real);
    real.set_pin(&SecretString::from(pin), &p.ks).unwrap();
    let decoy = open(&p.decoy);
    decoy.unlock(&SecretString::from(DECOY_PASS)).unwrap();
    real.set_duress_pin(&SecretString::from(duress), &p.ks, &decoy, false)
        .unwrap();
    real.set_pin_wipe_after(Some(10), &p.ks).unwrap();
    drop((real, decoy));
    assert!(matches!(
        open(&p.real).unlock_with_pin(&SecretString::from(duress), &p.ks),
        Ok(PinUnlock::Decoy(_))
    ));
    let decoy_name = p.decoy.file_name().unwrap().to_str().unwrap().to_string();
    let everything = p.root.parent().unwrap();
    for marker in [
        pin,
        duress,
        label,
        "LABELMARKER",
        "NOTEMARKER",
        decoy_name.as_str(),
        "duress",
        "decoy",
    ] {
        assert!(
            find_marker(everything, marker).is_empty(),
            "{marker} found: {:?}",
            find_marker(everything, marker)
        );
    }
}
