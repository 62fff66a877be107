//! `passage init | status | passwd`.

use crate::secrets;
use passage_core::vault::Vault;
use passage_core::Error;
use secrecy::ExposeSecret;
use std::path::Path;

/// Opens and unlocks the vault with the passphrase from the environment or a prompt.
pub fn open_unlocked(dir: &Path) -> Result<Vault, Error> {
    let vault = Vault::open(dir, secrets::vault_options()?)?;
    vault.unlock(&secrets::passphrase()?)?;
    Ok(vault)
}

pub fn init(dir: &Path) -> Result<(), Error> {
    create(dir)?.lock();
    Ok(())
}

/// Creates a vault (asking the passphrase twice on a terminal), shows the
/// recovery phrase once, and returns it unlocked.
pub fn create(dir: &Path) -> Result<Vault, Error> {
    let pass = secrets::passphrase()?;
    if std::env::var("PASSAGE_PASSPHRASE").is_err() {
        let again = secrets::read_secret("PASSAGE_PASSPHRASE", "Passphrase again: ")?;
        if again.expose_secret() != pass.expose_secret() {
            return Err(Error::invalid(
                "passphrase",
                "the two passphrases are not the same",
            ));
        }
    }
    let (vault, recovery) = Vault::create(dir, &pass, secrets::vault_options()?)?;
    println!("Created a new vault in {}", dir.display());
    println!();
    println!("Your recovery phrase (write it on paper, keep it safe; it is shown only once):");
    println!();
    println!("    {}", recovery.expose());
    println!();
    println!("With it you can open your vault if you forget your passphrase.");
    Ok(vault)
}

pub fn status(dir: &Path, json: bool) -> Result<(), Error> {
    let vault = Vault::open(dir, secrets::vault_options()?)?;
    // Unlock when a passphrase is available; otherwise show the locked view.
    if std::env::var("PASSAGE_PASSPHRASE").is_ok() || !json {
        vault.unlock(&secrets::passphrase()?)?;
    }
    let status = vault.status()?;
    if json {
        let text = serde_json::to_string_pretty(&status).map_err(|_| Error::Io {
            reason: "JSON encoding".into(),
        })?;
        println!("{text}");
        return Ok(());
    }
    println!("Vault      {}", status.vault_id);
    println!(
        "State      {}",
        if status.locked { "locked" } else { "unlocked" }
    );
    println!(
        "Format     header v{}, database v{}",
        status.format, status.schema_version
    );
    let kinds: Vec<String> = status
        .slots
        .iter()
        .map(|s| format!("{:?}", s.kind).to_lowercase())
        .collect();
    println!("Keyslots   {}", kinds.join(", "));
    if !status.locked {
        for (collection, n) in &status.records {
            println!("Records    {collection}: {n}");
        }
        println!("Trash      {}", status.in_trash);
    }
    Ok(())
}

pub fn passwd(dir: &Path) -> Result<(), Error> {
    let vault = Vault::open(dir, secrets::vault_options()?)?;
    let old = secrets::passphrase()?;
    let new = secrets::read_secret("PASSAGE_NEW_PASSPHRASE", "New passphrase: ")?;
    if std::env::var("PASSAGE_NEW_PASSPHRASE").is_err() {
        let again = secrets::read_secret("PASSAGE_NEW_PASSPHRASE", "New passphrase again: ")?;
        if again.expose_secret() != new.expose_secret() {
            return Err(Error::invalid(
                "passphrase",
                "the two passphrases are not the same",
            ));
        }
    }
    vault.change_passphrase(&old, &new)?;
    println!("Passphrase changed. Your recovery phrase still works.");
    Ok(())
}
