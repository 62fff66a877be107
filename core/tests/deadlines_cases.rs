//! Hand-computed deadline cases.
//!
//! Every expected date below was computed by hand from a printed calendar
//! (weekdays checked with `date`/a month calendar in the shell), never by
//! running the engine. Belgian holidays used: 2024: 25 Dec Wed. 2025:
//! 1 Jan Wed, Easter Monday 21 Apr, Ascension 29 May, Whit Monday 9 Jun,
//! 21 Jul Mon, 15 Aug Fri, 1 Nov Sat, 11 Nov Tue, 25 Dec Thu. 2026: 1 Jan
//! Thu, 6 Apr, 1 May Fri, 14 May, 25 May, 21 Jul Tue, 15 Aug Sat, 1 Nov Sun,
//! 11 Nov Wed, 25 Dec Fri. 2027: 1 Jan Fri, 29 Mar, 1 May Sat, 6 May,
//! 17 May, 15 Aug Sun, 25 Dec Sat. 2028: 29 Feb exists (leap year).
#![allow(clippy::unwrap_used)] // test helpers

use chrono::NaiveDate;
use passage_core::deadlines::{compute, ComputeOptions, Step};

struct Case {
    rule: &'static str,
    trigger: &'static str,
    registered_letter: bool,
    due: &'static str,
    why: &'static str,
}

const fn c(
    rule: &'static str,
    trigger: &'static str,
    due: &'static str,
    why: &'static str,
) -> Case {
    Case {
        rule,
        trigger,
        registered_letter: false,
        due,
        why,
    }
}

const fn letter(
    rule: &'static str,
    trigger: &'static str,
    due: &'static str,
    why: &'static str,
) -> Case {
    Case {
        rule,
        trigger,
        registered_letter: true,
        due,
        why,
    }
}

const CASES: &[Case] = &[
    // --- Working days ---
    c(
        "make-application",
        "2024-12-23",
        "2025-01-06",
        "8 wd from Mon: skips Christmas (Wed) and New Year (Wed) and two weekends",
    ),
    c(
        "notes-copy-request",
        "2025-04-17",
        "2025-04-22",
        "2 wd from Thu: Fri, then Sat, Sun, Easter Monday skipped, Tue",
    ),
    c(
        "notes-copy-request",
        "2025-05-28",
        "2025-06-02",
        "2 wd from Wed: Ascension Thu skipped, Fri, weekend, Mon",
    ),
    c(
        "notes-copy-request",
        "2025-06-06",
        "2025-06-11",
        "2 wd from Fri: weekend and Whit Monday skipped, Tue, Wed",
    ),
    c(
        "orange-card",
        "2025-07-18",
        "2025-07-31",
        "8 wd from Fri: weekend and 21 July (Mon) skipped",
    ),
    c(
        "notes-comments",
        "2025-08-13",
        "2025-08-26",
        "8 wd from Wed: 15 August (Fri) skipped",
    ),
    c(
        "make-application",
        "2025-10-30",
        "2025-11-12",
        "8 wd: 1 Nov is a Saturday (not moved), 11 Nov (Tue) skipped",
    ),
    c(
        "orange-card",
        "2025-12-22",
        "2026-01-05",
        "8 wd: Christmas Thu and New Year Thu skipped, 26 Dec counts",
    ),
    c(
        "notes-copy-request",
        "2025-12-24",
        "2025-12-29",
        "2 wd: Christmas skipped, 26 Dec (Fri) is a working day, Mon",
    ),
    c(
        "make-application",
        "2027-03-27",
        "2027-04-08",
        "8 wd from a Saturday: Sunday and Easter Monday 29 Mar skipped",
    ),
    c(
        "orange-card",
        "2027-05-04",
        "2027-05-18",
        "8 wd: Ascension 6 May and Whit Monday 17 May both skipped",
    ),
    c(
        "notes-comments",
        "2026-10-30",
        "2026-11-12",
        "8 wd: 1 Nov on Sunday, Armistice Wed 11 Nov skipped",
    ),
    c(
        "make-application",
        "2026-04-29",
        "2026-05-12",
        "8 wd: Labour Day Fri 1 May skipped",
    ),
    c(
        "notes-copy-request",
        "2026-07-17",
        "2026-07-22",
        "2 wd from Fri: weekend, Mon 20, 21 July (Tue) skipped, Wed",
    ),
    // --- Calendar days with roll-over ---
    c(
        "call-appeal",
        "2026-03-05",
        "2026-04-07",
        "30 days = Sat 4 Apr; Sun, Easter Monday -> Tue",
    ),
    c(
        "call-appeal-10",
        "2026-05-04",
        "2026-05-15",
        "10 days = Ascension Thu 14 May -> Fri",
    ),
    c(
        "call-appeal-10",
        "2026-05-15",
        "2026-05-26",
        "10 days = Whit Monday 25 May -> Tue",
    ),
    c(
        "call-appeal-5",
        "2026-07-16",
        "2026-07-22",
        "5 days = 21 July (Tue) -> Wed",
    ),
    c(
        "call-appeal-10",
        "2026-08-05",
        "2026-08-17",
        "10 days = 15 Aug on a Saturday, Sunday -> Mon",
    ),
    c(
        "call-appeal-10",
        "2026-10-22",
        "2026-11-02",
        "10 days = 1 Nov on a Sunday -> Mon 2 Nov",
    ),
    c(
        "call-appeal-5",
        "2026-11-06",
        "2026-11-12",
        "5 days = Armistice Wed 11 Nov -> Thu 12 Nov",
    ),
    c(
        "council-of-state-appeal",
        "2026-11-25",
        "2026-12-28",
        "30 days = Christmas Fri; 26 Dec is Sat (not a holiday), Sun -> Mon",
    ),
    c(
        "call-appeal",
        "2026-12-02",
        "2027-01-04",
        "30 days = New Year Fri 1 Jan 2027; weekend -> Mon 4 Jan",
    ),
    c(
        "call-appeal",
        "2026-11-27",
        "2026-12-28",
        "30 days = Sun 27 Dec -> Mon 28 Dec",
    ),
    c(
        "call-appeal",
        "2027-01-04",
        "2027-02-03",
        "30 days across a month end = Wed 3 Feb, no move",
    ),
    c(
        "call-appeal",
        "2028-02-10",
        "2028-03-13",
        "leap year: 30 days counts 29 Feb = Sat 11 Mar -> Mon 13 Mar",
    ),
    c(
        "call-appeal",
        "2027-02-10",
        "2027-03-12",
        "non-leap year: 30 days = Fri 12 Mar",
    ),
    c(
        "call-appeal",
        "2024-02-01",
        "2024-03-04",
        "leap year 2024: 30 days = Sat 2 Mar -> Mon 4 Mar",
    ),
    c(
        "lodge-application",
        "2027-04-16",
        "2027-05-18",
        "30 days = Sun 16 May; Whit Monday 17 May -> Tue 18 May",
    ),
    c(
        "report-after-return",
        "2027-04-21",
        "2027-05-07",
        "15 days = Ascension Thu 6 May -> Fri",
    ),
    c(
        "report-after-return",
        "2027-04-16",
        "2027-05-03",
        "15 days = 1 May on a Saturday (not moved as holiday), Sun -> Mon",
    ),
    c(
        "cessation-appeal",
        "2027-02-27",
        "2027-03-30",
        "30 days from Sat 27 Feb = Easter Monday 29 Mar -> Tue",
    ),
    // --- Registered letter: notified on the 3rd working day after posting ---
    letter(
        "call-appeal",
        "2026-12-23",
        "2027-01-28",
        "posted Wed: Thu 24, (Christmas, weekend), Mon 28, Tue 29 = notified; +30 = Thu 28 Jan",
    ),
    letter(
        "call-appeal",
        "2026-04-02",
        "2026-05-08",
        "posted Thu: Fri 3, (weekend, Easter Monday), Tue 7, Wed 8 = notified; +30 = Fri 8 May",
    ),
    letter(
        "call-appeal-10",
        "2026-05-08",
        "2026-05-26",
        "posted Fri: notified Wed 13; +10 = Sat 23, Sun, Whit Monday -> Tue 26",
    ),
    // --- Months: from the Nth to the day before the Nth ---
    c(
        "family-reunification-favourable",
        "2026-03-05",
        "2026-09-07",
        "6 months: 6 Mar to 5 Sep (Sat) -> Mon 7 Sep",
    ),
    c(
        "work-permission",
        "2027-01-30",
        "2027-05-30",
        "4 months: 31 Jan to 30 May (Sunday; a right does not move)",
    ),
    c(
        "work-permission",
        "2026-10-30",
        "2027-02-28",
        "4 months from 31 Oct: February has no 31st -> last day 28 Feb",
    ),
    c(
        "work-permission",
        "2027-10-30",
        "2028-02-29",
        "4 months from 31 Oct: leap February -> 29 Feb 2028",
    ),
    c(
        "work-permission",
        "2027-10-28",
        "2028-02-28",
        "4 months from 29 Oct: 29 Feb 2028 exists -> day before, 28 Feb",
    ),
    c(
        "family-reunification-favourable",
        "2027-08-30",
        "2028-02-29",
        "6 months from 31 Aug: no 31 Feb -> 29 Feb 2028 (Tue)",
    ),
    c(
        "family-reunification-favourable",
        "2026-01-31",
        "2026-07-31",
        "6 months from 1 Feb: day before 1 Aug = Fri 31 Jul",
    ),
    c(
        "return-within-one-year",
        "2027-02-28",
        "2028-02-29",
        "12 months from 1 Mar 2027: day before 1 Mar 2028 = 29 Feb (leap)",
    ),
    c(
        "return-within-one-year",
        "2028-02-29",
        "2029-02-28",
        "12 months from 1 Mar 2028: day before 1 Mar 2029 = Wed 28 Feb",
    ),
    c(
        "reception-stay-after-recognition",
        "2026-12-31",
        "2027-02-28",
        "2 months from 1 Jan: 28 Feb (Sunday; a validity does not move)",
    ),
    c(
        "cgrs-decision-aim",
        "2026-06-15",
        "2026-08-15",
        "2 months: 16 Jun to 15 Aug (Sat and holiday; an aim does not move)",
    ),
    c(
        "family-reunification-favourable",
        "2026-06-20",
        "2026-12-21",
        "6 months: 21 Jun to 20 Dec (Sun) -> Mon 21 Dec",
    ),
    c(
        "b-card",
        "2024-02-28",
        "2029-02-28",
        "60 months from 29 Feb 2024: no 29 Feb in 2029 -> 28 Feb",
    ),
    c(
        "blue-passport-validity",
        "2026-04-10",
        "2028-04-10",
        "24 months: 11 Apr 2026 to 10 Apr 2028",
    ),
    c(
        "family-reunification-favourable",
        "2027-06-14",
        "2027-12-14",
        "6 months: 15 Jun to Tue 14 Dec",
    ),
    c(
        "family-reunification-favourable",
        "2026-05-11",
        "2026-11-12",
        "6 months ends on Armistice Wed 11 Nov -> Thu 12 Nov",
    ),
    c(
        "return-within-one-year",
        "2026-12-25",
        "2027-12-27",
        "12 months ends on Christmas Sat 25 Dec 2027, Sun -> Mon 27 Dec",
    ),
    // --- Window before an event (no roll-over) ---
    c(
        "residence-card-renewal",
        "2026-12-31",
        "2026-12-01",
        "card expires 31 Dec: last day 30 days before = Tue 1 Dec",
    ),
    c(
        "residence-card-renewal",
        "2027-03-03",
        "2027-02-01",
        "30 days before 3 Mar 2027 (28-day February) = Mon 1 Feb",
    ),
    c(
        "residence-card-renewal",
        "2028-03-15",
        "2028-02-14",
        "30 days before 15 Mar 2028 counts 29 Feb = Mon 14 Feb",
    ),
    c(
        "residence-card-renewal",
        "2027-01-24",
        "2026-12-25",
        "30 days before = Christmas; not moved, the explanation says go before",
    ),
    // --- As soon as possible ---
    c(
        "missed-interview-justify",
        "2026-12-24",
        "2026-12-28",
        "next working day after Thu 24 Dec: Christmas, weekend -> Mon",
    ),
    c(
        "missed-interview-justify",
        "2026-11-10",
        "2026-11-12",
        "next working day after Tue 10 Nov: Armistice Wed -> Thu",
    ),
];

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn hand_computed_cases() {
    let mut failures = Vec::new();
    for case in CASES {
        let opts = ComputeOptions {
            registered_letter: case.registered_letter,
            ..ComputeOptions::default()
        };
        let got = compute(case.rule, date(case.trigger), opts).unwrap();
        if got.due != date(case.due) || got.effective_due != date(case.due) {
            failures.push(format!(
                "{} from {}: expected {}, got {} ({})",
                case.rule, case.trigger, case.due, got.due, case.why
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(CASES.len() >= 40, "only {} cases", CASES.len());
}

#[test]
fn windows_open_45_days_before() {
    // 45 days before 31 Dec 2026 = Mon 16 Nov; before 3 Mar 2027 = Sun
    // 17 Jan; before 15 Mar 2028 = Sun 30 Jan (checked with `date`).
    for (expiry, opens) in [
        ("2026-12-31", "2026-11-16"),
        ("2027-03-03", "2027-01-17"),
        ("2028-03-15", "2028-01-30"),
        ("2027-01-24", "2026-12-10"),
    ] {
        let got = compute(
            "residence-card-renewal",
            date(expiry),
            ComputeOptions::default(),
        )
        .unwrap();
        assert_eq!(got.window_opens, Some(date(opens)), "{expiry}");
    }
}

#[test]
fn registered_letter_notification_dates() {
    for (posted, notified) in [
        ("2026-12-23", "2026-12-29"),
        ("2026-04-02", "2026-04-08"),
        ("2026-05-08", "2026-05-13"),
    ] {
        let opts = ComputeOptions {
            registered_letter: true,
            ..ComputeOptions::default()
        };
        let got = compute("call-appeal", date(posted), opts).unwrap();
        assert_eq!(got.trigger, date(posted));
        assert_eq!(got.notified, date(notified), "{posted}");
        let letter_step = got
            .explanation
            .steps()
            .iter()
            .find_map(|s| match s {
                Step::RegisteredLetter {
                    counted, notified, ..
                } => Some((*counted, *notified)),
                _ => None,
            })
            .unwrap();
        assert_eq!(letter_step.1, date(notified));
        assert_eq!(letter_step.0[2], date(notified));
    }
    // Without the flag, notified == trigger.
    let got = compute("call-appeal", date("2026-12-23"), ComputeOptions::default()).unwrap();
    assert_eq!(got.notified, date("2026-12-23"));
}
