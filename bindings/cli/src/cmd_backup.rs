//! `passage backup create --out FILE [--recipient age1...]`,
//! `passage backup restore FILE (--into DIR | --merge) [--identity KEY]`,
//! `passage age keygen --out FILE`.
//!
//! Secrets: the vault passphrase from PASSAGE_PASSPHRASE or a prompt; the
//! backup passphrase from PASSAGE_BACKUP_PASSPHRASE or a prompt (asked
//! twice on a terminal when creating).

use crate::cmd_checklist::{open_unlocked, print_json};
use crate::secrets;
use clap::{Args, Subcommand};
use passage_core::archive::{self, Protection, Secret};
use passage_core::backup::{self, RestoreOptions};
use passage_core::Error;
use secrecy::{ExposeSecret, SecretString};
use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};

const BACKUP_PASSPHRASE_ENV: &str = "PASSAGE_BACKUP_PASSPHRASE";

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Write an encrypted backup of the whole vault (trash and attachments
    /// included) to a new file.
    Create {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Encrypt to this age public key instead of a passphrase
        /// (repeat for several keys).
        #[arg(long, value_name = "age1...")]
        recipient: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Restore a backup into a new vault folder, or merge it into --vault.
    Restore(RestoreArgs),
}

#[derive(Args)]
pub struct RestoreArgs {
    file: PathBuf,
    /// Create a new vault in this folder (it must not exist).
    #[arg(
        long,
        value_name = "DIR",
        conflicts_with = "merge",
        required_unless_present = "merge"
    )]
    into: Option<PathBuf>,
    /// Merge into the vault given with --vault (nothing is lost: on a
    /// conflict the older version goes to the trash).
    #[arg(long)]
    merge: bool,
    /// The age identity file, for a backup encrypted to an age key.
    #[arg(long, value_name = "KEYFILE")]
    identity: Option<PathBuf>,
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
pub enum AgeCommand {
    /// Make a new age key pair: the secret key goes to a new file readable
    /// only by you; the public key (age1...) is printed, to give to others.
    Keygen {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Also draw the public key as a QR code, for a phone to scan from
        /// this screen (light modules on a dark terminal).
        #[arg(long)]
        qr: bool,
    },
}

fn io(during: &str) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::Io {
        reason: format!("{during}: {}", e.kind()),
    }
}

fn backup_work_factor() -> Result<u8, Error> {
    Ok(secrets::vault_options()?.log_n)
}

fn new_backup_passphrase() -> Result<SecretString, Error> {
    let pass = secrets::read_secret(BACKUP_PASSPHRASE_ENV, "Backup passphrase: ")?;
    if std::env::var(BACKUP_PASSPHRASE_ENV).is_err() {
        let again = secrets::read_secret(BACKUP_PASSPHRASE_ENV, "Backup passphrase again: ")?;
        if again.expose_secret() != pass.expose_secret() {
            return Err(Error::invalid(
                "passphrase",
                "the two passphrases are not the same",
            ));
        }
    }
    Ok(pass)
}

fn create(vault_dir: &Path, out: &Path, recipients: &[String], json: bool) -> Result<(), Error> {
    if out.symlink_metadata().is_ok() {
        return Err(Error::AlreadyExists {
            what: "a file at the backup path".into(),
        });
    }
    // Keys are checked before any passphrase is asked.
    let keys = if recipients.is_empty() {
        None
    } else {
        Some(Protection::recipients_text(&recipients.join("\n"))?)
    };
    let vault = open_unlocked(vault_dir)?;
    let protection = match keys {
        Some(p) => p,
        None => Protection::Passphrase {
            passphrase: new_backup_passphrase()?,
            log_n: backup_work_factor()?,
        },
    };
    // Written to a temporary file beside the target, which becomes the
    // backup only when complete and on disk; removed on any error.
    let report = backup::create_file(&vault, out, &protection, None)?;
    if json {
        return print_json(&report);
    }
    println!(
        "Backup written to {}: {} records, {} attachments ({} bytes).",
        out.display(),
        report.records,
        report.attachments,
        report.bytes
    );
    Ok(())
}

fn restore(vault_dir: &Option<PathBuf>, args: &RestoreArgs) -> Result<(), Error> {
    let secret = match &args.identity {
        Some(path) => Secret::identity_file(path)?,
        None => Secret::Passphrase(secrets::read_secret(
            BACKUP_PASSPHRASE_ENV,
            "Backup passphrase: ",
        )?),
    };
    let file = File::open(&args.file).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::not_found("backup file"),
        _ => io("opening the backup file")(e),
    })?;
    let reader = BufReader::with_capacity(256 * 1024, file);
    if args.merge {
        let vault = open_unlocked(&crate::vault_dir(vault_dir)?)?;
        let report = backup::merge(&vault, reader, &secret, None)?;
        if args.json {
            return print_json(&report);
        }
        println!(
            "Merged: {} added, {} updated, {} unchanged, {} conflicts (the older version of each is in the trash).",
            report.added, report.updated, report.unchanged, report.conflicts
        );
        return Ok(());
    }
    let Some(dir) = &args.into else {
        return Err(Error::invalid("restore", "give --into DIR or --merge"));
    };
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
    let options = RestoreOptions {
        vault: secrets::vault_options()?,
        ..RestoreOptions::default()
    };
    let (vault, recovery) = backup::restore_new(reader, &secret, dir, &pass, options)?;
    let status = vault.status()?;
    let records: usize = status.records.values().sum::<usize>() + status.in_trash;
    if args.json {
        return print_json(&serde_json::json!({
            "vault": dir.display().to_string(),
            "records": records,
            "in_trash": status.in_trash,
        }));
    }
    println!(
        "Restored {records} records ({} in the trash) into a new vault in {}",
        status.in_trash,
        dir.display()
    );
    println!();
    println!("Its recovery phrase (write it on paper, keep it safe; it is shown only once):");
    println!();
    println!("    {}", recovery.expose());
    Ok(())
}

pub fn run(vault_dir: &Option<PathBuf>, cmd: BackupCommand) -> Result<(), Error> {
    match cmd {
        BackupCommand::Create {
            out,
            recipient,
            json,
        } => create(&crate::vault_dir(vault_dir)?, &out, &recipient, json),
        BackupCommand::Restore(args) => restore(vault_dir, &args),
    }
}

pub fn run_age(cmd: AgeCommand) -> Result<(), Error> {
    match cmd {
        AgeCommand::Keygen { out, qr } => {
            let identity = archive::generate_identity();
            let text = archive::identity_file_text(&identity, chrono::Utc::now());
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options.open(&out).map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => Error::AlreadyExists {
                    what: "a file at the key path".into(),
                },
                _ => io("creating the key file")(e),
            })?;
            file.write_all(text.as_bytes())
                .and_then(|_| file.sync_all())
                .map_err(io("writing the key file"))?;
            eprintln!("Secret key written to {} (keep it private).", out.display());
            let public = identity.to_public().to_string();
            println!("{public}");
            if qr {
                println!("{}", qr_for_terminal(&public)?);
            }
            Ok(())
        }
    }
}

/// The public key as a QR code in text: two modules per character cell
/// (upper and lower half blocks), drawn for a terminal with a dark
/// background, where the glyphs are the light colour. The code carries
/// exactly the `age1...` text the Share screen accepts.
fn qr_for_terminal(text: &str) -> Result<String, Error> {
    use qrcode::render::unicode::Dense1x2;
    use qrcode::{EcLevel, QrCode};
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .map_err(|e| Error::invalid("public key", format!("cannot be drawn as a QR code: {e}")))?;
    Ok(code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build())
}
