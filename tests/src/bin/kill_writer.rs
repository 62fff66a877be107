//! Child process for the kill test: writes to a vault in a loop and prints
//! `insert <id> <counter>` or `update <id> <counter>` after each commit is
//! acknowledged, until it is killed.

use passage_core::vault::{RecordId, Vault, VaultOptions};
use passage_tests::{passphrase, TestNote};
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(start)) = (args.next(), args.next()) else {
        eprintln!("usage: kill_writer VAULT_DIR START");
        std::process::exit(2);
    };
    let start: u64 = start.parse().unwrap_or(0);
    let Ok(vault) = Vault::open(&PathBuf::from(dir), VaultOptions::insecure_fast_kdf()) else {
        std::process::exit(1);
    };
    if vault.unlock(&passphrase()).is_err() {
        std::process::exit(1);
    }
    let stdout = std::io::stdout();
    let mut last: Option<RecordId<TestNote>> = None;
    for counter in start.. {
        let note = TestNote::new("kill test", &format!("body {counter}"), counter);
        let line = match last {
            Some(id) if counter % 3 == 0 => match vault.update(&id, &note) {
                Ok(()) => format!("update {id} {counter}"),
                Err(_) => std::process::exit(1),
            },
            _ => match vault.insert(&note) {
                Ok(id) => {
                    last = Some(id);
                    format!("insert {id} {counter}")
                }
                Err(_) => std::process::exit(1),
            },
        };
        let mut out = stdout.lock();
        if writeln!(out, "{line}").and_then(|_| out.flush()).is_err() {
            std::process::exit(1);
        }
    }
}
