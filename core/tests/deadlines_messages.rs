//! The English Fluent files and the built-in English rendering agree, and
//! every message id and argument the engine emits exists in the files.
//!
//! This test contains a tiny evaluator for the Fluent subset the files use
//! (placeables `{ $x }` and number selectors `[one]`/`*[other]`). It is
//! test code only; the app's i18n module does the real loading.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use passage_core::calendar::{Holiday, NonWorkingReason};
use passage_core::deadlines::{
    english_date, rules, Arg, Confidence, DecisionOutcome, Detention, EventKind, Message, Step,
};

const DEADLINES_FTL: &str = include_str!("../../content/i18n/en/deadlines.ftl");
const REMINDERS_FTL: &str = include_str!("../../content/i18n/en/reminders.ftl");

/// id -> source of the value (continuation lines joined with '\n').
fn parse_ftl(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            if let Some((id, v)) = current.take() {
                out.insert(id, v);
            }
            continue;
        }
        if line.starts_with(' ') {
            let (_, v) = current.as_mut().expect("continuation without message");
            v.push('\n');
            v.push_str(line.trim());
            continue;
        }
        if let Some((id, v)) = current.take() {
            out.insert(id, v);
        }
        let (id, v) = line.split_once(" =").expect("id = value");
        assert!(!out.contains_key(id.trim()), "duplicate id {id}");
        current = Some((id.trim().to_string(), v.trim().to_string()));
    }
    if let Some((id, v)) = current.take() {
        out.insert(id, v);
    }
    out
}

fn all_messages() -> BTreeMap<String, String> {
    let mut m = parse_ftl(DEADLINES_FTL);
    for (k, v) in parse_ftl(REMINDERS_FTL) {
        assert!(m.insert(k.clone(), v).is_none(), "id {k} in both files");
    }
    m
}

/// Variables used by a message source.
fn variables(src: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = src;
    while let Some(i) = rest.find('$') {
        rest = &rest[i + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        out.insert(rest[..end].to_string());
        rest = &rest[end..];
    }
    out
}

fn format_arg(all: &BTreeMap<String, String>, arg: &Arg) -> String {
    match arg {
        Arg::Text(t) => t.clone(),
        Arg::Number(n) => n.to_string(),
        Arg::Date(d) => english_date(*d),
        Arg::Message(id) => {
            let src = all
                .get(id)
                .unwrap_or_else(|| panic!("missing message {id}"));
            eval(all, src, &[])
        }
    }
}

fn find_close(s: &str) -> usize {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return i,
            '}' => depth -= 1,
            _ => {}
        }
    }
    panic!("unclosed placeable in {s}")
}

fn eval(all: &BTreeMap<String, String>, src: &str, args: &[(String, Arg)]) -> String {
    let get = |name: &str| {
        args.iter()
            .find(|(n, _)| n == name)
            .map(|(_, a)| a)
            .unwrap_or_else(|| panic!("missing arg {name} in {src}"))
    };
    let mut out = String::new();
    let mut rest = src;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let inner_start = &rest[open + 1..];
        let close = find_close(inner_start);
        let inner = inner_start[..close].trim();
        rest = &inner_start[close + 1..];
        if let Some((sel, variants)) = inner.split_once("->") {
            let name = sel.trim().trim_start_matches('$');
            let key = match get(name) {
                Arg::Number(1) => "one".to_string(),
                Arg::Number(_) => "other".to_string(),
                other => format_arg(all, other),
            };
            let mut chosen = None;
            let mut default = None;
            for line in variants.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let is_default = line.starts_with('*');
                let line = line.trim_start_matches('*');
                let (k, v) = line[1..].split_once(']').expect("variant");
                if k == key {
                    chosen = Some(v.trim());
                }
                if is_default {
                    default = Some(v.trim());
                }
            }
            let v = chosen.or(default).expect("default variant");
            out.push_str(&eval(all, v, args));
        } else {
            let name = inner.trim_start_matches('$');
            out.push_str(&format_arg(all, get(name)));
        }
    }
    out.push_str(rest);
    out.trim().to_string()
}

fn check(all: &BTreeMap<String, String>, msg: &Message, english: &str) {
    let src = all
        .get(&msg.id)
        .unwrap_or_else(|| panic!("message {} missing from the .ftl files", msg.id));
    let vars = variables(src);
    let names: BTreeSet<String> = msg.args.iter().map(|(n, _)| n.clone()).collect();
    assert_eq!(vars, names, "arguments of {}", msg.id);
    assert_eq!(eval(all, src, &msg.args), english, "text of {}", msg.id);
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn sample_steps() -> Vec<Step> {
    let a = d(2026, 12, 24);
    let b = d(2026, 12, 29);
    let mut v = vec![
        Step::Trigger {
            event: EventKind::CgrsDecision,
            date: a,
        },
        Step::RegisteredLetter {
            posted: a,
            counted: [a, d(2026, 12, 28), b],
            notified: b,
        },
        Step::RuleSource {
            rule_id: "call-appeal".into(),
            title: rules().unwrap().get("call-appeal").unwrap().title.clone(),
            sources: vec![
                "seed:000_aae23fbdf1bd8042.txt".into(),
                "https://x.example".into(),
            ],
        },
        Step::WorkingDayDefinition,
        Step::MonthEndAdjusted { day: 31, end: b },
        Step::CourtRuleOnly { last_day: a },
        Step::AsSoonAsPossible { suggested: b },
        Step::ComputedDate { date: b },
        Step::RightStarts { date: b },
        Step::AuthorityDeadline,
        Step::ValidUntil { date: b },
        Step::NotBinding,
        Step::Unverified,
        Step::SourcesDisagree,
        Step::OtherReading {
            rule_id: "call-appeal-10".into(),
            title: rules()
                .unwrap()
                .get("call-appeal-10")
                .unwrap()
                .title
                .clone(),
        },
        Step::OutcomeUnknown,
        Step::Validity {
            from: Some(a),
            until: Some(b),
        },
        Step::Validity {
            from: Some(a),
            until: None,
        },
        Step::Validity {
            from: None,
            until: Some(b),
        },
        Step::Validity {
            from: None,
            until: None,
        },
        Step::ApplicationDateUnknown,
        Step::OutsideValidity {
            application_date: a,
        },
        Step::LetterPrevails,
    ];
    for n in [1, 2, 30] {
        v.push(Step::WorkingDays { days: n, start: a });
        v.push(Step::CalendarDays { days: n, start: a });
        v.push(Step::Months {
            months: n,
            start: a,
            end: b,
        });
        v.push(Step::WindowBefore {
            opens_days: 45,
            closes_days: n,
            event_date: b,
            opens: a,
            closes: b,
        });
        v.push(Step::UnverifiedFigure { days: n, date: b });
    }
    for diff in [-3, -1, 0, 1, 5] {
        v.push(Step::OfficialDate {
            date: b,
            difference: diff,
        });
    }
    for level in [Confidence::High, Confidence::Medium, Confidence::Low] {
        v.push(Step::Confidence { level });
    }
    for detention in [Detention::Detained, Detention::NotDetained] {
        v.push(Step::DetentionCondition { detention });
    }
    for holiday in Holiday::all() {
        v.push(Step::HolidaySkipped { date: a, holiday });
    }
    for reason in [
        NonWorkingReason::Saturday,
        NonWorkingReason::Sunday,
        NonWorkingReason::Holiday(Holiday::ChristmasDay),
    ] {
        v.push(Step::LastDayMoved {
            last_day: a,
            reason,
            moved_to: b,
        });
        v.push(Step::WindowEndsOnClosedDay { date: a, reason });
    }
    v
}

#[test]
fn every_step_matches_the_english_ftl() {
    let all = all_messages();
    let mut used = BTreeSet::new();
    for step in sample_steps() {
        let m = step.message();
        check(&all, &m, &step.english());
        used.insert(m.id);
    }
    // Every deadline-step-* message in the file is produced by some step.
    for id in all.keys().filter(|k| k.starts_with("deadline-step-")) {
        assert!(used.contains(id), "{id} is never used");
    }
}

#[test]
fn labels_and_rule_titles_match() {
    let all = all_messages();
    for k in EventKind::all() {
        assert_eq!(
            all.get(&k.message_id()).map(String::as_str),
            Some(k.label()),
            "{k}"
        );
    }
    for o in DecisionOutcome::all() {
        assert_eq!(
            all.get(&o.message_id()).map(String::as_str),
            Some(o.label()),
            "{o}"
        );
    }
    for h in Holiday::all() {
        assert_eq!(all.get(&h.message_id()).map(String::as_str), Some(h.name()));
    }
    let set = rules().unwrap();
    for r in set.all() {
        assert_eq!(
            all.get(&format!("deadline-rule-{}", r.id))
                .map(String::as_str),
            Some(r.title.as_str()),
            "title of {}",
            r.id
        );
    }
    let rule_ids: usize = all
        .keys()
        .filter(|k| k.starts_with("deadline-rule-"))
        .count();
    assert_eq!(rule_ids, set.all().len(), "stale deadline-rule-* messages");
}

#[test]
fn files_start_with_status_line() {
    for f in [DEADLINES_FTL, REMINDERS_FTL] {
        assert_eq!(f.lines().next(), Some("# status: original"));
    }
}

#[test]
fn status_messages_exist_with_their_arguments() {
    use passage_core::deadlines::{DeadlineStatus, NotApplicableReason};
    let all = all_messages();
    let a = d(2026, 1, 5);
    let statuses = [
        DeadlineStatus::Upcoming { days_left: 9 },
        DeadlineStatus::Upcoming { days_left: 1 },
        DeadlineStatus::DueSoon { days_left: 3 },
        DeadlineStatus::DueToday,
        DeadlineStatus::Overdue { days_late: 2 },
        DeadlineStatus::Passed,
        DeadlineStatus::Met { on: a, late: false },
        DeadlineStatus::Met { on: a, late: true },
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::OnlyIfDetained,
        },
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::OnlyIfNotDetained,
        },
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::OutsideValidity {
                application_date: a,
                applies_from: None,
                applies_until: Some(a),
            },
        },
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::CancelledBy {
                event: EventKind::CgrsDecision,
                on: a,
            },
        },
    ];
    for s in statuses {
        let m = s.message();
        let src = all.get(&m.id).unwrap_or_else(|| panic!("missing {}", m.id));
        let names: BTreeSet<String> = m.args.iter().map(|(n, _)| n.clone()).collect();
        assert_eq!(variables(src), names, "{}", m.id);
        assert!(!eval(&all, src, &m.args).is_empty());
    }
}
