//! `passage demo`: a short, realistic story in a temporary vault, printed
//! step by step. Needs no arguments and leaves nothing behind.

use passage_core::vault::{Vault, VaultOptions};
use passage_core::Error;
use secrecy::SecretString;

fn step(n: &mut u32, text: &str) {
    *n += 1;
    println!("\n[{n}] {text}");
}

pub fn run() -> Result<(), Error> {
    let tmp = tempfile::tempdir().map_err(|_| Error::Io {
        reason: "cannot create a temporary folder".into(),
    })?;
    let dir = tmp.path().join("vault");
    let pass = SecretString::from("demo passphrase: sunflower river 42");
    let mut n = 0;

    println!(
        "Passage demo: everything below happens in a temporary vault that is deleted at the end."
    );

    step(&mut n, "Amina creates her vault with a passphrase.");
    // The demo uses the real KDF settings so the timings are honest.
    let started = std::time::Instant::now();
    let (vault, recovery) = Vault::create(&dir, &pass, VaultOptions::default())?;
    println!(
        "    vault created in {} ms; recovery phrase has {} words (shown once to the user)",
        started.elapsed().as_millis(),
        recovery.expose().split(' ').count()
    );

    step(&mut n, "She locks the app; the key is wiped from memory.");
    vault.lock();
    println!("    unlocked: {}", vault.is_unlocked());

    step(&mut n, "Someone tries a wrong passphrase.");
    match vault.unlock(&SecretString::from("guess 12345678")) {
        Err(e) => println!("    refused: {e}"),
        Ok(()) => println!("    UNEXPECTED: opened"),
    }

    step(
        &mut n,
        "Amina opens it with her recovery phrase, as if she had forgotten the passphrase.",
    );
    vault.unlock(&SecretString::from(recovery.expose().to_string()))?;
    let status = vault.status()?;
    println!(
        "    unlocked: {}; keyslots: {}",
        !status.locked,
        status
            .slots
            .iter()
            .map(|s| format!("{:?}", s.kind).to_lowercase())
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("\nDemo finished; the temporary vault is deleted.");
    Ok(())
}
