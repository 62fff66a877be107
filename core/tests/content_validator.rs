//! Runs the content validator (the code `core/build.rs` runs) on broken
//! fixtures and checks that it reports exactly the expected problems.
//!
//! Each case in `fixtures/content-broken/<case>/` is an overlay on
//! `fixtures/content-valid/`: its files replace or add files, its
//! `_remove.txt` lists files to delete, and `expected.txt` lists every
//! diagnostic the validator must report, one per line, nothing more.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use passage_core::guide::validator;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The valid fixture with `case` applied, in a temporary folder.
fn build_case(case: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join("content-valid"), dir.path());
    for entry in fs::read_dir(case).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name == "expected.txt" || name == "_remove.txt" {
            continue;
        }
        let target = dir.path().join(&*name);
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
    if let Ok(list) = fs::read_to_string(case.join("_remove.txt")) {
        for path in list.lines().filter(|l| !l.trim().is_empty()) {
            fs::remove_file(dir.path().join(path.trim())).unwrap();
        }
    }
    dir
}

fn errors_of(content: &Path) -> Vec<String> {
    let seeds = fixtures().join("seeds");
    let validated = validator::validate(content, Some(&seeds));
    validated
        .report
        .errors
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_valid_fixture_has_no_errors() {
    let errors = errors_of(&fixtures().join("content-valid"));
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn every_broken_fixture_reports_exactly_its_expected_errors() {
    let mut cases: Vec<PathBuf> = fs::read_dir(fixtures().join("content-broken"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let content = build_case(case);
        let mut found = errors_of(content.path());
        found.sort();
        let mut expected: Vec<String> = fs::read_to_string(case.join("expected.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        expected.sort();
        if found != expected {
            failures.push(format!(
                "{}:\n  expected {expected:#?}\n  found {found:#?}",
                case.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_seed_check_is_skipped_without_a_seeds_folder() {
    let case = fixtures().join("content-broken/unknown-seed");
    let content = build_case(&case);
    let validated = validator::validate(content.path(), None);
    assert!(validated.report.is_ok(), "{:?}", validated.report.errors);
}

#[test]
fn the_real_content_passes_at_run_time_too() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    let seeds = seeds.is_dir().then_some(seeds);
    let validated = validator::validate(&root, seeds.as_deref());
    assert!(validated.report.is_ok(), "{:#?}", validated.report.errors);
    assert!(validated.report.files_read > 20);
}

#[test]
fn a_missing_content_folder_is_one_clear_error_per_required_part() {
    let dir = tempfile::tempdir().unwrap();
    let errors = errors_of(dir.path());
    assert_eq!(
        errors,
        vec![
            "content/guide:1: missing folder content/guide/".to_string(),
            "content/i18n/en:1: missing folder content/i18n/en/ with the English UI strings"
                .to_string(),
        ]
    );
}
