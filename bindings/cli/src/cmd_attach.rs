//! `passage attach add FILE [--item ID] | list | export ID --out FILE |
//! verify ID | delete ID | restore ID | purge ID`.

use crate::cmd_checklist::{open_unlocked, print_json};
use clap::Subcommand;
use passage_core::attachments::{AttachmentInfo, Attachments, ImportOptions};
use passage_core::Error;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum AttachCommand {
    /// Import a photo, scan or PDF (encrypted; the original file stays
    /// where it is: delete it yourself if it should not stay on the disk).
    Add {
        file: PathBuf,
        /// Link it to this checklist item.
        #[arg(long)]
        item: Option<String>,
    },
    /// List attachments (or those in the trash).
    List {
        #[arg(long)]
        trash: bool,
        #[arg(long)]
        json: bool,
    },
    /// Write the decrypted file to a new file (verified before it appears).
    Export {
        id: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check that the encrypted file is complete and untouched.
    Verify { id: String },
    /// Move an attachment to the trash.
    Delete { id: String },
    /// Bring an attachment back from the trash.
    Restore { id: String },
    /// Destroy an attachment in the trash: its key and its file.
    Purge { id: String },
}

fn print_list(list: &[AttachmentInfo], json: bool) -> Result<(), Error> {
    if json {
        return print_json(&list);
    }
    if list.is_empty() {
        println!("No attachments.");
    }
    for a in list {
        println!(
            "{}  {:>10} bytes  {:<24}  {}  {}",
            a.id,
            a.size,
            a.media_type,
            a.added.format("%Y-%m-%d"),
            a.name.as_str()
        );
    }
    Ok(())
}

/// Runs one command; `vault` is `--vault DIR` (needed by every command that
/// reads or writes the vault).
pub fn run(vault_dir: &Option<PathBuf>, cmd: AttachCommand) -> Result<(), Error> {
    let vault = open_unlocked(&crate::vault_dir(vault_dir)?)?;
    let att = Attachments::new(&vault);
    // Finish or clean up anything a crash interrupted, before anything else.
    let report = att.recover()?;
    if report.completed + report.removed_partial + report.removed_orphans > 0 {
        eprintln!(
            "passage: recovered after an interruption: {} import(s) finished, {} unfinished removed, {} purged file(s) removed",
            report.completed, report.removed_partial, report.removed_orphans
        );
    }
    if !report.missing.is_empty() {
        eprintln!(
            "passage: warning: {} attachment(s) have no encrypted file (see `attach verify`)",
            report.missing.len()
        );
    }
    match cmd {
        AttachCommand::Add { file, item } => {
            let options = ImportOptions {
                item: item.map(|i| i.parse()).transpose()?,
                progress: None,
            };
            let id = att.import_file(&file, options)?;
            println!("{id}");
            Ok(())
        }
        AttachCommand::List { trash, json } => {
            let list = if trash {
                att.list_trash()?
            } else {
                att.list()?
            };
            print_list(&list, json)
        }
        AttachCommand::Export { id, out } => {
            att.export_to_file(&id.parse()?, &out, None)?;
            println!("Exported and verified.");
            Ok(())
        }
        AttachCommand::Verify { id } => {
            att.verify(&id.parse()?)?;
            println!("OK: every chunk, the size and the checksum are correct.");
            Ok(())
        }
        AttachCommand::Delete { id } => att.trash(&id.parse()?),
        AttachCommand::Restore { id } => att.restore(&id.parse()?),
        AttachCommand::Purge { id } => att.purge(&id.parse()?),
    }
}
