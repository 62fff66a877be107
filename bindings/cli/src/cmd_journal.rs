//! `passage journal ...`, `passage deadlines`, `passage reminders`,
//! `passage next`: the procedure journal and what follows from it.

use crate::cmd_vault::open_unlocked;
use clap::{Args, Subcommand};
use passage_core::clock::{brussels_today, SystemClock};
use passage_core::deadlines::{
    reminder_schedule, DeadlineOptions, DeadlineStatus, DeadlineView, DecisionOutcome, EventKind,
    ReminderSettings,
};
use passage_core::journal::{self, EventDate, EventId, JournalInput, Presence};
use passage_core::sensitive::UserText;
use passage_core::Error;
use serde_json::json;
use std::path::Path;

#[derive(Subcommand)]
pub enum JournalCmd {
    /// Add an event to the journal.
    Add(EventArgs),
    /// Show the timeline (or the trash).
    List {
        #[arg(long)]
        json: bool,
        /// Show the events in the trash instead.
        #[arg(long)]
        trash: bool,
    },
    /// Change an event: the options given replace the stored values.
    Edit {
        id: String,
        #[command(flatten)]
        args: EditArgs,
    },
    /// Move an event to the trash (restorable).
    Delete { id: String },
    /// Bring an event back from the trash.
    Restore { id: String },
    /// List the event kinds this journal knows.
    Kinds {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
pub struct EventArgs {
    /// Event kind (see `passage journal kinds`).
    #[arg(long)]
    kind: String,
    /// YYYY-MM-DD or YYYY-MM-DDTHH:MM (Belgian time).
    #[arg(long)]
    date: String,
    #[command(flatten)]
    details: Details,
}

#[derive(Args)]
pub struct EditArgs {
    #[arg(long)]
    kind: Option<String>,
    #[arg(long)]
    date: Option<String>,
    #[command(flatten)]
    details: Details,
}

#[derive(Args)]
pub struct Details {
    /// Your note (stored encrypted).
    #[arg(long)]
    note: Option<String>,
    /// The deadline printed on the letter (YYYY-MM-DD). It always prevails.
    #[arg(long)]
    official_deadline: Option<String>,
    /// For a CGRS decision: refugee-status, subsidiary-protection, refusal,
    /// inadmissible or manifestly-unfounded.
    #[arg(long)]
    outcome: Option<String>,
    /// The letter came by registered post (the date is the posting date).
    #[arg(long)]
    registered_letter: bool,
    /// For an interview: yes or no.
    #[arg(long)]
    recorded: Option<String>,
    /// Who was there (repeatable): interpreter, lawyer, trusted-person, social-worker.
    #[arg(long)]
    present: Vec<String>,
}

/// Today in Belgium, or `PASSAGE_TODAY` (YYYY-MM-DD) for scripts and tests.
pub fn today() -> Result<chrono::NaiveDate, Error> {
    match std::env::var("PASSAGE_TODAY") {
        Ok(t) => journal::parse_date(&t, "PASSAGE_TODAY"),
        Err(_) => Ok(brussels_today(&SystemClock)),
    }
}

fn parse_kind(text: &str) -> Result<EventKind, Error> {
    text.parse().map_err(Error::from)
}

fn parse_outcome(text: &str) -> Result<DecisionOutcome, Error> {
    text.parse().map_err(Error::from)
}

fn apply_details(input: &mut JournalInput, d: Details) -> Result<(), Error> {
    if let Some(note) = d.note {
        input.note = UserText::new(note);
    }
    if let Some(od) = d.official_deadline {
        input.official_deadline = Some(journal::parse_date(&od, "official deadline")?);
    }
    if let Some(o) = d.outcome {
        input.outcome = Some(parse_outcome(&o)?);
    }
    if d.registered_letter {
        input.registered_letter = true;
    }
    if let Some(r) = d.recorded {
        input.recorded = Some(match r.as_str() {
            "yes" => true,
            "no" => false,
            _ => return Err(Error::invalid("recorded", "answer yes or no")),
        });
    }
    if !d.present.is_empty() {
        input.present = d
            .present
            .iter()
            .map(|p| Presence::parse(p))
            .collect::<Result<_, _>>()?;
    }
    Ok(())
}

fn parse_id(text: &str) -> Result<EventId, Error> {
    text.parse()
}

pub fn run(dir: &Path, cmd: JournalCmd) -> Result<(), Error> {
    let today = today()?;
    // Parse everything before asking for the passphrase.
    let vault = open_unlocked(dir)?;
    match cmd {
        JournalCmd::Add(a) => {
            let mut input =
                JournalInput::new(parse_kind(&a.kind)?, EventDate::parse(&a.date, "date")?);
            apply_details(&mut input, a.details)?;
            let id = journal::add(&vault, input, today)?;
            println!("{id}");
        }
        JournalCmd::List { json, trash } => {
            let events = if trash {
                journal::trash(&vault)?
            } else {
                journal::timeline(&vault)?
            };
            print_events(&events, json);
        }
        JournalCmd::Edit { id, args } => {
            let id = parse_id(&id)?;
            let old = journal::get(&vault, &id)?.value;
            let mut input = JournalInput {
                kind: old.kind,
                outcome: old.outcome,
                date: old.date,
                note: old.note,
                official_deadline: old.official_deadline,
                registered_letter: old.registered_letter,
                recorded: old.recorded,
                present: old.present,
                checklist_items: old.checklist_items,
            };
            if let Some(k) = args.kind {
                input.kind = parse_kind(&k)?;
            }
            if let Some(d) = args.date {
                input.date = EventDate::parse(&d, "date")?;
            }
            apply_details(&mut input, args.details)?;
            journal::edit(&vault, &id, input, today)?;
            println!("Changed {id}");
        }
        JournalCmd::Delete { id } => {
            journal::delete(&vault, &parse_id(&id)?)?;
            println!("Moved to the trash. Undo with: passage journal restore {id}");
        }
        JournalCmd::Restore { id } => {
            journal::restore(&vault, &parse_id(&id)?)?;
            println!("Restored {id}");
        }
        JournalCmd::Kinds { .. } => {}
    }
    Ok(())
}

pub fn kinds(json: bool) -> Result<(), Error> {
    if json {
        let list: Vec<_> = EventKind::all()
            .iter()
            .map(|k| json!({"id": k.to_string(), "label": k.label()}))
            .collect();
        println!("{}", serde_json::Value::Array(list));
    } else {
        for k in EventKind::all() {
            println!("{:<36} {}", k.to_string(), k.label());
        }
    }
    Ok(())
}

fn print_events(events: &[passage_core::vault::Stored<journal::JournalEvent>], json: bool) {
    if json {
        let list: Vec<_> = events
            .iter()
            .map(|e| {
                json!({
                    "id": e.id.to_string(),
                    "kind": e.value.kind.to_string(),
                    "outcome": e.value.outcome.map(|o| o.to_string()),
                    "date": e.value.date.to_string(),
                    "note": e.value.note.as_str(),
                    "official_deadline": e.value.official_deadline.map(|d| d.to_string()),
                    "registered_letter": e.value.registered_letter,
                    "recorded": e.value.recorded,
                    "present": e.value.present.iter().map(|p| p.label().to_string()).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(list));
        return;
    }
    if events.is_empty() {
        println!("(no events)");
    }
    for e in events {
        let mut line = format!("{}  {:<16}  {}", e.id, e.value.date, e.value.kind.label());
        if let Some(o) = e.value.outcome {
            line.push_str(&format!(" ({})", o));
        }
        if let Some(d) = e.value.official_deadline {
            line.push_str(&format!("  [deadline on letter: {d}]"));
        }
        println!("{line}");
        if !e.value.note.is_blank() {
            println!("    {}", e.value.note.as_str());
        }
    }
}

#[derive(Args)]
pub struct DeadlinesArgs {
    #[arg(long)]
    json: bool,
    /// Days before a deadline it counts as "due soon".
    #[arg(long, default_value_t = passage_core::deadlines::DEFAULT_DUE_SOON_DAYS)]
    due_soon_days: u32,
    /// Also show met, passed and not-applicable deadlines.
    #[arg(long)]
    all: bool,
}

#[derive(Args)]
pub struct RemindersArgs {
    #[arg(long)]
    json: bool,
    /// Show what each reminder is about (the lock-screen default is neutral).
    #[arg(long)]
    detailed: bool,
}

#[derive(Args)]
pub struct NextArgs {
    #[arg(long)]
    json: bool,
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    serde_json::to_string_pretty(value).map_err(|_| Error::Io {
        reason: "JSON encoding".into(),
    })
}

fn status_text(status: &DeadlineStatus) -> String {
    match status {
        DeadlineStatus::Upcoming { days_left } => format!("upcoming, {days_left} days left"),
        DeadlineStatus::DueSoon { days_left } => format!("DUE SOON, {days_left} days left"),
        DeadlineStatus::DueToday => "DUE TODAY".into(),
        DeadlineStatus::Overdue { days_late } => format!("OVERDUE by {days_late} days"),
        DeadlineStatus::Passed => "passed".into(),
        DeadlineStatus::Met { on, late } => {
            format!("done on {on}{}", if *late { " (late)" } else { "" })
        }
        DeadlineStatus::NotApplicable { .. } => "does not apply".into(),
    }
}

/// Prints one deadline with its explanation, as a person reads it.
pub fn print_deadline(d: &DeadlineView) {
    let c = &d.deadline;
    println!("{}  —  {}", c.effective_due, d.title);
    println!("    status: {}", status_text(&d.status));
    if let Some(official) = c.official {
        println!("    date on your letter: {official} (this date counts)");
    }
    for line in c.explanation.english_lines() {
        println!("    · {line}");
    }
}

pub fn run_deadlines(dir: &Path, args: &DeadlinesArgs) -> Result<(), Error> {
    let today = today()?;
    let vault = open_unlocked(dir)?;
    let options = DeadlineOptions {
        due_soon_days: args.due_soon_days,
        ..DeadlineOptions::default()
    };
    let mut views = journal::deadlines(&vault, today, options)?;
    views.sort_by_key(|d| d.deadline.effective_due);
    if !args.all {
        views.retain(|d| {
            !matches!(
                d.status,
                DeadlineStatus::Met { .. }
                    | DeadlineStatus::NotApplicable { .. }
                    | DeadlineStatus::Passed
            )
        });
    }
    if args.json {
        println!("{}", to_json(&views)?);
        return Ok(());
    }
    if views.is_empty() {
        println!("No open deadlines.");
    }
    for d in &views {
        print_deadline(d);
        println!();
    }
    println!("A computed date is a suggestion. The date printed on your letter always counts.");
    Ok(())
}

pub fn run_reminders(dir: &Path, args: &RemindersArgs) -> Result<(), Error> {
    let today = today()?;
    let vault = open_unlocked(dir)?;
    let events = journal::timeline(&vault)?;
    let inputs = journal::deadline_inputs(&events);
    let views =
        passage_core::deadlines::deadlines_for_events(&inputs, today, DeadlineOptions::default())?;
    let settings = ReminderSettings {
        detailed: args.detailed,
        ..ReminderSettings::default()
    };
    let now = today
        .and_hms_opt(0, 0, 0)
        .ok_or_else(|| Error::invalid("today", "out of range"))?;
    let reminders = reminder_schedule(&views, &inputs, now, &settings);
    if args.json {
        println!("{}", to_json(&reminders)?);
        return Ok(());
    }
    if reminders.is_empty() {
        println!("No reminders planned.");
    }
    for r in &reminders {
        println!("{}  {}", r.at.format("%Y-%m-%d %H:%M"), r.text);
    }
    Ok(())
}

pub fn run_next(dir: &Path, args: &NextArgs) -> Result<(), Error> {
    let today = today()?;
    let vault = open_unlocked(dir)?;
    let next = journal::where_am_i(&vault, today, DeadlineOptions::default())?;
    if args.json {
        println!("{}", to_json(&next)?);
        return Ok(());
    }
    println!("Where you are now: {}", next.stage.id());
    if next.prepare_interview {
        println!("Prepare your interview: passage interview notes / questions / check");
    }
    println!("\nNext deadlines:");
    if next.open_deadlines.is_empty() {
        println!("    none");
    }
    for d in next.open_deadlines.iter().take(5) {
        println!(
            "    {}  {} ({})",
            d.deadline.effective_due,
            d.title,
            status_text(&d.status)
        );
    }
    println!("\nRead now: {}", next.read_now.join(", "));
    if !next.documents_to_gather.is_empty() {
        println!(
            "Documents to gather: {}",
            next.documents_to_gather.join(", ")
        );
    }
    Ok(())
}
