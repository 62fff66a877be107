//! `passage`: the command-line front end (guide commands only for now).

mod cmd_guide;

use std::io::Write;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "passage",
    version,
    about = "Passage: offline help for people seeking protection in Belgium"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read the guide.
    #[command(subcommand)]
    Guide(cmd_guide::GuideCmd),
    /// Search the guide, glossary and contacts.
    Search(cmd_guide::SearchArgs),
    /// List the contacts.
    Contacts(cmd_guide::ContactsArgs),
    /// Look up words from official letters.
    Glossary(cmd_guide::GlossaryArgs),
    /// Check the content.
    #[command(subcommand)]
    Content(cmd_guide::ContentCmd),
}

fn main() {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = match &cli.command {
        Command::Guide(cmd) => cmd_guide::run_guide(cmd, &mut out),
        Command::Search(args) => cmd_guide::run_search(args, &mut out),
        Command::Contacts(args) => cmd_guide::run_contacts(args, &mut out),
        Command::Glossary(args) => cmd_guide::run_glossary(args, &mut out),
        Command::Content(cmd) => cmd_guide::run_content(cmd, &mut out),
    };
    let _ = out.flush();
    if let Err(err) = result {
        eprintln!("passage: {err}");
        std::process::exit(err.exit_code());
    }
}
