//! Sharing part of a case with a lawyer, on a real vault and real files:
//! exactly the selection comes out (and nothing else is in the decrypted
//! plaintext), wrong keys and passphrases fail, the file shows no
//! plaintext, the share log records it, bad selections are refused.

use passage_core::archive::{generate_identity, Secret};
use passage_core::case::{CaseSelection, Pick};
use passage_core::journal::EventId;
use passage_core::sensitive::UserText;
use passage_core::share::{self, ShareProtection, ShareTarget};
use passage_core::vault::Vault;
use passage_core::Error;
use passage_tests::{
    encodings, options_with_clock, passphrase, realistic_case, test_clock, RealisticCase,
};
use secrecy::{ExposeSecret, SecretString};
use std::io::Read;
use std::path::Path;

fn setup(dir: &Path) -> (Vault, RealisticCase) {
    let clock = test_clock();
    let (vault, _) = Vault::create(
        &dir.join("vault"),
        &passphrase(),
        options_with_clock(&clock),
    )
    .unwrap();
    let case = realistic_case(&vault);
    (vault, case)
}

/// Application made and the decision; the passport (with its scan); the
/// questions; not the chronology.
fn selection(case: &RealisticCase) -> CaseSelection {
    CaseSelection {
        events: Pick::Only(vec![case.events[1], case.events[4]]),
        documents: Pick::Only(vec![case.documents[0]]),
        attachments: true,
        chronology: false,
        lawyer_questions: true,
    }
}

/// The whole decrypted plaintext of an age file (archive framing included).
fn decrypt_all(bytes: &[u8], identity: &age::x25519::Identity) -> Vec<u8> {
    let decryptor = age::Decryptor::new(bytes).unwrap();
    let mut reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .unwrap();
    let mut out = Vec::new();
    reader.read_to_end(&mut out).unwrap();
    out
}

fn contains(haystack: &[u8], marker: &str) -> bool {
    encodings(marker)
        .iter()
        .any(|enc| haystack.windows(enc.len()).any(|w| w == enc.as_slice()))
}

#[test]
fn the_lawyer_sees_exactly_the_selection_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, case) = setup(tmp.path());
    let identity = generate_identity();
    let identity_text = identity.to_string();
    let recipient = identity.to_public().to_string();
    let file = tmp.path().join("for-lawyer.age");
    let receipt = share::create(
        &vault,
        &selection(&case),
        &ShareTarget::Recipient(recipient.clone()),
        UserText::new("Maître Dupont"),
        std::fs::File::create(&file).unwrap(),
    )
    .unwrap();
    assert!(receipt.one_time_passphrase.is_none());
    assert_eq!(receipt.counts.events, 2);
    assert_eq!(receipt.counts.documents, 1);
    assert_eq!(receipt.counts.attachments, 1);
    assert_eq!(receipt.counts.lawyer_questions, 2);
    assert_eq!(receipt.counts.chronology, 0);

    // The raw file: no marker of any kind, selected or not.
    let raw = std::fs::read(&file).unwrap();
    let all_markers: Vec<&str> = case
        .event_markers
        .iter()
        .chain(&case.document_markers)
        .chain([&case.chronology_marker, &case.question_marker])
        .copied()
        .chain(["Maître Dupont", "passport-scan.pdf", "Dr. Haddad"])
        .collect();
    for m in &all_markers {
        assert!(!contains(&raw, m), "plaintext {m:?} in the share file");
    }
    assert!(!raw.windows(40).any(|w| w == &case.scan_bytes[1000..1040]));

    // The whole plaintext after decryption: what was selected, and no
    // trace of what was not (unselected notes, chronology, other documents).
    let plain = decrypt_all(&raw, &identity);
    for i in [1, 4] {
        assert!(contains(&plain, case.event_markers[i]), "event {i} missing");
    }
    for i in [0, 2, 3, 5] {
        assert!(
            !contains(&plain, case.event_markers[i]),
            "unselected event {i} leaked into the share"
        );
        assert!(!contains(&plain, &case.events[i].to_string()));
    }
    assert!(contains(&plain, case.document_markers[0]));
    for i in [1, 2] {
        assert!(
            !contains(&plain, case.document_markers[i]),
            "document {i} leaked"
        );
        assert!(!contains(&plain, &case.documents[i].to_string()));
    }
    assert!(!contains(&plain, case.chronology_marker));
    assert!(!contains(&plain, "Aleppo"));
    assert!(
        !contains(&plain, "Maître Dupont"),
        "the label stays in the vault"
    );
    assert!(contains(&plain, case.question_marker));

    // Opening it as the lawyer does, saving the attachment.
    let saved = tmp.path().join("saved");
    std::fs::create_dir(&saved).unwrap();
    let opened = share::open(
        std::fs::File::open(&file).unwrap(),
        &Secret::Identity(identity),
        Some(&saved),
    )
    .unwrap();
    assert_eq!(opened.id, receipt.id);
    let ids: Vec<&str> = opened
        .extract
        .events
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [case.events[1].to_string(), case.events[4].to_string()]
    );
    assert_eq!(
        opened.extract.events[1].note.as_str(),
        case.event_markers[4]
    );
    assert!(opened
        .extract
        .deadlines
        .iter()
        .all(|d| d.event_id == case.events[4].to_string()
            || d.event_id == case.events[1].to_string()));
    assert!(opened
        .extract
        .deadlines
        .iter()
        .any(|d| d.rule_id == "call-appeal"));
    assert_eq!(opened.extract.documents.len(), 1);
    assert_eq!(
        opened.extract.documents[0].id,
        case.documents[0].to_string()
    );
    assert!(opened.extract.chronology.is_none());
    assert_eq!(opened.extract.lawyer_questions.as_ref().unwrap().len(), 2);
    assert_eq!(opened.attachments.len(), 1);
    assert_eq!(opened.attachments[0].name.as_str(), "passport-scan.pdf");
    let path = opened.attachments[0].saved_to.clone().unwrap();
    assert_eq!(path, saved.join("passport-scan.pdf"));
    assert_eq!(std::fs::read(&path).unwrap(), case.scan_bytes);
    assert_eq!(passage_tests::file_names(&saved), ["passport-scan.pdf"]);

    // Opening again into the same folder never replaces the first copy.
    let again = share::open(
        std::fs::File::open(&file).unwrap(),
        &Secret::identity_text(identity_text.expose_secret()).unwrap(),
        Some(&saved),
    )
    .unwrap();
    assert_eq!(
        again.attachments[0].saved_to.as_deref(),
        Some(saved.join("passport-scan (2).pdf").as_path())
    );
    assert_eq!(std::fs::read(&path).unwrap(), case.scan_bytes);

    // The share log records what, with whom and when.
    let log = share::share_log(&vault).unwrap();
    assert_eq!(log.len(), 1);
    let entry = &log[0].value;
    assert_eq!(entry.share_id, receipt.id);
    assert_eq!(entry.recipient_label.as_str(), "Maître Dupont");
    assert_eq!(entry.protection, ShareProtection::Recipient { recipient });
    assert_eq!(entry.counts, receipt.counts);
    assert_eq!(
        entry.events,
        [case.events[1].to_string(), case.events[4].to_string()]
    );
    assert_eq!(entry.documents, [case.documents[0].to_string()]);
    assert_eq!(entry.attachments, [case.passport_scan.to_string()]);
    assert!(entry.lawyer_questions && !entry.chronology);
    assert_eq!(entry.created_at, receipt.created_at);
}

#[test]
fn wrong_keys_and_passphrases_fail_with_wrong_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, case) = setup(tmp.path());
    let identity = generate_identity();
    let mut to_key = Vec::new();
    share::create(
        &vault,
        &selection(&case),
        &ShareTarget::Recipient(identity.to_public().to_string()),
        UserText::new("Lawyer"),
        &mut to_key,
    )
    .unwrap();
    let other = Secret::Identity(generate_identity());
    assert_eq!(
        share::open(&to_key[..], &other, None).unwrap_err(),
        Error::WrongPassphrase
    );

    let mut to_words = Vec::new();
    let receipt = share::create(
        &vault,
        &selection(&case),
        &ShareTarget::OneTimePassphrase,
        UserText::new("Social worker at the centre"),
        &mut to_words,
    )
    .unwrap();
    let words = receipt.one_time_passphrase.unwrap();
    assert_eq!(
        words.expose_secret().split(' ').count(),
        share::ONE_TIME_PASSPHRASE_WORDS
    );
    for m in case.event_markers.iter().chain(&case.document_markers) {
        assert!(!contains(&to_words, m));
    }
    let wrong = Secret::Passphrase(SecretString::from("wrong words entirely here"));
    assert_eq!(
        share::open(&to_words[..], &wrong, None).unwrap_err(),
        Error::WrongPassphrase
    );
    // A key for a passphrase file (and the reverse) is a clear input error.
    assert!(matches!(
        share::open(&to_words[..], &other, None),
        Err(Error::InvalidInput { .. })
    ));
    let opened = share::open(&to_words[..], &Secret::Passphrase(words), None).unwrap();
    assert_eq!(opened.extract.events.len(), 2);
    assert!(opened.attachments[0].saved_to.is_none());

    let log = share::share_log(&vault).unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].value.protection, ShareProtection::OneTimePassphrase);
}

#[test]
fn a_damaged_or_cut_share_is_refused_and_leaves_nothing_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, case) = setup(tmp.path());
    let words;
    let mut bytes = Vec::new();
    {
        let receipt = share::create(
            &vault,
            &selection(&case),
            &ShareTarget::OneTimePassphrase,
            UserText::new("Lawyer"),
            &mut bytes,
        )
        .unwrap();
        words = receipt.one_time_passphrase.unwrap();
    }
    let saved = tmp.path().join("saved");
    std::fs::create_dir(&saved).unwrap();
    let secret = Secret::Passphrase(words);
    let len = bytes.len();
    for cut in [len - 1, len - 17, len / 2, 300] {
        let r = share::open(&bytes[..cut], &secret, Some(&saved));
        assert!(
            matches!(r, Err(Error::Corrupt { .. })),
            "cut at {cut}: {r:?}"
        );
    }
    for at in [len - 5, len / 2, len / 3] {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x40;
        let r = share::open(&flipped[..], &secret, Some(&saved));
        assert!(
            matches!(r, Err(Error::Corrupt { .. })),
            "flip at {at}: {r:?}"
        );
    }
    assert!(
        passage_tests::file_names(&saved).is_empty(),
        "partial files left"
    );
    share::open(&bytes[..], &secret, Some(&saved)).unwrap();
    assert_eq!(passage_tests::file_names(&saved), ["passport-scan.pdf"]);
}

#[test]
fn an_empty_selection_or_unknown_id_is_refused_and_nothing_is_logged() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, case) = setup(tmp.path());
    let target = ShareTarget::OneTimePassphrase;
    let mut out = Vec::new();
    let e = share::create(
        &vault,
        &CaseSelection::default(),
        &target,
        UserText::new("Lawyer"),
        &mut out,
    )
    .unwrap_err();
    assert_eq!(e, Error::invalid("selection", "nothing selected"));
    // Attachments alone select nothing either.
    let only_attachments = CaseSelection {
        attachments: true,
        ..CaseSelection::default()
    };
    assert!(matches!(
        share::create(
            &vault,
            &only_attachments,
            &target,
            UserText::new("L"),
            &mut out
        ),
        Err(Error::InvalidInput { .. })
    ));
    // An id that is not in the vault (here: a document id given as an event).
    let not_an_event: EventId = case.documents[0].to_string().parse().unwrap();
    let e = share::create(
        &vault,
        &CaseSelection::only(vec![case.events[0], not_an_event], vec![]),
        &target,
        UserText::new("Lawyer"),
        &mut out,
    )
    .unwrap_err();
    match e {
        Error::NotFound { what } => assert!(what.starts_with("journal event "), "{what}"),
        other => panic!("{other:?}"),
    }
    // An event in the trash is not shared either.
    passage_core::journal::delete(&vault, &case.events[2]).unwrap();
    let e = share::create(
        &vault,
        &CaseSelection::only(vec![case.events[2]], vec![]),
        &target,
        UserText::new("Lawyer"),
        &mut out,
    )
    .unwrap_err();
    assert_eq!(
        e,
        Error::not_found(format!("journal event {}", case.events[2]))
    );
    let e = share::create(
        &vault,
        &CaseSelection::only(vec![], vec!["00".repeat(16).parse().unwrap()]),
        &target,
        UserText::new("Lawyer"),
        &mut out,
    )
    .unwrap_err();
    assert!(
        matches!(&e, Error::NotFound { what } if what.starts_with("checklist item ")),
        "{e:?}"
    );
    // A blank label and a mistyped key.
    assert!(matches!(
        share::create(
            &vault,
            &selection(&case),
            &target,
            UserText::new("  "),
            &mut out
        ),
        Err(Error::InvalidInput { .. })
    ));
    let mut key = generate_identity().to_public().to_string();
    key.replace_range(10..11, if &key[10..11] == "q" { "p" } else { "q" });
    assert!(matches!(
        share::create(
            &vault,
            &selection(&case),
            &ShareTarget::Recipient(key),
            UserText::new("Lawyer"),
            &mut out
        ),
        Err(Error::InvalidInput { .. })
    ));
    assert!(out.is_empty(), "nothing was written");
    assert!(share::share_log(&vault).unwrap().is_empty());
}

/// A share crafted by someone else (the archive format is public): a
/// path in an attachment name or in the share id must not make `open`
/// write outside the folder it was given.
#[test]
fn a_hostile_share_cannot_write_outside_the_chosen_folder() {
    use passage_core::archive::{ArchiveWriter, Protection, KIND_SHARE};
    use passage_core::case;
    use passage_core::share::{ShareCounts, ShareManifest};

    let tmp = tempfile::tempdir().unwrap();
    let (vault, case) = setup(tmp.path());
    let mut extract =
        case::extract(&vault, &selection(&case), passage_tests::realistic_today()).unwrap();
    extract.documents[0].attachments[0].name = UserText::new("../../escaped.txt");
    let body = b"not really a passport".to_vec();
    extract.documents[0].attachments[0].size = body.len() as u64;
    extract.documents[0].attachments[0].sha256 = {
        use std::fmt::Write;
        let digest = <sha2::Sha256 as sha2::Digest>::digest(&body);
        digest.iter().fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
    };
    let attachment_id = extract.documents[0].attachments[0].id.clone();
    let words = "six words told in person only";
    let write = |share_id: &str| -> Vec<u8> {
        let manifest = ShareManifest {
            format: 1,
            share_id: share_id.to_string(),
            created_at: extract.generated_at,
            counts: ShareCounts::default(),
        };
        let protection = Protection::Passphrase {
            passphrase: SecretString::from(words),
            log_n: 4,
        };
        let mut out = Vec::new();
        let mut w = ArchiveWriter::start(&mut out, &protection, KIND_SHARE, &manifest).unwrap();
        w.add_json("case", &extract).unwrap();
        w.add_stream(
            &format!("attachment/{attachment_id}"),
            body.len() as u64,
            &body[..],
        )
        .unwrap();
        w.finish().unwrap();
        out
    };
    let folder = tmp.path().join("deep").join("saved");
    std::fs::create_dir_all(&folder).unwrap();
    let secret = Secret::Passphrase(SecretString::from(words));

    let evil_id = write("../../../escaped-id");
    let r = share::open(&evil_id[..], &secret, Some(&folder));
    assert!(matches!(r, Err(Error::Corrupt { .. })), "{r:?}");

    let evil_name = write(&"ab".repeat(16));
    let opened = share::open(&evil_name[..], &secret, Some(&folder)).unwrap();
    assert_eq!(
        opened.attachments[0].saved_to.as_deref(),
        Some(folder.join("escaped.txt").as_path())
    );
    assert_eq!(passage_tests::file_names(&folder), ["escaped.txt"]);
    assert!(!tmp.path().join("escaped.txt").exists());
    assert!(!tmp.path().join("deep").join("escaped.txt").exists());
    assert_eq!(
        passage_tests::file_names(&tmp.path().join("deep")),
        ["saved"]
    );
}

#[test]
fn a_share_whose_export_was_cancelled_leaves_the_log_but_stays_in_the_trash() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, case) = setup(tmp.path());
    let mut kept = Vec::new();
    share::create(
        &vault,
        &selection(&case),
        &ShareTarget::OneTimePassphrase,
        UserText::new("Lawyer"),
        &mut kept,
    )
    .unwrap();
    let mut cancelled = Vec::new();
    let receipt = share::create(
        &vault,
        &selection(&case),
        &ShareTarget::OneTimePassphrase,
        UserText::new("Social worker"),
        &mut cancelled,
    )
    .unwrap();
    assert_eq!(share::share_log(&vault).unwrap().len(), 2);

    share::forget(&vault, &receipt.id).unwrap();
    let log = share::share_log(&vault).unwrap();
    assert_eq!(log.len(), 1);
    assert_ne!(log[0].value.share_id, receipt.id);
    // Nothing is lost: the entry is in the trash and can come back.
    let trashed = vault
        .list_trash::<share::ShareLogEntry>()
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect::<Vec<_>>();
    assert_eq!(trashed.len(), 1);
    vault.restore(&trashed[0]).unwrap();
    assert_eq!(share::share_log(&vault).unwrap().len(), 2);

    // An unknown share is a precise error and changes nothing.
    assert!(matches!(
        share::forget(&vault, "00112233445566778899aabbccddeeff"),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(share::share_log(&vault).unwrap().len(), 2);
}
