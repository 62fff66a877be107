//! `passage backup create / restore` and `passage age keygen` as a script
//! runs them: secrets from the environment, real files, exit codes.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

const PASS: &str = "test passphrase 123";
const BACKUP_PASS: &str = "backup passphrase 9";

fn run(tmp: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_passage"));
    cmd.args(args)
        .env_clear()
        .env("PASSAGE_KDF_LOG_N", "4")
        .env("HOME", tmp.join("home"));
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok(out: &Output) -> String {
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn backup_restore_merge_and_age_keys_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let vault = t.join("vault");
    let v = vault.to_str().unwrap();
    let secret = [("PASSAGE_PASSPHRASE", PASS)];
    ok(&run(t, &["--vault", v, "init"], &secret));
    ok(&run(
        t,
        &[
            "--vault",
            v,
            "interview",
            "notes",
            "add",
            "--topic",
            "journey",
            "by boat",
        ],
        &secret,
    ));
    let doc = t.join("scan.txt");
    std::fs::write(&doc, b"scanned letter").unwrap();
    ok(&run(
        t,
        &["--vault", v, "attach", "add", doc.to_str().unwrap()],
        &secret,
    ));

    // A passphrase backup, then the same path again is refused.
    let file = t.join("usb").join("b.age");
    std::fs::create_dir(t.join("usb")).unwrap();
    let f = file.to_str().unwrap();
    let both = [
        ("PASSAGE_PASSPHRASE", PASS),
        ("PASSAGE_BACKUP_PASSPHRASE", BACKUP_PASS),
    ];
    let out = ok(&run(
        t,
        &["--vault", v, "backup", "create", "--out", f, "--json"],
        &both,
    ));
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["attachments"], 1);
    assert_eq!(report["records"], 2);
    let again = run(t, &["--vault", v, "backup", "create", "--out", f], &both);
    assert_eq!(again.status.code(), Some(5), "{}", text(&again.stderr));
    // Nothing but the backup in the folder (no temporary file left).
    assert_eq!(std::fs::read_dir(t.join("usb")).unwrap().count(), 1);

    // Restore into a new folder; then merge into the original (no change).
    let new = t.join("new");
    let out = ok(&run(
        t,
        &["backup", "restore", f, "--into", new.to_str().unwrap()],
        &both,
    ));
    assert!(out.contains("Restored 2 records"), "{out}");
    let wrong = run(
        t,
        &[
            "backup",
            "restore",
            f,
            "--into",
            t.join("x").to_str().unwrap(),
        ],
        &[
            ("PASSAGE_PASSPHRASE", PASS),
            ("PASSAGE_BACKUP_PASSPHRASE", "wrong one!"),
        ],
    );
    assert_eq!(wrong.status.code(), Some(3));
    assert!(!t.join("x").exists());
    let out = ok(&run(
        t,
        &["--vault", v, "backup", "restore", f, "--merge", "--json"],
        &both,
    ));
    let merged: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(merged["unchanged"], 2);

    // An age key: keygen prints the public key, the key file is private.
    let key = t.join("lawyer.key");
    let public = ok(&run(
        t,
        &["age", "keygen", "--out", key.to_str().unwrap()],
        &[],
    ));
    let public = public.trim();
    assert!(public.starts_with("age1"), "{public}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let keyed = t.join("k.age");
    ok(&run(
        t,
        &[
            "--vault",
            v,
            "backup",
            "create",
            "--out",
            keyed.to_str().unwrap(),
            "--recipient",
            public,
        ],
        &secret,
    ));
    let out = ok(&run(
        t,
        &[
            "backup",
            "restore",
            keyed.to_str().unwrap(),
            "--into",
            t.join("from-key").to_str().unwrap(),
            "--identity",
            key.to_str().unwrap(),
        ],
        &secret,
    ));
    assert!(out.contains("Restored 2 records"), "{out}");
    let bad = run(
        t,
        &[
            "--vault",
            v,
            "backup",
            "create",
            "--out",
            t.join("y").to_str().unwrap(),
            "--recipient",
            "age1notakey",
        ],
        &secret,
    );
    assert_eq!(bad.status.code(), Some(5));
    assert!(
        text(&bad.stderr).contains("recipient"),
        "{}",
        text(&bad.stderr)
    );
}
