//! The printable summary in a real browser: headless Chromium prints it to
//! PDF and takes a screenshot; `pdftotext` and `pdfinfo` (poppler-utils)
//! read the PDF back; a probe script measures the layout in the browser.
//!
//! Chromium and poppler-utils are installed by `scripts/test`. Without
//! them this test FAILS (it does not skip): run `scripts/test` once.

use passage_core::case::{self, CaseSelection};
use passage_core::i18n::{format_date, Language};
use passage_core::summary;
use passage_core::vault::Vault;
use passage_tests::{options_with_clock, passphrase, realistic_case, realistic_today, test_clock};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
/// A4 width at 96 dpi, in CSS pixels (210 mm).
const A4_WIDTH_PX: u32 = 794;
const A4_HEIGHT_PX: u32 = 1123;

fn require(tool: &str) -> PathBuf {
    let candidates = [PathBuf::from(tool), Path::new("/usr/bin").join(tool)];
    for c in candidates {
        if c.is_file() {
            return c;
        }
    }
    panic!("`{tool}` is missing: run scripts/test, which installs chromium and poppler-utils");
}

/// Runs a program, killing it after `limit`; returns stdout on success.
fn run(cmd: &mut Command, limit: Duration) -> String {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let start = Instant::now();
    // Read stdout on a thread so a large DOM dump cannot fill the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).unwrap();
        s
    });
    let mut stderr = child.stderr.take().unwrap();
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut s);
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("{cmd:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = reader.join().unwrap();
    let err = err_reader.join().unwrap();
    assert!(status.success(), "{cmd:?} failed: {status}\n{err}");
    out
}

/// Headless Chromium with a fresh profile and no network activity of its own.
fn chromium(profile: &Path) -> Command {
    let mut cmd = Command::new(require(CHROMIUM));
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]);
    cmd.arg(format!("--user-data-dir={}", profile.display()));
    cmd
}

/// With `PASSAGE_TEST_KEEP_DIR` set, copies an output there to look at.
fn keep(path: &Path) {
    if let Some(dir) = std::env::var_os("PASSAGE_TEST_KEEP_DIR") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(path, dir.join(path.file_name().unwrap())).unwrap();
    }
}

fn url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A realistic vault and its summary in `user` then `procedure` language.
/// The summary, the case, and the appeal deadline's date as the extract
/// computed it.
fn summary_html(
    dir: &Path,
    user: Language,
    procedure: Language,
) -> (String, passage_tests::RealisticCase, chrono::NaiveDate) {
    let clock = test_clock();
    let (vault, _) = Vault::create(
        &dir.join("vault"),
        &passphrase(),
        options_with_clock(&clock),
    )
    .unwrap();
    let case = realistic_case(&vault);
    let extract = case::extract(&vault, &CaseSelection::everything(), realistic_today()).unwrap();
    let html = summary::render(&extract, user, procedure, realistic_today()).unwrap();
    let appeal = extract
        .deadlines
        .iter()
        .find(|d| d.rule_id == "call-appeal")
        .expect("the refusal opens the appeal deadline")
        .effective_due;
    (html, case, appeal)
}

struct Layout {
    scroll_width: f64,
    a4_width: f64,
    right_most: f64,
    left_most: f64,
    body_direction: String,
    part_directions: Vec<String>,
}

const PROBE: &str = r#"<script>
window.addEventListener('load', function () {
  var probe = document.createElement('div');
  probe.style.width = '210mm';
  document.body.appendChild(probe);
  var a4 = probe.getBoundingClientRect().width;
  probe.remove();
  var right = 0, left = 1e9;
  document.querySelectorAll('body *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.width > 0) { right = Math.max(right, r.right); left = Math.min(left, r.left); }
  });
  var parts = Array.prototype.map.call(document.querySelectorAll('section.part'),
    function (s) { return getComputedStyle(s).direction; });
  var out = document.createElement('pre');
  out.id = 'layout-probe';
  out.textContent = 'PROBE ' + document.documentElement.scrollWidth + ' ' + a4 + ' ' + right +
    ' ' + left + ' ' + getComputedStyle(document.body).direction + ' ' + parts.join(',') + ' END';
  out.style.display = 'none';
  document.body.appendChild(out);
});
</script>"#;

/// Loads a copy of `html` with the probe script (and without the CSP that
/// forbids scripts) and reads the measurements back from the DOM dump.
fn measure(dir: &Path, name: &str, html: &str) -> Layout {
    let csp_start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let csp_end = csp_start + html[csp_start..].find('>').unwrap() + 1;
    let mut probed = format!("{}{}", &html[..csp_start], &html[csp_end..]);
    let body_end = probed.rfind("</body>").unwrap();
    probed.insert_str(body_end, PROBE);
    let path = dir.join(format!("{name}-probe.html"));
    std::fs::write(&path, probed).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let dom = run(
        chromium(profile.path())
            .arg(format!("--window-size={A4_WIDTH_PX},{A4_HEIGHT_PX}"))
            .arg("--virtual-time-budget=2000")
            .arg("--dump-dom")
            .arg(url(&path)),
        Duration::from_secs(120),
    );
    let marker = "id=\"layout-probe\"";
    let at = dom.find(marker).expect("the probe wrote its element");
    let start = at + dom[at..].find("PROBE ").unwrap() + "PROBE ".len();
    let end = start + dom[start..].find(" END").unwrap();
    let f: Vec<&str> = dom[start..end].split(' ').collect();
    Layout {
        scroll_width: f[0].parse().unwrap(),
        a4_width: f[1].parse().unwrap(),
        right_most: f[2].parse().unwrap(),
        left_most: f[3].parse().unwrap(),
        body_direction: f[4].to_string(),
        part_directions: f[5].split(',').map(str::to_string).collect(),
    }
}

fn print_to_pdf(dir: &Path, name: &str, html_path: &Path) -> PathBuf {
    let pdf = dir.join(format!("{name}.pdf"));
    let profile = tempfile::tempdir().unwrap();
    run(
        chromium(profile.path())
            .arg("--no-pdf-header-footer")
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(url(html_path)),
        Duration::from_secs(120),
    );
    assert!(pdf.is_file(), "no PDF written");
    keep(&pdf);
    keep(html_path);
    pdf
}

fn screenshot(dir: &Path, name: &str, html_path: &Path) -> Vec<u8> {
    let png = dir.join(format!("{name}.png"));
    let profile = tempfile::tempdir().unwrap();
    run(
        chromium(profile.path())
            .arg(format!("--window-size={A4_WIDTH_PX},{A4_HEIGHT_PX}"))
            .arg(format!("--screenshot={}", png.display()))
            .arg(url(html_path)),
        Duration::from_secs(120),
    );
    let bytes = std::fs::read(&png).expect("screenshot written");
    keep(&png);
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!((width, height), (A4_WIDTH_PX, A4_HEIGHT_PX));
    bytes
}

fn pdf_text(pdf: &Path) -> String {
    run(
        Command::new(require("pdftotext")).arg(pdf).arg("-"),
        Duration::from_secs(60),
    )
}

/// Page size in points from `pdfinfo` ("Page size: 595.92 x 842.88 pts (A4)").
fn pdf_page_size(pdf: &Path) -> (f64, f64, String) {
    let info = run(
        Command::new(require("pdfinfo")).arg(pdf),
        Duration::from_secs(60),
    );
    let line = info
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .expect("pdfinfo prints the page size")
        .to_string();
    let nums: Vec<f64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[1], line)
}

fn pages(pdf: &Path) -> u32 {
    let info = run(
        Command::new(require("pdfinfo")).arg(pdf),
        Duration::from_secs(60),
    );
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// The text with bidi isolates removed and every run of white space (line
/// breaks of narrow table cells included) made one space.
fn strip_isolates(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_a4(pdf: &Path) {
    let (w, h, line) = pdf_page_size(pdf);
    // A4 is 595.28 x 841.89 pt; Chromium rounds to whole CSS pixels.
    assert!((w - 595.3).abs() < 2.0 && (h - 841.9).abs() < 2.0, "{line}");
}

#[test]
fn english_summary_prints_on_a4_with_every_section_and_no_overflow() {
    let tmp = tempfile::tempdir().unwrap();
    let (html, case, appeal) = summary_html(tmp.path(), Language::En, Language::Nl);
    let appeal_en = format_date(appeal, Language::En);
    let appeal_nl = format_date(appeal, Language::Nl);
    // Escaped user text; the only `<script` would be ours (there is none).
    assert!(!html.contains("<script"), "raw markup from a note");
    assert!(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;")
    );
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(!html.contains("http://") && !html.contains("https://") || !html.contains("src="));
    let path = tmp.path().join("summary-en.html");
    std::fs::write(&path, &html).unwrap();

    let pdf = print_to_pdf(tmp.path(), "summary-en", &path);
    assert_a4(&pdf);
    let text = strip_isolates(&pdf_text(&pdf));
    let last_day_en = format!("Last day: {appeal_en}");
    let last_day_nl = format!("Laatste dag: {appeal_nl}");
    for needle in [
        "Case summary",
        "Timeline of the procedure",
        "Decision of the CGRS: Refusal", // an event title
        "APPLICATION-MARKER-2",          // a user note
        "Appeal to the Council for Alien Law Litigation (CALL)", // a deadline
        &format!("Our computed date: {appeal_en}"), // its date in the explanation
        &last_day_en,                    // and in the heading line
        "The date on your letter always comes first",
        "Passport", // a document
        "Letter from Dr. Haddad about my scars",
        "At the CGRS", // where the original is
        "since 14 October 2026",
        "passport-scan.pdf",
        "Can I still appeal if the letter came late?", // a question
        "Soldiers came to our house",                  // the chronology
        "Samenvatting van het dossier",                // the Dutch part
        &last_day_nl,
        "Vragen voor de advocaat",
        "Dates computed by Passage are suggestions",
    ] {
        let needle = strip_isolates(needle);
        assert!(text.contains(&needle), "the PDF lacks {needle:?}:\n{text}");
    }
    // The script text is shown as text, as typed.
    assert!(text.contains("<script>alert(\"x\")</script>"), "{text}");
    assert!(pages(&pdf) >= 2, "the Dutch part starts on a new page");
    // A marker may break across lines at its hyphen ("APPOINTMENT-" /
    // "MARKER-6"), depending on the fonts, and pdftotext then joins the
    // lines without the hyphen: compare without white space and hyphens.
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect()
    };
    let compact = squeeze(&text);
    for marker in &case.event_markers {
        let last_word = marker.split(' ').next_back().unwrap();
        assert!(compact.contains(&squeeze(last_word)), "{last_word}");
    }

    let png = screenshot(tmp.path(), "summary-en", &path);
    assert!(
        png.len() > 20_000,
        "screenshot looks empty: {} bytes",
        png.len()
    );

    let layout = measure(tmp.path(), "summary-en", &html);
    assert!(
        (layout.a4_width - f64::from(A4_WIDTH_PX)).abs() < 1.0,
        "{}",
        layout.a4_width
    );
    assert!(
        layout.scroll_width <= layout.a4_width.ceil(),
        "the page is wider than A4: {} > {}",
        layout.scroll_width,
        layout.a4_width
    );
    assert!(
        layout.right_most <= layout.a4_width + 0.5,
        "{}",
        layout.right_most
    );
    assert!(layout.left_most >= -0.5, "{}", layout.left_most);
    assert_eq!(layout.body_direction, "ltr");
    assert_eq!(layout.part_directions, ["ltr", "ltr"]);
}

#[test]
fn the_overflow_probe_sees_a_long_word_when_wrapping_is_off() {
    // Proves the measurement can fail: the same summary without the
    // wrapping rules is wider than A4 because of the long unbroken word.
    let tmp = tempfile::tempdir().unwrap();
    let (html, _, _) = summary_html(tmp.path(), Language::En, Language::Nl);
    let broken = html
        .replace("overflow-wrap: anywhere;", "")
        .replace("table-layout: fixed;", "")
        .replace("max-width: 210mm;", "");
    assert_ne!(broken, html);
    let layout = measure(tmp.path(), "unwrapped", &broken);
    assert!(
        layout.scroll_width > layout.a4_width,
        "expected overflow, got {} <= {}",
        layout.scroll_width,
        layout.a4_width
    );
}

#[test]
fn arabic_summary_is_right_to_left_on_a4_and_french_part_left_to_right() {
    let tmp = tempfile::tempdir().unwrap();
    let (html, _, appeal) = summary_html(tmp.path(), Language::Ar, Language::Fr);
    let appeal_fr = format!("Dernier jour : {}", format_date(appeal, Language::Fr));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<section class=\"part\" lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<section class=\"part\" lang=\"fr\" dir=\"ltr\">"));
    let path = tmp.path().join("summary-ar.html");
    std::fs::write(&path, &html).unwrap();

    let pdf = print_to_pdf(tmp.path(), "summary-ar", &path);
    assert_a4(&pdf);
    let text = strip_isolates(&pdf_text(&pdf));
    for needle in [
        "APPLICATION-MARKER-2",
        "Letter from Dr. Haddad about my scars",
        "passport-scan.pdf",
        "Can I still appeal if the letter came late?",
        "2026",
        "Résumé du dossier",
        &appeal_fr,
        "Questions pour l’avocat",
    ] {
        let needle = strip_isolates(needle);
        assert!(text.contains(&needle), "the PDF lacks {needle:?}:\n{text}");
    }
    let png = screenshot(tmp.path(), "summary-ar", &path);
    assert!(
        png.len() > 20_000,
        "screenshot looks empty: {} bytes",
        png.len()
    );

    let layout = measure(tmp.path(), "summary-ar", &html);
    assert_eq!(layout.body_direction, "rtl");
    assert_eq!(layout.part_directions, ["rtl", "ltr"]);
    assert!(
        layout.scroll_width <= layout.a4_width.ceil(),
        "the page is wider than A4: {} > {}",
        layout.scroll_width,
        layout.a4_width
    );
    assert!(
        layout.left_most >= -0.5,
        "content left of the page: {}",
        layout.left_most
    );
    assert!(
        layout.right_most <= layout.a4_width + 0.5,
        "{}",
        layout.right_most
    );
}

#[test]
#[should_panic(expected = "run scripts/test, which installs chromium and poppler-utils")]
fn a_missing_browser_or_pdf_tool_fails_the_test_with_what_to_run() {
    require("passage-no-such-tool");
}

#[test]
fn the_summary_fits_a4_in_every_language_with_its_direction() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = test_clock();
    let (vault, _) = Vault::create(
        &tmp.path().join("vault"),
        &passphrase(),
        options_with_clock(&clock),
    )
    .unwrap();
    realistic_case(&vault);
    let extract = case::extract(&vault, &CaseSelection::everything(), realistic_today()).unwrap();
    for lang in Language::ALL {
        let procedure = if lang == Language::Fr {
            Language::Fr
        } else {
            Language::Nl
        };
        let html = summary::render(&extract, lang, procedure, realistic_today()).unwrap();
        let layout = measure(tmp.path(), lang.code(), &html);
        assert_eq!(layout.body_direction, lang.direction().code(), "{lang:?}");
        assert_eq!(
            layout.part_directions[0],
            lang.direction().code(),
            "{lang:?}"
        );
        assert!(
            layout.scroll_width <= layout.a4_width.ceil()
                && layout.right_most <= layout.a4_width + 0.5
                && layout.left_most >= -0.5,
            "{lang:?}: wider than A4 ({} / {} .. {})",
            layout.scroll_width,
            layout.left_most,
            layout.right_most
        );
    }
}
