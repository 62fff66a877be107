//! App lock: `pin set | unlock-test | wipe-after | status | remove`,
//! `duress set | remove`, `wipe --yes`, `vaults list | new`.
//!
//! The device keystore is a [`FileKeyStore`] in `PASSAGE_KEYSTORE_DIR`, or
//! `$XDG_DATA_HOME/passage/keystore`, or `~/.local/share/passage/keystore`:
//! a stand-in for the phone's hardware keystore (anyone who copies both
//! that folder and the vault can try PINs offline).

use crate::cmd_vault::open_unlocked;
use crate::secrets;
use clap::Subcommand;
use passage_core::vault::{
    list_vaults, new_vault_path, wipe_after_warning, FileKeyStore, PinUnlock, Vault,
    MAX_WIPE_AFTER, MIN_WIPE_AFTER,
};
use passage_core::Error;
use secrecy::{ExposeSecret, SecretString};
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum PinCommand {
    /// Set or change the PIN, 4 to 12 digits (PASSAGE_PIN or a prompt; needs
    /// the passphrase).
    Set,
    /// Try the PIN: prints "ok", "wrong" (exit 3) or "retry in N s"
    /// (exit 1). Counts as an attempt, like the app's lock screen.
    UnlockTest,
    /// Show the attempt counter and the wipe-after setting.
    Status,
    /// Wipe the vault after N wrong PINs in a row, or never ("off").
    WipeAfter {
        /// A number from 3 to 100, or "off".
        value: String,
        /// Confirms the warning shown when turning it on.
        #[arg(long)]
        yes: bool,
    },
    /// Remove the PIN (and the duress PIN).
    Remove,
}

#[derive(Subcommand)]
pub enum DuressCommand {
    /// Set the duress PIN (PASSAGE_DURESS_PIN or a prompt): it opens the
    /// decoy vault DIR (a sibling of --vault, unlocked with
    /// PASSAGE_DECOY_PASSPHRASE or a prompt) instead of this one.
    Set {
        /// The decoy vault: a folder beside this vault's.
        #[arg(long, value_name = "DIR")]
        decoy: PathBuf,
        /// Also silently destroy this vault's keys when the duress PIN is used.
        #[arg(long)]
        destroy_real: bool,
    },
    /// Remove the duress PIN (the PIN stays).
    Remove,
}

#[derive(Subcommand)]
pub enum VaultsCommand {
    /// The vaults under the root, by neutral name only.
    List {
        /// The folder holding the vaults (default: PASSAGE_VAULTS_ROOT,
        /// $XDG_DATA_HOME/passage/vaults or ~/.local/share/passage/vaults).
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Try the passphrase (PASSAGE_PASSPHRASE or a prompt) on each and
        /// show the label of the one it opens.
        #[arg(long)]
        unlock: bool,
    },
    /// Create a new vault under the root with a neutral folder name.
    New {
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Its label, stored encrypted inside it.
        #[arg(long)]
        label: Option<String>,
    },
}

/// The user's data folder: `$XDG_DATA_HOME` or `~/.local/share`.
fn data_home() -> Result<PathBuf, Error> {
    if let Some(d) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".local").join("share"))
        .ok_or_else(|| {
            Error::invalid(
                "keystore",
                "set PASSAGE_KEYSTORE_DIR, XDG_DATA_HOME or HOME",
            )
        })
}

/// The CLI's device keystore.
pub fn keystore() -> Result<FileKeyStore, Error> {
    if let Some(d) = std::env::var_os("PASSAGE_KEYSTORE_DIR").filter(|d| !d.is_empty()) {
        return Ok(FileKeyStore::new(PathBuf::from(d)));
    }
    Ok(FileKeyStore::new(
        data_home()?.join("passage").join("keystore"),
    ))
}

fn vaults_root(root: &Option<PathBuf>) -> Result<PathBuf, Error> {
    if let Some(r) = root {
        return Ok(r.clone());
    }
    if let Some(d) = std::env::var_os("PASSAGE_VAULTS_ROOT").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    Ok(data_home()?.join("passage").join("vaults"))
}

/// A PIN from `env_var` or a no-echo prompt (asked twice when new).
fn read_pin(env_var: &str, prompt: &str, confirm: bool) -> Result<SecretString, Error> {
    let no_terminal = |_| Error::invalid("pin", format!("no terminal to ask it; set {env_var}"));
    if let Ok(v) = std::env::var(env_var) {
        return Ok(SecretString::from(v));
    }
    let pin = SecretString::from(rpassword::prompt_password(prompt).map_err(no_terminal)?);
    if confirm {
        let again = SecretString::from(rpassword::prompt_password("Again: ").map_err(no_terminal)?);
        if again.expose_secret() != pin.expose_secret() {
            return Err(Error::invalid("pin", "the two PINs are not the same"));
        }
    }
    Ok(pin)
}

pub fn run_pin(dir: &Path, cmd: PinCommand) -> Result<(), Error> {
    let ks = keystore()?;
    match cmd {
        PinCommand::Set => {
            let vault = open_unlocked(dir)?;
            let pin = read_pin("PASSAGE_PIN", "New PIN (4 to 12 digits): ", true)?;
            vault.set_pin(&pin, &ks)?;
            println!("PIN set. Your passphrase and recovery phrase still work.");
            Ok(())
        }
        PinCommand::UnlockTest => {
            let vault = Vault::open(dir, secrets::vault_options()?)?;
            let pin = read_pin("PASSAGE_PIN", "PIN: ", false)?;
            match vault.unlock_with_pin(&pin, &ks) {
                // The decoy is shown exactly like the real vault.
                Ok(PinUnlock::Real | PinUnlock::Decoy(_)) => {
                    println!("ok");
                    Ok(())
                }
                Err(Error::WrongPassphrase) => {
                    println!("wrong");
                    Err(Error::WrongPassphrase)
                }
                Err(Error::RetryLater { seconds }) => {
                    println!("retry in {seconds} s");
                    Err(Error::RetryLater { seconds })
                }
                Err(e) => Err(e),
            }
        }
        PinCommand::Status => {
            let vault = Vault::open(dir, secrets::vault_options()?)?;
            let s = vault.pin_status(&ks)?;
            println!("Wrong PINs in a row  {}", s.failures);
            println!("Wait before next try {} s", s.wait_seconds);
            match s.wipe_after {
                Some(n) => println!("Wipe after           {n} wrong PINs"),
                None => println!("Wipe after           off"),
            }
            Ok(())
        }
        PinCommand::WipeAfter { value, yes } => {
            let after = if value.eq_ignore_ascii_case("off") {
                None
            } else {
                Some(
                    value
                        .parse::<u32>()
                        .ok()
                        .filter(|n| (MIN_WIPE_AFTER..=MAX_WIPE_AFTER).contains(n))
                        .ok_or_else(|| {
                            Error::invalid(
                                "wipe after",
                                format!(
                                    "give a number from {MIN_WIPE_AFTER} to {MAX_WIPE_AFTER}, or off"
                                ),
                            )
                        })?,
                )
            };
            if let Some(n) = after {
                eprintln!("{}", wipe_after_warning(n));
                if !yes {
                    return Err(Error::invalid(
                        "wipe after",
                        "read the warning above, then confirm with --yes",
                    ));
                }
            }
            let vault = open_unlocked(dir)?;
            vault.set_pin_wipe_after(after, &ks)?;
            match after {
                Some(n) => println!("The vault will be wiped after {n} wrong PINs in a row."),
                None => println!("Wrong PINs will never wipe the vault."),
            }
            Ok(())
        }
        PinCommand::Remove => {
            let vault = open_unlocked(dir)?;
            vault.remove_pin(&ks)?;
            println!("PIN removed.");
            Ok(())
        }
    }
}

pub fn run_duress(dir: &Path, cmd: DuressCommand) -> Result<(), Error> {
    let ks = keystore()?;
    match cmd {
        DuressCommand::Set {
            decoy,
            destroy_real,
        } => {
            let vault = open_unlocked(dir)?;
            let decoy_vault = Vault::open(&decoy, secrets::vault_options()?)?;
            decoy_vault.unlock(&secrets::read_secret(
                "PASSAGE_DECOY_PASSPHRASE",
                "Decoy vault passphrase: ",
            )?)?;
            let pin = read_pin("PASSAGE_DURESS_PIN", "Duress PIN (4 to 12 digits): ", true)?;
            vault.set_duress_pin(&pin, &ks, &decoy_vault, destroy_real)?;
            println!("Duress PIN set: it opens the other vault instead of this one.");
            if destroy_real {
                println!("Using it also destroys the keys of this vault, silently and for good.");
            }
            Ok(())
        }
        DuressCommand::Remove => {
            let vault = open_unlocked(dir)?;
            vault.remove_duress_pin(&ks)?;
            println!("Duress PIN removed. The PIN still works.");
            Ok(())
        }
    }
}

/// `wipe --yes` (clap refuses the command without `--yes`).
pub fn run_wipe(dir: &Path) -> Result<(), Error> {
    let ks = keystore()?;
    let vault = Vault::open(dir, secrets::vault_options()?)?;
    vault.panic_wipe(Some(&ks))?;
    println!("Wiped.");
    Ok(())
}

pub fn run_vaults(cmd: VaultsCommand) -> Result<(), Error> {
    match cmd {
        VaultsCommand::List { root, unlock } => {
            let root = vaults_root(&root)?;
            let list = list_vaults(&root)?;
            let secret = if unlock {
                Some(secrets::passphrase()?)
            } else {
                None
            };
            for entry in &list {
                let mut line = format!("{}  {}", entry.neutral_name, entry.id);
                if let Some(secret) = &secret {
                    let vault = Vault::open(&entry.path, secrets::vault_options()?)?;
                    match vault.unlock(secret) {
                        Ok(()) => {
                            let label = vault.label()?;
                            line.push_str("  unlocked: ");
                            line.push_str(
                                label.as_ref().map(|l| l.as_str()).unwrap_or("(no label)"),
                            );
                            vault.lock();
                        }
                        Err(Error::WrongPassphrase) => {}
                        Err(e) => return Err(e),
                    }
                }
                println!("{line}");
            }
            if list.is_empty() {
                println!("No vaults.");
            }
            Ok(())
        }
        VaultsCommand::New { root, label } => {
            let root = vaults_root(&root)?;
            let path = new_vault_path(&root);
            let vault = crate::cmd_vault::create(&path)?;
            if let Some(label) = label {
                vault.set_label(&label)?;
            }
            vault.lock();
            Ok(())
        }
    }
}
