//! Child process for the backup kill test. Two modes:
//!
//! - `kill_merger merge VAULT_DIR BACKUP_FILE`: unlocks the vault and merges
//!   the backup into it;
//! - `kill_merger restore BACKUP_FILE TARGET_DIR`: restores the backup into
//!   a new vault at the target.
//!
//! Both use the clock of [`passage_tests::merge_clock`] so that a merge
//! here gives exactly the records of the test's reference merge. Prints
//! `progress staged <bytes>` as attachment bytes are staged and `progress
//! done 0` when the call returned, so the test can tell how far it got.

use passage_core::archive::Secret;
use passage_core::attachments::Progress;
use passage_core::backup::{self, RestoreOptions};
use passage_core::vault::Vault;
use passage_tests::{backup_passphrase, merge_clock, options_with_clock, passphrase};
use std::io::Write;
use std::path::PathBuf;

/// Prints how many attachment bytes are staged.
struct Print;

impl Progress for Print {
    fn update(&self, done: u64, total: Option<u64>) -> bool {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "progress staged {done}").and_then(|_| out.flush());
        if total == Some(done) {
            let _ = writeln!(out, "progress all-staged 0").and_then(|_| out.flush());
        }
        true
    }
}

fn done() {
    let mut out = std::io::stdout().lock();
    if writeln!(out, "progress done 0")
        .and_then(|_| out.flush())
        .is_err()
    {
        std::process::exit(1);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let secret = Secret::Passphrase(backup_passphrase());
    let options = options_with_clock(&merge_clock());
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["merge", vault, file] => {
            let Ok(vault) = Vault::open(&PathBuf::from(vault), options) else {
                std::process::exit(1);
            };
            if vault.unlock(&passphrase()).is_err() {
                std::process::exit(1);
            }
            let Ok(file) = std::fs::File::open(file) else {
                std::process::exit(1);
            };
            let reader = std::io::BufReader::new(file);
            if backup::merge(&vault, reader, &secret, Some(&Print)).is_err() {
                std::process::exit(1);
            }
            done();
        }
        ["restore", file, target] => {
            let Ok(file) = std::fs::File::open(file) else {
                std::process::exit(1);
            };
            let restored = backup::restore_new(
                std::io::BufReader::new(file),
                &secret,
                &PathBuf::from(target),
                &passphrase(),
                RestoreOptions {
                    vault: options,
                    progress: Some(&Print),
                    ..RestoreOptions::default()
                },
            );
            if restored.is_err() {
                std::process::exit(1);
            }
            done();
        }
        _ => {
            eprintln!("usage: kill_merger merge VAULT_DIR BACKUP | restore BACKUP TARGET_DIR");
            std::process::exit(2);
        }
    }
}
