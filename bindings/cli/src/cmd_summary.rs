//! `passage summary`: the printable case summary (HTML, A4) of the whole
//! vault, in the reader's language and then in Dutch or French.

use crate::cmd_guide::{reader_chain, LangArg};
use crate::cmd_journal::today;
use crate::cmd_vault::open_unlocked;
use clap::Args;
use passage_core::case::{self, CaseSelection};
use passage_core::i18n::Language;
use passage_core::summary;
use passage_core::Error;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    lang: LangArg,
    /// The language of the procedure: nl (Dutch, default) or fr (French).
    #[arg(long, value_name = "nl|fr", default_value = "nl")]
    procedure_lang: String,
    /// Where to write the HTML file (replaced if it exists).
    #[arg(long, value_name = "FILE.html")]
    out: PathBuf,
}

pub fn run(dir: &Path, args: &SummaryArgs) -> Result<(), Error> {
    // Check everything before asking for the passphrase.
    let user = reader_chain(&args.lang)?.primary();
    let procedure: Language = args.procedure_lang.parse()?;
    summary::check_procedure_language(procedure)?;
    let today = today()?;
    let vault = open_unlocked(dir)?;
    let extract = case::extract(&vault, &CaseSelection::everything(), today)?;
    vault.lock();
    let html = summary::render(&extract, user, procedure, today)?;
    summary::write_file(&args.out, &html)?;
    println!(
        "Wrote the case summary ({} then {}) to {}",
        user.code(),
        procedure.code(),
        args.out.display()
    );
    println!("This file is NOT encrypted: keep it safe and delete it when it is no longer needed.");
    Ok(())
}
