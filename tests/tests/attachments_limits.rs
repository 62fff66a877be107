//! Limits and failures: an over-size import is refused before anything is
//! written; a read error or a cancel in the middle leaves no file and no
//! record; purge and emptying the trash destroy the key and the file.

use passage_core::attachments::{format::CHUNK_SIZE, Attachments, ImportOptions};
use passage_core::checklist::Checklist;
use passage_core::sensitive::UserText;
use passage_core::Error;
use passage_tests::{file_names, new_vault, pattern, reopen, stored_snapshot};
use std::io::Read;

#[test]
fn an_oversize_import_is_refused_with_nothing_written() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let att = Attachments::new(&vault).with_max_size(3 * CHUNK_SIZE as u64);
    let big = pattern(1, 3 * CHUNK_SIZE + 1);
    let file = tmp.path().join("big.jpg");
    std::fs::write(&file, &big).unwrap();
    let before = stored_snapshot(&path);

    let e = att
        .import_file(&file, ImportOptions::default())
        .unwrap_err();
    assert!(
        matches!(e, Error::InvalidInput { ref field, .. } if field == "attachment"),
        "{e:?}"
    );
    assert_eq!(
        e.to_string(),
        "invalid attachment: is larger than the limit of 192 KiB"
    );
    assert!(matches!(
        att.import_bytes(UserText::new("b"), &big, ImportOptions::default()),
        Err(Error::InvalidInput { .. })
    ));
    // A reader of unknown size is stopped while streaming.
    assert!(matches!(
        att.import_reader(UserText::new("r"), &big[..], None, ImportOptions::default()),
        Err(Error::InvalidInput { .. })
    ));
    assert!(stored_snapshot(&path) == before, "the vault folder changed");
    assert!(att.list().unwrap().is_empty());

    // Exactly at the limit is fine.
    att.import_bytes(
        UserText::new("ok"),
        &big[..3 * CHUNK_SIZE],
        ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(Attachments::new(&vault).max_size(), 100 * 1024 * 1024);
}

/// A reader that fails after `ok` bytes, like a disk or card going away.
struct FailingReader {
    data: Vec<u8>,
    pos: usize,
    ok: usize,
}

impl Read for FailingReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos >= self.ok {
            return Err(std::io::Error::other("device gone"));
        }
        let n = buf
            .len()
            .min(self.ok - self.pos)
            .min(self.data.len() - self.pos);
        buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[test]
fn an_error_or_cancel_in_the_middle_leaves_no_file_and_no_record() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let att = Attachments::new(&vault);
    let before = stored_snapshot(&path);
    let reader = FailingReader {
        data: pattern(2, 10 * CHUNK_SIZE),
        pos: 0,
        ok: 5 * CHUNK_SIZE + 77,
    };
    let e = att
        .import_reader(
            UserText::new("secret-name.pdf"),
            reader,
            None,
            ImportOptions::default(),
        )
        .unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
    assert!(!e.to_string().contains("secret-name") && !e.to_string().contains("device gone"));
    assert!(stored_snapshot(&path) == before);

    let cancel = |done: u64, _: Option<u64>| done < 4 * CHUNK_SIZE as u64;
    let e = att
        .import_bytes(
            UserText::new("c"),
            &pattern(3, 10 * CHUNK_SIZE),
            ImportOptions {
                item: None,
                progress: Some(&cancel),
            },
        )
        .unwrap_err();
    assert!(matches!(e, Error::Io { .. }));
    assert!(stored_snapshot(&path) == before);
    assert!(att.list().unwrap().is_empty());

    // A locked vault: refused before writing.
    vault.lock();
    let before = stored_snapshot(&path);
    assert!(matches!(
        att.import_bytes(UserText::new("l"), b"x", ImportOptions::default()),
        Err(Error::Locked)
    ));
    assert!(stored_snapshot(&path) == before);
}

#[test]
fn purge_destroys_key_and_file_and_a_kept_copy_stays_unreadable() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let item = Checklist::new(&vault)
        .add_from_template("passport")
        .unwrap();
    let att = Attachments::new(&vault);
    let data = pattern(4, 2 * CHUNK_SIZE + 3);
    let id = att
        .import_bytes(
            UserText::new("passport.jpg"),
            &data,
            ImportOptions {
                item: Some(item),
                progress: None,
            },
        )
        .unwrap();
    let name = file_names(&vault.attachments_dir()).remove(0);
    let kept_copy = std::fs::read(vault.attachments_dir().join(&name)).unwrap();

    // Purge needs the trash first.
    assert!(matches!(att.purge(&id), Err(Error::InvalidInput { .. })));
    att.trash(&id).unwrap();
    att.purge(&id).unwrap();
    assert!(file_names(&vault.attachments_dir()).is_empty());
    assert!(matches!(att.get(&id), Err(Error::NotFound { .. })));
    assert!(att.list_trash().unwrap().is_empty());
    assert!(Checklist::new(&vault)
        .get(&item)
        .unwrap()
        .value
        .attachments
        .is_empty());
    drop(vault);

    // Even if flash kept the bytes: no record holds the key any more, and
    // recovery removes such a file.
    let vault = reopen(&path);
    let att = Attachments::new(&vault);
    std::fs::write(vault.attachments_dir().join(&name), &kept_copy).unwrap();
    assert!(att.list().unwrap().is_empty() && att.list_trash().unwrap().is_empty());
    let report = att.recover().unwrap();
    assert_eq!(report.removed_orphans, 1);
    assert!(file_names(&vault.attachments_dir()).is_empty());

    // Emptying the trash removes files too.
    let a = att
        .import_bytes(UserText::new("a"), b"aaa", ImportOptions::default())
        .unwrap();
    let b = att
        .import_bytes(UserText::new("b"), b"bbb", ImportOptions::default())
        .unwrap();
    att.trash(&a).unwrap();
    let purged = att.empty_trash().unwrap();
    assert_eq!(purged, vec![("attachments".to_string(), a.to_string())]);
    assert_eq!(file_names(&vault.attachments_dir()).len(), 1);
    att.verify(&b).unwrap();
}

#[test]
fn recovery_handles_every_crash_point_of_an_import() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let att = Attachments::new(&vault);
    let data = pattern(5, CHUNK_SIZE + 9);
    let id = att
        .import_bytes(UserText::new("a"), &data, ImportOptions::default())
        .unwrap();
    let dir = vault.attachments_dir();
    let name = file_names(&dir).remove(0);

    // Crash after the commit, before the rename: the complete .part file
    // is put in place.
    std::fs::rename(dir.join(&name), dir.join(format!("{name}.part"))).unwrap();
    let report = att.recover().unwrap();
    assert_eq!((report.completed, report.missing.len()), (1, 0));
    assert_eq!(file_names(&dir), vec![name.clone()]);
    att.verify(&id).unwrap();

    // Crash before the commit: a .part without a record is removed.
    std::fs::write(dir.join("0123456789abcdef0123456789abcdef.part"), b"half").unwrap();
    // Files Passage did not write are left alone.
    std::fs::write(dir.join("notes.txt"), b"not ours").unwrap();
    let report = att.recover().unwrap();
    assert_eq!((report.removed_partial, report.unknown_files), (1, 1));
    assert_eq!(
        file_names(&dir),
        vec![name.clone(), "notes.txt".to_string()]
    );

    // A committed record whose .part is incomplete: kept and reported.
    std::fs::rename(dir.join(&name), dir.join(format!("{name}.part"))).unwrap();
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(dir.join(format!("{name}.part")))
        .unwrap();
    f.set_len(100).unwrap();
    let report = att.recover().unwrap();
    assert_eq!((report.completed, report.missing.clone()), (0, vec![id]));
    assert!(dir.join(format!("{name}.part")).exists());
}

/// A full disk in the middle of an import or an export. Needs a small file
/// system (at most 8 MiB free), so it runs only when `PASSAGE_SMALL_FS`
/// names a folder on one, for example as root:
/// `mount -t tmpfs -o size=4m tmpfs /mnt/small && PASSAGE_SMALL_FS=/mnt/small cargo test ...`
#[test]
fn a_full_disk_leaves_no_half_written_file_and_an_unchanged_vault() {
    let Ok(small) = std::env::var("PASSAGE_SMALL_FS") else {
        println!("skipped: set PASSAGE_SMALL_FS to a folder on a small file system");
        return;
    };
    let small = std::path::PathBuf::from(small);
    let tmp = tempfile::tempdir_in(&small).unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let att = Attachments::new(&vault);
    let kept = att
        .import_bytes(
            UserText::new("small"),
            &pattern(6, 100_000),
            ImportOptions::default(),
        )
        .unwrap();
    let before = stored_snapshot(&path);
    let big = pattern(7, 9 * 1024 * 1024);
    let e = att
        .import_bytes(UserText::new("big"), &big, ImportOptions::default())
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "storage error: writing the encrypted file: the disk is full"
    );
    assert!(stored_snapshot(&path) == before);
    assert_eq!(att.list().unwrap().len(), 1);

    // Export of a file bigger than the space left, to the same disk.
    let disk = tempfile::tempdir().unwrap();
    let other = {
        let (v2, _) = new_vault(disk.path(), "v2");
        let id = Attachments::new(&v2)
            .import_bytes(UserText::new("b"), &big, ImportOptions::default())
            .unwrap();
        (v2, id)
    };
    let target = tmp.path().join("exported.bin");
    let e = Attachments::new(&other.0)
        .export_to_file(&other.1, &target, None)
        .unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
    assert!(!file_names(tmp.path()).iter().any(|n| n.contains("export")));
    att.verify(&kept).unwrap();
}
