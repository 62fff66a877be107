//! `passage interview [notes | chronology | questions | answer | check |
//! profile | correction | letter | day]`.
//!
//! Text values may be `-` to read standard input, which is safer than the
//! command line (other programs of the same user can read arguments).

use crate::cmd_checklist::{open_unlocked, parse_date, print_json, text_arg};
use clap::Subcommand;
use passage_core::interview::{
    ApproxDate, ChronologyEntry, CorrectionKind, Interview, LetterLanguage, LetterRequest,
    NotesCorrection, Topic,
};
use passage_core::sensitive::UserText;
use passage_core::Error;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum NotesAction {
    /// Add a note to a topic, in your own words.
    Add {
        /// who-you-are | where-you-come-from | life-there | journey |
        /// documents | why-you-left | why-you-cannot-return
        #[arg(long)]
        topic: String,
        text: String,
    },
}

#[derive(Subcommand)]
pub enum ChronologyAction {
    /// Add a life event.
    Add {
        /// 2019, 2019-05 or 2019-05-14; ~ in front for "about".
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        title: String,
        /// event | left-country | arrived-belgium | travel
        #[arg(long, default_value = "event")]
        kind: String,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        people: Option<String>,
        /// What happened.
        #[arg(long)]
        what: Option<String>,
        /// How old you were.
        #[arg(long)]
        age: Option<u32>,
        /// The id of an entry this one happened after.
        #[arg(long)]
        after: Option<String>,
        /// The id of an entry that is the same event.
        #[arg(long)]
        same_as: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum InterviewCommand {
    /// Your notes per topic (or `notes add`).
    Notes {
        #[command(subcommand)]
        action: Option<NotesAction>,
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Your chronology (or `chronology add`).
    Chronology {
        #[command(subcommand)]
        action: Option<ChronologyAction>,
        #[arg(long)]
        json: bool,
    },
    /// Practice questions per topic.
    Questions {
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Save your answer to a practice question.
    Answer {
        question: String,
        text: String,
        #[arg(long)]
        practised: bool,
    },
    /// Check the chronology for dates that disagree.
    Check {
        #[arg(long)]
        json: bool,
    },
    /// Set your name, CGRS reference, date of birth, procedure language.
    Profile {
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        reference: Option<String>,
        /// 1998, 1998-03 or 1998-03-14 (~ for about).
        #[arg(long)]
        born: Option<String>,
        /// nl | fr
        #[arg(long)]
        language: Option<String>,
    },
    /// Add a correction or addition to the interview notes.
    Correction {
        #[arg(long)]
        page: u32,
        #[arg(long)]
        paragraph: Option<u32>,
        /// correction | addition
        #[arg(long, default_value = "correction")]
        kind: String,
        /// What the notes say there.
        #[arg(long)]
        notes_say: Option<String>,
        text: String,
    },
    /// Print the letter of comments on the notes (nl or fr).
    Letter {
        /// nl | fr (default: the profile's procedure language)
        #[arg(long)]
        lang: Option<String>,
        /// Date on the letter (default today).
        #[arg(long)]
        date: Option<String>,
        /// Last day to send it.
        #[arg(long)]
        deadline: Option<String>,
        #[arg(long)]
        interview_date: Option<String>,
        /// Print HTML instead of plain text.
        #[arg(long)]
        html: bool,
    },
    /// The checklist for the interview day (--tick / --untick an item id).
    Day {
        #[arg(long)]
        tick: Vec<String>,
        #[arg(long)]
        untick: Vec<String>,
        #[arg(long)]
        json: bool,
    },
}

fn opt_text(v: Option<String>) -> Result<UserText, Error> {
    Ok(v.map(|t| text_arg(&t)).transpose()?.unwrap_or_default())
}

fn approx(field: &str, v: &str) -> Result<ApproxDate, Error> {
    v.parse::<ApproxDate>().map_err(|_| {
        Error::invalid(
            field,
            "must look like 2019, 2019-05 or 2019-05-14 (~ for about)",
        )
    })
}

/// Runs one command; `vault` is `--vault DIR` (needed by every command that
/// reads or writes the vault).
pub fn run(vault_dir: &Option<PathBuf>, cmd: InterviewCommand) -> Result<(), Error> {
    if let InterviewCommand::Questions { topic, json } = &cmd {
        // Public content: no vault needed.
        let topic: Option<Topic> = topic.as_deref().map(str::parse).transpose()?;
        let list: Vec<_> = passage_core::interview::practice_questions()?
            .iter()
            .filter(|q| topic.is_none_or(|t| q.topic == t))
            .collect();
        if *json {
            return print_json(&list);
        }
        for t in Topic::ALL {
            let qs: Vec<_> = list.iter().filter(|q| q.topic == *t).collect();
            if !qs.is_empty() {
                println!("{}", t.title());
                for q in qs {
                    println!("  {:<12} {}", q.id, q.question);
                }
            }
        }
        return Ok(());
    }
    let vault = open_unlocked(&crate::vault_dir(vault_dir)?)?;
    let iv = Interview::new(&vault);
    match cmd {
        InterviewCommand::Questions { .. } => Ok(()),
        InterviewCommand::Notes {
            action: Some(NotesAction::Add { topic, text }),
            ..
        } => {
            println!("{}", iv.add_note(topic.parse()?, text_arg(&text)?)?);
            Ok(())
        }
        InterviewCommand::Notes {
            action: None,
            topic,
            json,
        } => {
            let topic: Option<Topic> = topic.as_deref().map(str::parse).transpose()?;
            let notes = iv.notes(topic)?;
            if json {
                #[derive(Serialize)]
                struct N<'a> {
                    id: String,
                    topic: Topic,
                    text: &'a str,
                }
                let out: Vec<N<'_>> = notes
                    .iter()
                    .map(|n| N {
                        id: n.id.to_string(),
                        topic: n.value.topic,
                        text: n.value.text.as_str(),
                    })
                    .collect();
                return print_json(&out);
            }
            for n in &notes {
                println!(
                    "[{}] {}  {}",
                    n.value.topic.title(),
                    n.id,
                    n.value.text.as_str()
                );
            }
            Ok(())
        }
        InterviewCommand::Chronology {
            action:
                Some(ChronologyAction::Add {
                    date,
                    title,
                    kind,
                    place,
                    people,
                    what,
                    age,
                    after,
                    same_as,
                }),
            ..
        } => {
            let mut e = ChronologyEntry::new(
                date.map(|d| approx("date", &d)).transpose()?,
                text_arg(&title)?,
            );
            e.kind = kind.parse()?;
            e.place = opt_text(place)?;
            e.people = opt_text(people)?;
            e.what_happened = opt_text(what)?;
            e.age = age;
            e.after = after;
            e.same_event_as = same_as;
            println!("{}", iv.add_event(e)?);
            Ok(())
        }
        InterviewCommand::Chronology { action: None, json } => {
            let events = iv.events()?;
            if json {
                #[derive(Serialize)]
                struct E<'a> {
                    id: String,
                    #[serde(flatten)]
                    entry: &'a ChronologyEntry,
                }
                let out: Vec<E<'_>> = events
                    .iter()
                    .map(|e| E {
                        id: e.id.to_string(),
                        entry: &e.value,
                    })
                    .collect();
                return print_json(&out);
            }
            for e in &events {
                let v = &e.value;
                let date = v
                    .date
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "(no date)".into());
                let place = if v.place.is_blank() {
                    String::new()
                } else {
                    format!(" @ {}", v.place.as_str())
                };
                println!(
                    "{}  {:<12} {:<15} {}{place}",
                    e.id,
                    date,
                    v.kind,
                    v.title.as_str()
                );
            }
            Ok(())
        }
        InterviewCommand::Answer {
            question,
            text,
            practised,
        } => {
            iv.save_answer(&question, text_arg(&text)?, practised)?;
            Ok(())
        }
        InterviewCommand::Check { json } => {
            let findings = iv.check()?;
            if json {
                return print_json(&findings);
            }
            if findings.is_empty() {
                println!(
                    "No dates that disagree were found. (This says nothing about what is true.)"
                );
            }
            for f in &findings {
                match &f.other {
                    Some(o) => println!("{}: {} and {}\n    {}", f.kind, f.entry, o, f.explanation),
                    None => println!("{}: {}\n    {}", f.kind, f.entry, f.explanation),
                }
            }
            Ok(())
        }
        InterviewCommand::Profile {
            name,
            reference,
            born,
            language,
        } => {
            let mut p = iv.profile()?;
            if let Some(n) = name {
                p.name = text_arg(&n)?;
            }
            if let Some(r) = reference {
                p.cgrs_reference = text_arg(&r)?;
            }
            if let Some(b) = born {
                p.date_of_birth = Some(approx("born", &b)?);
            }
            if let Some(l) = language {
                p.procedure_language = Some(l.parse()?);
            }
            iv.set_profile(&p)
        }
        InterviewCommand::Correction {
            page,
            paragraph,
            kind,
            notes_say,
            text,
        } => {
            let kind: CorrectionKind = kind.parse()?;
            let id = iv.add_correction(&NotesCorrection {
                page,
                paragraph,
                kind,
                notes_say: opt_text(notes_say)?,
                text: text_arg(&text)?,
            })?;
            println!("{id}");
            Ok(())
        }
        InterviewCommand::Letter {
            lang,
            date,
            deadline,
            interview_date,
            html,
        } => {
            let language: LetterLanguage = match lang {
                Some(l) => l.parse()?,
                None => iv.profile()?.procedure_language.ok_or_else(|| {
                    Error::invalid("--lang", "give nl or fr (or set the profile's language)")
                })?,
            };
            let date = match date {
                Some(d) => parse_date("date", &d)?,
                None => vault.clock().now().date_naive(),
            };
            let letter = iv.comments_letter(LetterRequest {
                language,
                date,
                deadline: deadline.map(|d| parse_date("deadline", &d)).transpose()?,
                interview_date: interview_date
                    .map(|d| parse_date("interview-date", &d))
                    .transpose()?,
                name: None,
                cgrs_reference: None,
            })?;
            if html {
                print!("{}", letter.html.as_str());
            } else {
                print!("{}", letter.text.as_str());
            }
            if letter.status == "machine-drafted" {
                eprintln!("passage: the fixed text of this letter was drafted by a machine; ask your lawyer to check it.");
            }
            match (letter.late, letter.days_left) {
                (true, _) => {
                    eprintln!("passage: warning: the date of the letter is after the deadline.")
                }
                (false, Some(d)) => eprintln!("passage: {d} day(s) left until the deadline."),
                _ => {}
            }
            Ok(())
        }
        InterviewCommand::Day { tick, untick, json } => {
            for id in &tick {
                iv.set_day_item(id, true)?;
            }
            for id in &untick {
                iv.set_day_item(id, false)?;
            }
            let items = iv.day_checklist()?;
            if json {
                #[derive(Serialize)]
                struct D<'a> {
                    id: &'a str,
                    title: &'a str,
                    why: &'a str,
                    done: bool,
                }
                let out: Vec<D<'_>> = items
                    .iter()
                    .map(|(i, done)| D {
                        id: i.id,
                        title: i.title,
                        why: i.why,
                        done: *done,
                    })
                    .collect();
                return print_json(&out);
            }
            for (i, done) in items {
                println!(
                    "[{}] {:<22} {}",
                    if done { "x" } else { " " },
                    i.id,
                    i.title
                );
            }
            Ok(())
        }
    }
}
