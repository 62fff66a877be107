//! `passage`: the command-line front end to passage-core.
//!
//! Minimal frame: only the deadline commands for now (the full CLI frame
//! is written elsewhere and will absorb these).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd_deadlines;

#[derive(Debug, Parser)]
#[command(
    name = "passage",
    version,
    about = "Passage: your asylum procedure journal"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the deadline rules and their sources.
    Rules(cmd_deadlines::RulesArgs),
    /// Compute deadlines.
    Deadline(cmd_deadlines::DeadlineArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::stdout().lock();
    let result = match &cli.command {
        Command::Rules(a) => cmd_deadlines::run_rules(a, &mut out),
        Command::Deadline(a) => cmd_deadlines::run_deadline(a, &mut out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1))
        }
    }
}
