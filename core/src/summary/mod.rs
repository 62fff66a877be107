//! The printable case summary: one self-contained HTML5 document (no
//! external resources, no JavaScript, inline CSS for A4 paper) made from a
//! [`CaseExtract`].
//!
//! **Two languages, one after the other.** The summary is written first in
//! the person's language, then, starting on a new page, the same summary
//! again with its fixed texts in the procedure language (Dutch or French),
//! for a lawyer, a social worker or an official. A second part was chosen
//! over side-by-side columns: on A4 two columns would halve every table
//! and squeeze long words, and mixing a right-to-left and a left-to-right
//! column on one page is hard to read and to print; the second part can
//! also be printed or handed over on its own. When the person's language
//! is the procedure language there is only one part.
//!
//! Each part has its own `lang` and `dir` (`rtl` for Arabic, Farsi and
//! Pashto). What the person typed is shown exactly as entered, HTML-escaped,
//! in both parts, inside `<bdi>` or a `dir="auto"` block so that its own
//! direction never reorders the text around it. Fixed texts come from
//! `content/i18n/<lang>/summary.ftl` (and the deadline explanations from
//! `deadlines.ftl`); a part whose language is machine-drafted says so.
//! A Content-Security-Policy meta tag forbids scripts and any loading.

mod file;
mod html;

pub use file::write_file;

use crate::case::{CaseDeadline, CaseDocument, CaseExtract, CaseMessage};
use crate::checklist::{ItemStatus, Location};
use crate::guide::content::FTL_FILES;
use crate::guide::TranslationStatus;
use crate::i18n::{self, format_date, Language, LanguageChain, MessageArg, Messages};
use crate::interview::ApproxDate;
use crate::journal::{EventDate, Presence};
use crate::{Error, Result};
use chrono::NaiveDate;
use html::{escape, user_block, user_inline};
use std::fmt::Write;

const STYLE: &str = include_str!("style.css");

/// The Fluent file the summary's fixed texts are in.
const SUMMARY_FTL: &str = "summary.ftl";

/// Checks that `language` can be a procedure language (Dutch or French).
pub fn check_procedure_language(language: Language) -> Result<()> {
    match language {
        Language::Nl | Language::Fr => Ok(()),
        _ => Err(Error::invalid(
            "procedure language",
            "must be nl (Dutch) or fr (French)",
        )),
    }
}

/// True when the summary's fixed texts in `language` were drafted by a
/// machine and not checked by a person.
pub fn is_machine_drafted(language: Language) -> bool {
    FTL_FILES.iter().any(|f| {
        f.lang == language && f.name == SUMMARY_FTL && f.status == TranslationStatus::MachineDrafted
    })
}

/// A stored fixed text (a deadline step or status) in `language`, as
/// plain text (placeables keep Fluent's bidi isolation marks).
pub fn message_text(message: &CaseMessage, language: Language) -> String {
    let part = Part::new(language);
    part.message_plain(message)
}

/// Renders the summary of `extract`: first in `user_lang`, then (when it
/// differs) again in `procedure_lang`, which must be Dutch or French
/// (`InvalidInput` otherwise). `today` is the date printed in the header.
pub fn render(
    extract: &CaseExtract,
    user_lang: Language,
    procedure_lang: Language,
    today: NaiveDate,
) -> Result<String> {
    check_procedure_language(procedure_lang)?;
    let mut languages = vec![user_lang];
    if procedure_lang != user_lang {
        languages.push(procedure_lang);
    }
    let first = Part::new(user_lang);
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
        user_lang.code(),
        user_lang.direction().code(),
        first.t("summary-title"),
        STYLE
    );
    for (index, &language) in languages.iter().enumerate() {
        let part = Part::new(language);
        let next = languages.get(index + 1).copied();
        part.render(&mut out, extract, today, index > 0, next);
    }
    out.push_str("</body>\n</html>\n");
    Ok(out)
}

/// One part of the summary, in one language.
struct Part {
    lang: Language,
    chain: LanguageChain,
    messages: &'static Messages,
}

impl Part {
    fn new(lang: Language) -> Self {
        Part {
            lang,
            chain: LanguageChain::from(lang),
            messages: Messages::embedded(),
        }
    }

    /// A fixed text, escaped.
    fn t(&self, id: &str) -> String {
        escape(&self.messages.text(&self.chain, id))
    }

    /// A fixed text with arguments, escaped.
    fn ta(&self, id: &str, args: &[(&str, MessageArg)]) -> String {
        let text = self
            .messages
            .format(&self.chain, id, args)
            .map(|l| l.text)
            .unwrap_or_else(|_| id.to_string());
        html::isolates_to_bdi(&escape(&text))
    }

    /// A stored message (deadline step or status), escaped.
    fn message(&self, m: &CaseMessage) -> String {
        html::isolates_to_bdi(&escape(&self.message_plain(m)))
    }

    /// A stored message as plain text (rendered by [`i18n::render`]).
    fn message_plain(&self, m: &CaseMessage) -> String {
        i18n::render(&m.into(), &self.chain).text
    }

    fn date(&self, d: NaiveDate) -> String {
        escape(&format_date(d, self.lang))
    }

    fn event_date(&self, d: &EventDate) -> String {
        match d.time {
            Some(t) => format!("{} {}", self.date(d.date), t.format("%H:%M")),
            None => self.date(d.date),
        }
    }

    fn approx_date(&self, d: &Option<ApproxDate>) -> String {
        let Some(d) = d else {
            return self.t("summary-date-unknown");
        };
        let shown = match (d.month, d.day) {
            (Some(m), Some(day)) => NaiveDate::from_ymd_opt(d.year, m, day)
                .map(|x| self.date(x))
                .unwrap_or_else(|| format!("{:04}-{m:02}-{day:02}", d.year)),
            (Some(m), None) => format!("{:04}-{m:02}", d.year),
            _ => format!("{:04}", d.year),
        };
        if d.about {
            format!("{} {shown}", self.t("summary-date-about"))
        } else {
            shown
        }
    }

    fn render(
        &self,
        out: &mut String,
        extract: &CaseExtract,
        today: NaiveDate,
        is_second: bool,
        next: Option<Language>,
    ) {
        let machine = is_machine_drafted(self.lang);
        let _ = write!(
            out,
            "<section class=\"part\" lang=\"{}\" dir=\"{}\">\n<header>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
            self.lang.code(),
            self.lang.direction().code(),
            self.t("summary-title"),
            self.ta("summary-made-on", &[("date", today.into())])
        );
        if is_second {
            let _ = writeln!(out, "<p>{}</p>", self.t("summary-part-intro"));
        }
        if let Some(next) = next {
            let _ = writeln!(
                out,
                "<p class=\"small\">{}</p>",
                self.ta("summary-second-part", &[("language", next.into())])
            );
        }
        if machine {
            let _ = writeln!(
                out,
                "<p class=\"notice\">{}</p>",
                self.t("summary-machine-drafted")
            );
        }
        let _ = writeln!(
            out,
            "<p class=\"small\">{}</p>\n</header>",
            self.t("summary-user-text-note")
        );

        self.timeline(out, extract);
        self.deadlines(out, &extract.deadlines);
        self.documents(out, &extract.documents);
        if let Some(chronology) = &extract.chronology {
            self.chronology(out, chronology);
        }
        if let Some(questions) = &extract.lawyer_questions {
            self.questions(out, questions);
        }

        let _ = write!(out, "<footer>\n<p>{}</p>\n", self.t("summary-footer"));
        if machine {
            let _ = writeln!(out, "<p>{}</p>", self.t("summary-machine-drafted"));
        }
        out.push_str("</footer>\n</section>\n");
    }

    fn timeline(&self, out: &mut String, extract: &CaseExtract) {
        let _ = writeln!(out, "<h2>{}</h2>", self.t("summary-timeline-heading"));
        if extract.events.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", self.t("summary-timeline-empty"));
            return;
        }
        let _ = writeln!(
            out,
            "<table class=\"timeline\">\n<colgroup><col class=\"date\"><col><col></colgroup>\n\
             <thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            self.t("summary-col-date"),
            self.t("summary-col-event"),
            self.t("summary-col-details")
        );
        for e in &extract.events {
            let mut what = self.t(&e.kind.message_id());
            if let Some(o) = e.outcome {
                let _ = write!(what, ": {}", self.t(&o.message_id()));
            }
            let mut details = String::new();
            if let Some(d) = e.official_deadline {
                let _ = write!(
                    details,
                    "<p>{}</p>",
                    self.ta("summary-official-deadline", &[("date", d.into())])
                );
            }
            if e.registered_letter {
                let _ = write!(details, "<p>{}</p>", self.t("summary-registered-letter"));
            }
            match e.recorded {
                Some(true) => {
                    let _ = write!(details, "<p>{}</p>", self.t("summary-recorded-yes"));
                }
                Some(false) => {
                    let _ = write!(details, "<p>{}</p>", self.t("summary-recorded-no"));
                }
                None => {}
            }
            if !e.present.is_empty() {
                let people: Vec<String> = e.present.iter().map(|p| self.presence(p)).collect();
                // The Arabic comma in Arabic, Farsi and Pashto.
                let comma = if self.lang.is_rtl() { "\u{60c} " } else { ", " };
                let _ = write!(
                    details,
                    "<p>{} {}</p>",
                    self.t("summary-present"),
                    people.join(comma)
                );
            }
            if !e.note.is_blank() {
                details.push_str(&user_block(&e.note));
            }
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                self.event_date(&e.date),
                what,
                details
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    fn presence(&self, p: &Presence) -> String {
        match p {
            Presence::Interpreter => self.t("summary-present-interpreter"),
            Presence::Lawyer => self.t("summary-present-lawyer"),
            Presence::TrustedPerson => self.t("summary-present-trusted-person"),
            Presence::SocialWorker => self.t("summary-present-social-worker"),
            Presence::Other(name) if !name.is_blank() => user_inline(name),
            Presence::Other(_) => self.t("summary-present-other"),
        }
    }

    fn deadlines(&self, out: &mut String, deadlines: &[CaseDeadline]) {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<p>{}</p>",
            self.t("summary-deadlines-heading"),
            self.t("summary-deadlines-intro")
        );
        if deadlines.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", self.t("summary-deadlines-empty"));
            return;
        }
        for d in deadlines {
            let _ = write!(
                out,
                "<div class=\"deadline\">\n<h3>{}</h3>\n<p class=\"due\">{} \u{2014} {}</p>\n",
                self.t(&format!("deadline-rule-{}", d.rule_id)),
                self.ta("summary-deadline-date", &[("date", d.effective_due.into())]),
                self.message(&d.status)
            );
            if !d.binding {
                let _ = writeln!(out, "<p>{}</p>", self.t("summary-deadline-not-binding"));
            }
            out.push_str("<ol>\n");
            for step in &d.explanation {
                let _ = writeln!(out, "<li>{}</li>", self.message(step));
            }
            out.push_str("</ol>\n</div>\n");
        }
    }

    fn status(&self, s: ItemStatus) -> String {
        self.t(&format!("summary-status-{}", s.id()))
    }

    fn location(&self, l: Location) -> String {
        self.t(&format!("summary-location-{}", l.id()))
    }

    fn documents(&self, out: &mut String, documents: &[CaseDocument]) {
        let _ = writeln!(out, "<h2>{}</h2>", self.t("summary-documents-heading"));
        if documents.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", self.t("summary-documents-empty"));
            return;
        }
        let _ = writeln!(
            out,
            "<table class=\"documents\">\n<colgroup><col><col class=\"status\"><col class=\"status\"></colgroup>\n\
             <thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            self.t("summary-col-document"),
            self.t("summary-col-status"),
            self.t("summary-col-original")
        );
        for d in documents {
            let (title, is_user) = d.title(self.lang.code());
            let mut cell = if is_user {
                user_inline(&crate::sensitive::UserText::new(title))
            } else {
                format!("<strong>{}</strong>", escape(&title))
            };
            if !d.note.is_blank() {
                cell.push_str(&user_block(&d.note));
            }
            if !d.why_not_available.is_blank() {
                let _ = write!(
                    cell,
                    "<p class=\"small\">{}</p>{}",
                    self.t("summary-why-not-available"),
                    user_block(&d.why_not_available)
                );
            }
            if !d.attachments.is_empty() {
                let names: Vec<String> = d
                    .attachments
                    .iter()
                    .map(|a| format!("<li>{}</li>", user_inline(&a.name)))
                    .collect();
                let _ = write!(
                    cell,
                    "<p class=\"small\">{}</p><ul class=\"small\">{}</ul>",
                    self.t("summary-files"),
                    names.concat()
                );
            }
            let place = match &d.location {
                Some(l) => {
                    let mut s = self.location(l.place);
                    if !l.detail.is_blank() {
                        let _ = write!(s, ": {}", user_inline(&l.detail));
                    }
                    if let Some(since) = l.since {
                        let _ = write!(
                            s,
                            "<br>{}",
                            self.ta("summary-since", &[("date", since.into())])
                        );
                    }
                    s
                }
                None => self.t("summary-location-unknown"),
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                cell,
                self.status(d.status),
                place
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    fn chronology(&self, out: &mut String, entries: &[crate::case::CaseLifeEvent]) {
        let _ = writeln!(out, "<h2>{}</h2>", self.t("summary-chronology-heading"));
        if entries.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", self.t("summary-chronology-empty"));
            return;
        }
        let _ = writeln!(
            out,
            "<table class=\"chronology\">\n<colgroup><col class=\"date\"><col><col class=\"status\"><col class=\"status\"></colgroup>\n\
             <thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            self.t("summary-col-date"),
            self.t("summary-col-what-happened"),
            self.t("summary-col-place"),
            self.t("summary-col-people")
        );
        for e in entries {
            let mut date = self.approx_date(&e.date);
            if let Some(age) = e.age {
                let _ = write!(
                    date,
                    "<br><span class=\"small\">{}</span>",
                    self.ta("summary-age", &[("age", i64::from(age).into())])
                );
            }
            let mut what = format!("<strong>{}</strong>", user_inline(&e.title));
            if !e.what_happened.is_blank() {
                what.push_str(&user_block(&e.what_happened));
            }
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                date,
                what,
                user_inline(&e.place),
                user_inline(&e.people)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    fn questions(&self, out: &mut String, questions: &[crate::case::CaseQuestion]) {
        let _ = writeln!(out, "<h2>{}</h2>", self.t("summary-questions-heading"));
        if questions.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", self.t("summary-questions-empty"));
            return;
        }
        out.push_str("<ol class=\"questions\">\n");
        for q in questions {
            let state = if q.answered {
                self.t("summary-question-answered")
            } else {
                self.t("summary-question-open")
            };
            let _ = write!(
                out,
                "<li>{}<p class=\"small\">{}</p>",
                user_block(&q.question),
                state
            );
            if !q.answer.is_blank() {
                let _ = write!(
                    out,
                    "<p class=\"small\">{}</p>{}",
                    self.t("summary-answer"),
                    user_block(&q.answer)
                );
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{CaseDocument, CaseEvent, CaseQuestion, EXTRACT_FORMAT};
    use crate::checklist::{ItemStatus, OriginalLocation, Section};
    use crate::deadlines::EventKind;
    use crate::sensitive::UserText;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn extract() -> CaseExtract {
        CaseExtract {
            format: EXTRACT_FORMAT,
            generated_at: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap(),
            today: day(2026, 12, 1),
            events: vec![CaseEvent {
                id: "e1".into(),
                kind: EventKind::ApplicationMade,
                outcome: None,
                date: EventDate::day(day(2026, 3, 3)),
                note: UserText::new("<script>alert('x')</script> & \"q\" مرحبا"),
                official_deadline: None,
                registered_letter: false,
                recorded: None,
                present: vec![Presence::Other(UserText::new("<i>Sami</i>"))],
            }],
            deadlines: vec![],
            documents: vec![CaseDocument {
                id: "d1".into(),
                template: Some("passport".into()),
                section: Section::Identity,
                custom_title: None,
                status: ItemStatus::HandedIn,
                location: Some(OriginalLocation {
                    place: Location::WithCgrs,
                    since: Some(day(2026, 10, 14)),
                    detail: UserText::default(),
                }),
                note: UserText::default(),
                why_not_available: UserText::default(),
                attachments: vec![],
            }],
            chronology: None,
            lawyer_questions: Some(vec![CaseQuestion {
                question: UserText::new("Q & A?"),
                answered: false,
                answer: UserText::default(),
            }]),
        }
    }

    #[test]
    fn user_text_is_escaped_and_isolated_in_both_parts() {
        let html = render(&extract(), Language::Ar, Language::Nl, day(2026, 12, 1)).unwrap();
        assert!(!html.contains("<script"));
        assert!(!html.contains("<i>Sami"));
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; مرحبا";
        assert_eq!(
            html.matches(escaped).count(),
            2,
            "shown as typed in both parts"
        );
        assert!(html.contains("<bdi class=\"u\">&lt;i&gt;Sami&lt;/i&gt;</bdi>"));
        assert!(html.contains("<section class=\"part\" lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("<section class=\"part\" lang=\"nl\" dir=\"ltr\">"));
        assert!(html.contains("@page { size: A4;"));
        assert!(!html.contains('\u{2068}') && !html.contains('\u{2069}'));
        // No chronology selected: no chronology heading.
        assert!(!html.contains(&Part::new(Language::Nl).t("summary-chronology-heading")));
        assert!(html.contains(&Part::new(Language::Nl).t("summary-questions-heading")));
    }

    #[test]
    fn one_part_when_the_languages_are_the_same_and_notices_follow_the_status() {
        let nl = render(&extract(), Language::Nl, Language::Nl, day(2026, 12, 1)).unwrap();
        assert_eq!(nl.matches("<section class=\"part\"").count(), 1);
        let machine = Part::new(Language::Nl).t("summary-machine-drafted");
        assert!(nl.contains(&machine), "Dutch is machine-drafted");
        let en = render(&extract(), Language::En, Language::Fr, day(2026, 12, 1)).unwrap();
        assert_eq!(en.matches("<section class=\"part\"").count(), 2);
        let en_notice = Part::new(Language::En).t("summary-machine-drafted");
        assert!(!en.contains(&en_notice), "English is the original");
        assert!(en.contains(&Part::new(Language::Fr).t("summary-machine-drafted")));
        assert!(!is_machine_drafted(Language::En));
        assert!(Language::ALL
            .iter()
            .filter(|l| **l != Language::En)
            .all(|l| is_machine_drafted(*l)));
    }

    #[test]
    fn the_procedure_language_is_dutch_or_french() {
        for lang in Language::ALL {
            let r = render(&extract(), Language::En, lang, day(2026, 12, 1));
            match lang {
                Language::Nl | Language::Fr => assert!(r.is_ok()),
                _ => assert!(
                    matches!(&r, Err(Error::InvalidInput { field, .. }) if field == "procedure language"),
                    "{lang:?}"
                ),
            }
        }
    }
}
