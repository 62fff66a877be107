//! Child process for the attachment kill test: imports attachments into a
//! vault in a loop and prints `imported <id> <counter>` after each import
//! returns, until it is killed.

use passage_core::attachments::{Attachments, ImportOptions};
use passage_core::sensitive::UserText;
use passage_core::vault::{Vault, VaultOptions};
use passage_tests::{passphrase, pattern};
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(start), Some(size)) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: kill_importer VAULT_DIR START SIZE");
        std::process::exit(2);
    };
    let start: u64 = start.parse().unwrap_or(0);
    let size: usize = size.parse().unwrap_or(1 << 20);
    let Ok(vault) = Vault::open(&PathBuf::from(dir), VaultOptions::insecure_fast_kdf()) else {
        std::process::exit(1);
    };
    if vault.unlock(&passphrase()).is_err() {
        std::process::exit(1);
    }
    let attachments = Attachments::new(&vault);
    let stdout = std::io::stdout();
    for counter in start.. {
        let data = pattern(counter, size);
        let name = UserText::new(format!("scan {counter}.pdf"));
        let Ok(id) = attachments.import_bytes(name, &data, ImportOptions::default()) else {
            std::process::exit(1);
        };
        let mut out = stdout.lock();
        if writeln!(out, "imported {id} {counter}")
            .and_then(|_| out.flush())
            .is_err()
        {
            std::process::exit(1);
        }
    }
}
