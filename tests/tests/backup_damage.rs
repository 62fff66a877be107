//! A damaged, cut, foreign, newer or wrongly opened backup is refused with
//! a typed error, and the target is left exactly as it was: restore into a
//! new folder never leaves the folder (nor a temporary one) behind; merge
//! leaves every byte of the target vault unchanged. Every truncation point
//! and a bit flip at every position of a small real backup file are tried.

use passage_core::archive::{generate_identity, ArchiveWriter, Protection, Secret, KIND_SHARE};
use passage_core::attachments::{Attachments, ImportOptions};
use passage_core::backup::{self, RestoreOptions};
use passage_core::sensitive::UserText;
use passage_core::vault::{Vault, VaultOptions};
use passage_core::Error;
use passage_tests::{file_names, new_vault, snapshot, TestNote};
use secrecy::SecretString;
use std::io::Cursor;
use std::path::Path;

fn pass() -> SecretString {
    SecretString::from("backup passphrase 2")
}

fn protection() -> Protection {
    Protection::Passphrase {
        passphrase: pass(),
        log_n: 2,
    }
}

fn fast() -> RestoreOptions<'static> {
    RestoreOptions {
        vault: VaultOptions::insecure_fast_kdf(),
        ..RestoreOptions::default()
    }
}

/// A small vault: two notes (one in the trash) and one attachment.
fn small_vault(dir: &Path, name: &str) -> Vault {
    let (vault, _) = new_vault(dir, name);
    vault.insert(&TestNote::new("a", "first", 1)).unwrap();
    let id = vault.insert(&TestNote::new("b", "second", 2)).unwrap();
    vault.trash(&id).unwrap();
    Attachments::new(&vault)
        .import_bytes(
            UserText::new("x.txt"),
            b"attached bytes",
            ImportOptions::default(),
        )
        .unwrap();
    vault
}

fn backup_of(vault: &Vault, protection: &Protection) -> Vec<u8> {
    let mut out = Vec::new();
    backup::create(vault, &mut out, protection, None).unwrap();
    out
}

/// Tries `bytes` both ways and checks that nothing changed; returns the
/// two errors.
struct Target<'a> {
    root: &'a Path,
    vault: &'a Vault,
    vault_dir: &'a Path,
}

impl Target<'_> {
    fn refuse(&self, bytes: &[u8], secret: &Secret) -> (Error, Error) {
        let before_root = file_names(self.root);
        let new_dir = self.root.join("restored");
        let e1 = backup::restore_new(Cursor::new(bytes), secret, &new_dir, &pass(), fast())
            .err()
            .expect("restore must fail");
        assert!(!new_dir.exists());
        assert_eq!(
            file_names(self.root),
            before_root,
            "leftover beside the target"
        );

        let before = snapshot(self.vault_dir);
        let e2 = backup::merge(self.vault, Cursor::new(bytes), secret, None)
            .expect_err("merge must fail");
        assert!(
            snapshot(self.vault_dir) == before,
            "merge changed the vault"
        );
        (e1, e2)
    }
}

fn typed_damage(e: &Error) -> bool {
    matches!(
        e,
        Error::Corrupt { .. } | Error::WrongPassphrase | Error::InvalidInput { .. }
    )
}

#[test]
fn every_truncation_and_every_bit_flip_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let source = small_vault(tmp.path(), "source");
    let file = backup_of(&source, &protection());
    let root = tmp.path().join("target-root");
    std::fs::create_dir(&root).unwrap();
    let vault = small_vault(&root, "target");
    let vault_dir = root.join("target");
    let target = Target {
        root: &root,
        vault: &vault,
        vault_dir: &vault_dir,
    };
    // The intact file works (into another place, so the checks stay valid).
    let (ok, _) = backup::restore_new(
        Cursor::new(&file),
        &Secret::Passphrase(pass()),
        &tmp.path().join("ok"),
        &pass(),
        fast(),
    )
    .unwrap();
    assert_eq!(ok.list::<TestNote>().unwrap().len(), 1);

    let secret = Secret::Passphrase(pass());
    for cut in 0..file.len() {
        let (e1, e2) = target.refuse(&file[..cut], &secret);
        for e in [e1, e2] {
            assert!(matches!(e, Error::Corrupt { .. }), "cut at {cut}: {e:?}");
        }
    }
    let mut wrong_secret = 0;
    for pos in 0..file.len() {
        let mut bad = file.clone();
        bad[pos] ^= 0x01;
        let (e1, e2) = target.refuse(&bad, &secret);
        for e in [e1, e2] {
            assert!(typed_damage(&e), "flip at {pos}: {e:?}");
            if e == Error::WrongPassphrase {
                wrong_secret += 1;
            }
        }
    }
    // Only flips inside the passphrase stanza (salt, wrapped key) can look
    // like a wrong passphrase; the payload always reads as damaged.
    assert!(wrong_secret < 2 * 120, "{wrong_secret}");
    println!(
        "backup of {} bytes: {} truncations and {} flips refused",
        file.len(),
        file.len(),
        file.len()
    );
}

#[test]
fn wrong_secrets_foreign_files_and_newer_versions_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let source = small_vault(tmp.path(), "source");
    let root = tmp.path().join("target-root");
    std::fs::create_dir(&root).unwrap();
    let vault = small_vault(&root, "target");
    let vault_dir = root.join("target");
    let target = Target {
        root: &root,
        vault: &vault,
        vault_dir: &vault_dir,
    };

    let file = backup_of(&source, &protection());
    let wrong = Secret::Passphrase(SecretString::from("not the passphrase"));
    let (e1, e2) = target.refuse(&file, &wrong);
    assert_eq!((e1, e2), (Error::WrongPassphrase, Error::WrongPassphrase));

    let key = generate_identity();
    let keyed = backup_of(&source, &Protection::Recipients(vec![key.to_public()]));
    let (e1, e2) = target.refuse(&keyed, &Secret::Identity(generate_identity()));
    assert_eq!((e1, e2), (Error::WrongPassphrase, Error::WrongPassphrase));
    // A passphrase for a key-protected backup: said so.
    let (e1, _) = target.refuse(&keyed, &Secret::Passphrase(pass()));
    assert!(matches!(e1, Error::InvalidInput { ref reason, .. } if reason.contains("age key")));

    // Another age file (not Passage's), and a file that is not age at all.
    let mut foreign = Vec::new();
    {
        let mut r = age::scrypt::Recipient::new(pass());
        r.set_work_factor(2);
        let enc =
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
        let mut w = enc.wrap_output(&mut foreign).unwrap();
        std::io::Write::write_all(&mut w, b"{\"some\": \"other app\"}").unwrap();
        w.finish().unwrap();
    }
    let (e1, e2) = target.refuse(&foreign, &Secret::Passphrase(pass()));
    let expected = Error::corrupt("backup file: an age file, but not one Passage wrote");
    assert_eq!((e1, e2), (expected.clone(), expected));
    let (e1, _) = target.refuse(b"%PDF-1.7 not a backup", &Secret::Passphrase(pass()));
    assert!(matches!(e1, Error::Corrupt { ref what } if what.starts_with("backup file")));

    // A shared file is not a backup.
    let share = {
        let w = ArchiveWriter::start(Vec::new(), &protection(), KIND_SHARE, &1).unwrap();
        w.finish().unwrap()
    };
    let (e1, _) = target.refuse(&share, &Secret::Passphrase(pass()));
    assert!(
        matches!(e1, Error::InvalidInput { ref reason, .. } if reason.contains("passage-share"))
    );

    // A backup from a newer Passage (manifest format 2).
    let newer = {
        let manifest = serde_json::json!({
            "format": 2, "vault_id": "00", "created_at": 0, "schema_version": 9,
            "records": 0, "attachments": 0, "attachment_bytes": 0, "app_version": "9.0.0"
        });
        let w = ArchiveWriter::start(Vec::new(), &protection(), backup::KIND_BACKUP, &manifest)
            .unwrap();
        w.finish().unwrap()
    };
    let (e1, e2) = target.refuse(&newer, &Secret::Passphrase(pass()));
    let expected = Error::UnsupportedVersion {
        found: 2,
        supported: backup::BACKUP_FORMAT,
    };
    assert_eq!((e1, e2), (expected.clone(), expected));
}

#[test]
fn an_attachment_that_does_not_match_its_record_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("target-root");
    std::fs::create_dir(&root).unwrap();
    let vault = small_vault(&root, "target");
    let vault_dir = root.join("target");
    let target = Target {
        root: &root,
        vault: &vault,
        vault_dir: &vault_dir,
    };
    // Written by someone who knows the passphrase: a valid archive whose
    // attachment bytes do not match the checksum in its record.
    let manifest = serde_json::json!({
        "format": 1, "vault_id": "00", "created_at": 0, "schema_version": 1,
        "records": 1, "attachments": 1, "attachment_bytes": 3, "app_version": "0"
    });
    let record = serde_json::json!({
        "collection": "attachments", "id": "0123456789abcdef0123456789abcdef",
        "schema": 1, "created": 0, "updated": 0, "trashed": null,
        "data": {"format": 1, "name": "x", "media_type": "text/plain", "size": 3,
                 "sha256": "00".repeat(32), "added": 0, "item": null}
    });
    let mut w =
        ArchiveWriter::start(Vec::new(), &protection(), backup::KIND_BACKUP, &manifest).unwrap();
    w.add_json("attachment", &record).unwrap();
    w.add_stream("attachment-data", 3, Cursor::new(b"abc"))
        .unwrap();
    let file = w.finish().unwrap();
    let (e1, e2) = target.refuse(&file, &Secret::Passphrase(pass()));
    let expected = Error::corrupt("backup file: an attachment does not match its checksum");
    assert_eq!((e1, e2), (expected.clone(), expected));
    // No temporary attachment file is left in the target vault.
    assert_eq!(file_names(&vault.attachments_dir()).len(), 1);
}
