//! The rules file: the shipped file is complete and valid; malformed files
//! are rejected with an error naming the line.
#![allow(clippy::unwrap_used)] // test helpers

use chrono::NaiveDate;
use passage_core::deadlines::{
    parse_rules, rules, Confidence, DeadlineError, DeadlineKind, Detention, EventKind, Period,
};

const VALID: &str = "\
# comment
[demo-rule]
title: Demo
table-row: 1
trigger: arrival
kind: act-by
duration: 8
unit: working-days
applies-to: Everyone
source: https://example.org/page
confidence: high
last-verified: 2026-11-23
";

fn line_of(text: &str) -> usize {
    match parse_rules("demo.txt", text) {
        Err(DeadlineError::RulesFile { file, line, .. }) => {
            assert_eq!(file, "demo.txt");
            line
        }
        other => panic!("expected a rules-file error, got {other:?}"),
    }
}

fn message_of(text: &str) -> String {
    parse_rules("demo.txt", text).unwrap_err().to_string()
}

#[test]
fn minimal_file_parses() {
    let set = parse_rules("demo.txt", VALID).unwrap();
    let r = set.get("demo-rule").unwrap();
    assert_eq!(r.period, Period::WorkingDays { days: 8 });
    assert!(r.binding);
    assert!(!r.unverified);
}

#[test]
fn errors_name_the_line() {
    // Unknown key on line 7.
    let t = VALID.replace("duration: 8", "length: 8");
    assert_eq!(line_of(&t), 7);
    assert!(message_of(&t).starts_with("demo.txt:7: unknown key `length`"));
    // Bad unit on line 8.
    assert_eq!(line_of(&VALID.replace("working-days", "weeks")), 8);
    // Unknown event kind on line 5; the message lists the valid ids.
    let t = VALID.replace("trigger: arrival", "trigger: arival");
    assert_eq!(line_of(&t), 5);
    assert!(message_of(&t).contains("application-made"));
    // Bad date on line 12.
    assert_eq!(line_of(&VALID.replace("2026-11-23", "23/11/2026")), 12);
    // Missing key: named on the `[id]` line (2).
    let t = VALID.replace("title: Demo\n", "");
    assert_eq!(line_of(&t), 2);
    assert!(message_of(&t).contains("missing the required key `title`"));
    // Missing source.
    assert_eq!(
        line_of(&VALID.replace("source: https://example.org/page\n", "")),
        2
    );
    // Bad source on line 10.
    assert_eq!(
        line_of(&VALID.replace("https://example.org/page", "example.org")),
        10
    );
    // Seed sources must look like the seed files.
    assert_eq!(
        line_of(&VALID.replace("https://example.org/page", "seed:notes.txt")),
        10
    );
    // A key given twice (second one on line 9).
    assert_eq!(
        line_of(&VALID.replace("unit: working-days", "unit: working-days\nunit: months")),
        9
    );
    // A line that is neither a comment, a header nor `key: value`.
    assert_eq!(line_of(&VALID.replace("# comment", "just words")), 1);
    // A key before the first header.
    assert_eq!(line_of(&format!("title: x\n{VALID}")), 1);
    // Duplicate rule id (second header on line 14).
    let twice = format!(
        "{VALID}\n{}",
        VALID
            .replace("# comment\n", "")
            .replace("table-row: 1", "table-row: 2")
    );
    assert_eq!(line_of(&twice), 14);
    // Negative duration needs calendar days.
    assert_eq!(line_of(&VALID.replace("duration: 8", "duration: -8")), 7);
    // Confidence values.
    assert_eq!(
        line_of(&VALID.replace("confidence: high", "confidence: sure")),
        11
    );
    // yes/no values.
    assert_eq!(
        line_of(&VALID.replace("confidence: high", "confidence: high\nbinding: maybe")),
        12
    );
    // Outcomes only with a decision trigger.
    assert_eq!(
        line_of(&VALID.replace("kind: act-by", "outcomes: refusal\nkind: act-by")),
        6
    );
    // Validity period in the wrong order.
    let t = VALID.replace(
        "confidence: high",
        "confidence: high\napplies-from: 2026-06-12\napplies-until: 2026-06-11",
    );
    assert_eq!(line_of(&t), 13);
    // An invalid id.
    assert_eq!(line_of(&VALID.replace("[demo-rule]", "[Demo Rule]")), 2);
}

#[test]
fn error_maps_to_public_corrupt_error_with_file_and_line() {
    let e: passage_core::Error = parse_rules("content/rules/deadlines.txt", "[x]\nbad line\n")
        .unwrap_err()
        .into();
    assert!(matches!(e, passage_core::Error::Corrupt { .. }));
    assert!(
        e.to_string().contains("content/rules/deadlines.txt:2:"),
        "{e}"
    );
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn shipped_file_has_all_26_rows_and_the_required_ids() {
    let set = rules().unwrap();
    let mut rows: Vec<u32> = set.all().iter().map(|r| r.table_row).collect();
    rows.sort_unstable();
    assert_eq!(rows, (1..=26).collect::<Vec<_>>());
    for r in set.all() {
        assert!(!r.sources.is_empty(), "{}", r.id);
        assert!(!r.note.is_empty(), "{}", r.id);
        assert!(!r.applies_to.is_empty(), "{}", r.id);
    }

    let get = |id: &str| set.get(id).unwrap();
    assert_eq!(
        get("make-application").period,
        Period::WorkingDays { days: 8 }
    );
    assert_eq!(get("make-application").trigger, EventKind::Arrival);
    assert_eq!(
        get("lodge-application").period,
        Period::CalendarDays { days: 30 }
    );
    assert_eq!(get("orange-card").period, Period::WorkingDays { days: 8 });
    assert_eq!(get("work-permission").period, Period::Months { months: 4 });
    assert_eq!(get("work-permission").kind, DeadlineKind::RightFrom);
    assert_eq!(
        get("notes-copy-request").period,
        Period::WorkingDays { days: 2 }
    );
    assert_eq!(
        get("notes-copy-request").applies_until,
        Some(d("2026-06-11"))
    );
    assert_eq!(
        get("notes-comments").period,
        Period::WorkingDays { days: 8 }
    );
    assert_eq!(get("call-appeal").period, Period::CalendarDays { days: 30 });
    assert_eq!(
        get("call-appeal-10").period,
        Period::CalendarDays { days: 10 }
    );
    assert!(get("call-appeal-10").sources_disagree);
    assert_eq!(
        get("call-appeal-5").period,
        Period::CalendarDays { days: 5 }
    );
    assert_eq!(
        get("call-appeal-5").outcomes[0].detention,
        Some(Detention::Detained)
    );
    assert_eq!(
        get("council-of-state-appeal").period,
        Period::CalendarDays { days: 30 }
    );
    assert_eq!(
        get("family-reunification-favourable").period,
        Period::Months { months: 6 }
    );

    // Aims are not binding (rows 5, 8, 9).
    for row in [5, 8, 9] {
        let r = set.all().iter().find(|r| r.table_row == row).unwrap();
        assert!(!r.binding, "row {row}");
    }
    // UNVERIFIED in the table (rows 17, 20, 26).
    for row in [17, 20, 26] {
        let r = set.all().iter().find(|r| r.table_row == row).unwrap();
        assert!(r.unverified, "row {row}");
    }
    // Row 20: a window 45 to 30 days before expiry.
    assert_eq!(
        get("residence-card-renewal").period,
        Period::BeforeEvent {
            opens_days_before: 45,
            closes_days_before: 30
        }
    );
    // Row 26: as soon as possible, 15 days unverified, low confidence.
    let r = set.all().iter().find(|r| r.table_row == 26).unwrap();
    assert_eq!(
        r.period,
        Period::AsSoonAsPossible {
            unverified_days: Some(15)
        }
    );
    assert_eq!(r.confidence, Confidence::Low);
}

#[test]
fn unknown_rule_is_not_found_without_echoing_the_id() {
    let e =
        passage_core::deadlines::compute("my-private-words", d("2026-01-05"), Default::default())
            .unwrap_err();
    assert!(matches!(e, passage_core::Error::NotFound { .. }));
    assert!(!e.to_string().contains("my-private-words"));
}
