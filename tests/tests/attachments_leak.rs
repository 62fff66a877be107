//! Imports files whose content and names hold unique markers and searches
//! every byte of the vault folder for them (UTF-8, UTF-16 LE and BE), while
//! open, after trash and purge, and after closing.

use passage_core::attachments::{Attachments, ImportOptions};
use passage_core::checklist::{Checklist, ItemEdit};
use passage_core::sensitive::UserText;
use passage_tests::{encodings, find_marker, new_vault, pattern};

#[test]
fn attachment_content_and_names_never_appear_in_the_vault_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let markers: Vec<String> = (0..6)
        .map(|i| format!("ZQXATTACH{i:02}PLAINTEXT"))
        .chain(["شهادة_ميلاد_سرية".to_string(), "ፓስፖርት_ምስጢር".to_string()])
        .collect();
    let att = Attachments::new(&vault);
    let mut ids = Vec::new();
    for (i, m) in markers.iter().enumerate() {
        // Content: the marker in every encoding, inside random bytes,
        // repeated across chunk boundaries.
        let mut content = Vec::new();
        for _ in 0..3000 {
            for enc in encodings(m) {
                content.extend_from_slice(&enc);
            }
            content.extend_from_slice(&pattern(i as u64, 17));
        }
        let file = tmp.path().join(format!("{m}.pdf"));
        std::fs::write(&file, &content).unwrap();
        ids.push(att.import_file(&file, ImportOptions::default()).unwrap());
    }
    // Also a checklist item whose note holds a marker.
    let checklist = Checklist::new(&vault);
    let item = checklist
        .add_custom(
            passage_core::checklist::Section::Identity,
            UserText::new(&markers[0]),
        )
        .unwrap();
    checklist
        .edit(
            &item,
            ItemEdit {
                note: Some(UserText::new(&markers[1])),
                ..ItemEdit::default()
            },
        )
        .unwrap();
    att.trash(&ids[0]).unwrap();
    att.purge(&ids[0]).unwrap();

    for m in &markers {
        let hits = find_marker(&path, m);
        assert!(hits.is_empty(), "marker found while open: {hits:?}");
    }
    drop(vault);
    for m in &markers {
        let hits = find_marker(&path, m);
        assert!(hits.is_empty(), "marker {m} found in {hits:?}");
    }
    // The scan does look into attachments/: a plaintext copy is found.
    std::fs::write(path.join("attachments/probe"), markers[2].as_bytes()).unwrap();
    assert_eq!(find_marker(&path, &markers[2]).len(), 1);
}
