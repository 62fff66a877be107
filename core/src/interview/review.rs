//! Review of the interview notes: when the copy of the CGRS notes arrives
//! (in Dutch or French), the user records corrections and additions by page
//! and paragraph, and Passage fills a fixed letter text in the procedure
//! language (`content/interview/letter.<nl|fr>.txt`) with them.
//!
//! The letter text is data: a header of `key: value` lines, `---`, then the
//! body with placeholders `{name}`, `{reference}`, `{date}`, `{subject}`,
//! `{corrections}`. A body line whose placeholder has no value is left out
//! (so a letter without a name has no name line). Placeholders are filled
//! in one pass: text the user wrote is never scanned for placeholders.

use super::error::InterviewError;
use crate::checklist::entries::ContentError;
use crate::checklist::id_enum;
use crate::checklist::redacted_debug;
use crate::sensitive::UserText;
use crate::vault::{Record, RecordId};
use crate::Result;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

id_enum! {
    /// Whether an entry corrects what the notes say or adds what is missing.
    CorrectionKind, "kind" {
        Correction = "correction",
        Addition = "addition",
    }
}

id_enum! {
    /// The procedure language: the letter is written in it.
    LetterLanguage, "language" {
        Dutch = "nl",
        French = "fr",
    }
}

/// Largest page and paragraph numbers accepted.
pub const MAX_PAGE: u32 = 2000;
pub const MAX_PARAGRAPH: u32 = 500;

/// One correction or addition to the notes of the interview.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotesCorrection {
    pub page: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    pub kind: CorrectionKind,
    /// What the notes say there (optional, copied from the notes).
    #[serde(default)]
    pub notes_say: UserText,
    /// The correction or addition, as the user (with a lawyer or an
    /// interpreter) wrote it.
    pub text: UserText,
}

impl Record for NotesCorrection {
    const COLLECTION: &'static str = "interview-notes-review";
}

pub type CorrectionId = RecordId<NotesCorrection>;

/// What the letter needs besides the corrections.
#[derive(Clone, PartialEq, Eq)]
pub struct LetterRequest {
    pub language: LetterLanguage,
    /// The date written on the letter (usually today).
    pub date: NaiveDate,
    /// The last day to send it, computed by the deadline engine (optional).
    pub deadline: Option<NaiveDate>,
    pub interview_date: Option<NaiveDate>,
    pub name: Option<UserText>,
    pub cgrs_reference: Option<UserText>,
}

/// A letter ready to print or send. `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Letter {
    pub language: LetterLanguage,
    /// Plain text.
    pub text: UserText,
    /// The same as a small standalone HTML page.
    pub html: UserText,
    /// Translation status of the fixed text (`machine-drafted` must be
    /// checked by a lawyer before sending; the app says so).
    pub status: &'static str,
    /// How many corrections and additions it lists.
    pub corrections: usize,
    pub deadline: Option<NaiveDate>,
    /// Days from the letter's date to the deadline (negative when late).
    pub days_left: Option<i64>,
    /// True when the letter's date is after the deadline.
    pub late: bool,
}

/// A parsed letter file.
#[derive(Debug, Clone)]
pub(crate) struct LetterTemplate {
    status: &'static str,
    months: Vec<&'static str>,
    first_day: Option<&'static str>,
    subject: &'static str,
    subject_with_date: &'static str,
    page: &'static str,
    paragraph: &'static str,
    correction: &'static str,
    addition: &'static str,
    notes_say: &'static str,
    quote: &'static str,
    remark: &'static str,
    html_title: &'static str,
    body: &'static str,
}

const PLACEHOLDERS: &[&str] = &["name", "reference", "date", "subject", "corrections"];

/// The placeholders in `line`, or an error message.
fn placeholders(line: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| "a `{` without `}`".to_string())?;
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return Err("a `}` without `{`".into());
    }
    Ok(out)
}

pub(crate) fn parse_letter(
    file: &'static str,
    text: &'static str,
) -> Result<LetterTemplate, ContentError> {
    let err = |line: usize, message: String| ContentError {
        file,
        line,
        message,
    };
    let mut header: Vec<(&'static str, &'static str, usize)> = Vec::new();
    let mut body_start = None;
    let mut offset = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = i + 1;
        offset += raw.len();
        let t = raw.trim();
        if t == "---" {
            body_start = Some((offset, line + 1));
            break;
        }
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let (k, v) = t
            .split_once(':')
            .ok_or_else(|| err(line, "expected `key: value` or `---`".into()))?;
        let (k, v) = (k.trim(), v.trim());
        if v.is_empty() {
            return Err(err(line, format!("`{k}` has no value")));
        }
        if header.iter().any(|(hk, _, _)| *hk == k) {
            return Err(err(line, format!("`{k}` is given twice")));
        }
        header.push((k, v, line));
    }
    let (body_offset, body_line) =
        body_start.ok_or_else(|| err(1, "the letter body must follow a `---` line".into()))?;
    let get = |k: &str| -> Result<&'static str, ContentError> {
        header
            .iter()
            .find(|(hk, _, _)| *hk == k)
            .map(|(_, v, _)| *v)
            .ok_or_else(|| err(1, format!("the header has no `{k}`")))
    };
    let known = [
        "status",
        "language",
        "months",
        "first-day",
        "subject",
        "subject-with-date",
        "page",
        "paragraph",
        "correction",
        "addition",
        "notes-say",
        "quote",
        "remark",
        "html-title",
    ];
    if let Some((k, _, line)) = header.iter().find(|(k, _, _)| !known.contains(k)) {
        return Err(err(*line, format!("unknown key `{k}`")));
    }
    let status = get("status")?;
    if !["original", "reviewed", "machine-drafted"].contains(&status) {
        return Err(err(
            1,
            "`status` must be original, reviewed or machine-drafted".into(),
        ));
    }
    let months: Vec<&'static str> = get("months")?.split(',').map(str::trim).collect();
    if months.len() != 12 || months.iter().any(|m| m.is_empty()) {
        return Err(err(1, "`months` must list 12 month names".into()));
    }
    let subject_with_date = get("subject-with-date")?;
    if placeholders(subject_with_date).map_err(|m| err(1, m))? != ["interview_date"] {
        return Err(err(
            1,
            "`subject-with-date` must contain {interview_date}".into(),
        ));
    }
    if !placeholders(get("subject")?)
        .map_err(|m| err(1, m))?
        .is_empty()
    {
        return Err(err(1, "`subject` takes no placeholder".into()));
    }
    let quote = get("quote")?;
    if placeholders(quote).map_err(|m| err(1, m))? != ["text"] {
        return Err(err(1, "`quote` must contain {text}".into()));
    }
    let body = &text[body_offset..];
    for (i, line) in body.lines().enumerate() {
        for p in placeholders(line).map_err(|m| err(body_line + i, m))? {
            if !PLACEHOLDERS.contains(&p) {
                return Err(err(body_line + i, format!("unknown placeholder `{{{p}}}`")));
            }
        }
    }
    if !body.contains("{corrections}") {
        return Err(err(body_line, "the body has no {corrections}".into()));
    }
    Ok(LetterTemplate {
        status,
        months,
        first_day: header
            .iter()
            .find(|(k, _, _)| *k == "first-day")
            .map(|(_, v, _)| *v),
        subject: get("subject")?,
        subject_with_date,
        page: get("page")?,
        paragraph: get("paragraph")?,
        correction: get("correction")?,
        addition: get("addition")?,
        notes_say: get("notes-say")?,
        quote,
        remark: get("remark")?,
        html_title: get("html-title")?,
        body,
    })
}

const NL: (&str, &str) = (
    "content/interview/letter.nl.txt",
    include_str!("../../../content/interview/letter.nl.txt"),
);
const FR: (&str, &str) = (
    "content/interview/letter.fr.txt",
    include_str!("../../../content/interview/letter.fr.txt"),
);

static LETTERS: OnceLock<Result<[LetterTemplate; 2], ContentError>> = OnceLock::new();

fn letter_template(lang: LetterLanguage) -> Result<&'static LetterTemplate> {
    let all = LETTERS.get_or_init(|| Ok([parse_letter(NL.0, NL.1)?, parse_letter(FR.0, FR.1)?]));
    match all {
        Ok([nl, fr]) => Ok(match lang {
            LetterLanguage::Dutch => nl,
            LetterLanguage::French => fr,
        }),
        Err(e) => Err(InterviewError::Content(e.to_string()).into()),
    }
}

/// Fills `{key}` placeholders in one pass; `None` when one has no value.
fn fill(line: &str, value: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        out.push_str(&value(&after[..close]).filter(|v| !v.trim().is_empty())?);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

fn format_date(t: &LetterTemplate, d: NaiveDate) -> String {
    let day = match (d.day(), t.first_day) {
        (1, Some(first)) => first.to_string(),
        (n, _) => n.to_string(),
    };
    let month = t.months.get(d.month0() as usize).copied().unwrap_or("");
    format!("{day} {month} {}", d.year())
}

/// Indents every line after the first by `indent`.
fn indent_rest(text: &str, indent: &str) -> String {
    text.trim()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}"))
}

fn render_corrections(t: &LetterTemplate, corrections: &[&NotesCorrection]) -> String {
    let mut out = Vec::new();
    for (i, c) in corrections.iter().enumerate() {
        let kind = match c.kind {
            CorrectionKind::Correction => t.correction,
            CorrectionKind::Addition => t.addition,
        };
        let mut block = match c.paragraph {
            Some(p) => format!(
                "{}. {} {}, {} {} – {kind}",
                i + 1,
                t.page,
                c.page,
                t.paragraph,
                p
            ),
            None => format!("{}. {} {} – {kind}", i + 1, t.page, c.page),
        };
        let indent = "   ";
        if !c.notes_say.is_blank() {
            let quoted = fill(t.quote, &|_| {
                Some(indent_rest(c.notes_say.as_str(), indent))
            })
            .unwrap_or_default();
            block.push_str(&format!("\n{indent}{} {quoted}", t.notes_say));
        }
        block.push_str(&format!(
            "\n{indent}{} {}",
            t.remark,
            indent_rest(c.text.as_str(), indent)
        ));
        out.push(block);
    }
    out.join("\n\n")
}

fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn to_html(lang: LetterLanguage, title: &str, text: &str) -> String {
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n",
        escape_html(title)
    );
    for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        let lines: Vec<String> = para.lines().map(|l| escape_html(l.trim())).collect();
        html.push_str(&format!("<p>{}</p>\n", lines.join("<br>\n")));
    }
    html.push_str("</body>\n</html>\n");
    html
}

/// Builds the letter of comments from `corrections` (sorted by page, then
/// paragraph; otherwise in the order given). Refused when there is nothing
/// to send.
pub fn comments_letter(req: &LetterRequest, corrections: &[NotesCorrection]) -> Result<Letter> {
    if corrections.is_empty() {
        return Err(InterviewError::NoCorrections.into());
    }
    let t = letter_template(req.language)?;
    let mut sorted: Vec<&NotesCorrection> = corrections.iter().collect();
    sorted.sort_by_key(|c| (c.page, c.paragraph.unwrap_or(0)));
    let list = render_corrections(t, &sorted);
    let subject = match req.interview_date {
        Some(d) => fill(t.subject_with_date, &|_| Some(format_date(t, d))).unwrap_or_default(),
        None => t.subject.to_string(),
    };
    let date = format_date(t, req.date);
    let value = |key: &str| -> Option<String> {
        match key {
            "name" => req.name.as_ref().map(|n| n.as_str().trim().to_string()),
            "reference" => req
                .cgrs_reference
                .as_ref()
                .map(|r| r.as_str().trim().to_string()),
            "date" => Some(date.clone()),
            "subject" => Some(subject.clone()),
            "corrections" => Some(list.clone()),
            _ => None,
        }
    };
    let mut lines: Vec<String> = Vec::new();
    for line in t.body.lines() {
        if let Some(filled) = fill(line, &value) {
            let blank = filled.trim().is_empty();
            // No blank line at the start, none doubled by a left-out line.
            if blank && lines.last().is_none_or(|l: &String| l.trim().is_empty()) {
                continue;
            }
            lines.push(filled);
        }
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let text = lines.join("\n") + "\n";
    let html = to_html(req.language, t.html_title, &text);
    let days_left = req.deadline.map(|d| (d - req.date).num_days());
    Ok(Letter {
        language: req.language,
        text: UserText::new(text),
        html: UserText::new(html),
        status: t.status,
        corrections: corrections.len(),
        deadline: req.deadline,
        days_left,
        late: days_left.is_some_and(|d| d < 0),
    })
}

redacted_debug!(NotesCorrection, LetterRequest, Letter);

#[cfg(test)]
mod tests {
    use super::*;

    fn c(
        page: u32,
        paragraph: Option<u32>,
        kind: CorrectionKind,
        says: &str,
        text: &str,
    ) -> NotesCorrection {
        NotesCorrection {
            page,
            paragraph,
            kind,
            notes_say: UserText::new(says),
            text: UserText::new(text),
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_shipped_letters_parse() {
        for lang in LetterLanguage::ALL {
            let t = letter_template(*lang).unwrap();
            assert_eq!(t.status, "machine-drafted");
        }
    }

    #[test]
    fn dutch_letter_with_everything() {
        let req = LetterRequest {
            language: LetterLanguage::Dutch,
            date: date(2026, 12, 1),
            deadline: Some(date(2026, 12, 4)),
            interview_date: Some(date(2026, 11, 12)),
            name: Some(UserText::new("Amina Yusuf")),
            cgrs_reference: Some(UserText::new("CG 24/12345")),
        };
        let list = [
            c(
                5,
                None,
                CorrectionKind::Addition,
                "",
                "My brother was also arrested.\nHe was 17.",
            ),
            c(
                3,
                Some(2),
                CorrectionKind::Correction,
                "I left in 2019",
                "I left in 2018, not 2019. {name}",
            ),
        ];
        let l = comments_letter(&req, &list).unwrap();
        let text = l.text.as_str();
        assert!(
            text.starts_with("Amina Yusuf\nReferentie CGVS: CG 24/12345\n"),
            "{text}"
        );
        assert!(text.contains("1 december 2026"));
        assert!(text.contains("onderhoud van 12 november 2026"));
        let p3 = text.find("1. Pagina 3, alinea 2 – verbetering").unwrap();
        let p5 = text.find("2. Pagina 5 – aanvulling").unwrap();
        assert!(p3 < p5, "sorted by page");
        assert!(text.contains("   In de notities staat: “I left in 2019”"));
        // User text is inserted as is, never filled as a placeholder.
        assert!(text.contains("   Mijn opmerking: I left in 2018, not 2019. {name}"));
        assert!(text.contains("My brother was also arrested.\n   He was 17."));
        assert!(text
            .trim_end()
            .ends_with("Met vriendelijke groeten,\n\nAmina Yusuf"));
        assert_eq!((l.days_left, l.late, l.corrections), (Some(3), false, 2));
        let html = l.html.as_str();
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
        assert!(html.contains("<p>Amina Yusuf<br>\nReferentie CGVS: CG 24/12345</p>"));
        assert!(!format!("{l:?}").contains("Amina"));
    }

    #[test]
    fn french_letter_without_optional_fields_and_late() {
        let req = LetterRequest {
            language: LetterLanguage::French,
            date: date(2026, 12, 1),
            deadline: Some(date(2026, 11, 30)),
            interview_date: None,
            name: None,
            cgrs_reference: Some(UserText::new("  ")),
        };
        let l = comments_letter(
            &req,
            &[c(1, None, CorrectionKind::Correction, "a < b & \"c\"", "x")],
        )
        .unwrap();
        let text = l.text.as_str();
        assert!(text.starts_with("Commissariat général"), "{text}");
        assert!(!text.contains("Référence"));
        assert!(text.contains("Le 1er décembre 2026"));
        assert!(text.contains("Objet : observations sur les notes de mon entretien personnel\n"));
        assert!(text.contains("Les notes indiquent : « a < b & \"c\" »"));
        assert!(!text.contains("\n\n\n"));
        assert!(l.html.as_str().contains("« a &lt; b &amp; &quot;c&quot; »"));
        assert_eq!((l.days_left, l.late), (Some(-1), true));
    }

    #[test]
    fn nothing_to_send_is_refused() {
        let req = LetterRequest {
            language: LetterLanguage::French,
            date: date(2026, 12, 1),
            deadline: None,
            interview_date: None,
            name: None,
            cgrs_reference: None,
        };
        assert!(matches!(
            comments_letter(&req, &[]),
            Err(crate::Error::InvalidInput { .. })
        ));
    }

    #[test]
    fn broken_letter_files_name_the_line() {
        let good = NL.1;
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let cases = [
            (good.replace("---\n", ""), "---"),
            (
                good.replace("{corrections}", "{correction}"),
                "unknown placeholder",
            ),
            (good.replace("months: januari, ", "months: "), "12 month"),
            (
                good.replace("status: machine-drafted", "status: done"),
                "status",
            ),
            (
                good.replace("Geachte mevrouw", "Geachte { mevrouw"),
                "without",
            ),
        ];
        for (text, needle) in cases {
            let e = parse_letter("l.txt", leak(text)).unwrap_err();
            assert!(e.message.contains(needle), "{e}");
            assert!(e.to_string().starts_with("l.txt:"));
        }
        let e = parse_letter("l.txt", leak(good.replace("\n{date}\n", "\n{when}\n"))).unwrap_err();
        let line = good.lines().position(|l| l == "{date}").unwrap() + 1;
        assert_eq!(e.line, line);
    }
}
