//! The procedure journal on a real vault: timeline, validation, trash,
//! deadlines and next steps derived from it.

use chrono::NaiveDate;
use passage_core::deadlines::{DeadlineOptions, DeadlineStatus, DecisionOutcome, EventKind};
use passage_core::journal::{self, EventDate, JournalInput, Stage};
use passage_core::sensitive::UserText;
use passage_core::Error;
use passage_tests::{find_marker, new_vault, reopen};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn input(kind: EventKind, date: &str) -> JournalInput {
    JournalInput::new(kind, EventDate::day(d(date)))
}

#[test]
fn timeline_round_trip_with_edit_trash_and_restore() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let today = d("2026-11-23");
    let lodged = journal::add(
        &vault,
        input(EventKind::ApplicationLodged, "2026-03-02"),
        today,
    )
    .unwrap();
    let arrival = journal::add(&vault, input(EventKind::Arrival, "2026-02-20"), today).unwrap();
    let mut interview = input(EventKind::PersonalInterview, "2026-10-14");
    interview.date = EventDate::parse("2026-10-14T09:30", "date").unwrap();
    interview.note = UserText::new("JOURNALMARKER interpreter spoke another dialect");
    interview.recorded = Some(false);
    let iv = journal::add(&vault, interview, today).unwrap();
    drop(vault);

    let vault = reopen(&path);
    let kinds: Vec<EventKind> = journal::timeline(&vault)
        .unwrap()
        .iter()
        .map(|e| e.value.kind)
        .collect();
    assert_eq!(
        kinds,
        vec![
            EventKind::Arrival,
            EventKind::ApplicationLodged,
            EventKind::PersonalInterview
        ],
        "timeline is ordered by event date, not by insertion"
    );
    let stored = journal::get(&vault, &iv).unwrap();
    assert_eq!(stored.value.date.to_string(), "2026-10-14 09:30");
    assert_eq!(stored.value.recorded, Some(false));

    let mut changed = input(EventKind::Arrival, "2026-02-19");
    changed.note = UserText::new("came by bus");
    journal::edit(&vault, &arrival, changed, today).unwrap();
    journal::delete(&vault, &lodged).unwrap();
    assert_eq!(journal::timeline(&vault).unwrap().len(), 2);
    assert_eq!(journal::trash(&vault).unwrap().len(), 1);
    drop(vault);

    let vault = reopen(&path);
    journal::restore(&vault, &lodged).unwrap();
    let events = journal::timeline(&vault).unwrap();
    assert_eq!(events.len(), 3);
    assert_eq!(events[0].value.note.as_str(), "came by bus");
    assert_eq!(events[0].value.date.date, d("2026-02-19"));
    drop(vault);
    assert!(find_marker(&path, "JOURNALMARKER").is_empty());
}

#[test]
fn bad_input_is_refused_precisely_and_nothing_is_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let today = d("2026-11-23");
    let field_of = |r: Result<_, Error>| match r {
        Err(Error::InvalidInput { field, .. }) => field,
        other => panic!(
            "expected InvalidInput, got {:?}",
            other.map(|_: journal::EventId| ())
        ),
    };
    assert_eq!(
        field_of(journal::add(
            &vault,
            input(EventKind::Arrival, "1989-12-31"),
            today
        )),
        "date"
    );
    assert_eq!(
        field_of(journal::add(
            &vault,
            input(EventKind::Arrival, "2101-01-01"),
            today
        )),
        "date"
    );
    // A decision cannot be received next year...
    assert_eq!(
        field_of(journal::add(
            &vault,
            input(EventKind::CgrsDecision, "2027-01-05"),
            today
        )),
        "date"
    );
    // ...but an interview or an appointment can be planned.
    journal::add(
        &vault,
        input(EventKind::PersonalInterview, "2027-01-05"),
        today,
    )
    .unwrap();
    journal::add(&vault, input(EventKind::Appointment, "2027-02-01"), today).unwrap();
    let mut early = input(EventKind::CgrsDecision, "2026-11-20");
    early.official_deadline = Some(d("2026-11-01"));
    assert_eq!(
        field_of(journal::add(&vault, early, today)),
        "official deadline"
    );
    let mut outcome = input(EventKind::Arrival, "2026-11-20");
    outcome.outcome = Some(DecisionOutcome::Refusal);
    assert_eq!(field_of(journal::add(&vault, outcome, today)), "outcome");
    let mut long = input(EventKind::Other, "2026-11-20");
    long.note = UserText::new("x".repeat(20_001));
    assert_eq!(field_of(journal::add(&vault, long, today)), "note");
    assert!(matches!(
        EventDate::parse("2026-02-30", "date"),
        Err(Error::InvalidInput { .. })
    ));
    assert!(matches!(
        EventDate::parse("2026-02-03T25:00", "date"),
        Err(Error::InvalidInput { .. })
    ));
    assert!("interveiw".parse::<EventKind>().is_err());
    assert_eq!(journal::timeline(&vault).unwrap().len(), 2);
}

#[test]
fn an_interview_brings_the_notes_copy_deadline_and_the_preparation_forward() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    // Application before 12 June 2026 and an unrecorded interview: the
    // 2-working-day notes-copy rule applies (procedure-rules.md row 6).
    let today = d("2026-03-09");
    journal::add(
        &vault,
        input(EventKind::ApplicationLodged, "2026-01-12"),
        today,
    )
    .unwrap();
    let mut planned = input(EventKind::PersonalInterview, "2026-03-12");
    planned.recorded = Some(false);
    let iv = journal::add(&vault, planned, today).unwrap();

    let next = journal::where_am_i(&vault, today, DeadlineOptions::default()).unwrap();
    assert_eq!(next.stage, Stage::InterviewPlanned);
    assert!(next.prepare_interview);
    assert!(next.read_now.contains(&"prepare-for-interview".to_string()));
    assert!(next.upcoming_events.contains(&iv.to_string()));
    // The checklist suggests documents for the interview; one already on
    // the list is not suggested again.
    assert!(next.documents_to_gather.contains(&"passport".to_string()));
    passage_core::checklist::Checklist::new(&vault)
        .add_from_template("passport")
        .unwrap();
    let next = journal::where_am_i(&vault, today, DeadlineOptions::default()).unwrap();
    assert!(!next.documents_to_gather.contains(&"passport".to_string()));
    assert!(!next.documents_to_gather.is_empty());

    // The interview took place on Thursday 12 March 2026: 2 working days,
    // counted from Friday 13, end on Monday 16 March.
    let after = d("2026-03-13");
    let views = journal::deadlines(&vault, after, DeadlineOptions::default()).unwrap();
    let notes = views
        .iter()
        .find(|v| v.rule_id == "notes-copy-request")
        .expect("notes-copy deadline from the interview");
    assert_eq!(notes.deadline.effective_due, d("2026-03-16"));
    assert!(matches!(notes.status, DeadlineStatus::DueSoon { .. }));
    let next = journal::where_am_i(&vault, after, DeadlineOptions::default()).unwrap();
    assert_eq!(next.stage, Stage::WaitingForDecision);
    assert!(next
        .open_deadlines
        .iter()
        .any(|v| v.rule_id == "notes-copy-request"));

    // Recording the request meets the deadline.
    journal::add(
        &vault,
        input(EventKind::NotesCopyRequested, "2026-03-13"),
        after,
    )
    .unwrap();
    let views = journal::deadlines(&vault, after, DeadlineOptions::default()).unwrap();
    let notes = views
        .iter()
        .find(|v| v.rule_id == "notes-copy-request")
        .unwrap();
    assert!(matches!(
        notes.status,
        DeadlineStatus::Met { late: false, .. }
    ));
}

#[test]
fn the_date_on_the_letter_prevails_and_the_difference_is_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let today = d("2026-11-23");
    let mut decision = input(EventKind::CgrsDecision, "2026-11-02");
    decision.outcome = Some(DecisionOutcome::Refusal);
    decision.official_deadline = Some(d("2026-12-04"));
    journal::add(&vault, decision, today).unwrap();
    let views = journal::deadlines(&vault, today, DeadlineOptions::default()).unwrap();
    let appeal = views.iter().find(|v| v.rule_id == "call-appeal").unwrap();
    // 30 calendar days from Monday 2 November 2026 end on Wednesday 2 December.
    assert_eq!(appeal.deadline.due, d("2026-12-02"));
    assert_eq!(appeal.deadline.effective_due, d("2026-12-04"));
    assert_eq!(appeal.deadline.difference_days, Some(2));
    let next = journal::where_am_i(&vault, today, DeadlineOptions::default()).unwrap();
    assert_eq!(next.stage, Stage::NegativeDecision);
    assert!(next.read_now.contains(&"appeal-call".to_string()));
}
