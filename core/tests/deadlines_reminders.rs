//! The reminder schedule: offsets, past reminders skipped, neutral texts
//! by default, detailed only when asked, no sensitive words when neutral.
#![allow(clippy::unwrap_used)] // test helpers

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use passage_core::deadlines::{
    deadlines_for_events, reminder_schedule, DeadlineOptions, DecisionOutcome, EventInput,
    EventKind, ReminderSettings, ReminderSource,
};

const REMINDERS_FTL: &str = include_str!("../../content/i18n/en/reminders.ftl");

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn at(s: &str, h: u32) -> NaiveDateTime {
    d(s).and_time(NaiveTime::from_hms_opt(h, 0, 0).unwrap())
}

fn ev(id: &str, kind: EventKind, date: &str) -> EventInput {
    EventInput {
        id: id.into(),
        kind,
        date: d(date),
        outcome: None,
        official_deadline: None,
        registered_letter: false,
    }
}

/// Words that must never appear on a neutral lock-screen notification.
const SENSITIVE: &[&str] = &[
    "asylum",
    "refugee",
    "protection",
    "appeal",
    "deadline",
    "cgrs",
    "cgra",
    "cgvs",
    "call",
    "council",
    "court",
    "interview",
    "immigration",
    "decision",
    "detention",
    "detained",
    "closed",
    "deport",
    "removal",
    "police",
    "lawyer",
    "application",
    "annex",
    "card",
    "passport",
    "visa",
    "dublin",
    "fedasil",
    "municipality",
    "hearing",
    "last day",
    "letter",
];

fn assert_neutral(text: &str) {
    let lower = text.to_lowercase();
    for w in SENSITIVE {
        assert!(!lower.contains(w), "neutral text {text:?} contains {w:?}");
    }
}

fn scenario() -> (Vec<EventInput>, Vec<passage_core::deadlines::DeadlineView>) {
    // Refusal Mon 5 Jan 2026: appeal by Wed 4 Feb 2026. A lawyer
    // appointment on Tue 20 Jan 2026.
    let events = vec![
        EventInput {
            outcome: Some(DecisionOutcome::Refusal),
            ..ev("dec", EventKind::CgrsDecision, "2026-01-05")
        },
        ev("apt", EventKind::Appointment, "2026-01-20"),
    ];
    let views = deadlines_for_events(&events, d("2026-01-06"), DeadlineOptions::default()).unwrap();
    (events, views)
}

#[test]
fn default_schedule_offsets_and_neutral_text() {
    let (events, views) = scenario();
    let now = at("2026-01-06", 12);
    let r = reminder_schedule(&views, &events, now, &ReminderSettings::default());
    let appeal: Vec<_> = r
        .iter()
        .filter(|x| {
            x.sources.iter().any(
                |s| matches!(s, ReminderSource::Deadline { rule_id, .. } if rule_id == "call-appeal"),
            )
        })
        .map(|x| (x.at, x.days_before))
        .collect();
    // 7 days before (Wed 28 Jan), 2 days before (Mon 2 Feb), the morning
    // of the last day (Wed 4 Feb), all at 08:00.
    assert_eq!(
        appeal,
        vec![
            (at("2026-01-28", 8), 7),
            (at("2026-02-02", 8), 2),
            (at("2026-02-04", 8), 0)
        ]
    );
    let apt: Vec<_> = r
        .iter()
        .filter(|x| matches!(x.sources[0], ReminderSource::Appointment { .. }))
        .map(|x| x.at)
        .collect();
    assert_eq!(apt, vec![at("2026-01-19", 18), at("2026-01-20", 8)]);
    // Sorted by time.
    assert!(r.windows(2).all(|w| w[0].at <= w[1].at));
    for x in &r {
        assert!(x.detailed.is_none());
        assert_neutral(&x.text);
        assert!(x.neutral.id.starts_with("reminder-neutral"));
    }
    let texts: Vec<_> = r.iter().map(|x| x.text.as_str()).collect();
    assert!(texts.contains(&"You have something planned on Wednesday 4 February 2026."));
    assert!(texts.contains(&"You have something planned today."));
    assert!(texts.contains(&"You have something planned tomorrow."));
}

#[test]
fn past_reminders_are_skipped() {
    let (events, views) = scenario();
    // At 09:00 on Mon 2 Feb: the 2-days-before reminder (08:00) is past.
    let r = reminder_schedule(
        &views,
        &events,
        at("2026-02-02", 9),
        &ReminderSettings::default(),
    );
    let times: Vec<_> = r.iter().map(|x| x.at).collect();
    assert_eq!(times, vec![at("2026-02-04", 8)]);
}

#[test]
fn met_or_overdue_deadlines_get_no_reminder() {
    let (mut events, _) = scenario();
    events.push(ev("ap", EventKind::CallAppealLodged, "2026-01-10"));
    let views = deadlines_for_events(&events, d("2026-01-11"), DeadlineOptions::default()).unwrap();
    let r = reminder_schedule(
        &views,
        &events,
        at("2026-01-11", 12),
        &ReminderSettings::default(),
    );
    assert!(r
        .iter()
        .flat_map(|x| &x.sources)
        .all(|s| matches!(s, ReminderSource::Appointment { .. })));
    // Overdue: nothing for the deadline.
    let (events, _) = scenario();
    let views = deadlines_for_events(&events, d("2026-02-10"), DeadlineOptions::default()).unwrap();
    let r = reminder_schedule(
        &views,
        &events,
        at("2026-02-10", 12),
        &ReminderSettings::default(),
    );
    assert!(r.is_empty());
}

#[test]
fn detailed_text_only_when_setting_is_on() {
    let (events, views) = scenario();
    let settings = ReminderSettings {
        detailed: true,
        ..Default::default()
    };
    let r = reminder_schedule(&views, &events, at("2026-01-06", 12), &settings);
    assert!(r.iter().all(|x| x.detailed.is_some()));
    let texts: Vec<_> = r.iter().map(|x| x.text.as_str()).collect();
    assert!(texts.contains(
        &"Last day for: Appeal to the Council for Alien Law Litigation (CALL). Date: Wednesday 4 February 2026."
    ));
    assert!(texts.contains(
        &"Today is the last day for: Appeal to the Council for Alien Law Litigation (CALL)."
    ));
    assert!(texts.contains(&"Appointment: Tuesday 20 January 2026."));
    // The neutral message is still there for the lock screen.
    assert!(r
        .iter()
        .all(|x| x.neutral.id.starts_with("reminder-neutral")));
}

#[test]
fn neutral_ftl_messages_have_no_sensitive_words() {
    for line in REMINDERS_FTL.lines() {
        if line.starts_with("reminder-neutral") {
            assert_neutral(line.split_once('=').unwrap().1);
        }
    }
}

#[test]
fn custom_offsets() {
    let (events, views) = scenario();
    let settings = ReminderSettings {
        deadline_days_before: vec![14],
        ..Default::default()
    };
    let r = reminder_schedule(&views, &events, at("2026-01-06", 12), &settings);
    let deadline_times: Vec<_> = r
        .iter()
        .filter(|x| matches!(x.sources[0], ReminderSource::Deadline { .. }))
        .map(|x| x.at)
        .collect();
    assert_eq!(
        deadline_times,
        vec![at("2026-01-21", 8), at("2026-02-04", 8)]
    );
}

#[test]
fn same_time_same_text_reminders_are_merged() {
    // The refusal triggers the appeal and the recording-booking rules, both
    // ending on Wed 4 Feb 2026: one neutral notification, two sources.
    let (events, views) = scenario();
    let r = reminder_schedule(
        &views,
        &events,
        at("2026-01-06", 12),
        &ReminderSettings::default(),
    );
    let last_day = r.iter().find(|x| x.at == at("2026-02-04", 8)).unwrap();
    assert_eq!(last_day.sources.len(), 2);
    assert_eq!(r.iter().filter(|x| x.at == at("2026-02-04", 8)).count(), 1);
    // Detailed texts differ, so they stay separate.
    let settings = ReminderSettings {
        detailed: true,
        ..Default::default()
    };
    let r = reminder_schedule(&views, &events, at("2026-01-06", 12), &settings);
    assert_eq!(r.iter().filter(|x| x.at == at("2026-02-04", 8)).count(), 2);
}
