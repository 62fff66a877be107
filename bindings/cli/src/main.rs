//! `passage`: the command-line front end to passage-core. It calls the same
//! public API as the mobile shells; see README.md for commands, JSON output
//! and exit codes.

/// `println!` and `print!` for this program: std's panic when stdout is a
/// closed pipe (`passage guide list | head`); these end the program quietly
/// instead. Defined before the modules so that it shadows std's in all of
/// them.
macro_rules! println {
    () => { $crate::stdout::write(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::stdout::write(format_args!("{}\n", format_args!($($arg)*))) };
}
macro_rules! print {
    ($($arg:tt)*) => { $crate::stdout::write(format_args!($($arg)*)) };
}

mod cmd_attach;
mod cmd_backup;
mod cmd_checklist;
mod cmd_deadlines;
mod cmd_demo;
mod cmd_guide;
mod cmd_interview;
mod cmd_journal;
mod cmd_lock;
mod cmd_share;
mod cmd_summary;
mod cmd_vault;
mod secrets;
mod stdout;

use clap::{Parser, Subcommand};
use passage_core::Error;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "passage",
    version,
    about = "Your own record of the Belgian asylum procedure, encrypted on your device"
)]
pub struct Cli {
    /// The vault folder (or set PASSAGE_VAULT).
    #[arg(long, global = true, env = "PASSAGE_VAULT", value_name = "DIR")]
    vault: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new vault in --vault DIR and show its recovery phrase once.
    Init,
    /// Show the vault's id, lock state, keyslots and record counts.
    Status {
        /// Machine-readable output (stable, see README).
        #[arg(long)]
        json: bool,
    },
    /// Change the passphrase (only the key wrapping changes).
    Passwd,
    /// Run a short realistic story in a temporary vault and show each step.
    Demo,
    /// List the deadline rules with their sources and confidence.
    Rules(cmd_deadlines::RulesArgs),
    /// Compute one deadline without a vault.
    Deadline(cmd_deadlines::DeadlineArgs),
    /// The procedure journal: add, list, edit, delete, restore events.
    #[command(subcommand)]
    Journal(cmd_journal::JournalCmd),
    /// Every deadline that follows from the journal, with its explanation.
    Deadlines(cmd_journal::DeadlinesArgs),
    /// The reminder schedule for deadlines and appointments.
    Reminders(cmd_journal::RemindersArgs),
    /// Where you are in the procedure and what comes next.
    Next(cmd_journal::NextArgs),
    /// Read the guide.
    #[command(subcommand)]
    Guide(cmd_guide::GuideCmd),
    /// Search the guide, glossary and contacts.
    Search(cmd_guide::SearchArgs),
    /// List the contacts.
    Contacts(cmd_guide::ContactsArgs),
    /// Look up words from official letters.
    Glossary(cmd_guide::GlossaryArgs),
    /// Check the content and show its coverage per language.
    #[command(subcommand)]
    Content(cmd_guide::ContentCmd),
    /// Your document checklist (default: list it).
    Checklist {
        #[command(subcommand)]
        cmd: Option<cmd_checklist::ChecklistCommand>,
    },
    /// Encrypted photos, scans and PDFs.
    Attach {
        #[command(subcommand)]
        cmd: cmd_attach::AttachCommand,
    },
    /// Encrypted backups: create, restore into a new vault, merge.
    Backup {
        #[command(subcommand)]
        cmd: cmd_backup::BackupCommand,
    },
    /// age keys (for backups and files shared with a lawyer).
    Age {
        #[command(subcommand)]
        cmd: cmd_backup::AgeCommand,
    },
    /// Interview preparation: notes, chronology, practice, the notes letter.
    Interview {
        #[command(subcommand)]
        cmd: cmd_interview::InterviewCommand,
    },
    /// The PIN: set, try, attempt counter, wipe after N wrong PINs.
    Pin {
        #[command(subcommand)]
        cmd: cmd_lock::PinCommand,
    },
    /// The duress PIN, which opens a decoy vault instead.
    Duress {
        #[command(subcommand)]
        cmd: cmd_lock::DuressCommand,
    },
    /// Share chosen parts of your case with a lawyer (encrypted file), open
    /// such a file, or see what you shared.
    Share {
        #[command(subcommand)]
        cmd: cmd_share::ShareCommand,
    },
    /// Write the printable case summary (HTML for A4; not encrypted).
    Summary(cmd_summary::SummaryArgs),
    /// Panic wipe: destroy the keys, then the vault's files. No way back.
    Wipe {
        /// Required: confirms that the vault is to be destroyed for good.
        #[arg(long, required = true)]
        yes: bool,
    },
    /// Several vaults on one device, shown by neutral names.
    Vaults {
        #[command(subcommand)]
        cmd: cmd_lock::VaultsCommand,
    },
}

pub(crate) fn vault_dir(cli_vault: &Option<PathBuf>) -> Result<PathBuf, Error> {
    cli_vault.clone().ok_or_else(|| {
        Error::invalid(
            "--vault",
            "give the vault folder with --vault DIR or PASSAGE_VAULT",
        )
    })
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Init => cmd_vault::init(&vault_dir(&cli.vault)?),
        Command::Status { json } => cmd_vault::status(&vault_dir(&cli.vault)?, json),
        Command::Passwd => cmd_vault::passwd(&vault_dir(&cli.vault)?),
        Command::Demo => cmd_demo::run(),
        Command::Rules(a) => cmd_deadlines::run_rules(&a, &mut std::io::stdout().lock()),
        Command::Deadline(a) => cmd_deadlines::run_deadline(&a, &mut std::io::stdout().lock()),
        Command::Journal(cmd) => match cmd {
            cmd_journal::JournalCmd::Kinds { json } => cmd_journal::kinds(json),
            cmd => cmd_journal::run(&vault_dir(&cli.vault)?, cmd),
        },
        Command::Deadlines(a) => cmd_journal::run_deadlines(&vault_dir(&cli.vault)?, &a),
        Command::Reminders(a) => cmd_journal::run_reminders(&vault_dir(&cli.vault)?, &a),
        Command::Next(a) => cmd_journal::run_next(&vault_dir(&cli.vault)?, &a),
        Command::Guide(cmd) => cmd_guide::run_guide(&cmd, &mut std::io::stdout().lock()),
        Command::Search(a) => cmd_guide::run_search(&a, &mut std::io::stdout().lock()),
        Command::Contacts(a) => cmd_guide::run_contacts(&a, &mut std::io::stdout().lock()),
        Command::Glossary(a) => cmd_guide::run_glossary(&a, &mut std::io::stdout().lock()),
        Command::Content(cmd) => cmd_guide::run_content(&cmd, &mut std::io::stdout().lock()),
        // These resolve --vault themselves: listing templates or practice
        // questions needs no vault.
        Command::Checklist { cmd } => cmd_checklist::run(&cli.vault, cmd),
        Command::Attach { cmd } => cmd_attach::run(&cli.vault, cmd),
        Command::Backup { cmd } => cmd_backup::run(&cli.vault, cmd),
        Command::Age { cmd } => cmd_backup::run_age(cmd),
        Command::Interview { cmd } => cmd_interview::run(&cli.vault, cmd),
        Command::Pin { cmd } => cmd_lock::run_pin(&vault_dir(&cli.vault)?, cmd),
        Command::Duress { cmd } => cmd_lock::run_duress(&vault_dir(&cli.vault)?, cmd),
        Command::Share { cmd } => cmd_share::run(&cli.vault, cmd),
        Command::Summary(a) => cmd_summary::run(&vault_dir(&cli.vault)?, &a),
        Command::Wipe { yes: _ } => cmd_lock::run_wipe(&vault_dir(&cli.vault)?),
        Command::Vaults { cmd } => cmd_lock::run_vaults(cmd),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(cli))) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("passage: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
        // The reader of our output closed the pipe: nothing went wrong.
        Err(payload) if stdout::is_closed_pipe(payload.as_ref()) => ExitCode::SUCCESS,
        Err(payload) => std::panic::resume_unwind(payload),
    }
}
