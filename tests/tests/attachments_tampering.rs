//! Damage to an encrypted attachment file is found at the chunk where it
//! happens, by export and by verify, and a failed export leaves nothing at
//! (or next to) the target.

use passage_core::attachments::{format::CHUNK_SIZE, AttachmentId, Attachments, ImportOptions};
use passage_core::sensitive::UserText;
use passage_core::vault::Vault;
use passage_core::Error;
use passage_tests::{file_names, new_vault, pattern};
use std::path::{Path, PathBuf};

const HEADER: usize = 24;
const FULL: usize = CHUNK_SIZE + 16;

struct Setup {
    _tmp: tempfile::TempDir,
    vault: Vault,
    id: AttachmentId,
    file: PathBuf,
    original: Vec<u8>,
    data: Vec<u8>,
    out: PathBuf,
}

/// A vault with one attachment of 3 full chunks and a short fourth.
fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let data = pattern(7, 3 * CHUNK_SIZE + 1000);
    let id = Attachments::new(&vault)
        .import_bytes(UserText::new("scan.pdf"), &data, ImportOptions::default())
        .unwrap();
    let names = file_names(&vault.attachments_dir());
    assert_eq!(names.len(), 1);
    let file = vault.attachments_dir().join(&names[0]);
    let original = std::fs::read(&file).unwrap();
    let out = tmp.path().join("export");
    std::fs::create_dir(&out).unwrap();
    Setup {
        _tmp: tmp,
        vault,
        id,
        file,
        original,
        data,
        out,
    }
}

fn corrupt_what(r: Result<(), Error>) -> String {
    match r {
        Err(Error::Corrupt { what }) => what,
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

/// Export and verify both fail with the same message, and the export
/// folder stays empty.
fn expect_damage(s: &Setup, bytes: &[u8], want: &str) {
    std::fs::write(&s.file, bytes).unwrap();
    let att = Attachments::new(&s.vault);
    let target = s.out.join("scan.pdf");
    assert_eq!(corrupt_what(att.export_to_file(&s.id, &target, None)), want);
    assert_eq!(corrupt_what(att.verify(&s.id)), want);
    assert!(file_names(&s.out).is_empty(), "{:?}", file_names(&s.out));
    std::fs::write(&s.file, &s.original).unwrap();
}

fn chunk_start(k: usize) -> usize {
    HEADER + k * FULL
}

#[test]
fn a_flipped_byte_names_its_chunk() {
    let s = setup();
    for k in 0..4 {
        for offset in [0, 100, 999] {
            let mut bad = s.original.clone();
            bad[chunk_start(k) + offset] ^= 0x01;
            expect_damage(&s, &bad, &format!("attachment chunk {k}"));
        }
        // The tag at the end of the chunk too.
        let end = if k == 3 {
            s.original.len()
        } else {
            chunk_start(k + 1)
        };
        let mut bad = s.original.clone();
        bad[end - 1] ^= 0x80;
        expect_damage(&s, &bad, &format!("attachment chunk {k}"));
    }
    let mut bad = s.original.clone();
    bad[0] = b'X';
    expect_damage(&s, &bad, "attachment header");
    // The untouched file still exports byte-identical.
    let target = s.out.join("ok.pdf");
    Attachments::new(&s.vault)
        .export_to_file(&s.id, &target, None)
        .unwrap();
    assert!(std::fs::read(&target).unwrap() == s.data);
}

#[test]
fn truncation_at_and_inside_chunks_is_detected() {
    let s = setup();
    // At each chunk boundary: the next chunk is reported missing.
    for k in 1..4 {
        expect_damage(
            &s,
            &s.original[..chunk_start(k)],
            &format!("attachment chunk {k} (missing: the file ends early)"),
        );
    }
    expect_damage(
        &s,
        &s.original[..HEADER],
        "attachment chunk 0 (missing: the file ends early)",
    );
    // Inside a chunk.
    for k in 0..4 {
        let cut = chunk_start(k) + 500;
        expect_damage(&s, &s.original[..cut], &format!("attachment chunk {k}"));
    }
    // Last byte missing.
    expect_damage(
        &s,
        &s.original[..s.original.len() - 1],
        "attachment chunk 3",
    );
    expect_damage(&s, &s.original[..10], "attachment header");
    expect_damage(&s, &[], "attachment header");
}

#[test]
fn swapped_repeated_and_appended_chunks_are_detected() {
    let s = setup();
    let chunk = |k: usize| s.original[chunk_start(k)..chunk_start(k + 1)].to_vec();
    let header = &s.original[..HEADER];

    let swapped = [
        header,
        &chunk(0),
        &chunk(2),
        &chunk(1),
        &s.original[chunk_start(3)..],
    ]
    .concat();
    expect_damage(&s, &swapped, "attachment chunk 1");

    let repeated = [
        header,
        &chunk(0),
        &chunk(0),
        &chunk(2),
        &s.original[chunk_start(3)..],
    ]
    .concat();
    expect_damage(&s, &repeated, "attachment chunk 1");

    let dropped = [header, &chunk(0), &chunk(2), &s.original[chunk_start(3)..]].concat();
    expect_damage(&s, &dropped, "attachment chunk 1");

    let appended = [&s.original[..], &[0u8; 100]].concat();
    expect_damage(&s, &appended, "attachment chunk 3");

    // A whole file of another attachment (other key) under this name.
    let att = Attachments::new(&s.vault);
    let other = att
        .import_bytes(UserText::new("b"), &s.data, ImportOptions::default())
        .unwrap();
    let other_file = file_names(&s.vault.attachments_dir())
        .into_iter()
        .map(|n| s.vault.attachments_dir().join(n))
        .find(|p| *p != s.file)
        .unwrap();
    let theirs = std::fs::read(&other_file).unwrap();
    expect_damage(&s, &theirs, "attachment chunk 0");
    att.verify(&other).unwrap();
}

#[test]
fn a_writer_gets_only_verified_chunks_and_a_missing_file_is_not_found() {
    let s = setup();
    let mut bad = s.original.clone();
    bad[chunk_start(2) + 3] ^= 1;
    std::fs::write(&s.file, &bad).unwrap();
    let att = Attachments::new(&s.vault);
    let mut got = Vec::new();
    let r = att.export_to_writer(&s.id, &mut got, None);
    assert!(matches!(r, Err(Error::Corrupt { .. })));
    assert!(got == s.data[..2 * CHUNK_SIZE]);

    std::fs::remove_file(&s.file).unwrap();
    assert!(matches!(att.verify(&s.id), Err(Error::NotFound { .. })));
    let report = att.recover().unwrap();
    assert_eq!(report.missing, vec![s.id]);
    // Reported, never deleted: the record (name, links) stays.
    assert!(att.get(&s.id).is_ok());
}

#[test]
fn export_refuses_an_existing_target_and_reports_io_errors_without_leftovers() {
    let s = setup();
    let att = Attachments::new(&s.vault);
    let target = s.out.join("exists.pdf");
    std::fs::write(&target, b"mine").unwrap();
    assert!(matches!(
        att.export_to_file(&s.id, &target, None),
        Err(Error::AlreadyExists { .. })
    ));
    assert_eq!(std::fs::read(&target).unwrap(), b"mine");
    assert_eq!(file_names(&s.out), vec!["exists.pdf".to_string()]);

    let nowhere = Path::new("/nonexistent-passage-dir/x.pdf");
    let e = att.export_to_file(&s.id, nowhere, None).unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
    assert!(!e.to_string().contains("nonexistent"), "{e}");

    // Cancel half-way: nothing at the target, no temporary file.
    let stop = |done: u64, _: Option<u64>| done < 2 * CHUNK_SIZE as u64;
    let target = s.out.join("cancelled.pdf");
    assert!(att.export_to_file(&s.id, &target, Some(&stop)).is_err());
    assert_eq!(file_names(&s.out), vec!["exists.pdf".to_string()]);
}
