//! Merging a backup into a vault that moved on: records on one side only
//! are added, a record edited on both sides keeps the later edit under its
//! id and the other version in the trash (nothing lost), trash moves are
//! carried over, attachments missing locally are imported byte-identical;
//! merging the same backup twice changes nothing more.

use passage_core::archive::{Protection, Secret};
use passage_core::attachments::{Attachments, ImportOptions};
use passage_core::backup::{self, MergeReport, RestoreOptions};
use passage_core::sensitive::UserText;
use passage_core::vault::Vault;
use passage_tests::{options_with_clock, passphrase, test_clock, TestNote};
use secrecy::SecretString;
use std::io::Cursor;

fn pass() -> SecretString {
    SecretString::from("backup passphrase 3")
}

fn protection() -> Protection {
    Protection::Passphrase {
        passphrase: pass(),
        log_n: 2,
    }
}

fn backup_of(vault: &Vault) -> Vec<u8> {
    let mut out = Vec::new();
    backup::create(vault, &mut out, &protection(), None).unwrap();
    out
}

fn bodies(v: &[passage_core::vault::Stored<TestNote>]) -> Vec<String> {
    let mut b: Vec<String> = v
        .iter()
        .map(|s| s.value.body.as_str().to_string())
        .collect();
    b.sort();
    b
}

#[test]
fn both_sides_edited_later_edit_wins_and_nothing_is_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = test_clock();
    let hour = chrono::Duration::hours(1);

    // The phone (ours) at T0, copied to a new phone (theirs) by a backup.
    let (phone, _) = Vault::create(
        &tmp.path().join("phone"),
        &passphrase(),
        options_with_clock(&clock),
    )
    .unwrap();
    let ids: Vec<_> = (0..5)
        .map(|i| {
            phone
                .insert(&TestNote::new("t", &format!("v0 note {i}"), i))
                .unwrap()
        })
        .collect();
    let photo = Attachments::new(&phone)
        .import_bytes(
            UserText::new("id.jpg"),
            b"photo of the id card",
            ImportOptions::default(),
        )
        .unwrap();
    let (other, _) = backup::restore_new(
        Cursor::new(backup_of(&phone)),
        &Secret::Passphrase(pass()),
        &tmp.path().join("other"),
        &passphrase(),
        RestoreOptions {
            vault: options_with_clock(&clock),
            ..RestoreOptions::default()
        },
    )
    .unwrap();

    // T1: the other phone edits notes 0 and 1, trashes note 3, adds a note
    // and an attachment.
    clock.advance(hour);
    other
        .update(&ids[0], &TestNote::new("t", "other edit 0", 0))
        .unwrap();
    other
        .update(&ids[1], &TestNote::new("t", "other edit 1", 1))
        .unwrap();
    other.trash(&ids[3]).unwrap();
    let only_other = other
        .insert(&TestNote::new("t", "only on other", 9))
        .unwrap();
    let scan = Attachments::new(&other)
        .import_bytes(
            UserText::new("letter.pdf"),
            &[7u8; 70_000],
            ImportOptions::default(),
        )
        .unwrap();
    // T2: this phone edits note 1 again (later) and note 2, adds a note.
    clock.advance(hour);
    phone
        .update(&ids[1], &TestNote::new("t", "phone edit 1", 1))
        .unwrap();
    phone
        .update(&ids[2], &TestNote::new("t", "phone edit 2", 2))
        .unwrap();
    let only_phone = phone
        .insert(&TestNote::new("t", "only on phone", 8))
        .unwrap();

    // T3: the other phone's backup is merged into this phone.
    clock.advance(hour);
    let file = backup_of(&other);
    let report = backup::merge(
        &phone,
        Cursor::new(&file),
        &Secret::Passphrase(pass()),
        None,
    )
    .unwrap();
    assert_eq!(
        report,
        MergeReport {
            // only_other, the letter
            added: 2,
            // note 3 (trashed later on the other phone)
            updated: 1,
            // note 4, the photo
            unchanged: 2,
            // note 0 (other newer), note 1 (phone newer), note 2 (phone newer)
            conflicts: 3,
        }
    );
    let get = |id| phone.read(|tx| tx.get_any(id)).unwrap();
    assert_eq!(get(&ids[0]).value.body.as_str(), "other edit 0");
    assert_eq!(get(&ids[1]).value.body.as_str(), "phone edit 1");
    assert_eq!(get(&ids[2]).value.body.as_str(), "phone edit 2");
    assert!(get(&ids[3]).trashed.is_some());
    assert_eq!(get(&ids[4]).value.body.as_str(), "v0 note 4");
    assert_eq!(get(&only_other).value.body.as_str(), "only on other");
    assert_eq!(get(&only_phone).value.body.as_str(), "only on phone");
    // The losing versions are in the trash as new records.
    let trash = phone.list_trash::<TestNote>().unwrap();
    assert_eq!(
        bodies(&trash),
        vec!["other edit 1", "v0 note 0", "v0 note 2", "v0 note 3"]
    );
    assert!(trash
        .iter()
        .filter(|s| s.value.body.as_str() != "v0 note 3")
        .all(|s| !ids.contains(&s.id)));
    // The letter is readable, byte-identical, under a new key.
    let att = Attachments::new(&phone);
    let mut bytes = Vec::new();
    att.export_to_writer(&scan, &mut bytes, None).unwrap();
    assert!(bytes == vec![7u8; 70_000]);
    att.verify(&photo).unwrap();
    assert_eq!(att.list().unwrap().len(), 2);
    assert_eq!(att.recover().unwrap().removed_partial, 0);

    // Merging the same backup again adds nothing.
    let again = backup::merge(
        &phone,
        Cursor::new(&file),
        &Secret::Passphrase(pass()),
        None,
    )
    .unwrap();
    assert_eq!(
        again,
        MergeReport {
            added: 0,
            updated: 0,
            unchanged: 8,
            conflicts: 0
        }
    );
    assert_eq!(phone.list_trash::<TestNote>().unwrap().len(), 4);
    assert_eq!(passage_tests::file_names(&phone.attachments_dir()).len(), 2);
}

#[test]
fn a_one_per_vault_record_is_merged_with_the_vaults_own() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = test_clock();
    let make = |name: &str| {
        Vault::create(
            &tmp.path().join(name),
            &passphrase(),
            options_with_clock(&clock),
        )
        .unwrap()
        .0
    };
    let old_phone = make("old");
    old_phone.set_label("Amina").unwrap();
    clock.advance(chrono::Duration::hours(1));
    let new_phone = make("new");
    new_phone.set_label("Amina (new phone)").unwrap();

    let report = backup::merge(
        &new_phone,
        Cursor::new(backup_of(&old_phone)),
        &Secret::Passphrase(pass()),
        None,
    )
    .unwrap();
    assert_eq!(report.conflicts, 1);
    // Still one label: the later one; the older one is in the trash.
    use passage_core::vault::VaultProfile;
    assert_eq!(new_phone.list::<VaultProfile>().unwrap().len(), 1);
    assert_eq!(
        new_phone.label().unwrap().unwrap().as_str(),
        "Amina (new phone)"
    );
    let trash = new_phone.list_trash::<VaultProfile>().unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].value.label.as_str(), "Amina");

    // The other way round, the later label wins over the vault's own.
    let report = backup::merge(
        &old_phone,
        Cursor::new(backup_of(&new_phone)),
        &Secret::Passphrase(pass()),
        None,
    )
    .unwrap();
    assert_eq!(report.conflicts, 1);
    assert_eq!(old_phone.list::<VaultProfile>().unwrap().len(), 1);
    assert_eq!(
        old_phone.label().unwrap().unwrap().as_str(),
        "Amina (new phone)"
    );
}
