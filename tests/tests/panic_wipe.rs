//! Panic wipe: keys destroyed first, then the files; nothing opens after.

use passage_core::vault::{FileKeyStore, KeyStore, Vault, VaultOptions};
use passage_core::Error;
use passage_tests::{new_vault, passphrase, TestNote};
use std::time::Instant;

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn panic_wipe_destroys_keys_and_files() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let ks = FileKeyStore::new(tmp.path().join("ks"));
    vault.add_device_slot(&ks, "wipe-test").unwrap();
    vault
        .write(|tx| {
            for i in 0..500 {
                tx.insert(&TestNote::new("t", "b", i))?;
            }
            Ok(())
        })
        .unwrap();
    vault.lock();
    let copy = tmp.path().join("copy-before-wipe");
    copy_dir(&path, &copy);

    let started = Instant::now();
    vault.panic_wipe(Some(&ks)).unwrap();
    println!("panic wipe took {:?}", started.elapsed());
    // The object the app still holds opens nothing any more.
    assert!(vault.unlock(&passphrase()).is_err());
    assert!(vault.unlock_with_device(&ks).is_err());
    assert!(!vault.is_unlocked());

    assert!(!path.exists(), "the vault folder is gone");
    assert!(matches!(
        Vault::open(&path, VaultOptions::default()),
        Err(Error::NotFound { .. })
    ));
    // The device key is destroyed, so even the copy no longer opens with it.
    assert!(ks.unwrap("wipe-test", b"anything").is_err());
    let old = Vault::open(&copy, VaultOptions::insecure_fast_kdf()).unwrap();
    assert!(old.unlock_with_device(&ks).is_err());
    // (The passphrase still opens the copy: nothing can reach into a copy.)
    old.unlock(&passphrase()).unwrap();
}
