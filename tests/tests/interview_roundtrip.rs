//! Interview preparation on a real vault: notes, chronology and its check,
//! profile, lawyer questions, officer requests, practice, the interview day,
//! notes review and the letter; round trip, bad input, plaintext scan.

use passage_core::interview::{
    ApproxDate, ChronologyEntry, CorrectionKind, EventKind, FindingKind, GenderPreference,
    Interview, InterviewProfile, LetterLanguage, LetterRequest, NotesCorrection,
    OfficerRequestKind, Topic,
};
use passage_core::sensitive::UserText;
use passage_core::Error;
use passage_tests::{find_marker, new_vault, reopen, stored_snapshot};

/// Drops the value of a result, keeping the error.
fn ok<T>(r: Result<T, Error>) -> Result<(), Error> {
    r.map(|_| ())
}

fn event(date: &str, kind: EventKind, title: &str, place: &str) -> ChronologyEntry {
    let mut e = ChronologyEntry::new(Some(date.parse().unwrap()), UserText::new(title));
    e.kind = kind;
    e.place = UserText::new(place);
    e
}

#[test]
fn interview_preparation_survives_close_and_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let (left, arrived, q, corr);
    {
        let iv = Interview::new(&vault);
        iv.set_profile(&InterviewProfile {
            name: UserText::new("Amina Yusuf"),
            cgrs_reference: UserText::new("CG 24/12345"),
            date_of_birth: Some(ApproxDate::day(1998, 3, 14).unwrap()),
            procedure_language: Some(LetterLanguage::Dutch),
        })
        .unwrap();
        let text = "  My words,\nexactly as I wrote them.  ";
        iv.add_note(Topic::WhyYouLeft, UserText::new(text)).unwrap();
        iv.add_note(Topic::WhoYouAre, UserText::new("My name"))
            .unwrap();
        left = iv
            .add_event(event(
                "2023-05-02",
                EventKind::LeftCountry,
                "Left home",
                "Kabul",
            ))
            .unwrap();
        arrived = iv
            .add_event(event(
                "2023-04-20",
                EventKind::ArrivedBelgium,
                "Arrived",
                "Brussels",
            ))
            .unwrap();
        let mut aged = event("~2010", EventKind::Event, "School closed", "Herat");
        aged.age = Some(12);
        iv.add_event(aged).unwrap();
        q = iv
            .add_lawyer_question(UserText::new("Can I bring my cousin?"))
            .unwrap();
        iv.answer_lawyer_question(&q, true, Some(UserText::new("No, only a trusted person.")))
            .unwrap();
        iv.add_officer_request(
            OfficerRequestKind::InterpreterGender,
            Some(GenderPreference::Female),
            UserText::default(),
        )
        .unwrap();
        iv.add_officer_request(
            OfficerRequestKind::NeedBreak,
            None,
            UserText::new("After one hour"),
        )
        .unwrap();
        iv.save_answer("journey-1", UserText::new("In May 2023."), false)
            .unwrap();
        iv.save_answer("journey-1", UserText::new("On 2 May 2023, by car."), true)
            .unwrap();
        iv.set_day_item("invitation-letter", true).unwrap();
        iv.set_day_item("notes-copy", true).unwrap();
        iv.set_day_item("notes-copy", false).unwrap();
        corr = iv
            .add_correction(&NotesCorrection {
                page: 4,
                paragraph: Some(3),
                kind: CorrectionKind::Correction,
                notes_say: UserText::new("I left in April"),
                text: UserText::new("I left on 2 May 2023."),
            })
            .unwrap();
        assert_eq!(
            iv.notes(Some(Topic::WhyYouLeft)).unwrap()[0]
                .value
                .text
                .as_str(),
            text
        );
    }
    drop(vault);

    let vault = reopen(&path);
    let iv = Interview::new(&vault);
    let notes = iv.notes(None).unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].value.topic, Topic::WhoYouAre, "sorted by topic");
    assert_eq!(
        notes[1].value.text.as_str(),
        "  My words,\nexactly as I wrote them.  "
    );
    assert_eq!(iv.events().unwrap().len(), 3);
    let q1 = &iv.lawyer_questions().unwrap()[0].value;
    assert!(q1.answered && q1.answer.as_str() == "No, only a trusted person.");
    assert_eq!(iv.officer_requests().unwrap().len(), 2);
    let answers = iv.answers().unwrap();
    assert_eq!(answers.len(), 1, "one answer per question");
    assert!(answers[0].value.practised && answers[0].value.practised_on.is_some());
    let day = iv.day_checklist().unwrap();
    let ticked: Vec<&str> = day.iter().filter(|(_, t)| *t).map(|(i, _)| i.id).collect();
    assert_eq!(ticked, vec!["invitation-letter"]);
    assert_eq!(
        iv.practice_questions(Some(Topic::Journey)).unwrap().len(),
        6
    );

    // The check finds the departure after the arrival; the age fits.
    let findings = iv.check().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].kind, FindingKind::DepartureAfterArrival);
    assert_eq!(findings[0].entry, left.to_string());
    assert_eq!(findings[0].other, Some(arrived.to_string()));
    // Fixing the entry clears it.
    iv.update_event(
        &arrived,
        event(
            "2023-05-20",
            EventKind::ArrivedBelgium,
            "Arrived",
            "Brussels",
        ),
    )
    .unwrap();
    assert!(iv.check().unwrap().is_empty());

    // The letter takes name and reference from the profile.
    let letter = iv
        .comments_letter(LetterRequest {
            language: LetterLanguage::Dutch,
            date: "2026-12-01".parse().unwrap(),
            deadline: Some("2026-12-09".parse().unwrap()),
            interview_date: Some("2026-11-20".parse().unwrap()),
            name: None,
            cgrs_reference: None,
        })
        .unwrap();
    let text = letter.text.as_str();
    assert!(
        text.starts_with("Amina Yusuf\nReferentie CGVS: CG 24/12345"),
        "{text}"
    );
    assert!(text.contains("1. Pagina 4, alinea 3 – verbetering"));
    assert!(text.contains("I left on 2 May 2023."));
    assert_eq!(
        (letter.status, letter.days_left, letter.late),
        ("machine-drafted", Some(8), false)
    );

    // Trash and restore go through one generic call per record type.
    iv.trash(&corr).unwrap();
    assert!(iv.corrections().unwrap().is_empty());
    iv.restore(&corr).unwrap();
    assert_eq!(iv.corrections().unwrap().len(), 1);
}

#[test]
fn bad_input_is_refused_and_nothing_is_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let iv = Interview::new(&vault);
    let first = iv
        .add_event(event("2020", EventKind::Event, "a", "b"))
        .unwrap();
    let before = stored_snapshot(&path);
    let field = |r: Result<(), Error>| match r {
        Err(Error::InvalidInput { field, .. }) => field,
        Err(Error::NotFound { what }) => format!("not found: {what}"),
        other => panic!("expected a refusal, got {other:?}"),
    };

    assert_eq!(
        field(ok(iv.add_note(Topic::Journey, UserText::new(" ")))),
        "note"
    );
    assert_eq!(
        field(ok(
            iv.add_note(Topic::Journey, UserText::new("x".repeat(20_001)))
        )),
        "note"
    );
    assert_eq!(field(ok("weather".parse::<Topic>())), "topic");
    assert_eq!(field(ok("2019-13".parse::<ApproxDate>())), "date");
    let mut e = event("2020", EventKind::Event, "t", "p");
    e.title = UserText::new("");
    assert_eq!(field(ok(iv.add_event(e))), "title");
    let mut e = event("2020", EventKind::Event, "t", "p");
    e.date = Some(ApproxDate {
        year: 2020,
        month: Some(2),
        day: Some(30),
        about: false,
    });
    assert_eq!(field(ok(iv.add_event(e))), "date");
    let mut e = event("2020", EventKind::Event, "t", "p");
    e.age = Some(131);
    assert_eq!(field(ok(iv.add_event(e))), "age");
    let mut e = event("2020", EventKind::Event, "t", "p");
    e.after = Some("00112233445566778899aabbccddeeff".into());
    assert_eq!(field(ok(iv.add_event(e))), "not found: chronology entry");
    let mut e = event("2020", EventKind::Event, "t", "p");
    e.same_event_as = Some(first.to_string());
    assert_eq!(field(iv.update_event(&first, e)), "same event as");
    assert_eq!(
        field(ok(iv.save_answer(
            "no-such-question",
            UserText::new("a"),
            true
        ))),
        "question"
    );
    assert_eq!(field(iv.set_day_item("no-such-item", true)), "item");
    assert_eq!(
        field(ok(iv.add_officer_request(
            OfficerRequestKind::OfficerGender,
            None,
            UserText::default()
        ))),
        "preference"
    );
    let corr = |page, text: &str| NotesCorrection {
        page,
        paragraph: None,
        kind: CorrectionKind::Addition,
        notes_say: UserText::default(),
        text: UserText::new(text),
    };
    assert_eq!(field(ok(iv.add_correction(&corr(0, "x")))), "page");
    assert_eq!(field(ok(iv.add_correction(&corr(1, "")))), "correction");
    let req = LetterRequest {
        language: LetterLanguage::French,
        date: "2026-12-01".parse().unwrap(),
        deadline: None,
        interview_date: None,
        name: None,
        cgrs_reference: None,
    };
    assert_eq!(field(ok(iv.comments_letter(req))), "corrections");
    let p = InterviewProfile {
        date_of_birth: Some(ApproxDate {
            year: 1850,
            month: None,
            day: None,
            about: false,
        }),
        ..InterviewProfile::default()
    };
    assert_eq!(field(iv.set_profile(&p)), "date");

    assert!(
        stored_snapshot(&path) == before,
        "a refused call changed the vault"
    );
    assert_eq!(iv.events().unwrap().len(), 1);
}

#[test]
fn interview_text_never_appears_in_the_vault_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let iv = Interview::new(&vault);
    let m: Vec<String> = (0..8).map(|i| format!("ZQXINTERVIEW{i}MARK")).collect();
    iv.add_note(Topic::WhyYouLeft, UserText::new(&m[0]))
        .unwrap();
    let mut e = event("2019-04", EventKind::Event, &m[1], &m[2]);
    e.people = UserText::new(&m[3]);
    e.what_happened = UserText::new(&m[4]);
    iv.add_event(e).unwrap();
    iv.add_lawyer_question(UserText::new(&m[5])).unwrap();
    iv.add_correction(&NotesCorrection {
        page: 1,
        paragraph: None,
        kind: CorrectionKind::Addition,
        notes_say: UserText::default(),
        text: UserText::new(&m[6]),
    })
    .unwrap();
    iv.set_profile(&InterviewProfile {
        name: UserText::new(&m[7]),
        ..InterviewProfile::default()
    })
    .unwrap();
    drop(vault);
    for marker in &m {
        let hits = find_marker(&path, marker);
        assert!(hits.is_empty(), "{marker} found in {hits:?}");
    }
}
