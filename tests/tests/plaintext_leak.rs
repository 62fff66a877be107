//! Writes records holding unique markers, closes the vault, and searches
//! every byte of the vault directory for them (UTF-8, UTF-16 LE and BE).

use passage_tests::{find_marker, new_vault, TestNote};

#[test]
fn no_marker_appears_anywhere_in_the_vault_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let markers: Vec<String> = (0..12)
        .map(|i| format!("ZQXMARKER{i:02}PLAINTEXT"))
        .chain(["مرحبا_علامة_سرية".to_string(), "ትግርኛ_ምልክት".to_string()])
        .collect();
    let mut ids = Vec::new();
    for (i, m) in markers.iter().enumerate() {
        ids.push(
            vault
                .insert(&TestNote::new(m, &format!("{m} body"), i as u64))
                .unwrap(),
        );
    }
    // Updates, trash and purge also must not leave old plaintext behind.
    vault
        .update(&ids[0], &TestNote::new(&markers[1], "x", 0))
        .unwrap();
    vault.trash(&ids[2]).unwrap();
    vault.purge(&ids[2]).unwrap();

    // While unlocked (WAL present) and after closing.
    for m in &markers {
        assert!(find_marker(&path, m).is_empty(), "marker found while open");
    }
    drop(vault);
    for m in &markers {
        let hits = find_marker(&path, m);
        assert!(hits.is_empty(), "marker {m} found in {hits:?}");
    }
    // The test can fail: the same scan finds a marker written in clear.
    std::fs::write(path.join("attachments/probe"), markers[0].as_bytes()).unwrap();
    assert_eq!(find_marker(&path, &markers[0]).len(), 1);
}
