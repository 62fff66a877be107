//! A full vault (1,000 records across collections, the trash, several
//! attachments, one of a few MiB) through a real backup file and back:
//! equal records (ids, times, trash state, content) and byte-identical
//! attachments after restoring into a new vault and after reopening it;
//! no plaintext in the backup file; a key-protected backup; an existing
//! target folder is refused.

use passage_core::archive::{generate_identity, Protection, Secret};
use passage_core::attachments::{format::CHUNK_SIZE, Attachments, ImportOptions};
use passage_core::backup::{self, RestoreOptions};
use passage_core::checklist::{Checklist, Section};
use passage_core::interview::{Interview, Topic};
use passage_core::sensitive::UserText;
use passage_core::vault::{Record, Vault, VaultOptions};
use passage_core::Error;
use passage_tests::{file_names, find_marker, new_vault, pattern, TestNote};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::path::Path;

const MARKER: &str = "ZEBRA-BACKUP-7731";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct OtherRecord {
    text: UserText,
    n: u32,
}

impl Record for OtherRecord {
    const COLLECTION: &'static str = "test-other";
}

type Dump = Vec<(String, i64, i64, Option<i64>, serde_json::Value)>;

/// Every record of `T`, live and in the trash, with its id and times.
fn dump<T: Record>(vault: &Vault) -> Dump {
    let mut all = vault.list::<T>().unwrap();
    all.extend(vault.list_trash::<T>().unwrap());
    let mut out: Dump = all
        .iter()
        .map(|s| {
            (
                s.id.to_string(),
                s.created.timestamp_millis(),
                s.updated.timestamp_millis(),
                s.trashed.map(|t| t.timestamp_millis()),
                serde_json::to_value(&s.value).unwrap(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn dump_all(vault: &Vault) -> Vec<Dump> {
    vec![
        dump::<TestNote>(vault),
        dump::<OtherRecord>(vault),
        dump::<passage_core::checklist::ChecklistItem>(vault),
        dump::<passage_core::interview::InterviewNote>(vault),
    ]
}

fn attachment_infos(vault: &Vault) -> Vec<serde_json::Value> {
    let att = Attachments::new(vault);
    let mut all = att.list().unwrap();
    all.extend(att.list_trash().unwrap());
    let mut v: Vec<_> = all
        .iter()
        .map(|i| serde_json::to_value(i).unwrap())
        .collect();
    v.sort_by_key(|x| x["id"].to_string());
    v
}

/// The plaintext of every live attachment, by id.
fn export_all(vault: &Vault) -> Vec<(String, Vec<u8>)> {
    let att = Attachments::new(vault);
    let mut out: Vec<_> = att
        .list()
        .unwrap()
        .iter()
        .map(|i| {
            let mut bytes = Vec::new();
            att.export_to_writer(&i.id, &mut bytes, None).unwrap();
            (i.id.to_string(), bytes)
        })
        .collect();
    out.sort();
    out
}

/// 1,000 records in four collections (some in the trash) and five
/// attachments, one linked to a checklist item, one in the trash.
fn fill(vault: &Vault, inputs: &Path) -> Vec<Vec<u8>> {
    vault
        .write(|tx| {
            for i in 0..600u64 {
                let id = tx.insert(&TestNote::new(
                    &format!("note {i} {MARKER}"),
                    &format!("body {i} with ünïcødé and {MARKER}"),
                    i,
                ))?;
                if i % 50 == 0 {
                    tx.trash(&id)?;
                }
            }
            for n in 0..300u32 {
                tx.insert(&OtherRecord {
                    text: UserText::new(format!("other {n} {MARKER}")),
                    n,
                })?;
            }
            Ok(())
        })
        .unwrap();
    let checklist = Checklist::new(vault);
    let mut items = Vec::new();
    for i in 0..50 {
        items.push(
            checklist
                .add_custom(
                    Section::Identity,
                    UserText::new(format!("document {i} {MARKER}")),
                )
                .unwrap(),
        );
    }
    checklist.trash(&items[49]).unwrap();
    let interview = Interview::new(vault);
    for i in 0..50 {
        interview
            .add_note(
                Topic::Journey,
                UserText::new(format!("journey {i} {MARKER}")),
            )
            .unwrap();
    }
    let att = Attachments::new(vault);
    let mut datas = Vec::new();
    for (k, n) in [
        0usize,
        17,
        CHUNK_SIZE,
        3 * 1024 * 1024 + 5,
        2 * CHUNK_SIZE + 1,
    ]
    .into_iter()
    .enumerate()
    {
        let mut data = pattern(k as u64 + 10, n);
        if n > 100 {
            data[50..50 + MARKER.len()].copy_from_slice(MARKER.as_bytes());
        }
        let file = inputs.join(format!("scan-{k}-{MARKER}.bin"));
        std::fs::write(&file, &data).unwrap();
        let options = ImportOptions {
            item: (k == 1).then_some(items[0]),
            progress: None,
        };
        let id = att.import_file(&file, options).unwrap();
        if k == 4 {
            att.trash(&id).unwrap();
        }
        datas.push(data);
    }
    datas
}

fn new_pass() -> SecretString {
    SecretString::from("the new vault passphrase")
}

fn fast() -> RestoreOptions<'static> {
    RestoreOptions {
        vault: VaultOptions::insecure_fast_kdf(),
        ..RestoreOptions::default()
    }
}

#[test]
fn a_full_vault_round_trips_through_a_backup_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "source");
    let inputs = tmp.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    let datas = fill(&vault, &inputs);
    std::fs::remove_dir_all(&inputs).unwrap();

    let out_dir = tmp.path().join("usb");
    std::fs::create_dir(&out_dir).unwrap();
    let backup_path = out_dir.join("passage.backup");
    let pass = SecretString::from("backup passphrase 1");
    let protection = Protection::Passphrase {
        passphrase: pass.clone(),
        log_n: 4,
    };
    let calls = std::cell::Cell::new(0u32);
    let progress = |done: u64, total: Option<u64>| {
        calls.set(calls.get() + 1);
        assert!(done <= total.unwrap());
        true
    };
    let report = {
        let mut file = File::create(&backup_path).unwrap();
        backup::create(&vault, &mut file, &protection, Some(&progress)).unwrap()
    };
    let total: u64 = datas.iter().map(|d| d.len() as u64).sum();
    assert_eq!(report.records, 1000 + 5);
    assert_eq!(report.attachments, 5);
    assert_eq!(report.bytes, total);
    assert!(calls.get() > 10);
    // Nothing readable in the backup file: record texts, names, content.
    assert_eq!(find_marker(&out_dir, MARKER), Vec::<String>::new());
    assert_eq!(find_marker(&out_dir, "test-notes"), Vec::<String>::new());

    let target = tmp.path().join("restored");
    let (restored, recovery) = backup::restore_new(
        File::open(&backup_path).unwrap(),
        &Secret::Passphrase(pass.clone()),
        &target,
        &new_pass(),
        fast(),
    )
    .unwrap();
    assert!(!recovery.expose().is_empty());
    assert_eq!(dump_all(&restored), dump_all(&vault));
    assert_eq!(dump_all(&restored)[0].len(), 600);
    assert_eq!(attachment_infos(&restored), attachment_infos(&vault));
    let exported = export_all(&restored);
    assert!(exported == export_all(&vault));
    let mut got: Vec<Vec<u8>> = exported.into_iter().map(|(_, b)| b).collect();
    let mut want = datas[..4].to_vec();
    got.sort();
    want.sort();
    assert!(got == want, "live attachments differ");
    // New vault, new keys: no encrypted file is shared with the source.
    let src_files = file_names(&vault.attachments_dir());
    let new_files = file_names(&restored.attachments_dir());
    assert_eq!(new_files.len(), 5);
    assert!(new_files.iter().all(|f| !src_files.contains(f)));
    assert_ne!(
        restored.status().unwrap().vault_id,
        vault.status().unwrap().vault_id
    );
    // The link to the checklist item survived (ids are kept).
    let linked = Attachments::new(&restored)
        .list()
        .unwrap()
        .into_iter()
        .filter(|a| a.item.is_some())
        .count();
    assert_eq!(linked, 1);
    // No leftover temporary folder beside the target.
    assert_eq!(file_names(tmp.path()), vec!["restored", "source", "usb"]);
    drop(restored);

    let reopened = Vault::open(&target, VaultOptions::insecure_fast_kdf()).unwrap();
    reopened.unlock(&new_pass()).unwrap();
    assert_eq!(dump_all(&reopened), dump_all(&vault));
    assert!(export_all(&reopened) == export_all(&vault));
    assert!(reopened.integrity_check().unwrap());
    // The attachment that was in the trash comes back byte-identical too.
    let att = Attachments::new(&reopened);
    let trashed = att.list_trash().unwrap();
    assert_eq!(trashed.len(), 1);
    att.restore(&trashed[0].id).unwrap();
    let mut bytes = Vec::new();
    att.export_to_writer(&trashed[0].id, &mut bytes, None)
        .unwrap();
    assert!(bytes == datas[4], "trashed attachment differs");
    drop(reopened);
    // The recovery phrase of the new vault opens it too.
    let by_recovery = Vault::open(&target, VaultOptions::insecure_fast_kdf()).unwrap();
    by_recovery
        .unlock(&SecretString::from(recovery.expose().to_string()))
        .unwrap();

    // Restoring onto an existing folder is refused; nothing changes.
    let before = passage_tests::snapshot(&target);
    let e = backup::restore_new(
        File::open(&backup_path).unwrap(),
        &Secret::Passphrase(pass),
        &target,
        &new_pass(),
        fast(),
    )
    .err()
    .unwrap();
    assert!(matches!(e, Error::AlreadyExists { .. }), "{e:?}");
    assert_eq!(passage_tests::snapshot(&target), before);
}

#[test]
fn a_backup_to_an_age_key_opens_only_with_that_key() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "source");
    vault.insert(&TestNote::new("t", MARKER, 1)).unwrap();
    Attachments::new(&vault)
        .import_bytes(
            UserText::new("a.txt"),
            MARKER.as_bytes(),
            ImportOptions::default(),
        )
        .unwrap();
    let key = generate_identity();
    let path = tmp.path().join("b.age");
    backup::create(
        &vault,
        File::create(&path).unwrap(),
        &Protection::Recipients(vec![key.to_public()]),
        None,
    )
    .unwrap();

    let other = Secret::Identity(generate_identity());
    let target = tmp.path().join("r");
    let e = backup::restore_new(
        File::open(&path).unwrap(),
        &other,
        &target,
        &new_pass(),
        fast(),
    )
    .err()
    .unwrap();
    assert_eq!(e, Error::WrongPassphrase);
    assert!(!target.exists());
    let (restored, _) = backup::restore_new(
        File::open(&path).unwrap(),
        &Secret::Identity(key),
        &target,
        &new_pass(),
        fast(),
    )
    .unwrap();
    assert_eq!(dump::<TestNote>(&restored), dump::<TestNote>(&vault));
    assert!(export_all(&restored) == export_all(&vault));
}
