//! `passage`: the command-line front end to passage-core. It calls the same
//! public API as the mobile shells; see README.md for commands, JSON output
//! and exit codes.

mod cmd_demo;
mod cmd_vault;
mod secrets;

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
}

fn vault_dir(cli_vault: &Option<PathBuf>) -> Result<PathBuf, Error> {
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
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("passage: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
