//! The app-lock commands of the `passage` binary: PIN, duress PIN, wipe,
//! several vaults. Secrets come from the environment, as in scripts.

// Helpers outside #[test] functions unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASS: &str = "test passphrase 123";
const DECOY_PASS: &str = "decoy passphrase 1";

struct Env {
    tmp: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            tmp: tempfile::tempdir().unwrap(),
        }
    }

    fn root(&self) -> PathBuf {
        self.tmp.path().join("vaults")
    }

    fn run(&self, args: &[&str], vars: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_passage"));
        cmd.args(args)
            .env_clear()
            .env("PASSAGE_KEYSTORE_DIR", self.tmp.path().join("keystore"))
            .env("PASSAGE_KDF_LOG_N", "4")
            .env("HOME", self.tmp.path().join("home"));
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    fn new_vault(&self, pass: &str, label: Option<&str>) -> PathBuf {
        let before = dirs(&self.root());
        let root = self.root();
        let mut args = vec!["vaults", "new", "--root", root.to_str().unwrap()];
        if let Some(l) = label {
            args.extend(["--label", l]);
        }
        let out = self.run(&args, &[("PASSAGE_PASSPHRASE", pass)]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        dirs(&self.root())
            .into_iter()
            .find(|d| !before.contains(d))
            .unwrap()
    }
}

fn dirs(root: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(root)
        .map(|e| e.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn unlock_test(env: &Env, vault: &Path, pin: &str) -> Output {
    env.run(
        &["--vault", vault.to_str().unwrap(), "pin", "unlock-test"],
        &[("PASSAGE_PIN", pin)],
    )
}

#[test]
fn pin_set_and_unlock_test_with_exit_codes_and_delay() {
    let env = Env::new();
    let vault = env.new_vault(PASS, None);
    let v = vault.to_str().unwrap();
    let set = |pin: &str| {
        env.run(
            &["--vault", v, "pin", "set"],
            &[("PASSAGE_PASSPHRASE", PASS), ("PASSAGE_PIN", pin)],
        )
    };
    let bad = set("12ab");
    assert_eq!(bad.status.code(), Some(5));
    assert!(!text(&bad.stderr).contains("12ab"));
    assert_eq!(set("482913").status.code(), Some(0));
    // Without the passphrase a PIN cannot be set.
    let wrong_pass = env.run(
        &["--vault", v, "pin", "set"],
        &[
            ("PASSAGE_PASSPHRASE", "not it at all"),
            ("PASSAGE_PIN", "1111"),
        ],
    );
    assert_eq!(wrong_pass.status.code(), Some(3));

    let ok = unlock_test(&env, &vault, "482913");
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(text(&ok.stdout).trim(), "ok");
    for _ in 0..5 {
        let wrong = unlock_test(&env, &vault, "000000");
        assert_eq!(wrong.status.code(), Some(3));
        assert_eq!(text(&wrong.stdout).trim(), "wrong");
    }
    // The delay holds across processes, even for the right PIN.
    let wait = unlock_test(&env, &vault, "482913");
    assert_eq!(wait.status.code(), Some(1));
    assert_eq!(text(&wait.stdout).trim(), "retry in 30 s");
    let status = env.run(&["--vault", v, "pin", "status"], &[]);
    assert!(text(&status.stdout).contains("Wrong PINs in a row  5"));
    // The passphrase resets the counter.
    assert!(env
        .run(&["--vault", v, "status"], &[("PASSAGE_PASSPHRASE", PASS)])
        .status
        .success());
    assert_eq!(unlock_test(&env, &vault, "482913").status.code(), Some(0));
}

#[test]
fn wipe_needs_yes_and_wipe_after_needs_confirmation() {
    let env = Env::new();
    let vault = env.new_vault(PASS, None);
    let v = vault.to_str().unwrap();
    let no = env.run(&["--vault", v, "wipe"], &[]);
    assert_eq!(no.status.code(), Some(2));
    assert!(vault.exists());

    env.run(
        &["--vault", v, "pin", "set"],
        &[("PASSAGE_PASSPHRASE", PASS), ("PASSAGE_PIN", "482913")],
    );
    let unconfirmed = env.run(
        &["--vault", v, "pin", "wipe-after", "3"],
        &[("PASSAGE_PASSPHRASE", PASS)],
    );
    assert_eq!(unconfirmed.status.code(), Some(5));
    assert!(text(&unconfirmed.stderr).contains("erased for good"));
    let confirmed = env.run(
        &["--vault", v, "pin", "wipe-after", "3", "--yes"],
        &[("PASSAGE_PASSPHRASE", PASS)],
    );
    assert!(confirmed.status.success(), "{}", text(&confirmed.stderr));
    for _ in 0..3 {
        assert_eq!(unlock_test(&env, &vault, "000000").status.code(), Some(3));
    }
    assert!(!vault.exists());
    assert_eq!(unlock_test(&env, &vault, "482913").status.code(), Some(4));

    let other = env.new_vault(PASS, None);
    let yes = env.run(&["--vault", other.to_str().unwrap(), "wipe", "--yes"], &[]);
    assert!(yes.status.success());
    assert!(!other.exists());
}

#[test]
fn duress_pin_opens_the_decoy_and_vaults_list_stays_neutral() {
    let env = Env::new();
    let real = env.new_vault(PASS, Some("LABELMARKER Amina"));
    let decoy = env.new_vault(DECOY_PASS, Some("Shopping"));
    let r = real.to_str().unwrap();
    env.run(
        &["--vault", r, "pin", "set"],
        &[("PASSAGE_PASSPHRASE", PASS), ("PASSAGE_PIN", "482913")],
    );
    let set = env.run(
        &[
            "--vault",
            r,
            "duress",
            "set",
            "--decoy",
            decoy.to_str().unwrap(),
            "--destroy-real",
        ],
        &[
            ("PASSAGE_PASSPHRASE", PASS),
            ("PASSAGE_DECOY_PASSPHRASE", DECOY_PASS),
            ("PASSAGE_DURESS_PIN", "135790"),
        ],
    );
    assert!(set.status.success(), "{}", text(&set.stderr));

    let root = env.root();
    let list = env.run(&["vaults", "list", "--root", root.to_str().unwrap()], &[]);
    let shown = text(&list.stdout);
    assert!(
        shown.contains("Vault 1") && shown.contains("Vault 2"),
        "{shown}"
    );
    assert!(!shown.contains("LABELMARKER") && !shown.contains("Shopping"));
    let unlocked = env.run(
        &[
            "vaults",
            "list",
            "--root",
            root.to_str().unwrap(),
            "--unlock",
        ],
        &[("PASSAGE_PASSPHRASE", PASS)],
    );
    let shown = text(&unlocked.stdout);
    assert!(shown.contains("unlocked: LABELMARKER Amina"), "{shown}");
    assert!(!shown.contains("Shopping"));

    // The duress PIN looks like any good PIN; afterwards the real vault's
    // passphrase no longer opens it.
    let duress = unlock_test(&env, &real, "135790");
    assert_eq!(text(&duress.stdout).trim(), "ok");
    let status = env.run(&["--vault", r, "status"], &[("PASSAGE_PASSPHRASE", PASS)]);
    assert_eq!(status.status.code(), Some(3));
    let decoy_status = env.run(
        &["--vault", decoy.to_str().unwrap(), "status"],
        &[("PASSAGE_PASSPHRASE", DECOY_PASS)],
    );
    assert!(decoy_status.status.success());
}
