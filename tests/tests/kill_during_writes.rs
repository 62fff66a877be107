//! SIGKILLs a child process that writes to a vault in a loop, many times.
//! After each kill the vault opens, passes `PRAGMA integrity_check` and holds
//! every record whose commit the child acknowledged.
//! `PASSAGE_KILL_ITERATIONS` sets the count (CI: 200; default 40).

use passage_tests::{new_vault, reopen, run_and_kill, KillDelays, TestNote};
use std::collections::HashMap;
use std::process::Command;

#[test]
fn acknowledged_commits_survive_sigkill() {
    let iterations: u64 = std::env::var("PASSAGE_KILL_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    drop(vault);

    // id -> highest acknowledged counter.
    let mut acked: HashMap<String, u64> = HashMap::new();
    let mut next = 0u64;
    let mut delays = KillDelays::default();
    for round in 0..iterations {
        let delay = delays.next(5, 60);
        let acknowledged = run_and_kill(
            Command::new(env!("CARGO_BIN_EXE_kill_writer"))
                .arg(&path)
                .arg(next.to_string()),
            delay,
        );
        for (id, counter) in acknowledged {
            acked.insert(id, counter);
            next = next.max(counter + 1);
        }
        next += 1;

        let vault = reopen(&path);
        assert!(vault.integrity_check().unwrap(), "round {round}");
        let stored: HashMap<String, u64> = vault
            .list::<TestNote>()
            .unwrap()
            .into_iter()
            .map(|s| (s.id.to_string(), s.value.counter))
            .collect();
        for (id, counter) in &acked {
            let got = stored.get(id);
            assert!(
                got.is_some_and(|g| g >= counter),
                "round {round}: acknowledged record lost or rolled back"
            );
        }
    }
    assert!(!acked.is_empty(), "the child never acknowledged a commit");
    println!(
        "kill test: {iterations} kills, {} records acknowledged",
        acked.len()
    );
}
