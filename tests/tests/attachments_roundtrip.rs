//! Real files through import and export: byte-identical at every chunk
//! boundary and for a 10 MB random file, also after closing and reopening
//! the vault; metadata; random names on disk; the link to a checklist item.

use passage_core::attachments::{format::CHUNK_SIZE, Attachments, ImportOptions};
use passage_core::checklist::Checklist;
use passage_core::sensitive::UserText;
use passage_tests::{file_names, new_vault, pattern, reopen};

const SIZES: &[usize] = &[
    0,
    1,
    CHUNK_SIZE - 1,
    CHUNK_SIZE,
    CHUNK_SIZE + 1,
    2 * CHUNK_SIZE,
    10 * 1024 * 1024,
];

/// Bytes of the encrypted file for `n` plaintext bytes (header, tags).
fn encrypted_len(n: usize) -> u64 {
    let chunks = n.div_ceil(CHUNK_SIZE).max(1);
    (24 + n + 16 * chunks) as u64
}

#[test]
fn every_size_round_trips_byte_identical_through_real_files() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let inputs = tmp.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    let mut ids = Vec::new();
    {
        let att = Attachments::new(&vault);
        for (i, &n) in SIZES.iter().enumerate() {
            let data = pattern(i as u64 + 1, n);
            let file = inputs.join(format!("document-{n}.bin"));
            std::fs::write(&file, &data).unwrap();
            let id = att.import_file(&file, ImportOptions::default()).unwrap();
            let info = att.get(&id).unwrap();
            assert_eq!(info.size, n as u64);
            assert_eq!(info.name.as_str(), format!("document-{n}.bin"));
            ids.push((id, data));
        }
        // On disk: one file per attachment, named by a random id, of the
        // expected encrypted size; no user file name anywhere.
        let names = file_names(&vault.attachments_dir());
        assert_eq!(names.len(), SIZES.len());
        for name in &names {
            assert_eq!(name.len(), 32, "{name}");
            assert!(name.bytes().all(|b| b.is_ascii_hexdigit()));
        }
        let mut sizes: Vec<u64> = names
            .iter()
            .map(|n| {
                std::fs::metadata(vault.attachments_dir().join(n))
                    .unwrap()
                    .len()
            })
            .collect();
        let mut want: Vec<u64> = SIZES.iter().map(|&n| encrypted_len(n)).collect();
        sizes.sort();
        want.sort();
        assert_eq!(sizes, want);
    }
    drop(vault);

    let vault = reopen(&path);
    let att = Attachments::new(&vault);
    assert!(att.recover().unwrap().missing.is_empty());
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    for (id, data) in &ids {
        att.verify(id).unwrap();
        let target = out.join(format!("{id}.bin"));
        att.export_to_file(id, &target, None).unwrap();
        assert!(
            std::fs::read(&target).unwrap() == *data,
            "size {}",
            data.len()
        );
        let mut buf = Vec::new();
        assert_eq!(
            att.export_to_writer(id, &mut buf, None).unwrap(),
            data.len() as u64
        );
        assert!(buf == *data);
    }
    // Only the exported files are in the export folder (no temporary files).
    assert_eq!(file_names(&out).len(), ids.len());
}

#[test]
fn metadata_media_type_checksum_and_item_link() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let checklist = Checklist::new(&vault);
    let item = checklist.add_from_template("passport").unwrap();
    let att = Attachments::new(&vault);
    let id = att
        .import_bytes(
            UserText::new("IMG_0001.HEIC"),
            &[0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3],
            ImportOptions {
                item: Some(item),
                progress: None,
            },
        )
        .unwrap();
    let abc = att
        .import_bytes(UserText::new("note.txt"), b"abc", ImportOptions::default())
        .unwrap();
    drop(vault);

    let vault = reopen(&path);
    let att = Attachments::new(&vault);
    let info = att.get(&id).unwrap();
    // The magic bytes decide, not the name.
    assert_eq!(info.media_type, "image/jpeg");
    assert_eq!(info.item, Some(item.to_string()));
    assert_eq!(
        Checklist::new(&vault).get(&item).unwrap().value.attachments,
        vec![id.to_string()]
    );
    let abc = att.get(&abc).unwrap();
    assert_eq!(abc.media_type, "application/octet-stream");
    assert_eq!(
        abc.sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert!(!format!("{info:?}").contains("IMG_0001"));
    assert_eq!(att.list().unwrap().len(), 2);

    // Trash, restore; a trashed attachment cannot be exported.
    att.trash(&id).unwrap();
    assert_eq!(att.list().unwrap().len(), 1);
    assert!(att
        .export_to_file(&id, &tmp.path().join("x"), None)
        .is_err());
    att.restore(&id).unwrap();
    att.verify(&id).unwrap();

    // Linking to an item that does not exist stores nothing.
    let missing = "00112233445566778899aabbccddeeff".parse().unwrap();
    let before = file_names(&vault.attachments_dir());
    let r = att.import_bytes(
        UserText::new("x.pdf"),
        b"%PDF-1.4",
        ImportOptions {
            item: Some(missing),
            progress: None,
        },
    );
    assert!(matches!(r, Err(passage_core::Error::NotFound { .. })));
    assert_eq!(file_names(&vault.attachments_dir()), before);
    assert_eq!(att.list().unwrap().len(), 2);
}

#[test]
fn progress_is_reported_per_chunk() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let att = Attachments::new(&vault);
    let data = pattern(9, 3 * CHUNK_SIZE + 5);
    let seen = std::cell::RefCell::new(Vec::new());
    let progress = |done: u64, total: Option<u64>| {
        seen.borrow_mut().push((done, total));
        true
    };
    let id = att
        .import_bytes(
            UserText::new("p"),
            &data,
            ImportOptions {
                item: None,
                progress: Some(&progress),
            },
        )
        .unwrap();
    let total = Some(data.len() as u64);
    assert_eq!(
        *seen.borrow(),
        vec![
            (CHUNK_SIZE as u64, total),
            (2 * CHUNK_SIZE as u64, total),
            (3 * CHUNK_SIZE as u64, total),
            (data.len() as u64, total)
        ]
    );
    seen.borrow_mut().clear();
    att.export_to_writer(&id, std::io::sink(), Some(&progress))
        .unwrap();
    assert_eq!(seen.borrow().len(), 4);
}
