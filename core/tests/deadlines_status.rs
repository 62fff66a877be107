//! Statuses, official dates, validity periods and which rules the journal's
//! events trigger. Expected dates are hand-computed (see comments).
#![allow(clippy::unwrap_used)] // test helpers

use chrono::NaiveDate;
use passage_core::deadlines::{
    compute, deadlines_for_events, ComputeOptions, DeadlineOptions, DeadlineStatus, DeadlineView,
    DecisionOutcome, Detention, EventInput, EventKind, NotApplicableReason, Step, Validity,
};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
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

fn decision(id: &str, date: &str, outcome: Option<DecisionOutcome>) -> EventInput {
    EventInput {
        outcome,
        ..ev(id, EventKind::CgrsDecision, date)
    }
}

fn find<'a>(views: &'a [DeadlineView], rule: &str) -> &'a DeadlineView {
    views
        .iter()
        .find(|v| v.rule_id == rule)
        .unwrap_or_else(|| panic!("no {rule} in {:?}", ids(views)))
}

fn ids(views: &[DeadlineView]) -> Vec<&str> {
    views.iter().map(|v| v.rule_id.as_str()).collect()
}

#[test]
fn official_date_prevails_and_difference_is_explained() {
    // call-appeal from Thu 5 Mar 2026: computed Tue 7 Apr 2026.
    let later = compute(
        "call-appeal",
        d("2026-03-05"),
        ComputeOptions {
            official_date: Some(d("2026-04-10")),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(later.due, d("2026-04-07"));
    assert_eq!(later.official, Some(d("2026-04-10")));
    assert_eq!(later.effective_due, d("2026-04-10"));
    assert_eq!(later.difference_days, Some(3));
    let steps = later.explanation.steps();
    assert!(steps.contains(&Step::OfficialDate {
        date: d("2026-04-10"),
        difference: 3
    }));
    assert_eq!(steps.last(), Some(&Step::LetterPrevails));
    assert!(later
        .explanation
        .to_english()
        .contains("That is 3 days later than our date. We use the date on your letter."));

    let earlier = compute(
        "call-appeal",
        d("2026-03-05"),
        ComputeOptions {
            official_date: Some(d("2026-04-06")),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(earlier.difference_days, Some(-1));
    assert!(earlier.explanation.to_english().contains("1 day earlier"));

    let none = compute("call-appeal", d("2026-03-05"), ComputeOptions::default()).unwrap();
    assert_eq!(none.difference_days, None);
    assert_eq!(none.effective_due, none.due);
    // The letter-prevails step is always there.
    assert_eq!(none.explanation.steps().last(), Some(&Step::LetterPrevails));
}

#[test]
fn explanation_names_skipped_holidays_and_roll_over() {
    // 30 days from 5 Mar 2026 = Sat 4 Apr; Sun 5, Easter Monday 6 -> Tue 7.
    let c = compute("call-appeal", d("2026-03-05"), ComputeOptions::default()).unwrap();
    let text = c.explanation.to_english();
    assert!(
        text.contains("Saturday 4 April 2026 is not a working day (Saturday)"),
        "{text}"
    );
    assert!(
        text.contains("Monday 6 April 2026 is a public holiday (Easter Monday)"),
        "{text}"
    );
    assert!(text.contains("Tuesday 7 April 2026"), "{text}");
    assert!(text.contains(
        "This moving rule is made for courts. To be safe, act by Saturday 4 April 2026."
    ));
    // Working days: 8 wd from Mon 23 Dec 2024 skip Christmas and New Year.
    let c = compute(
        "make-application",
        d("2024-12-23"),
        ComputeOptions::default(),
    )
    .unwrap();
    let holidays: Vec<_> = c
        .explanation
        .steps()
        .iter()
        .filter_map(|s| match s {
            Step::HolidaySkipped { date, .. } => Some(*date),
            _ => None,
        })
        .collect();
    assert_eq!(holidays, vec![d("2024-12-25"), d("2025-01-01")]);
    assert!(c.explanation.steps().contains(&Step::WorkingDayDefinition));
    // Month-end adjustment is explained: 4 months from 31 Oct 2026.
    let c = compute(
        "work-permission",
        d("2026-10-30"),
        ComputeOptions::default(),
    )
    .unwrap();
    assert!(c.explanation.steps().contains(&Step::MonthEndAdjusted {
        day: 31,
        end: d("2027-02-28")
    }));
    // Aims and unverified rules say so.
    let c = compute(
        "cgrs-decision-aim",
        d("2026-06-15"),
        ComputeOptions::default(),
    )
    .unwrap();
    assert!(!c.binding);
    assert!(c.explanation.steps().contains(&Step::NotBinding));
    let c = compute(
        "missed-interview-justify",
        d("2026-12-24"),
        ComputeOptions::default(),
    )
    .unwrap();
    assert!(c.unverified);
    assert!(c.explanation.steps().contains(&Step::Unverified));
    assert!(c.explanation.steps().contains(&Step::UnverifiedFigure {
        days: 15,
        date: d("2027-01-08")
    }));
}

#[test]
fn validity_periods() {
    let at = |app: Option<&str>| {
        compute(
            "notes-copy-request",
            d("2026-09-15"),
            ComputeOptions {
                application_date: app.map(d),
                ..Default::default()
            },
        )
        .unwrap()
    };
    assert_eq!(at(Some("2026-06-11")).validity, Validity::Applies);
    let after = at(Some("2026-06-12"));
    assert_eq!(after.validity, Validity::NotApplicable);
    assert!(after.explanation.steps().contains(&Step::OutsideValidity {
        application_date: d("2026-06-12")
    }));
    let unknown = at(None);
    assert_eq!(unknown.validity, Validity::Unknown);
    assert!(unknown
        .explanation
        .steps()
        .contains(&Step::ApplicationDateUnknown));
    // Rules without a validity period always apply.
    assert_eq!(
        compute("call-appeal", d("2026-09-15"), ComputeOptions::default())
            .unwrap()
            .validity,
        Validity::Applies
    );
}

#[test]
fn journal_statuses_met_due_soon_passed_upcoming() {
    let events = vec![
        ev("e1", EventKind::ApplicationMade, "2026-03-02"),
        ev("e2", EventKind::ApplicationLodged, "2026-03-04"),
        ev("e3", EventKind::OrangeCard, "2026-03-10"),
        ev("e4", EventKind::PersonalInterview, "2026-09-15"),
    ];
    let today = d("2026-09-16");
    let views = deadlines_for_events(&events, today, DeadlineOptions::default()).unwrap();
    // Made 2 Mar, lodged 4 Mar: met.
    assert_eq!(
        find(&views, "lodge-application").status,
        DeadlineStatus::Met {
            on: d("2026-03-04"),
            late: false
        }
    );
    // Orange card: 8 wd from Wed 4 Mar = Mon 16 Mar; got it 10 Mar.
    let oc = find(&views, "orange-card");
    assert_eq!(oc.deadline.due, d("2026-03-16"));
    assert_eq!(
        oc.status,
        DeadlineStatus::Met {
            on: d("2026-03-10"),
            late: false
        }
    );
    // Work permission: 4 months from 5 Mar = 4 Jul 2026; a right, passed.
    let wp = find(&views, "work-permission");
    assert_eq!(wp.deadline.due, d("2026-07-04"));
    assert_eq!(wp.status, DeadlineStatus::Passed);
    // Notes copy: application before 12 June 2026, so the rule applies:
    // 2 wd from Tue 15 Sep = Thu 17 Sep, 1 day left: due soon.
    let nc = find(&views, "notes-copy-request");
    assert_eq!(nc.deadline.due, d("2026-09-17"));
    assert_eq!(nc.deadline.validity, Validity::Applies);
    assert_eq!(nc.status, DeadlineStatus::DueSoon { days_left: 1 });
    // Decision aim: 2 months from 16 Sep = 15 Nov 2026, 60 days left.
    assert_eq!(
        find(&views, "cgrs-decision-aim").status,
        DeadlineStatus::Upcoming { days_left: 60 }
    );
    // No arrival event: no make-application deadline. No recognition: no B card.
    assert!(!ids(&views).contains(&"make-application"));
    assert!(!ids(&views).contains(&"b-card"));
    // Sorted by effective date.
    let dates: Vec<_> = views.iter().map(|v| v.deadline.effective_due).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);

    // Due today and a configurable due-soon window.
    let v = deadlines_for_events(&events, d("2026-09-17"), DeadlineOptions::default()).unwrap();
    assert_eq!(
        find(&v, "notes-copy-request").status,
        DeadlineStatus::DueToday
    );
    let opts = DeadlineOptions {
        due_soon_days: 30,
        ..Default::default()
    };
    let v = deadlines_for_events(&events, d("2026-10-17"), opts).unwrap();
    assert_eq!(
        find(&v, "cgrs-decision-aim").status,
        DeadlineStatus::DueSoon { days_left: 29 }
    );
}

#[test]
fn notes_copy_is_not_applicable_for_applications_from_12_june_2026() {
    let events = vec![
        ev("a", EventKind::ApplicationMade, "2026-06-12"),
        ev("i", EventKind::PersonalInterview, "2026-09-15"),
    ];
    let views = deadlines_for_events(&events, d("2026-09-16"), DeadlineOptions::default()).unwrap();
    assert_eq!(
        find(&views, "notes-copy-request").status,
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::OutsideValidity {
                application_date: d("2026-06-12"),
                applies_from: None,
                applies_until: Some(d("2026-06-11")),
            }
        }
    );
    // A subsequent application before the interview is the application
    // that counts.
    let events = vec![
        ev("a", EventKind::ApplicationMade, "2025-01-10"),
        ev("s", EventKind::SubsequentApplication, "2026-07-01"),
        ev("i", EventKind::PersonalInterview, "2026-09-15"),
    ];
    let views = deadlines_for_events(&events, d("2026-09-16"), DeadlineOptions::default()).unwrap();
    assert!(matches!(
        find(&views, "notes-copy-request").status,
        DeadlineStatus::NotApplicable { .. }
    ));
}

#[test]
fn overdue_and_met_late() {
    // Arrival Mon 5 Jan 2026: 8 wd = Thu 15 Jan 2026.
    let events = vec![ev("a", EventKind::Arrival, "2026-01-05")];
    let views = deadlines_for_events(&events, d("2026-01-20"), DeadlineOptions::default()).unwrap();
    let m = find(&views, "make-application");
    assert_eq!(m.deadline.due, d("2026-01-15"));
    assert_eq!(m.status, DeadlineStatus::Overdue { days_late: 5 });

    let events = vec![
        ev("a", EventKind::Arrival, "2026-01-05"),
        ev("m", EventKind::ApplicationMade, "2026-01-20"),
    ];
    let views = deadlines_for_events(&events, d("2026-01-21"), DeadlineOptions::default()).unwrap();
    assert_eq!(
        find(&views, "make-application").status,
        DeadlineStatus::Met {
            on: d("2026-01-20"),
            late: true
        }
    );
}

#[test]
fn a_cgrs_decision_before_four_months_cancels_the_work_permission() {
    let events = vec![
        ev("l", EventKind::ApplicationLodged, "2026-03-04"),
        decision("c", "2026-05-01", Some(DecisionOutcome::Refusal)),
    ];
    let views = deadlines_for_events(&events, d("2026-05-02"), DeadlineOptions::default()).unwrap();
    assert_eq!(
        find(&views, "work-permission").status,
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::CancelledBy {
                event: EventKind::CgrsDecision,
                on: d("2026-05-01")
            }
        }
    );
}

#[test]
fn refusal_triggers_the_30_day_appeal_only() {
    // Refusal Mon 5 Jan 2026: 30 days = Wed 4 Feb 2026.
    let events = vec![decision("c", "2026-01-05", Some(DecisionOutcome::Refusal))];
    let views = deadlines_for_events(&events, d("2026-01-06"), DeadlineOptions::default()).unwrap();
    let appeal = find(&views, "call-appeal");
    assert_eq!(appeal.deadline.due, d("2026-02-04"));
    assert!(appeal.alternatives.is_empty());
    assert_eq!(appeal.condition, None);
    assert!(!ids(&views).contains(&"call-appeal-10"));
    assert!(!ids(&views).contains(&"call-appeal-5"));
    // The audio-recording rule is shown, flagged: application date unknown.
    let audio = find(&views, "audio-recording-listening");
    assert_eq!(audio.deadline.validity, Validity::Unknown);
}

#[test]
fn positive_decision_triggers_no_appeal() {
    let events = vec![decision(
        "c",
        "2026-01-05",
        Some(DecisionOutcome::RefugeeStatus),
    )];
    let views = deadlines_for_events(&events, d("2026-01-06"), DeadlineOptions::default()).unwrap();
    assert!(views.iter().all(|v| !v.rule_id.starts_with("call-appeal")));
}

#[test]
fn inadmissible_shows_both_readings_and_says_the_letter_decides() {
    // Inadmissible Tue 1 Sep 2026: 10 days = Fri 11 Sep; 30 days = Thu 1 Oct.
    let events = vec![decision(
        "c",
        "2026-09-01",
        Some(DecisionOutcome::Inadmissible),
    )];
    let views = deadlines_for_events(&events, d("2026-09-02"), DeadlineOptions::default()).unwrap();
    let ten = find(&views, "call-appeal-10");
    let thirty = find(&views, "call-appeal");
    assert_eq!(ten.deadline.due, d("2026-09-11"));
    assert_eq!(thirty.deadline.due, d("2026-10-01"));
    assert_eq!(ten.alternatives, vec!["call-appeal".to_string()]);
    assert_eq!(thirty.alternatives, vec!["call-appeal-10".to_string()]);
    assert_eq!(thirty.condition, Some(Detention::NotDetained));
    assert!(ten
        .deadline
        .explanation
        .steps()
        .contains(&Step::SourcesDisagree));
    let text = thirty.deadline.explanation.to_english();
    assert!(text.contains("Another rule may apply: Appeal to the CALL within 10 days. The date on your letter decides."), "{text}");
    assert!(text.contains("only if you are not held in a closed centre"));
    // No subsequent application: no 5-day rule.
    assert!(!ids(&views).contains(&"call-appeal-5"));
}

#[test]
fn detained_subsequent_inadmissible_gets_the_5_day_rule() {
    // Inadmissible Tue 1 Sep 2026: 5 days = Sun 6 Sep -> Mon 7 Sep.
    let events = vec![
        ev("s", EventKind::SubsequentApplication, "2026-08-01"),
        decision("c", "2026-09-01", Some(DecisionOutcome::Inadmissible)),
    ];
    let opts = DeadlineOptions {
        detained: Some(true),
        ..Default::default()
    };
    let views = deadlines_for_events(&events, d("2026-09-02"), opts).unwrap();
    let five = find(&views, "call-appeal-5");
    assert_eq!(five.deadline.due, d("2026-09-07"));
    assert_eq!(five.status, DeadlineStatus::DueSoon { days_left: 5 });
    assert_eq!(five.alternatives, vec!["call-appeal-10".to_string()]);
    assert_eq!(
        find(&views, "call-appeal").status,
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::OnlyIfNotDetained
        }
    );
    // The not-applicable 30-day reading is not offered as an alternative.
    assert!(!find(&views, "call-appeal-10")
        .alternatives
        .contains(&"call-appeal".to_string()));
}

#[test]
fn manifestly_unfounded_depends_on_detention() {
    let events = vec![decision(
        "c",
        "2026-09-01",
        Some(DecisionOutcome::ManifestlyUnfounded),
    )];
    let free = DeadlineOptions {
        detained: Some(false),
        ..Default::default()
    };
    let views = deadlines_for_events(&events, d("2026-09-02"), free).unwrap();
    assert!(find(&views, "call-appeal").status.is_open());
    assert!(find(&views, "call-appeal").alternatives.is_empty());
    assert_eq!(
        find(&views, "call-appeal-10").status,
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::OnlyIfDetained
        }
    );
}

#[test]
fn unknown_outcome_shows_the_usual_rule() {
    let events = vec![decision("c", "2026-01-05", None)];
    let views = deadlines_for_events(&events, d("2026-01-06"), DeadlineOptions::default()).unwrap();
    let appeal = find(&views, "call-appeal");
    assert!(appeal.outcome_unknown);
    assert!(appeal
        .deadline
        .explanation
        .steps()
        .contains(&Step::OutcomeUnknown));
    assert_eq!(ids(&views), vec!["call-appeal"]);
}

#[test]
fn official_deadline_and_registered_letter_from_the_event() {
    // Posted Wed 23 Dec 2026 by registered letter: notified Tue 29 Dec,
    // 30 days = Thu 28 Jan 2027. The letter says 29 Jan 2027.
    let mut e = decision("c", "2026-12-23", Some(DecisionOutcome::Refusal));
    e.registered_letter = true;
    e.official_deadline = Some(d("2027-01-29"));
    let views = deadlines_for_events(&[e], d("2027-01-28"), DeadlineOptions::default()).unwrap();
    let a = find(&views, "call-appeal");
    assert_eq!(a.deadline.notified, d("2026-12-29"));
    assert_eq!(a.deadline.due, d("2027-01-28"));
    assert_eq!(a.deadline.effective_due, d("2027-01-29"));
    assert_eq!(a.deadline.difference_days, Some(1));
    assert_eq!(a.status, DeadlineStatus::DueSoon { days_left: 1 });
}

#[test]
fn a_follow_up_meets_only_the_deadline_before_it() {
    // Two refusals; an appeal lodged after the first only.
    let events = vec![
        decision("c1", "2026-01-05", Some(DecisionOutcome::Refusal)),
        ev("ap", EventKind::CallAppealLodged, "2026-01-20"),
        decision("c2", "2026-06-01", Some(DecisionOutcome::Refusal)),
    ];
    let views = deadlines_for_events(&events, d("2026-06-02"), DeadlineOptions::default()).unwrap();
    let appeals: Vec<_> = views
        .iter()
        .filter(|v| v.rule_id == "call-appeal")
        .collect();
    assert_eq!(appeals.len(), 2);
    let first = appeals.iter().find(|v| v.event_id == "c1").unwrap();
    let second = appeals.iter().find(|v| v.event_id == "c2").unwrap();
    assert_eq!(
        first.status,
        DeadlineStatus::Met {
            on: d("2026-01-20"),
            late: false
        }
    );
    // 30 days from Mon 1 Jun 2026 = Wed 1 Jul 2026.
    assert_eq!(second.deadline.due, d("2026-07-01"));
    assert_eq!(second.status, DeadlineStatus::Upcoming { days_left: 29 });
}

#[test]
fn views_serialize_to_json() {
    let events = vec![decision("c", "2026-01-05", Some(DecisionOutcome::Refusal))];
    let views = deadlines_for_events(&events, d("2026-01-06"), DeadlineOptions::default()).unwrap();
    let j = serde_json::to_value(find(&views, "call-appeal")).unwrap();
    assert_eq!(j["deadline"]["due"], "2026-02-04");
    assert_eq!(j["status"]["status"], "upcoming");
    assert!(j["deadline"]["explanation"][0]["text"].is_string());
    assert!(j["deadline"]["explanation"][0]["id"].is_string());
}
