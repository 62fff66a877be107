//! `passage demo`: a short, realistic story in a temporary vault, printed
//! step by step. Needs no arguments and leaves nothing behind.

use passage_core::attachments::{Attachments, ImportOptions};
use passage_core::checklist::{Checklist, ItemEdit, ItemStatus, Location, OriginalLocation, Stage};
use passage_core::interview::{
    ApproxDate, ChronologyEntry, EventKind, Interview, InterviewProfile,
};
use passage_core::sensitive::UserText;
use passage_core::vault::{Vault, VaultOptions};
use passage_core::Error;
use secrecy::SecretString;

fn step(n: &mut u32, text: &str) {
    *n += 1;
    println!("\n[{n}] {text}");
}

pub fn run() -> Result<(), Error> {
    let tmp = tempfile::tempdir().map_err(|_| Error::Io {
        reason: "cannot create a temporary folder".into(),
    })?;
    let dir = tmp.path().join("vault");
    let pass = SecretString::from("demo passphrase: sunflower river 42");
    let mut n = 0;

    println!(
        "Passage demo: everything below happens in a temporary vault that is deleted at the end."
    );

    step(&mut n, "Amina creates her vault with a passphrase.");
    // The demo uses the real KDF settings so the timings are honest.
    let started = std::time::Instant::now();
    let (vault, recovery) = Vault::create(&dir, &pass, VaultOptions::default())?;
    println!(
        "    vault created in {} ms; recovery phrase has {} words (shown once to the user)",
        started.elapsed().as_millis(),
        recovery.expose().split(' ').count()
    );

    step(&mut n, "She locks the app; the key is wiped from memory.");
    vault.lock();
    println!("    unlocked: {}", vault.is_unlocked());

    step(&mut n, "Someone tries a wrong passphrase.");
    match vault.unlock(&SecretString::from("guess 12345678")) {
        Err(e) => println!("    refused: {e}"),
        Ok(()) => println!("    UNEXPECTED: opened"),
    }

    step(
        &mut n,
        "Amina opens it with her recovery phrase, as if she had forgotten the passphrase.",
    );
    vault.unlock(&SecretString::from(recovery.expose().to_string()))?;
    let status = vault.status()?;
    println!(
        "    unlocked: {}; keyslots: {}",
        !status.locked,
        status
            .slots
            .iter()
            .map(|s| format!("{:?}", s.kind).to_lowercase())
            .collect::<Vec<_>>()
            .join(", ")
    );
    demo_journal(&vault, &mut n)?;
    demo_documents_and_interview(&vault)?;
    demo_backup_share_summary(&vault, tmp.path())?;
    println!("\nDemo finished; the temporary vault is deleted.");
    Ok(())
}

/// The journal part of the story: Amina records her procedure and the
/// core tells her what follows from it. The demo's "today" is fixed so the
/// story reads the same every time.
fn demo_journal(vault: &Vault, n: &mut u32) -> Result<(), Error> {
    use passage_core::deadlines::{DeadlineOptions, DecisionOutcome, EventKind};
    use passage_core::journal::{self, EventDate, JournalInput};
    use passage_core::sensitive::UserText;

    let date = |s: &str| journal::parse_date(s, "date");
    let today = date("2026-03-13")?;
    step(
        n,
        "Amina records her procedure in the journal (today is Friday 13 March 2026).",
    );
    let events = [
        (
            EventKind::Arrival,
            "2026-01-05",
            "Arrived in Brussels by bus.",
        ),
        (EventKind::ApplicationMade, "2026-01-07", ""),
        (
            EventKind::ApplicationLodged,
            "2026-01-12",
            "Annex 26 received; procedure language: French.",
        ),
        (EventKind::OrangeCard, "2026-01-20", ""),
        (
            EventKind::CgrsInvitation,
            "2026-02-16",
            "Invitation for 12 March, 09:00.",
        ),
    ];
    for (kind, d, note) in events {
        let mut input = JournalInput::new(kind, EventDate::day(date(d)?));
        input.note = UserText::new(note);
        journal::add(vault, input, today)?;
    }
    let mut interview = JournalInput::new(
        EventKind::PersonalInterview,
        EventDate::parse("2026-03-12T09:00", "date")?,
    );
    interview.recorded = Some(false);
    interview.present = vec![
        passage_core::journal::Presence::Interpreter,
        passage_core::journal::Presence::Lawyer,
    ];
    journal::add(vault, interview, today)?;
    for e in journal::timeline(vault)? {
        println!("    {:<16}  {}", e.value.date, e.value.kind.label());
    }

    step(n, "Where is she now, and what comes next?");
    let next = journal::where_am_i(vault, today, DeadlineOptions::default())?;
    println!("    stage: {}", next.stage.id());
    for d in &next.open_deadlines {
        println!("    deadline {}: {}", d.deadline.effective_due, d.title);
        for line in d.deadline.explanation.english_lines() {
            println!("        · {line}");
        }
    }
    println!("    read now: {}", next.read_now.join(", "));

    step(
        n,
        "She asks for the copy of the notes the same day: the deadline is met.",
    );
    journal::add(
        vault,
        JournalInput::new(EventKind::NotesCopyRequested, EventDate::day(today)),
        today,
    )?;
    let views = journal::deadlines(vault, today, DeadlineOptions::default())?;
    if let Some(v) = views.iter().find(|v| v.rule_id == "notes-copy-request") {
        println!("    notes-copy request: {:?}", v.status);
    }

    step(
        n,
        "In May the CGRS refuses; the letter came by registered post and gives a date.",
    );
    let later = date("2026-05-11")?;
    let mut decision =
        JournalInput::new(EventKind::CgrsDecision, EventDate::day(date("2026-05-04")?));
    decision.outcome = Some(DecisionOutcome::Refusal);
    decision.registered_letter = true;
    decision.official_deadline = Some(date("2026-06-08")?);
    journal::add(vault, decision, later)?;
    let views = journal::deadlines(vault, later, DeadlineOptions::default())?;
    if let Some(v) = views.iter().find(|v| v.rule_id == "call-appeal") {
        println!(
            "    appeal at the CALL: computed {}, on the letter {} -> use {}",
            v.deadline.due,
            v.deadline
                .official
                .map(|d| d.to_string())
                .unwrap_or_default(),
            v.deadline.effective_due
        );
        for line in v.deadline.explanation.english_lines() {
            println!("        · {line}");
        }
    }
    let reminders = passage_core::deadlines::reminder_schedule(
        &views,
        &journal::deadline_inputs(&journal::timeline(vault)?),
        later.and_hms_opt(0, 0, 0).unwrap_or_default(),
        &passage_core::deadlines::ReminderSettings::default(),
    );
    println!("    lock-screen reminders (neutral by default):");
    for r in reminders.iter().take(4) {
        println!("        {}  {}", r.at.format("%Y-%m-%d %H:%M"), r.text);
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Documents and interview (checklist, attachments, interview preparation).
// Kept apart from the journal part of the story on purpose.

fn part(title: &str) {
    part_of("documents & interview", title);
}

fn part_of(chapter: &str, title: &str) {
    println!("\n[{chapter}] {title}");
}

/// A tiny but real PNG (1x1 pixel), to show an attachment end to end.
const TINY_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

fn entry(date: &str, kind: EventKind, title: &str, place: &str) -> Result<ChronologyEntry, Error> {
    let mut e = ChronologyEntry::new(Some(date.parse::<ApproxDate>()?), UserText::new(title));
    e.kind = kind;
    e.place = UserText::new(place);
    Ok(e)
}

/// The documents and interview part of the demo, on an unlocked vault.
pub fn demo_documents_and_interview(vault: &Vault) -> Result<(), Error> {
    let checklist = Checklist::new(vault);
    part("Amina opens her document checklist. Suggestions while she waits for the interview:");
    let suggested = checklist.suggested_items(Stage::BeforeInterview)?;
    for t in suggested.iter().take(5) {
        println!("    - {} ({})", t.title, t.id);
    }
    println!("    ... {} suggestions in all", suggested.len());

    part("She adds her passport (handed in at the CGRS) and the annex 26, with a photo of it.");
    let passport = checklist.add_from_template("passport")?;
    checklist.edit(
        &passport,
        ItemEdit {
            status: Some(ItemStatus::HandedIn),
            location: Some(OriginalLocation {
                place: Location::WithCgrs,
                since: "2026-10-02".parse().ok(),
                detail: UserText::default(),
            }),
            ..ItemEdit::default()
        },
    )?;
    let annex = checklist.add_from_template("annex-26")?;
    checklist.set_status(&annex, ItemStatus::HaveOriginal)?;
    let attachments = Attachments::new(vault);
    let photo = attachments.import_bytes(
        UserText::new("annex26-photo.png"),
        TINY_PNG,
        ImportOptions {
            item: Some(annex),
            progress: None,
        },
    )?;
    let info = attachments.get(&photo)?;
    println!(
        "    attachment {}: {} bytes, {} (sniffed), encrypted with its own key",
        info.id, info.size, info.media_type
    );
    let on_disk: Vec<String> = std::fs::read_dir(vault.attachments_dir())
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    println!("    files in attachments/: {on_disk:?} (random names, no file name, no content)");
    attachments.verify(&photo)?;
    println!("    verify: every chunk and the checksum are correct");

    part("A birth certificate she cannot get: she writes why, to explain at the interview.");
    let birth = checklist.add_from_template("birth-certificate")?;
    checklist.edit(
        &birth,
        ItemEdit {
            status: Some(ItemStatus::NotAvailable),
            why_not_available: Some(UserText::new("The town hall was destroyed.")),
            ..ItemEdit::default()
        },
    )?;
    let progress = checklist.progress()?;
    for s in progress.sections.iter().filter(|s| s.counts.total > 0) {
        println!(
            "    {}: {} of {} done ({}%)",
            s.section.title(),
            s.counts.done,
            s.counts.total,
            s.counts.percent_done
        );
    }

    part("She writes her chronology; the check finds dates that disagree.");
    let interview = Interview::new(vault);
    interview.set_profile(&InterviewProfile {
        date_of_birth: Some("1998-03-14".parse()?),
        ..InterviewProfile::default()
    })?;
    interview.add_event(entry(
        "2022-11",
        EventKind::Event,
        "First arrest of my brother",
        "Kabul",
    )?)?;
    interview.add_event(entry(
        "2023-05-02",
        EventKind::LeftCountry,
        "I left home",
        "Kabul",
    )?)?;
    let arrived = interview.add_event(entry(
        "2023-04-20",
        EventKind::ArrivedBelgium,
        "Arrival in Brussels",
        "Brussels",
    )?)?;
    for f in interview.check()? {
        println!("    finding {}: {}", f.kind, f.explanation);
        println!(
            "      entries: {} and {}",
            f.entry,
            f.other.as_deref().unwrap_or("-")
        );
    }
    interview.update_event(
        &arrived,
        entry(
            "2023-05-20",
            EventKind::ArrivedBelgium,
            "Arrival in Brussels",
            "Brussels",
        )?,
    )?;
    println!(
        "    after she corrects the arrival date: {} finding(s)",
        interview.check()?.len()
    );
    Ok(())
}

/// Issue 8's story: a backup for a lost phone, a share with the lawyer
/// (only what Amina picks) and the printable summary.
fn demo_backup_share_summary(vault: &Vault, tmp: &std::path::Path) -> Result<(), Error> {
    use passage_core::archive::{generate_identity, Protection, Secret};
    use passage_core::backup::{self, RestoreOptions};
    use passage_core::case::{self, CaseSelection};
    use passage_core::i18n::Language;
    use passage_core::journal;
    use passage_core::share::{self, ShareTarget};
    use passage_core::summary;

    let today = journal::parse_date("2026-03-13", "date")?;
    part_of(
        "backup & sharing",
        "Amina saves a backup to a USB stick, locked with its own passphrase.",
    );
    let backup_pass = SecretString::from("usb stick: blue lantern 7");
    let backup_file = tmp.join("passage-backup.age");
    let report = backup::create_file(
        vault,
        &backup_file,
        &Protection::passphrase(backup_pass.clone()),
        None,
    )?;
    let size = std::fs::metadata(&backup_file)
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "    {} records and {} attachment(s) ({} bytes) in one encrypted file of {size} bytes",
        report.records, report.attachments, report.bytes
    );
    part_of(
        "backup & sharing",
        "Her phone is stolen. On a new phone she restores the backup.",
    );
    let file = std::fs::File::open(&backup_file).map_err(|e| Error::Io {
        reason: format!("opening the backup: {}", e.kind()),
    })?;
    let (restored, _recovery) = backup::restore_new(
        std::io::BufReader::new(file),
        &Secret::Passphrase(backup_pass),
        &tmp.join("new-phone"),
        &SecretString::from("new phone passphrase: quiet harbour"),
        RestoreOptions::default(),
    )?;
    let counts = |v: &Vault| -> Result<usize, Error> { Ok(v.status()?.records.values().sum()) };
    println!(
        "    records on the old phone: {}, on the new phone: {}",
        counts(vault)?,
        counts(&restored)?
    );

    part_of(
        "backup & sharing",
        "She shares two journal events and her passport with her lawyer's age key.",
    );
    let lawyer = generate_identity();
    let events: Vec<_> = journal::timeline(vault)?
        .into_iter()
        .take(2)
        .map(|e| e.id)
        .collect();
    let documents: Vec<_> = passage_core::checklist::Checklist::new(vault)
        .list()?
        .into_iter()
        .take(1)
        .map(|i| i.id)
        .collect();
    let selection = CaseSelection::only(events, documents);
    let share_file = tmp.join("for-my-lawyer.age");
    let receipt = share::create_file(
        vault,
        &selection,
        &ShareTarget::Recipient(lawyer.to_public().to_string()),
        UserText::new("Maître Dupont"),
        &share_file,
    )?;
    println!(
        "    shared {} events and {} documents; the share log now has {} entry",
        receipt.counts.events,
        receipt.counts.documents,
        share::share_log(vault)?.len()
    );
    let file = std::fs::File::open(&share_file).map_err(|e| Error::Io {
        reason: format!("opening the shared file: {}", e.kind()),
    })?;
    let opened = share::open(
        std::io::BufReader::new(file),
        &Secret::Identity(lawyer),
        None,
    )?;
    println!(
        "    the lawyer opens it with her key: {} events, {} documents, nothing else",
        opened.extract.events.len(),
        opened.extract.documents.len()
    );

    part_of(
        "backup & sharing",
        "She prints a summary for her social worker: in Arabic, then in French.",
    );
    let extract = case::extract(vault, &CaseSelection::everything(), today)?;
    let html = summary::render(&extract, Language::Ar, Language::Fr, today)?;
    let summary_file = tmp.join("summary.html");
    summary::write_file(&summary_file, &html)?;
    println!(
        "    {} bytes of HTML for A4, right-to-left first part: {}",
        html.len(),
        html.contains("dir=\"rtl\"")
    );
    Ok(())
}
