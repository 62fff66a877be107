//! `passage demo`, the command the README gives to see Passage work: it
//! runs the whole story (vault, journal, documents, interview, backup,
//! sharing, summary) and leaves nothing behind, even when its reader stops
//! early (`passage demo | head`).

#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn demo(tmpdir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_passage"));
    cmd.arg("demo")
        .env("TMPDIR", tmpdir)
        .env_remove("PASSAGE_VAULT")
        .env_remove("PASSAGE_PASSPHRASE");
    cmd
}

fn entries(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn the_demo_tells_the_whole_story_and_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let out = demo(tmp.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The restored phone has as many records as the old one.
    let line = text
        .lines()
        .find(|l| l.contains("records on the old phone"))
        .unwrap_or_else(|| panic!("no restore line in:\n{text}"));
    let numbers: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    assert_eq!(numbers.len(), 2, "{line}");
    assert!(numbers[0] > 0 && numbers[0] == numbers[1], "{line}");
    assert!(
        text.contains("the lawyer opens it with her key: 2 events, 1 documents"),
        "{text}"
    );
    assert!(text.contains("right-to-left first part: true"), "{text}");
    assert!(text.contains("Demo finished"), "{text}");
    assert_eq!(
        entries(tmp.path()),
        Vec::<String>::new(),
        "temporary files left"
    );
}

#[test]
fn a_reader_that_stops_early_ends_the_demo_quietly_and_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let mut child = demo(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is gone (stdout dropped): the next write is a broken pipe.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(first.starts_with("Passage demo"), "{first}");
    assert!(
        out.status.success(),
        "status {:?}, stderr: {stderr}",
        out.status
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        entries(tmp.path()),
        Vec::<String>::new(),
        "temporary vault left"
    );
}
