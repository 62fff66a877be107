//! SIGKILLs a child process that imports attachments in a loop, many times.
//! After each kill and reopen, recovery leaves no orphan file (no `.part`,
//! no encrypted file without a record) and no orphan record (every record
//! has its file, and every file verifies); every import the child
//! acknowledged is there.
//! `PASSAGE_ATTACH_KILL_ITERATIONS` sets the count (default 25).

use passage_core::attachments::Attachments;
use passage_tests::{file_names, new_vault, pattern, reopen, run_and_kill, KillDelays};
use std::collections::{HashMap, HashSet};
use std::process::Command;

/// Several chunks, small enough for a few imports per round.
const SIZE: usize = 512 * 1024 + 123;

#[test]
fn a_killed_import_leaves_no_orphan_file_and_no_orphan_record() {
    let iterations: u64 = std::env::var("PASSAGE_ATTACH_KILL_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25);
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    drop(vault);

    let mut acked: HashMap<String, u64> = HashMap::new();
    let mut next = 0u64;
    let mut delays = KillDelays::default();
    let (mut completed, mut removed) = (0, 0);
    let mut verified: HashSet<String> = HashSet::new();
    for round in 0..iterations {
        let delay = delays.next(30, 400);
        let acknowledged = run_and_kill(
            Command::new(env!("CARGO_BIN_EXE_kill_importer"))
                .arg(&path)
                .arg(next.to_string())
                .arg(SIZE.to_string()),
            delay,
        );
        for (id, counter) in acknowledged {
            acked.insert(id, counter);
            next = next.max(counter + 1);
        }
        next += 1;

        let vault = reopen(&path);
        assert!(vault.integrity_check().unwrap(), "round {round}");
        let att = Attachments::new(&vault);
        let report = att.recover().unwrap();
        assert!(report.missing.is_empty(), "round {round}: {report:?}");
        assert_eq!(report.unknown_files, 0);
        completed += report.completed;
        removed += report.removed_partial;

        let records = att.list().unwrap();
        let files = file_names(&vault.attachments_dir());
        assert!(
            files.iter().all(|f| !f.ends_with(".part")),
            "round {round}: temporary file left"
        );
        assert_eq!(
            files.len(),
            records.len(),
            "round {round}: orphan file or record"
        );
        for r in &records {
            assert_eq!(r.size, SIZE as u64);
            // Each file is checked once (a finished file is never rewritten).
            if verified.insert(r.id.to_string()) {
                att.verify(&r.id).unwrap();
            }
        }
        let present: HashMap<String, ()> = records.iter().map(|r| (r.id.to_string(), ())).collect();
        for id in acked.keys() {
            assert!(
                present.contains_key(id),
                "round {round}: acknowledged import lost"
            );
        }
    }
    assert!(!acked.is_empty(), "the child never finished an import");
    // Spot-check content of one acknowledged import.
    let vault = reopen(&path);
    let att = Attachments::new(&vault);
    let (id, counter) = acked.iter().next().unwrap();
    let mut got = Vec::new();
    att.export_to_writer(&id.parse().unwrap(), &mut got, None)
        .unwrap();
    assert!(got == pattern(*counter, SIZE));
    println!(
        "attachment kill test: {iterations} kills, {} imports acknowledged, {completed} finished and {removed} removed by recovery",
        acked.len()
    );
}
