//! `passage checklist [templates | suggest | add | set | list | trash | restore]`.

use crate::secrets;
use clap::Subcommand;
use passage_core::checklist::{
    templates, Checklist, ChecklistItem, ItemEdit, ItemId, ItemStatus, Location, OriginalLocation,
    Section, Situation, Stage, Template,
};
use passage_core::sensitive::UserText;
use passage_core::vault::{Stored, Vault};
use passage_core::Error;
use serde::Serialize;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum ChecklistCommand {
    /// Show the template items (all, or those for a stage and situations).
    Templates {
        /// registration | before-interview | after-interview | appeal |
        /// refugee-status | subsidiary-protection
        #[arg(long)]
        stage: Option<String>,
        /// lgbtqia | children | brussels | family-reunification (repeatable)
        #[arg(long)]
        situation: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Template items for a stage that are not on your checklist yet.
    Suggest {
        #[arg(long)]
        stage: String,
        #[arg(long)]
        situation: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Add a template item by id, or your own item with --custom.
    Add {
        /// A template id (see `checklist templates`).
        template: Option<String>,
        /// Your own title (`-` reads it from standard input).
        #[arg(long, conflicts_with = "template")]
        custom: Option<String>,
        /// Section of a custom item: identity | origin-route | reasons |
        /// procedure | after-recognition
        #[arg(long, default_value = "identity")]
        section: String,
    },
    /// Change an item. Text values may be `-` to read standard input, which
    /// is safer than the command line (other programs can see arguments).
    Set {
        id: String,
        /// needed | have-original | have-copy | handed-in | returned | not-available
        #[arg(long)]
        status: Option<String>,
        /// with-me | with-my-lawyer | with-cgrs | with-immigration-office | lost | other
        #[arg(long)]
        location: Option<String>,
        /// Since when the original is there (YYYY-MM-DD).
        #[arg(long, requires = "location")]
        since: Option<String>,
        #[arg(long)]
        note: Option<String>,
        /// Why the document is not available (to explain at the interview).
        #[arg(long)]
        why_not: Option<String>,
        #[arg(long)]
        title: Option<String>,
    },
    /// Your checklist with progress per section.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Move an item to the trash.
    Trash { id: String },
    /// Bring an item back from the trash.
    Restore { id: String },
}

/// Opens and unlocks the vault in `dir` (passphrase from the prompt or
/// `PASSAGE_PASSPHRASE`).
pub(crate) fn open_unlocked(dir: &Path) -> Result<Vault, Error> {
    let vault = Vault::open(dir, secrets::vault_options()?)?;
    vault.unlock(&secrets::passphrase()?)?;
    Ok(vault)
}

/// A text argument; `-` reads all of standard input instead.
pub(crate) fn text_arg(value: &str) -> Result<UserText, Error> {
    if value != "-" {
        return Ok(UserText::new(value));
    }
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|_| Error::invalid("text", "standard input is not readable UTF-8 text"))?;
    Ok(UserText::new(s.trim_end_matches('\n').to_string()))
}

pub(crate) fn print_json(value: &impl Serialize) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value).map_err(|_| Error::Io {
        reason: "JSON encoding".into(),
    })?;
    println!("{text}");
    Ok(())
}

pub(crate) fn parse_date(field: &str, value: &str) -> Result<chrono::NaiveDate, Error> {
    chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, "must be a date YYYY-MM-DD"))
}

fn situations(values: &[String]) -> Result<Vec<Situation>, Error> {
    values.iter().map(|s| s.parse()).collect()
}

fn print_templates(list: &[&Template], json: bool) -> Result<(), Error> {
    if json {
        return print_json(&list);
    }
    for section in Section::ALL {
        let items: Vec<_> = list.iter().filter(|t| t.section == *section).collect();
        if items.is_empty() {
            continue;
        }
        println!("{}", section.title());
        for t in items {
            println!("  {:<32} {}", t.id, t.title);
            println!("  {:<32} {}", "", t.why);
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct ItemJson<'a> {
    id: String,
    template: Option<&'a str>,
    section: Section,
    title: &'a str,
    status: ItemStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    since: Option<chrono::NaiveDate>,
    note: &'a str,
    why_not_available: &'a str,
    attachments: &'a [String],
    journal_events: &'a [String],
    created: chrono::DateTime<chrono::Utc>,
    updated: chrono::DateTime<chrono::Utc>,
}

fn item_json(s: &Stored<ChecklistItem>) -> ItemJson<'_> {
    let v = &s.value;
    ItemJson {
        id: s.id.to_string(),
        template: v.template.as_deref(),
        section: v.section,
        title: v.title("en"),
        status: v.status,
        location: v.location.as_ref().map(|l| l.place),
        since: v.location.as_ref().and_then(|l| l.since),
        note: v.note.as_str(),
        why_not_available: v.why_not_available.as_str(),
        attachments: &v.attachments,
        journal_events: &v.journal_events,
        created: s.created,
        updated: s.updated,
    }
}

fn list(vault: &Vault, json: bool) -> Result<(), Error> {
    let c = Checklist::new(vault);
    let items = c.list()?;
    let progress = c.progress()?;
    if json {
        #[derive(Serialize)]
        struct Out<'a> {
            items: Vec<ItemJson<'a>>,
            progress: &'a passage_core::checklist::ChecklistProgress,
        }
        return print_json(&Out {
            items: items.iter().map(item_json).collect(),
            progress: &progress,
        });
    }
    for sp in &progress.sections {
        let in_section: Vec<_> = items
            .iter()
            .filter(|s| s.value.section == sp.section)
            .collect();
        if in_section.is_empty() {
            continue;
        }
        println!(
            "{} ({} of {} done, {}%)",
            sp.section.title(),
            sp.counts.done,
            sp.counts.total,
            sp.counts.percent_done
        );
        for s in in_section {
            let v = &s.value;
            let place = v
                .location
                .as_ref()
                .map(|l| match l.since {
                    Some(d) => format!(" [{} since {d}]", l.place),
                    None => format!(" [{}]", l.place),
                })
                .unwrap_or_default();
            let files = if v.attachments.is_empty() {
                String::new()
            } else {
                format!(" ({} attachment(s))", v.attachments.len())
            };
            println!(
                "  {}  {:<14} {}{place}{files}",
                s.id,
                v.status,
                v.title("en")
            );
        }
    }
    println!(
        "Overall: {} of {} done ({}%)",
        progress.overall.done, progress.overall.total, progress.overall.percent_done
    );
    Ok(())
}

/// Runs one command; `vault` is `--vault DIR` (needed by every command that
/// reads or writes the vault).
pub fn run(vault_dir: &Option<PathBuf>, cmd: Option<ChecklistCommand>) -> Result<(), Error> {
    let cmd = cmd.unwrap_or(ChecklistCommand::List { json: false });
    if let ChecklistCommand::Templates {
        stage,
        situation,
        json,
    } = &cmd
    {
        // Templates are public content: no vault needed.
        let all = templates()?;
        let list: Vec<&Template> = match stage {
            Some(s) => {
                let stage: Stage = s.parse()?;
                let sits = situations(situation)?;
                all.iter().filter(|t| t.applies(stage, &sits)).collect()
            }
            None => all.iter().collect(),
        };
        return print_templates(&list, *json);
    }
    let vault = open_unlocked(&crate::vault_dir(vault_dir)?)?;
    let c = Checklist::new(&vault);
    match cmd {
        ChecklistCommand::Templates { .. } => Ok(()),
        ChecklistCommand::Suggest {
            stage,
            situation,
            json,
        } => {
            let list = c.suggested_items_for(stage.parse()?, &situations(&situation)?)?;
            print_templates(&list, json)
        }
        ChecklistCommand::Add {
            template,
            custom,
            section,
        } => {
            let id = match (template, custom) {
                (Some(t), None) => c.add_from_template(&t)?,
                (None, Some(title)) => c.add_custom(section.parse()?, text_arg(&title)?)?,
                _ => {
                    return Err(Error::invalid(
                        "add",
                        "give a template id or --custom TITLE",
                    ))
                }
            };
            println!("{id}");
            Ok(())
        }
        ChecklistCommand::Set {
            id,
            status,
            location,
            since,
            note,
            why_not,
            title,
        } => {
            let id: ItemId = id.parse()?;
            // One transaction: bad input changes nothing.
            let status: Option<ItemStatus> = status.map(|s| s.parse()).transpose()?;
            let location: Option<Location> = location.map(|s| s.parse()).transpose()?;
            let since = since.map(|s| parse_date("since", &s)).transpose()?;
            let edit = ItemEdit {
                status,
                location: location.map(|place| OriginalLocation {
                    place,
                    since,
                    detail: UserText::default(),
                }),
                custom_title: title.map(|t| text_arg(&t)).transpose()?,
                note: note.map(|t| text_arg(&t)).transpose()?,
                why_not_available: why_not.map(|t| text_arg(&t)).transpose()?,
                section: None,
            };
            c.edit(&id, edit)
        }
        ChecklistCommand::List { json } => list(&vault, json),
        ChecklistCommand::Trash { id } => c.trash(&id.parse()?),
        ChecklistCommand::Restore { id } => c.restore(&id.parse()?),
    }
}
