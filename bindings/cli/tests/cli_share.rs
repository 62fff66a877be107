//! `passage summary` and `passage share create | open | log` through the
//! real binary: a vault filled with the CLI, a summary file, a share to an
//! age key and one to a one-time passphrase, opened without a vault.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use passage_core::archive::{generate_identity, identity_file_text};
use std::path::PathBuf;
use std::process::{Command, Output};

const PASS: &str = "test passphrase 123";

struct Env {
    tmp: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            tmp: tempfile::tempdir().unwrap(),
        }
    }

    fn vault(&self) -> PathBuf {
        self.tmp.path().join("vault")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    fn run(&self, args: &[&str], vars: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_passage"));
        cmd.args(args)
            .env_clear()
            .env("PASSAGE_KDF_LOG_N", "4")
            .env("PASSAGE_TODAY", "2026-12-01")
            .env("HOME", self.tmp.path().join("home"));
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    /// Runs a vault command with the passphrase; returns stdout, or panics.
    fn ok(&self, args: &[&str]) -> String {
        let vault = self.vault();
        let mut full = vec!["--vault", vault.to_str().unwrap()];
        full.extend_from_slice(args);
        let out = self.run(&full, &[("PASSAGE_PASSPHRASE", PASS)]);
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    fn fail(&self, args: &[&str]) -> (i32, String) {
        let vault = self.vault();
        let mut full = vec!["--vault", vault.to_str().unwrap()];
        full.extend_from_slice(args);
        let out = self.run(&full, &[("PASSAGE_PASSPHRASE", PASS)]);
        assert!(!out.status.success(), "{args:?} should fail");
        (out.status.code().unwrap(), text(&out.stderr))
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A small case: three events, one document with a scan.
fn fill(env: &Env) -> (Vec<String>, String) {
    env.ok(&["init"]);
    let mut events = Vec::new();
    for (kind, date, note) in [
        ("application-made", "2026-03-03", "EVENT-NOTE-ONE"),
        ("personal-interview", "2026-10-14T09:30", "EVENT-NOTE-TWO"),
        (
            "cgrs-decision",
            "2026-11-24",
            "EVENT-NOTE-THREE <b>bold</b>",
        ),
    ] {
        let mut args = vec![
            "journal", "add", "--kind", kind, "--date", date, "--note", note,
        ];
        if kind == "cgrs-decision" {
            args.extend(["--outcome", "refusal"]);
        }
        events.push(env.ok(&args).trim().to_string());
    }
    let passport = env.ok(&["checklist", "add", "passport"]).trim().to_string();
    env.ok(&[
        "checklist",
        "set",
        &passport,
        "--status",
        "handed-in",
        "--location",
        "with-cgrs",
        "--since",
        "2026-10-14",
        "--note",
        "DOC-NOTE-PASSPORT",
    ]);
    let scan = env.path("passport-scan.pdf");
    std::fs::write(&scan, b"%PDF-1.4 scan bytes SCAN-CONTENT-MARKER").unwrap();
    env.ok(&["attach", "add", scan.to_str().unwrap(), "--item", &passport]);
    (events, passport)
}

#[test]
fn summary_command_writes_a_self_contained_html_file() {
    let env = Env::new();
    fill(&env);
    let out = env.path("summary.html");
    let stdout = env.ok(&[
        "summary",
        "--lang",
        "ar",
        "--procedure-lang",
        "fr",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(stdout.contains("NOT encrypted"), "{stdout}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("lang=\"fr\" dir=\"ltr\""));
    assert!(html.contains("EVENT-NOTE-THREE &lt;b&gt;bold&lt;/b&gt;"));
    assert!(html.contains("DOC-NOTE-PASSPORT"));
    assert!(!html.contains("<script"));
    // A summary written again replaces the file; no temporary file stays.
    env.ok(&["summary", "--lang", "en", "--out", out.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("Samenvatting van het dossier"));
    let names: Vec<String> = std::fs::read_dir(env.tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".part")), "{names:?}");
    // Only Dutch or French as the procedure language.
    let (code, err) = env.fail(&[
        "summary",
        "--lang",
        "en",
        "--procedure-lang",
        "en",
        "--out",
        "x.html",
    ]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("procedure language"), "{err}");
}

#[test]
fn share_to_a_key_opens_on_the_lawyers_laptop_and_is_logged() {
    let env = Env::new();
    let (events, passport) = fill(&env);
    // The lawyer makes a key pair and sends the public key.
    let key_file = env.path("lawyer.key");
    let keygen = env.run(&["age", "keygen", "--out", key_file.to_str().unwrap()], &[]);
    assert!(keygen.status.success(), "{}", text(&keygen.stderr));
    let recipient = text(&keygen.stdout).trim().to_string();
    assert!(recipient.starts_with("age1"), "{recipient}");
    let shared = env.path("for-lawyer.age");

    // Nothing selected: refused, no file.
    let (code, err) = env.fail(&[
        "share",
        "create",
        "--out",
        shared.to_str().unwrap(),
        "--recipient",
        &recipient,
        "--to",
        "Maître Dupont",
    ]);
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("nothing selected"), "{err}");
    assert!(!shared.exists());

    let selected = format!("{},{}", events[0], events[2]);
    let stdout = env.ok(&[
        "share",
        "create",
        "--out",
        shared.to_str().unwrap(),
        "--recipient",
        &recipient,
        "--to",
        "Maître Dupont",
        "--events",
        &selected,
        "--documents",
        &passport,
        "--attachments",
    ]);
    assert!(stdout.contains("events: 2,"), "{stdout}");
    assert!(stdout.contains("attachments: 1,"), "{stdout}");
    let raw = std::fs::read(&shared).unwrap();
    for marker in [
        "EVENT-NOTE",
        "DOC-NOTE",
        "SCAN-CONTENT",
        "Dupont",
        "passport-scan",
    ] {
        assert!(
            !raw.windows(marker.len()).any(|w| w == marker.as_bytes()),
            "{marker}"
        );
    }
    // The file exists already: a second share to it is refused.
    let (code, _) = env.fail(&[
        "share",
        "create",
        "--out",
        shared.to_str().unwrap(),
        "--recipient",
        &recipient,
        "--to",
        "X",
        "--questions",
    ]);
    assert_eq!(code, 5);

    // The lawyer's laptop: no vault, no passphrase, just the key.
    let saved = env.path("saved");
    std::fs::create_dir(&saved).unwrap();
    let html = env.path("shared.html");
    let out = env.run(
        &[
            "share",
            "open",
            shared.to_str().unwrap(),
            "--identity",
            key_file.to_str().unwrap(),
            "--save-attachments",
            saved.to_str().unwrap(),
            "--html",
            html.to_str().unwrap(),
            "--lang",
            "en",
        ],
        &[],
    );
    let shown = text(&out.stdout);
    assert!(out.status.success(), "{shown}{}", text(&out.stderr));
    assert!(
        shown.contains("EVENT-NOTE-ONE") && shown.contains("EVENT-NOTE-THREE"),
        "{shown}"
    );
    assert!(
        !shown.contains("EVENT-NOTE-TWO"),
        "an unselected event is shown:\n{shown}"
    );
    assert!(shown.contains("Decision of the CGRS: Refusal"), "{shown}");
    assert!(
        shown.contains("Appeal to the Council for Alien Law Litigation"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "Passport  [Handed in to an authority]  original: At the CGRS, since 14 October 2026"
        ),
        "{shown}"
    );
    assert!(shown.contains("passport-scan.pdf"), "{shown}");
    assert_eq!(
        std::fs::read(saved.join("passport-scan.pdf")).unwrap(),
        b"%PDF-1.4 scan bytes SCAN-CONTENT-MARKER"
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("EVENT-NOTE-ONE") && !page.contains("EVENT-NOTE-TWO"));

    // Another key: wrong passphrase (exit 3), nothing saved.
    let other = env.path("other.key");
    std::fs::write(
        &other,
        identity_file_text(&generate_identity(), chrono::Utc::now()).as_str(),
    )
    .unwrap();
    let saved2 = env.path("saved2");
    std::fs::create_dir(&saved2).unwrap();
    let out = env.run(
        &[
            "share",
            "open",
            shared.to_str().unwrap(),
            "--identity",
            other.to_str().unwrap(),
            "--save-attachments",
            saved2.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_dir(&saved2).unwrap().count(), 0);

    let log = env.ok(&["share", "log"]);
    assert!(log.contains("with Maître Dupont"), "{log}");
    assert!(log.contains(&format!("key {recipient}")), "{log}");
    assert!(log.contains(&format!("events: {selected}")), "{log}");
    assert!(log.contains(&format!("documents: {passport}")), "{log}");
}

#[test]
fn share_to_a_one_time_passphrase_is_shown_once_and_opens_with_it() {
    let env = Env::new();
    let (events, _) = fill(&env);
    let shared = env.path("share.age");
    let stdout = env.ok(&[
        "share",
        "create",
        "--out",
        shared.to_str().unwrap(),
        "--one-time-passphrase",
        "--to",
        "Social worker",
        "--events",
        &events[1],
        "--questions",
    ]);
    let words = stdout
        .lines()
        .skip_while(|l| !l.starts_with("One-time passphrase"))
        .nth(1)
        .unwrap()
        .trim()
        .to_string();
    assert_eq!(words.split(' ').count(), 6, "{stdout}");
    let open = |pass: &str| {
        env.run(
            &["share", "open", shared.to_str().unwrap()],
            &[("PASSAGE_SHARE_PASSPHRASE", pass)],
        )
    };
    let wrong = open("these are not the words");
    assert_eq!(wrong.status.code(), Some(3), "{}", text(&wrong.stderr));
    let right = open(&words);
    assert!(right.status.success(), "{}", text(&right.stderr));
    let shown = text(&right.stdout);
    assert!(
        shown.contains("EVENT-NOTE-TWO") && !shown.contains("EVENT-NOTE-ONE"),
        "{shown}"
    );
    assert!(shown.contains("Questions for the lawyer (0)"), "{shown}");
    assert!(
        !env.ok(&["share", "log"]).contains(&words),
        "the passphrase is never stored"
    );
}
