//! Every collection operation on a real vault file, checked after reopening.

use passage_core::vault::{FileKeyStore, SlotKind, Vault, VaultOptions};
use passage_core::Error;
use passage_tests::{new_vault, passphrase, reopen, TestNote};
use secrecy::SecretString;

#[test]
fn every_collection_operation_survives_close_and_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");

    let a = vault.insert(&TestNote::new("a", "first", 1)).unwrap();
    let b = vault.insert(&TestNote::new("b", "second", 2)).unwrap();
    let c = vault.insert(&TestNote::new("c", "third", 3)).unwrap();
    let d = vault.insert(&TestNote::new("d", "fourth", 4)).unwrap();
    vault
        .update(&b, &TestNote::new("b", "second, edited", 20))
        .unwrap();
    vault.trash(&c).unwrap();
    vault.trash(&d).unwrap();
    vault.purge(&d).unwrap();
    drop(vault);

    let vault = reopen(&path);
    let live = vault.list::<TestNote>().unwrap();
    assert_eq!(live.iter().map(|s| s.id).collect::<Vec<_>>(), vec![a, b]);
    let got_b = vault.get(&b).unwrap();
    assert_eq!(got_b.value, TestNote::new("b", "second, edited", 20));
    assert!(got_b.updated >= got_b.created);
    assert_eq!(vault.list_trash::<TestNote>().unwrap()[0].id, c);
    assert!(matches!(vault.get(&c), Err(Error::NotFound { .. })));
    assert!(matches!(vault.get(&d), Err(Error::NotFound { .. })));

    vault.restore(&c).unwrap();
    drop(vault);
    let vault = reopen(&path);
    assert_eq!(vault.get(&c).unwrap().value.body.as_str(), "third");
    assert_eq!(vault.list::<TestNote>().unwrap().len(), 3);

    // Emptying the trash destroys only what is in it.
    vault.trash(&a).unwrap();
    let purged = vault.write(|tx| tx.empty_trash()).unwrap();
    assert_eq!(purged, vec![("test-notes".to_string(), a.to_string())]);
    drop(vault);
    let vault = reopen(&path);
    assert_eq!(vault.list::<TestNote>().unwrap().len(), 2);
    assert!(vault.list_trash::<TestNote>().unwrap().is_empty());
    let status = vault.status().unwrap();
    assert_eq!(status.records.get("test-notes"), Some(&2));
    assert!(vault.integrity_check().unwrap());
}

#[test]
fn a_failed_transaction_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let r: Result<(), Error> = vault.write(|tx| {
        tx.insert(&TestNote::new("x", "y", 1))?;
        Err(Error::invalid("test", "abort on purpose"))
    });
    assert!(r.is_err());
    drop(vault);
    assert!(reopen(&path).list::<TestNote>().unwrap().is_empty());
}

#[test]
fn purge_needs_the_trash_and_unknown_ids_are_not_found() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let a = vault.insert(&TestNote::new("a", "b", 1)).unwrap();
    assert!(matches!(vault.purge(&a), Err(Error::InvalidInput { .. })));
    assert!(vault.get(&a).is_ok());
    let unknown = "00112233445566778899aabbccddeeff".parse().unwrap();
    assert!(matches!(
        vault.get::<TestNote>(&unknown),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        vault.update(&unknown, &TestNote::new("a", "b", 1)),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(vault.restore(&a), Err(Error::NotFound { .. })));
}

#[test]
fn a_locked_vault_refuses_reads_and_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let a = vault.insert(&TestNote::new("a", "b", 1)).unwrap();
    vault.lock();
    assert!(!vault.is_unlocked());
    assert_eq!(vault.get(&a).unwrap_err(), Error::Locked);
    assert_eq!(
        vault.insert(&TestNote::new("a", "b", 1)).unwrap_err(),
        Error::Locked
    );
    vault.unlock(&passphrase()).unwrap();
    assert_eq!(vault.get(&a).unwrap().value.counter, 1);
}

#[test]
fn passphrase_change_recovery_phrase_and_device_slot() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("v");
    let (vault, recovery) =
        Vault::create(&path, &passphrase(), VaultOptions::insecure_fast_kdf()).unwrap();
    let id = vault.insert(&TestNote::new("t", "b", 7)).unwrap();
    let keystore = FileKeyStore::new(tmp.path().join("keystore"));
    vault.add_device_slot(&keystore, "passage-test").unwrap();

    let new = SecretString::from("a brand new passphrase");
    vault.change_passphrase(&passphrase(), &new).unwrap();
    drop(vault);

    let vault = Vault::open(&path, VaultOptions::insecure_fast_kdf()).unwrap();
    assert_eq!(vault.unlock(&passphrase()), Err(Error::WrongPassphrase));
    vault.unlock(&new).unwrap();
    assert_eq!(vault.get(&id).unwrap().value.counter, 7);
    vault.lock();

    // The recovery phrase works however it is typed.
    let typed = SecretString::from(format!("  {}  ", recovery.expose().to_uppercase()));
    vault.unlock(&typed).unwrap();
    vault.lock();

    vault.unlock_with_device(&keystore).unwrap();
    assert_eq!(vault.get(&id).unwrap().value.counter, 7);

    // Slots: one of each kind; the last non-device slot cannot be removed.
    let slots = vault.slots();
    let kinds: Vec<_> = slots.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![SlotKind::Passphrase, SlotKind::Recovery, SlotKind::Device]
    );
    vault.remove_slot(&slots[1].id).unwrap();
    assert!(matches!(
        vault.remove_slot(&slots[0].id),
        Err(Error::InvalidInput { .. })
    ));
    vault.lock();

    // Once the device key is destroyed, the device slot no longer opens.
    use passage_core::vault::KeyStore;
    keystore.delete("passage-test").unwrap();
    assert!(matches!(
        vault.unlock_with_device(&keystore),
        Err(Error::NotFound { .. })
    ));
    assert!(!vault.is_unlocked());
}

#[test]
fn weak_passphrases_and_non_empty_folders_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let short = SecretString::from("short");
    assert!(matches!(
        Vault::create(&tmp.path().join("a"), &short, VaultOptions::insecure_fast_kdf()),
        Err(Error::InvalidInput { ref field, .. }) if field == "passphrase"
    ));
    assert!(!tmp.path().join("a").exists());
    std::fs::create_dir(tmp.path().join("b")).unwrap();
    std::fs::write(tmp.path().join("b/keep.txt"), b"mine").unwrap();
    assert!(matches!(
        Vault::create(
            &tmp.path().join("b"),
            &passphrase(),
            VaultOptions::insecure_fast_kdf()
        ),
        Err(Error::AlreadyExists { .. })
    ));
    assert_eq!(
        std::fs::read(tmp.path().join("b/keep.txt")).unwrap(),
        b"mine"
    );
}
