//! Several vaults on one phone: independent keys, labels only encrypted.

use passage_core::vault::{list_vaults, new_vault_path, Vault, VaultOptions};
use passage_core::Error;
use passage_tests::{find_marker, TestNote};
use secrecy::SecretString;

#[test]
fn vaults_are_independent_and_their_labels_never_appear_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("vaults");
    let people = [
        ("LABELMARKER_Amina", "amina passphrase 1"),
        ("LABELMARKER_Yonas", "yonas passphrase 2"),
    ];
    let mut paths = Vec::new();
    for (label, pass) in people {
        let path = new_vault_path(&root);
        let (v, _) = Vault::create(
            &path,
            &SecretString::from(pass),
            VaultOptions::insecure_fast_kdf(),
        )
        .unwrap();
        v.set_label(label).unwrap();
        v.insert(&TestNote::new(label, "x", 1)).unwrap();
        paths.push(path);
    }
    let list = list_vaults(&root).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].neutral_name, "Vault 1");
    for entry in &list {
        assert!(!entry.id.contains("LABELMARKER"));
    }
    assert!(find_marker(&root, "LABELMARKER").is_empty());

    // Each passphrase opens only its own vault.
    let a = Vault::open(&paths[0], VaultOptions::insecure_fast_kdf()).unwrap();
    assert_eq!(
        a.unlock(&SecretString::from(people[1].1)),
        Err(Error::WrongPassphrase)
    );
    a.unlock(&SecretString::from(people[0].1)).unwrap();
    assert_eq!(a.label().unwrap().unwrap().as_str(), people[0].0);
    assert!(list_vaults(&tmp.path().join("none")).unwrap().is_empty());
}
