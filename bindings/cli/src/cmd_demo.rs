//! `passage demo`: a short, realistic story in a temporary vault, printed
//! step by step. Needs no arguments and leaves nothing behind.

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
