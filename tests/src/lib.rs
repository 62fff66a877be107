//! Shared helpers for Passage's end-to-end tests. The tests themselves are in
//! `tests/tests/`; helper binaries that tests run as child processes are in
//! `tests/src/bin/`.

use passage_core::clock::FixedClock;
use passage_core::sensitive::UserText;
use passage_core::vault::{Record, Vault, VaultOptions};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A record type for tests: a note with a title and a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestNote {
    pub title: UserText,
    pub body: UserText,
    pub counter: u64,
}

impl Record for TestNote {
    const COLLECTION: &'static str = "test-notes";
}

impl TestNote {
    pub fn new(title: &str, body: &str, counter: u64) -> Self {
        TestNote {
            title: UserText::new(title),
            body: UserText::new(body),
            counter,
        }
    }
}

/// The passphrase the tests use.
pub fn passphrase() -> SecretString {
    SecretString::from("test passphrase 123")
}

/// Creates a vault with a cheap KDF (tests only) in `dir/name`.
pub fn new_vault(dir: &Path, name: &str) -> (Vault, PathBuf) {
    let path = dir.join(name);
    let (vault, _recovery) = Vault::create(&path, &passphrase(), VaultOptions::insecure_fast_kdf())
        .expect("create vault");
    (vault, path)
}

/// Reopens and unlocks a vault.
pub fn reopen(path: &Path) -> Vault {
    let vault = Vault::open(path, VaultOptions::insecure_fast_kdf()).expect("open vault");
    vault.unlock(&passphrase()).expect("unlock vault");
    vault
}

/// Every file below `dir` with its bytes, sorted by path.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, bytes));
            }
        }
    }
    out.sort();
    out
}

/// The ways a marker could appear in a file: UTF-8, UTF-16 LE and BE.
pub fn encodings(marker: &str) -> Vec<Vec<u8>> {
    let le: Vec<u8> = marker
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let be: Vec<u8> = marker
        .encode_utf16()
        .flat_map(|u| u.to_be_bytes())
        .collect();
    vec![marker.as_bytes().to_vec(), le, be]
}

/// Files (and encodings) under `dir` that contain `marker`.
pub fn find_marker(dir: &Path, marker: &str) -> Vec<String> {
    let mut hits = Vec::new();
    for (path, bytes) in snapshot(dir) {
        for (i, enc) in encodings(marker).iter().enumerate() {
            if bytes.windows(enc.len()).any(|w| w == enc.as_slice()) {
                hits.push(format!("{} (encoding {i})", path.display()));
            }
        }
    }
    hits
}

/// Deterministic pseudo-random bytes (xorshift) for attachment tests:
/// the same `seed` and `len` always give the same bytes.
pub fn pattern(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Names of the files directly in `dir`, sorted (empty if it is missing).
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// [`snapshot`] without SQLite's `-shm` file: that file is the WAL index
/// (shared-memory coordination, rebuilt from the WAL, holding no record
/// data) and changes when a transaction merely reads.
pub fn stored_snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut s = snapshot(dir);
    s.retain(|(p, _)| !p.to_string_lossy().ends_with("-shm"));
    s
}

/// Copies a folder tree (a "copy of the phone's storage" in the tests).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create copy folder");
    for e in std::fs::read_dir(from).expect("read folder").flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).expect("copy file");
        }
    }
}

/// Test vault options (cheap KDF) with a clock the test moves by hand.
pub fn options_with_clock(clock: &Arc<FixedClock>) -> VaultOptions {
    VaultOptions {
        clock: clock.clone(),
        ..VaultOptions::insecure_fast_kdf()
    }
}

/// A fixed clock at 2026-12-01 10:00 UTC.
pub fn test_clock() -> Arc<FixedClock> {
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z")
        .expect("valid time")
        .with_timezone(&chrono::Utc);
    Arc::new(FixedClock::new(at))
}

/// Varying but repeatable delays for kill tests (xorshift64).
pub struct KillDelays(u64);

impl Default for KillDelays {
    fn default() -> Self {
        KillDelays(0x2545_F491_4F6C_DD1D)
    }
}

impl KillDelays {
    /// The next delay, between `min_ms` and `min_ms + spread_ms`.
    pub fn next(&mut self, min_ms: u64, spread_ms: u64) -> std::time::Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        std::time::Duration::from_millis(min_ms + self.0 % spread_ms)
    }
}

/// Runs `cmd` with its output piped, kills it with SIGKILL after `delay`,
/// and returns what it acknowledged: every complete line `<word> <id>
/// <counter>` as `(id, counter)`.
pub fn run_and_kill(
    cmd: &mut std::process::Command,
    delay: std::time::Duration,
) -> Vec<(String, u64)> {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    out.lines()
        .filter_map(|line| match line.split(' ').collect::<Vec<_>>()[..] {
            [_, id, counter] => Some((id.to_string(), counter.parse().unwrap())),
            _ => None,
        })
        .collect()
}

/// The ids of the records [`realistic_case`] writes.
pub struct RealisticCase {
    /// Journal events, in date order: arrival, application made,
    /// application lodged, interview, CGRS decision (refusal), appointment.
    pub events: Vec<passage_core::journal::EventId>,
    /// Checklist items: passport (with a scan), birth certificate (not
    /// available), a custom medical letter.
    pub documents: Vec<passage_core::checklist::ItemId>,
    /// The attachment of the passport.
    pub passport_scan: passage_core::attachments::AttachmentId,
    /// A marker in each event's note, in the order of `events`.
    pub event_markers: Vec<&'static str>,
    /// A marker in each document's note, in the order of `documents`.
    pub document_markers: Vec<&'static str>,
    /// Marker in a chronology entry and in a lawyer question.
    pub chronology_marker: &'static str,
    pub question_marker: &'static str,
    /// Bytes of the passport scan.
    pub scan_bytes: Vec<u8>,
}

/// "Today" for [`realistic_case`]: 2026-12-01.
pub fn realistic_today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid date")
}

/// Fills an unlocked vault with a realistic case: a person who arrived in
/// March 2026, was interviewed in October and received a refusal by
/// registered letter in November (so an appeal deadline is open on
/// [`realistic_today`]), with documents, an attachment, a chronology and
/// questions for the lawyer. One note holds markup (`<script>`, `&`,
/// quotes) and one a very long unbroken word.
pub fn realistic_case(vault: &Vault) -> RealisticCase {
    use passage_core::attachments::{Attachments, ImportOptions};
    use passage_core::checklist::{
        Checklist, ItemEdit, ItemStatus, Location, OriginalLocation, Section,
    };
    use passage_core::deadlines::{DecisionOutcome, EventKind as K};
    use passage_core::interview::{ChronologyEntry, Interview};
    use passage_core::journal::{self, EventDate, JournalInput, Presence};

    let today = realistic_today();
    let day = |s: &str| EventDate::parse(s, "date").expect("valid date");
    let event_markers = vec![
        "Arrived by bus from Vienna ARRIVAL-MARKER-1",
        "Registered at the Immigration Office APPLICATION-MARKER-2",
        "Annex 26 received, <script>alert(\"x\")</script> & 'quotes' LODGED-MARKER-3",
        "Interview lasted five hours; the interpreter spoke another dialect INTERVIEW-MARKER-4",
        "Refusal letter from the CGRS DECISION-MARKER-5",
        "Meeting with Maître Dupont about the appeal APPOINTMENT-MARKER-6",
    ];
    let mut inputs = vec![
        JournalInput::new(K::Arrival, day("2026-03-02")),
        JournalInput::new(K::ApplicationMade, day("2026-03-03")),
        JournalInput::new(K::ApplicationLodged, day("2026-03-10")),
        JournalInput::new(K::PersonalInterview, day("2026-10-14T09:30")),
        JournalInput::new(K::CgrsDecision, day("2026-11-24")),
        JournalInput::new(K::Appointment, day("2026-12-08T14:00")),
    ];
    inputs[3].recorded = Some(true);
    inputs[3].present = vec![Presence::Interpreter, Presence::Lawyer];
    inputs[4].outcome = Some(DecisionOutcome::Refusal);
    inputs[4].registered_letter = true;
    let mut events = Vec::new();
    for (mut input, marker) in inputs.into_iter().zip(&event_markers) {
        input.note = UserText::new(*marker);
        events.push(journal::add(vault, input, today).expect("add event"));
    }

    let checklist = Checklist::new(vault);
    let passport = checklist.add_from_template("passport").expect("passport");
    let birth = checklist
        .add_from_template("birth-certificate")
        .expect("birth certificate");
    let letter = checklist
        .add_custom(
            Section::ReasonsForFleeing,
            UserText::new("Letter from Dr. Haddad about my scars"),
        )
        .expect("custom item");
    let document_markers = vec![
        "Passport valid until 2029 PASSPORT-MARKER-A",
        "Birth certificate burned in the fire BIRTH-MARKER-B",
        "Letter in Arabic, translation asked LETTER-MARKER-C PneumonoultramicroscopicsilicovolcanoconiosisPneumonoultramicroscopicsilicovolcanoconiosisPneumonoultramicroscopicsilicovolcanoconiosisPneumonoultramicroscopicsilicovolcanoconiosis",
    ];
    let edits = [
        ItemEdit {
            status: Some(ItemStatus::HandedIn),
            location: Some(OriginalLocation {
                place: Location::WithCgrs,
                since: chrono::NaiveDate::from_ymd_opt(2026, 10, 14),
                detail: UserText::default(),
            }),
            ..ItemEdit::default()
        },
        ItemEdit {
            status: Some(ItemStatus::NotAvailable),
            why_not_available: Some(UserText::new("Our house burned in 2019")),
            ..ItemEdit::default()
        },
        ItemEdit {
            status: Some(ItemStatus::HaveOriginal),
            location: Some(OriginalLocation {
                place: Location::WithMyLawyer,
                since: chrono::NaiveDate::from_ymd_opt(2026, 11, 26),
                detail: UserText::default(),
            }),
            ..ItemEdit::default()
        },
    ];
    let documents = vec![passport, birth, letter];
    for ((id, mut edit), marker) in documents.iter().zip(edits).zip(&document_markers) {
        edit.note = Some(UserText::new(*marker));
        checklist.edit(id, edit).expect("edit item");
    }
    let scan_bytes = pattern(7, 150_000);
    let passport_scan = Attachments::new(vault)
        .import_bytes(
            UserText::new("passport-scan.pdf"),
            &scan_bytes,
            ImportOptions {
                item: Some(passport),
                progress: None,
            },
        )
        .expect("import scan");

    let interview = Interview::new(vault);
    let chronology_marker = "Soldiers came to our house CHRONOLOGY-MARKER";
    let mut entry = ChronologyEntry::new(
        Some("2019-05".parse().expect("date")),
        UserText::new(chronology_marker),
    );
    entry.place = UserText::new("Aleppo");
    entry.people = UserText::new("my brother Omar");
    interview.add_event(entry).expect("chronology");
    interview
        .add_event(ChronologyEntry::new(
            Some("~2023".parse().expect("date")),
            UserText::new("Left Syria"),
        ))
        .expect("chronology");
    let question_marker = "Can I still appeal if the letter came late? QUESTION-MARKER";
    interview
        .add_lawyer_question(UserText::new(question_marker))
        .expect("question");
    interview
        .add_lawyer_question(UserText::new(
            "Do I need a translation of the medical letter?",
        ))
        .expect("question");

    RealisticCase {
        events,
        documents,
        passport_scan,
        event_markers,
        document_markers,
        chronology_marker,
        question_marker,
        scan_bytes,
    }
}

/// The passphrase of the backup files in the backup tests.
pub fn backup_passphrase() -> SecretString {
    SecretString::from("backup passphrase 3")
}

/// The clock a merge runs at in the backup kill test: [`test_clock`]
/// three hours later (after the edits on both sides).
pub fn merge_clock() -> Arc<FixedClock> {
    let clock = test_clock();
    clock.advance(chrono::Duration::hours(3));
    clock
}
