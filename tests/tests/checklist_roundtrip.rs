//! The document checklist on a real vault: every operation survives close
//! and reopen; progress; suggestions per stage and situation; bad input is
//! refused with nothing stored.

use passage_core::attachments::{Attachments, ImportOptions};
use passage_core::checklist::{
    Checklist, ItemEdit, ItemStatus, Location, Section, Situation, Stage,
};
use passage_core::sensitive::UserText;
use passage_core::Error;
use passage_tests::{new_vault, reopen, stored_snapshot};

#[test]
fn every_checklist_operation_survives_close_and_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let (passport, custom, warrant, attachment);
    {
        let c = Checklist::new(&vault);
        passport = c.add_from_template("passport").unwrap();
        warrant = c.add_from_template("arrest-warrant").unwrap();
        custom = c
            .add_custom(
                Section::ReasonsForFleeing,
                UserText::new("Letter from my teacher"),
            )
            .unwrap();
        c.set_status(&passport, ItemStatus::HandedIn).unwrap();
        c.set_location(
            &passport,
            Location::WithCgrs,
            Some("2026-10-02".parse().unwrap()),
            None,
        )
        .unwrap();
        c.set_status(&warrant, ItemStatus::NotAvailable).unwrap();
        c.edit(
            &warrant,
            ItemEdit {
                why_not_available: Some(UserText::new("The police kept it.")),
                note: Some(UserText::new("Ask my cousin")),
                ..ItemEdit::default()
            },
        )
        .unwrap();
        attachment = Attachments::new(&vault)
            .import_bytes(
                UserText::new("letter.jpg"),
                b"\xFF\xD8\xFF..",
                ImportOptions::default(),
            )
            .unwrap();
        c.link_attachment(&custom, &attachment.to_string()).unwrap();
        c.link_journal_event(&custom, "00112233445566778899AABBCCDDEEFF")
            .unwrap();
        c.trash(&warrant).unwrap();
    }
    drop(vault);

    let vault = reopen(&path);
    let c = Checklist::new(&vault);
    let items = c.list().unwrap();
    assert_eq!(
        items.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![passport, custom]
    );
    let p = &c.get(&passport).unwrap().value;
    assert_eq!(p.status, ItemStatus::HandedIn);
    assert_eq!(p.title("en"), "Passport");
    let loc = p.location.as_ref().unwrap();
    assert_eq!(loc.place, Location::WithCgrs);
    assert_eq!(
        loc.since.map(|d| d.to_string()).as_deref(),
        Some("2026-10-02")
    );
    let mine = &c.get(&custom).unwrap().value;
    assert_eq!(mine.title("fr"), "Letter from my teacher");
    assert_eq!(mine.template, None);
    assert_eq!(mine.attachments, vec![attachment.to_string()]);
    assert_eq!(
        mine.journal_events,
        vec!["00112233445566778899aabbccddeeff".to_string()]
    );
    assert_eq!(
        Attachments::new(&vault).get(&attachment).unwrap().item,
        Some(custom.to_string())
    );
    assert_eq!(format!("{mine:?}"), "ChecklistItem { .. }");
    assert!(!format!("{mine:?}").contains("teacher"));

    c.restore(&warrant).unwrap();
    let w = c.get(&warrant).unwrap().value;
    assert_eq!(w.why_not_available.as_str(), "The police kept it.");
    assert_eq!(w.note.as_str(), "Ask my cousin");
    c.unlink_attachment(&custom, &attachment.to_string())
        .unwrap();
    assert!(c.get(&custom).unwrap().value.attachments.is_empty());
    assert_eq!(
        Attachments::new(&vault).get(&attachment).unwrap().item,
        None
    );
    // The same template twice is refused while the first is live.
    assert!(matches!(
        c.add_from_template("passport"),
        Err(Error::AlreadyExists { .. })
    ));
}

#[test]
fn progress_counts_by_section_and_status() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let c = Checklist::new(&vault);
    let ids: Vec<_> = [
        "passport",
        "birth-certificate",
        "military-booklet",
        "annex-26",
    ]
    .iter()
    .map(|t| c.add_from_template(t).unwrap())
    .collect();
    c.set_status(&ids[0], ItemStatus::HaveOriginal).unwrap();
    c.set_status(&ids[1], ItemStatus::HaveCopy).unwrap();
    c.set_status(&ids[2], ItemStatus::NotAvailable).unwrap();
    let p = c.progress().unwrap();
    let identity = p
        .sections
        .iter()
        .find(|s| s.section == Section::Identity)
        .unwrap();
    assert_eq!(
        (
            identity.counts.total,
            identity.counts.done,
            identity.counts.percent_done
        ),
        (3, 2, 66)
    );
    assert_eq!(
        (
            identity.counts.have_original,
            identity.counts.have_copy,
            identity.counts.not_available
        ),
        (1, 1, 1)
    );
    // A missing document counts as done once the reason is written down.
    c.edit(
        &ids[2],
        ItemEdit {
            why_not_available: Some(UserText::new("I never had one")),
            ..ItemEdit::default()
        },
    )
    .unwrap();
    let p = c.progress().unwrap();
    assert_eq!(
        (p.overall.total, p.overall.done, p.overall.percent_done),
        (4, 3, 75)
    );
    let letters = p
        .sections
        .iter()
        .find(|s| s.section == Section::ProcedureLetters)
        .unwrap();
    assert_eq!((letters.counts.needed, letters.counts.percent_done), (1, 0));
    assert_eq!(p.sections.len(), Section::ALL.len());
}

#[test]
fn suggestions_follow_stage_and_situation_and_skip_what_was_added() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(tmp.path(), "v");
    let c = Checklist::new(&vault);
    let ids = |v: Vec<&passage_core::checklist::Template>| -> Vec<&str> {
        v.iter().map(|t| t.id).collect()
    };

    let reg = ids(c.suggested_items(Stage::Registration).unwrap());
    assert!(reg.contains(&"passport") && reg.contains(&"annex-26"));
    assert!(!reg.contains(&"blue-passport-photo") && !reg.contains(&"interview-notes-copy"));
    assert!(
        !reg.contains(&"lgbtqia-evidence"),
        "situation items need the situation"
    );

    let before = ids(c
        .suggested_items_for(Stage::BeforeInterview, &[Situation::Lgbtqia])
        .unwrap());
    assert!(before.contains(&"lgbtqia-evidence") && before.contains(&"interview-invitation"));

    let refugee = ids(c.suggested_items(Stage::RefugeeStatus).unwrap());
    assert!(refugee.contains(&"blue-passport-photo") && refugee.contains(&"refugee-certificate"));
    assert!(!refugee.contains(&"family-declaration-form"));
    let with_kids = ids(c
        .suggested_items_for(
            Stage::RefugeeStatus,
            &[Situation::Children, Situation::FamilyReunification],
        )
        .unwrap());
    assert!(with_kids.contains(&"family-declaration-form"));
    assert!(with_kids.contains(&"family-criminal-record-extract"));
    let subsidiary = ids(c.suggested_items(Stage::SubsidiaryProtection).unwrap());
    assert!(
        !subsidiary.contains(&"blue-passport-photo"),
        "the blue passport is for refugees"
    );

    let id = c.add_from_template("passport").unwrap();
    assert!(!ids(c.suggested_items(Stage::Registration).unwrap()).contains(&"passport"));
    c.trash(&id).unwrap();
    assert!(ids(c.suggested_items(Stage::Registration).unwrap()).contains(&"passport"));
}

#[test]
fn bad_input_is_refused_and_nothing_is_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, path) = new_vault(tmp.path(), "v");
    let c = Checklist::new(&vault);
    let item = c.add_from_template("passport").unwrap();
    let stored = c.get(&item).unwrap().value;
    let before = stored_snapshot(&path);

    let field = |r: Result<(), Error>| match r {
        Err(Error::InvalidInput { field, .. }) => field,
        other => panic!("expected InvalidInput, got {other:?}"),
    };
    assert_eq!(
        field(c.add_from_template("no-such-template").map(|_| ())),
        "template"
    );
    assert_eq!(field("lost-it".parse::<ItemStatus>().map(|_| ())), "status");
    assert_eq!(
        field("under-my-bed".parse::<Location>().map(|_| ())),
        "location"
    );
    assert_eq!(
        field(c.set_location(
            &item,
            Location::WithMe,
            Some("1989-12-31".parse().unwrap()),
            None
        )),
        "since"
    );
    assert_eq!(
        field(c.set_location(
            &item,
            Location::WithMe,
            Some("2101-01-01".parse().unwrap()),
            None
        )),
        "since"
    );
    assert_eq!(
        field(
            c.add_custom(Section::Identity, UserText::new("   "))
                .map(|_| ())
        ),
        "title"
    );
    let long = UserText::new("x".repeat(20_001));
    assert_eq!(
        field(c.edit(
            &item,
            ItemEdit {
                note: Some(long.clone()),
                ..ItemEdit::default()
            }
        )),
        "note"
    );
    assert_eq!(
        field(c.edit(
            &item,
            ItemEdit {
                why_not_available: Some(long),
                ..ItemEdit::default()
            }
        )),
        "why not available"
    );
    assert_eq!(
        field(
            c.add_custom(Section::Identity, UserText::new("t".repeat(301)))
                .map(|_| ())
        ),
        "title"
    );
    assert_eq!(
        field(c.link_journal_event(&item, "not-an-id")),
        "journal event"
    );
    assert!(matches!(
        c.link_attachment(&item, "00112233445566778899aabbccddeeff"),
        Err(Error::NotFound { .. })
    ));
    // One edit is all or nothing: a valid status with a too long note
    // stores neither.
    assert_eq!(
        field(c.edit(
            &item,
            ItemEdit {
                status: Some(ItemStatus::HaveCopy),
                note: Some(UserText::new("z".repeat(20_001))),
                ..ItemEdit::default()
            }
        )),
        "note"
    );
    // Errors never repeat what was typed.
    let e = c
        .add_custom(Section::Identity, UserText::new("y".repeat(400)))
        .unwrap_err();
    assert!(!e.to_string().contains("yyy"));

    assert!(
        stored_snapshot(&path) == before,
        "a refused call changed the vault"
    );
    assert_eq!(c.list().unwrap().len(), 1);
    assert_eq!(c.get(&item).unwrap().value, stored);
    // A note of exactly 20,000 characters is fine.
    c.edit(
        &item,
        ItemEdit {
            note: Some(UserText::new("é".repeat(20_000))),
            ..ItemEdit::default()
        },
    )
    .unwrap();
}
