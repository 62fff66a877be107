//! `passage share create | open | log`: share part of the case with a
//! lawyer or social worker, open such a file (no vault needed), and list
//! what was shared with whom.

use crate::cmd_guide::{reader_chain, LangArg};
use crate::cmd_vault::open_unlocked;
use crate::secrets;
use clap::{ArgGroup, Args, Subcommand};
use passage_core::archive::Secret;
use passage_core::case::{CaseExtract, CaseSelection, Pick};
use passage_core::i18n::{format_date, Language, LanguageChain, Messages};
use passage_core::journal::EventId;
use passage_core::sensitive::UserText;
use passage_core::share::{self, ShareCounts, ShareProtection, ShareTarget, SharedCase};
use passage_core::summary;
use passage_core::vault::RecordId;
use passage_core::Error;
use secrecy::ExposeSecret;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum ShareCommand {
    /// Make an encrypted file with the parts you choose (nothing by default).
    Create(CreateArgs),
    /// Open a shared file and show what is inside (no vault needed).
    Open(OpenArgs),
    /// What you shared, with whom and when.
    Log,
}

#[derive(Args)]
#[command(group(ArgGroup::new("target").required(true).args(["recipient", "one_time_passphrase"])))]
pub struct CreateArgs {
    /// The new file (it must not exist yet).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// The lawyer's age public key (age1...).
    #[arg(long, value_name = "age1...")]
    recipient: Option<String>,
    /// Protect the file with a passphrase made now, shown once: tell it in person.
    #[arg(long)]
    one_time_passphrase: bool,
    /// Who it is for, for your share log ("Maître Dupont").
    #[arg(long, value_name = "NAME")]
    to: String,
    /// Journal event ids to share (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "ID,...")]
    events: Vec<String>,
    /// Checklist item ids to share (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "ID,...")]
    documents: Vec<String>,
    /// Also the photos, scans and PDFs of the shared documents.
    #[arg(long)]
    attachments: bool,
    /// Also the chronology of life events.
    #[arg(long)]
    chronology: bool,
    /// Also the questions for the lawyer.
    #[arg(long)]
    questions: bool,
}

#[derive(Args)]
pub struct OpenArgs {
    /// The shared file.
    file: PathBuf,
    /// An age identity file (AGE-SECRET-KEY-1...). Without it, the
    /// passphrase is asked (or read from PASSAGE_SHARE_PASSPHRASE).
    #[arg(long, value_name = "KEYFILE")]
    identity: Option<PathBuf>,
    /// Save the attachments in this folder (existing files are kept).
    #[arg(long, value_name = "DIR")]
    save_attachments: Option<PathBuf>,
    /// Write the printable summary of what is inside to this HTML file.
    #[arg(long, value_name = "OUT.html")]
    html: Option<PathBuf>,
    #[command(flatten)]
    lang: LangArg,
    /// For --html: the procedure language, nl (default) or fr.
    #[arg(long, value_name = "nl|fr", default_value = "nl")]
    procedure_lang: String,
}

fn ids<T>(texts: &[String]) -> Result<Vec<RecordId<T>>, Error> {
    texts
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| t.trim().parse())
        .collect()
}

pub fn run(vault: &Option<PathBuf>, cmd: ShareCommand) -> Result<(), Error> {
    match cmd {
        ShareCommand::Create(a) => create(&crate::vault_dir(vault)?, a),
        ShareCommand::Open(a) => open(a),
        ShareCommand::Log => log(&crate::vault_dir(vault)?),
    }
}

fn counts_text(c: &ShareCounts) -> String {
    format!(
        "events: {}, open deadlines: {}, documents: {}, attachments: {}, life events: {}, questions: {}",
        c.events, c.deadlines, c.documents, c.attachments, c.chronology, c.lawyer_questions
    )
}

fn create(dir: &Path, a: CreateArgs) -> Result<(), Error> {
    let events: Vec<EventId> = ids(&a.events)?;
    let selection = CaseSelection {
        events: Pick::Only(events),
        documents: Pick::Only(ids(&a.documents)?),
        attachments: a.attachments,
        chronology: a.chronology,
        lawyer_questions: a.questions,
    };
    if selection.is_empty() {
        return Err(Error::invalid("selection", "nothing selected"));
    }
    let target = match a.recipient {
        Some(r) => ShareTarget::Recipient(r),
        None => ShareTarget::OneTimePassphrase,
    };
    if a.out.symlink_metadata().is_ok() {
        return Err(Error::AlreadyExists {
            what: "a file at --out".into(),
        });
    }
    let vault = open_unlocked(dir)?;
    let receipt = share::create_file(&vault, &selection, &target, UserText::new(a.to), &a.out)?;
    vault.lock();
    println!("Shared: {}", counts_text(&receipt.counts));
    println!("File: {}", a.out.display());
    println!("Share id: {}", receipt.id);
    if let Some(words) = receipt.one_time_passphrase {
        println!("One-time passphrase (tell it in person; it is shown only now):");
        println!("  {}", words.expose_secret());
    }
    Ok(())
}

fn open(a: OpenArgs) -> Result<(), Error> {
    let procedure: Language = a.procedure_lang.parse()?;
    summary::check_procedure_language(procedure)?;
    let user = reader_chain(&a.lang)?.primary();
    let secret = match &a.identity {
        Some(path) => Secret::identity_file(path)?,
        None => Secret::Passphrase(secrets::read_secret(
            "PASSAGE_SHARE_PASSPHRASE",
            "Passphrase of the shared file: ",
        )?),
    };
    let file = File::open(&a.file).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::not_found("the shared file"),
        _ => Error::Io {
            reason: format!("reading the shared file: {}", e.kind()),
        },
    })?;
    let shared = share::open(
        std::io::BufReader::new(file),
        &secret,
        a.save_attachments.as_deref(),
    )?;
    let mut out = std::io::stdout().lock();
    print_shared(&shared, &mut out).map_err(|e| Error::Io {
        reason: format!("writing to the terminal: {}", e.kind()),
    })?;
    if let Some(html_path) = &a.html {
        let today = shared.extract.today;
        let html = summary::render(&shared.extract, user, procedure, today)?;
        summary::write_file(html_path, &html)?;
        println!(
            "Wrote the summary to {} (not encrypted).",
            html_path.display()
        );
    }
    Ok(())
}

fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

fn print_shared(s: &SharedCase, out: &mut impl Write) -> std::io::Result<()> {
    let en = LanguageChain::from(Language::En);
    let m = Messages::embedded();
    let t = |id: &str| plain(&m.text(&en, id));
    let d = |x: chrono::NaiveDate| format_date(x, Language::En);
    let x: &CaseExtract = &s.extract;
    writeln!(
        out,
        "Shared case {} (made {}, deadlines as of {})",
        s.id,
        s.created_at.format("%Y-%m-%d %H:%M UTC"),
        d(x.today)
    )?;
    writeln!(out, "\nTimeline ({})", x.events.len())?;
    for e in &x.events {
        let mut what = t(&e.kind.message_id());
        if let Some(o) = e.outcome {
            what = format!("{what}: {}", t(&o.message_id()));
        }
        writeln!(out, "  {}  {}", e.date, what)?;
        if let Some(od) = e.official_deadline {
            writeln!(out, "      Date on the letter: {}", d(od))?;
        }
        if !e.note.is_blank() {
            writeln!(out, "      Note: {}", e.note.as_str())?;
        }
    }
    writeln!(out, "\nOpen deadlines ({})", x.deadlines.len())?;
    for dl in &x.deadlines {
        writeln!(
            out,
            "  {}: last day {} ({})",
            t(&format!("deadline-rule-{}", dl.rule_id)),
            d(dl.effective_due),
            plain(&summary::message_text(&dl.status, Language::En))
        )?;
        for step in &dl.explanation {
            writeln!(
                out,
                "      - {}",
                plain(&summary::message_text(step, Language::En))
            )?;
        }
    }
    writeln!(out, "\nDocuments ({})", x.documents.len())?;
    for doc in &x.documents {
        let (title, _) = doc.title("en");
        let place = match &doc.location {
            Some(l) => {
                let mut p = t(&format!("summary-location-{}", l.place.id()));
                if let Some(since) = l.since {
                    p = format!("{p}, since {}", d(since));
                }
                p
            }
            None => t("summary-location-unknown"),
        };
        writeln!(
            out,
            "  {}  [{}]  original: {}",
            title,
            t(&format!("summary-status-{}", doc.status.id())),
            place
        )?;
        if !doc.note.is_blank() {
            writeln!(out, "      Note: {}", doc.note.as_str())?;
        }
        if !doc.why_not_available.is_blank() {
            writeln!(
                out,
                "      Why not available: {}",
                doc.why_not_available.as_str()
            )?;
        }
    }
    if let Some(ch) = &x.chronology {
        writeln!(out, "\nLife events ({})", ch.len())?;
        for e in ch {
            let date = e
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "date not known".into());
            writeln!(out, "  {}  {}", date, e.title.as_str())?;
        }
    }
    if let Some(q) = &x.lawyer_questions {
        writeln!(out, "\nQuestions for the lawyer ({})", q.len())?;
        for question in q {
            let state = if question.answered {
                "answered"
            } else {
                "open"
            };
            writeln!(out, "  - {} ({state})", question.question.as_str())?;
        }
    }
    writeln!(out, "\nAttachments ({})", s.attachments.len())?;
    for a in &s.attachments {
        match &a.saved_to {
            Some(p) => writeln!(
                out,
                "  {}  {} bytes  saved to {}",
                a.name.as_str(),
                a.size,
                p.display()
            )?,
            None => writeln!(out, "  {}  {} bytes", a.name.as_str(), a.size)?,
        }
    }
    Ok(())
}

fn log(dir: &Path) -> Result<(), Error> {
    let vault = open_unlocked(dir)?;
    let entries = share::share_log(&vault)?;
    if entries.is_empty() {
        println!("Nothing shared yet.");
    }
    for e in entries {
        let v = &e.value;
        let how = match &v.protection {
            ShareProtection::Recipient { recipient } => format!("key {recipient}"),
            ShareProtection::OneTimePassphrase => "one-time passphrase".into(),
        };
        println!(
            "{}  with {}  ({})  share {}",
            v.created_at.format("%Y-%m-%d %H:%M UTC"),
            v.recipient_label.as_str(),
            how,
            v.share_id
        );
        println!("    {}", counts_text(&v.counts));
        if !v.events.is_empty() {
            println!("    events: {}", v.events.join(","));
        }
        if !v.documents.is_empty() {
            println!("    documents: {}", v.documents.join(","));
        }
    }
    Ok(())
}
