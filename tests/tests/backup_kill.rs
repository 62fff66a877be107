//! SIGKILLs a child process that merges a backup into a vault, or restores
//! it into a new vault, at varied instants. After each kill:
//! - merge: the vault opens with its passphrase, SQLite's integrity check
//!   passes, its records are exactly the ones before the merge or exactly
//!   the ones of a reference merge that was not killed, every attachment
//!   record (trash included) has a file that decrypts and verifies, and
//!   after `Attachments::recover` (what the app runs after unlock) no
//!   `.part` file and no file without a record is left;
//! - restore: the target folder does not exist, or it is a complete vault
//!   equal to a reference restore; at most one hidden `.NAME.restoring-*`
//!   folder (the one the killed run was building) is beside it, because
//!   the next restore removes the stale ones.
//!
//! Half the kills come at any instant, half just after the last attachment
//! byte is staged (the end check, the commit, the renaming of the files).
//! `PASSAGE_KILL_ITERATIONS` sets the kills of each kind (default 12, at
//! most 40 so the test stays short).

use passage_core::archive::{Protection, Secret};
use passage_core::attachments::{Attachment, Attachments, ImportOptions};
use passage_core::backup::{self, RestoreOptions};
use passage_core::sensitive::UserText;
use passage_core::vault::{Record, Stored, Vault};
use passage_tests::{
    backup_passphrase, copy_dir, file_names, merge_clock, options_with_clock, passphrase, pattern,
    run_and_kill, test_clock, KillDelays, TestNote,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const MIB: usize = 1024 * 1024;

fn iterations() -> u64 {
    std::env::var("PASSAGE_KILL_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12)
        .min(40)
}

fn protection() -> Protection {
    Protection::Passphrase {
        passphrase: backup_passphrase(),
        log_n: 2,
    }
}

fn secret() -> Secret {
    Secret::Passphrase(backup_passphrase())
}

/// One line per record: collection, id, times, content. Attachment records
/// without their vault-local fields (random file name and key).
fn line<T: Record + serde::Serialize>(s: &Stored<T>) -> String {
    let mut value = serde_json::to_value(&s.value).unwrap();
    if let Some(obj) = value.as_object_mut() {
        obj.remove("file");
        obj.remove("key");
    }
    format!(
        "{} {} {} {} {:?} {value}",
        T::COLLECTION,
        s.id,
        s.created.timestamp_millis(),
        s.updated.timestamp_millis(),
        s.trashed.map(|t| t.timestamp_millis()),
    )
}

fn all<T: Record + serde::Serialize + serde::de::DeserializeOwned>(
    vault: &Vault,
) -> Vec<Stored<T>> {
    let mut v = vault.list::<T>().unwrap();
    v.extend(vault.list_trash::<T>().unwrap());
    v
}

/// Every record of the vault (notes and attachments, the only collections
/// here: see [`counted_records`]).
fn records(vault: &Vault) -> BTreeSet<String> {
    let mut set: BTreeSet<String> = all::<TestNote>(vault).iter().map(line).collect();
    set.extend(all::<Attachment>(vault).iter().map(line));
    set
}

/// [`records`], checked against the number of records a backup of the
/// vault holds (so no collection is missed by the comparison).
fn counted_records(vault: &Vault) -> BTreeSet<String> {
    let set = records(vault);
    let report = backup::create(vault, std::io::sink(), &protection(), None).unwrap();
    assert_eq!(set.len(), report.records, "a collection is not compared");
    set
}

/// The `file` field of every attachment record, trash included.
fn attachment_files(vault: &Vault) -> BTreeSet<String> {
    all::<Attachment>(vault)
        .iter()
        .map(|s| {
            serde_json::to_value(&s.value).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// Opens and unlocks the vault, then runs attachment recovery as the app
/// does after unlocking (it finishes a merge killed between its commit and
/// the renaming of its files).
fn open(path: &Path) -> Vault {
    let vault = Vault::open(path, options_with_clock(&merge_clock())).unwrap();
    vault.unlock(&passphrase()).unwrap();
    let report = Attachments::new(&vault).recover().unwrap();
    assert!(report.missing.is_empty(), "{report:?}");
    vault
}

/// After recovery (in [`open`]): no temporary file, no file without a record, no record
/// without its file, every file verifies (trashed ones are restored to be
/// read: the vault is a throwaway copy).
fn check_files(vault: &Vault, what: &str) {
    let att = Attachments::new(vault);
    let report = att.recover().unwrap();
    assert_eq!(report, Default::default(), "{what}: recovery left work");
    let files: BTreeSet<String> = file_names(&vault.attachments_dir()).into_iter().collect();
    assert_eq!(
        files,
        attachment_files(vault),
        "{what}: orphan file or record"
    );
    for s in vault.list_trash::<Attachment>().unwrap() {
        vault.restore(&s.id).unwrap();
    }
    for info in att.list().unwrap() {
        att.verify(&info.id).unwrap();
    }
}

/// Hidden folders `restore_new` builds beside `target`.
fn restoring_folders(target: &Path) -> Vec<String> {
    let prefix = format!(
        ".{}.restoring-",
        target.file_name().unwrap().to_string_lossy()
    );
    file_names(target.parent().unwrap())
        .into_iter()
        .filter(|n| n.starts_with(&prefix))
        .collect()
}

struct Setup {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    /// The phone before the merge (copied for every round).
    template: PathBuf,
    backup: PathBuf,
    before: BTreeSet<String>,
}

/// The phone and the other phone's backup: a few hundred notes, some
/// edited on both sides, some trashed, attachments of 1 to 3 MiB.
fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().to_path_buf();
    let clock = test_clock();
    let hour = chrono::Duration::hours(1);
    let template = root.join("template");
    let (phone, _) = Vault::create(&template, &passphrase(), options_with_clock(&clock)).unwrap();
    let ids: Vec<_> = (0..300)
        .map(|i| {
            phone
                .insert(&TestNote::new("t", &format!("v0 note {i}"), i))
                .unwrap()
        })
        .collect();
    let phone_att = Attachments::new(&phone);
    let photos: Vec<_> = [MIB / 4, MIB / 2]
        .iter()
        .enumerate()
        .map(|(i, &size)| {
            phone_att
                .import_bytes(
                    UserText::new(format!("photo {i}.jpg")),
                    &pattern(i as u64, size),
                    ImportOptions::default(),
                )
                .unwrap()
        })
        .collect();
    let mut first = Vec::new();
    backup::create(&phone, &mut first, &protection(), None).unwrap();
    let (other, _) = backup::restore_new(
        first.as_slice(),
        &secret(),
        &root.join("other"),
        &passphrase(),
        RestoreOptions {
            vault: options_with_clock(&clock),
            ..RestoreOptions::default()
        },
    )
    .unwrap();

    // T1: the other phone edits 60 notes, trashes 20, adds 150 and three
    // attachments, trashes a photo.
    clock.advance(hour);
    for (i, id) in ids.iter().enumerate().take(60) {
        other
            .update(
                id,
                &TestNote::new("t", &format!("other edit {i}"), i as u64),
            )
            .unwrap();
    }
    for id in &ids[60..80] {
        other.trash(id).unwrap();
    }
    for i in 0..150 {
        other
            .insert(&TestNote::new("t", &format!("only on other {i}"), 1000 + i))
            .unwrap();
    }
    let other_att = Attachments::new(&other);
    for (i, size) in [MIB, 2 * MIB + 77, 3 * MIB - 5].into_iter().enumerate() {
        other_att
            .import_bytes(
                UserText::new(format!("letter {i}.pdf")),
                &pattern(100 + i as u64, size),
                ImportOptions::default(),
            )
            .unwrap();
    }
    other.trash(&photos[1]).unwrap();
    // T2: this phone edits notes 30..90 later (conflicts with 30..60, and
    // 60..80 trashed on the other side) and adds 20.
    clock.advance(hour);
    for (i, id) in ids.iter().enumerate().take(90).skip(30) {
        phone
            .update(
                id,
                &TestNote::new("t", &format!("phone edit {i}"), i as u64),
            )
            .unwrap();
    }
    for i in 0..20 {
        phone
            .insert(&TestNote::new("t", &format!("only on phone {i}"), 2000 + i))
            .unwrap();
    }
    let backup_path = root.join("other.passage-backup");
    let mut file = std::fs::File::create(&backup_path).unwrap();
    backup::create(&other, &mut file, &protection(), None).unwrap();
    file.sync_all().unwrap();
    let before = counted_records(&phone);
    drop(phone);
    drop(other);
    Setup {
        _tmp: tmp,
        root,
        template,
        backup: backup_path,
        before,
    }
}

fn child() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kill_merger"))
}

/// How far the child said it got.
fn reached(acked: &[(String, u64)]) -> &'static str {
    if acked.iter().any(|(w, _)| w == "done") {
        "returned"
    } else if acked.iter().any(|(w, _)| w == "all-staged") {
        "all staged"
    } else if acked.iter().any(|(w, _)| w == "staged") {
        "staging"
    } else {
        "before staging"
    }
}

/// Runs the child and SIGKILLs it `extra` after it said that every
/// attachment is staged (the commit and the renaming of the files follow),
/// or lets it end if it never says so. Returns what it printed, as
/// [`run_and_kill`] does.
fn kill_after_staged(cmd: &mut Command, extra: Duration) -> Vec<(String, u64)> {
    use std::io::BufRead;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut acked = Vec::new();
    let mut line = String::new();
    while out.read_line(&mut line).unwrap() > 0 {
        if let [_, word, n] = line.split_whitespace().collect::<Vec<_>>()[..] {
            acked.push((word.to_string(), n.parse().unwrap()));
        }
        if line.starts_with("progress all-staged") {
            std::thread::sleep(extra);
            break;
        }
        line.clear();
    }
    child.kill().unwrap();
    child.wait().unwrap();
    line.clear();
    while out.read_line(&mut line).unwrap() > 0 {
        if let [_, word, n] = line.split_whitespace().collect::<Vec<_>>()[..] {
            acked.push((word.to_string(), n.parse().unwrap()));
        }
        line.clear();
    }
    acked
}

/// Runs the child to the end; returns how long it took, and how long it
/// ran after it said every attachment was staged.
fn run_to_end(cmd: &mut Command) -> (Duration, Duration) {
    use std::io::BufRead;
    let start = Instant::now();
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut staged_at = None;
    for line in std::io::BufReader::new(child.stdout.take().unwrap()).lines() {
        if line.unwrap().starts_with("progress all-staged") {
            staged_at = Some(Instant::now());
        }
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "child failed: {status}");
    let tail = staged_at
        .expect("the child never staged everything")
        .elapsed();
    (start.elapsed(), tail)
}

#[test]
fn a_killed_merge_leaves_the_vault_before_or_after_and_a_killed_restore_leaves_no_half_vault() {
    let started = Instant::now();
    let s = setup();
    let n = iterations();

    // Reference merge, by the same child, not killed.
    let reference = s.root.join("reference");
    copy_dir(&s.template, &reference);
    let merge_time = run_to_end(child().arg("merge").arg(&reference).arg(&s.backup));
    let after = {
        let vault = open(&reference);
        let after = counted_records(&vault);
        check_files(&vault, "reference merge");
        after
    };
    assert_ne!(s.before, after, "the merge changes nothing");
    // Reference restore.
    let reference_restore = s.root.join("reference-restore");
    let restore_time = run_to_end(
        child()
            .arg("restore")
            .arg(&s.backup)
            .arg(&reference_restore),
    );
    let restored = counted_records(&open(&reference_restore));
    assert!(restoring_folders(&reference_restore).is_empty());

    let mut delays = KillDelays::default();
    let mut merge_points: BTreeMap<(&str, &'static str), u32> = BTreeMap::new();
    let mut parts_left = 0u32;
    let setup_time = started.elapsed();
    // Even rounds at any instant of the run; odd ones after the last
    // attachment byte is staged, from half to 1.3 times the time the
    // unkilled run took from there to its end (the end check, the commit,
    // the renaming of the files).
    let mut kill = |round: u64, (t, tail): (Duration, Duration), cmd: &mut Command| {
        if round % 2 == 0 {
            let ms = t.as_millis() as u64;
            run_and_kill(cmd, delays.next(5, (ms * 6 / 5).max(20)))
        } else {
            let ms = tail.as_millis() as u64;
            kill_after_staged(cmd, delays.next(ms / 2, (ms * 4 / 5).max(5)))
        }
    };
    for round in 0..n {
        let target = s.root.join(format!("merge-{round}"));
        copy_dir(&s.template, &target);
        let acked = kill(
            round,
            merge_time,
            child().arg("merge").arg(&target).arg(&s.backup),
        );
        let parts = file_names(&target.join("attachments"))
            .iter()
            .filter(|f| f.ends_with(".part"))
            .count();
        parts_left += u32::from(parts > 0);
        let vault = open(&target);
        assert!(vault.integrity_check().unwrap(), "merge round {round}");
        let got = records(&vault);
        let state = if got == s.before {
            "before"
        } else if got == after {
            "after"
        } else {
            panic!("merge round {round}: records neither before nor after the merge");
        };
        check_files(&vault, &format!("merge round {round}"));
        let point = match (state, parts > 0) {
            ("after", true) => "after, files put in place by recovery",
            ("before", true) => "before, staged files removed by recovery",
            (state, _) => state,
        };
        *merge_points.entry((reached(&acked), point)).or_default() += 1;
        drop(vault);
        std::fs::remove_dir_all(&target).unwrap();
    }

    let target = s.root.join("restored");
    let mut restore_points: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    for round in 0..n {
        let acked = kill(
            round,
            restore_time,
            child().arg("restore").arg(&s.backup).arg(&target),
        );
        let stale = restoring_folders(&target);
        assert!(stale.len() <= 1, "restore round {round}: {stale:?}");
        let state = if target.symlink_metadata().is_ok() {
            let vault = open(&target);
            assert!(vault.integrity_check().unwrap(), "restore round {round}");
            assert_eq!(records(&vault), restored, "restore round {round}");
            check_files(&vault, &format!("restore round {round}"));
            drop(vault);
            std::fs::remove_dir_all(&target).unwrap();
            "complete"
        } else {
            "absent"
        };
        *restore_points.entry((reached(&acked), state)).or_default() += 1;
    }
    // A restore that is not killed removes what the killed ones left.
    run_to_end(child().arg("restore").arg(&s.backup).arg(&target));
    assert!(restoring_folders(&target).is_empty());
    assert_eq!(records(&open(&target)), restored);

    println!(
        "backup kill test: {n} merge kills {merge_points:?} ({parts_left} left .part files \
         for recovery), {n} restore kills {restore_points:?}; merge {merge_time:?}, restore \
         {restore_time:?} unkilled (run, after staging); setup {setup_time:?}; {:?} in all",
        started.elapsed()
    );
}

#[test]
fn a_restore_removes_stale_restoring_folders_of_its_target_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = Vault::create(
        &tmp.path().join("source"),
        &passphrase(),
        options_with_clock(&test_clock()),
    )
    .unwrap();
    vault.insert(&TestNote::new("t", "a note", 1)).unwrap();
    let mut file = Vec::new();
    backup::create(&vault, &mut file, &protection(), None).unwrap();
    let parent = tmp.path().join("phone");
    let target = parent.join("vault");
    // What killed restores to this target leave (with files inside).
    let stale = [
        ".vault.restoring-0123456789abcdef",
        ".vault.restoring-5838b2dc2839e100",
    ];
    // Look-alikes that are not: other names, other targets, a file, and a
    // symlink to a folder holding user data.
    let kept_dirs = [
        ".vault.restoring-0123",
        ".vault.restoring-0123456789ABCDEF",
        ".vault2.restoring-0123456789abcdef",
        "vault.restoring-0123456789abcdef",
        "user-data",
    ];
    for d in stale.iter().chain(&kept_dirs) {
        std::fs::create_dir_all(parent.join(d).join("sub")).unwrap();
        std::fs::write(parent.join(d).join("sub").join("f"), b"x").unwrap();
    }
    std::fs::write(parent.join(".vault.restoring-fedcba9876543210"), b"a file").unwrap();
    std::os::unix::fs::symlink(
        parent.join("user-data"),
        parent.join(".vault.restoring-00000000000000ff"),
    )
    .unwrap();

    let (restored, _) = backup::restore_new(
        file.as_slice(),
        &secret(),
        &target,
        &passphrase(),
        RestoreOptions {
            vault: options_with_clock(&test_clock()),
            ..RestoreOptions::default()
        },
    )
    .unwrap();
    assert_eq!(restored.list::<TestNote>().unwrap().len(), 1);
    let left = file_names(&parent);
    for d in stale {
        assert!(!left.contains(&d.to_string()), "{d} was not removed");
    }
    for d in kept_dirs {
        assert!(
            parent.join(d).join("sub").join("f").exists(),
            "{d} was touched"
        );
    }
    assert!(parent.join(".vault.restoring-fedcba9876543210").is_file());
    assert!(parent
        .join(".vault.restoring-00000000000000ff")
        .symlink_metadata()
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(parent.join("user-data/sub/f").exists());
}
