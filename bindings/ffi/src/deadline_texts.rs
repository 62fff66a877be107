//! Deadlines with their texts in the reader's language: title, status
//! (with the reason when a rule does not apply), the explanation step by
//! step, the rule's sources and the day they were last checked.
//!
//! The texts are rendered by the core ([`passage_core::i18n::render`], the
//! same function the printable summary uses) from the Fluent messages in
//! `content/i18n/<lang>/deadlines.ftl`.

use crate::i18n::{chain, LocalizedText};
use crate::journal::{deadline, resolve_today, Deadline};
use crate::vault::PassageVault;
use crate::PassageError;
use passage_core::deadlines::{self as core_deadlines, DeadlineOptions, DeadlineView, Message};
use passage_core::i18n::{self as core_i18n, Language, LanguageChain, Localized};
use passage_core::journal as core_journal;
use passage_core::sources::describe;

/// A deadline and its texts in one language chain.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocalizedDeadline {
    /// Dates, state and numbers (language-free; `deadline.title` and
    /// `deadline.explanation` are the English ones).
    pub deadline: Deadline,
    /// The rule's title (`deadline-rule-<rule_id>`).
    pub title: LocalizedText,
    /// Where the deadline stands today (`deadline-status-*`); for a rule
    /// that does not apply, says why.
    pub status: LocalizedText,
    /// The explanation, one step per entry (`deadline-step-*`); it always
    /// ends with "the date on your letter always comes first".
    pub explanation: Vec<LocalizedText>,
    /// The sources of the rule, as a person reads them: the title of a
    /// bundled document or a web address (not translated).
    pub sources: Vec<String>,
    /// The day the rule was last checked against its sources (`YYYY-MM-DD`;
    /// write it out with the message `common-date`).
    pub last_verified: String,
}

fn text(l: Localized) -> LocalizedText {
    LocalizedText {
        text: l.text,
        language: l.lang.code().to_string(),
        direction: l.lang.direction().into(),
    }
}

fn localized(
    view: &DeadlineView,
    chain: &LanguageChain,
) -> Result<LocalizedDeadline, PassageError> {
    let (sources, last_verified) = core_deadlines::rules()
        .and_then(|rules| rules.get(&view.rule_id))
        .map(|rule| {
            let sources = rule.sources.iter().map(|s| describe(s)).collect();
            (sources, rule.last_verified)
        })
        .map_err(passage_core::Error::from)?;
    let title_id = format!("deadline-rule-{}", view.rule_id);
    let title = if chain
        .languages()
        .iter()
        .any(|&l| core_i18n::Messages::embedded().has_message(l, &title_id))
    {
        text(core_i18n::render(&Message::new(title_id), chain))
    } else {
        text(Localized {
            lang: Language::En,
            text: view.title.clone(),
        })
    };
    Ok(LocalizedDeadline {
        deadline: deadline(view),
        title,
        status: text(core_i18n::render(&view.status.message(), chain)),
        explanation: view
            .deadline
            .explanation
            .steps()
            .iter()
            .map(|step| text(core_i18n::render(&step.message(), chain)))
            .collect(),
        sources,
        last_verified: last_verified.to_string(),
    })
}

#[uniffi::export]
impl PassageVault {
    /// Every deadline that follows from the journal (met and not-applicable
    /// ones included), soonest first, with its texts in the first language
    /// of `languages` that has them (a chain as from `negotiate_languages`).
    /// `today` (ISO) as for `deadlines`.
    #[uniffi::method(default(today = None))]
    pub fn deadlines_in(
        &self,
        languages: Vec<String>,
        today: Option<String>,
    ) -> Result<Vec<LocalizedDeadline>, PassageError> {
        let chain = chain(&languages)?;
        let mut views = core_journal::deadlines(
            self.core(),
            resolve_today(today)?,
            DeadlineOptions::default(),
        )?;
        views.sort_by_key(|d| d.deadline.effective_due);
        views.iter().map(|v| localized(v, &chain)).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::blocking::tests::block_on;
    use crate::*;

    fn event(kind: &str, date: &str) -> JournalEventInput {
        JournalEventInput {
            kind: kind.into(),
            date: date.into(),
            note: String::new(),
            official_deadline: None,
            outcome: None,
            registered_letter: false,
            recorded: None,
            present: Vec::new(),
        }
    }

    fn ui(language: &str, id: &str, args: Vec<UiArg>) -> String {
        ui_text(vec![language.into()], id.into(), args)
            .unwrap()
            .text
    }

    #[test]
    fn deadlines_in_french_and_arabic_with_sources() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("v").to_string_lossy().into_owned();
        let vault = block_on(create_vault(
            dir,
            "long passphrase".into(),
            VaultConfig { kdf_log_n: 4 },
        ))
        .unwrap()
        .vault;
        let today = Some("2026-03-13".to_string());
        vault
            .journal_add(event("application-lodged", "2026-01-12"), today.clone())
            .unwrap();
        vault
            .journal_add(
                event("personal-interview", "2026-03-12T09:00"),
                today.clone(),
            )
            .unwrap();

        let plain = vault.deadlines(today.clone()).unwrap();
        let fr = vault
            .deadlines_in(vec!["fr".into()], today.clone())
            .unwrap();
        let en = vault
            .deadlines_in(vec!["en".into()], today.clone())
            .unwrap();
        assert_eq!(
            fr.iter().map(|d| &d.deadline).collect::<Vec<_>>(),
            plain.iter().collect::<Vec<_>>(),
            "the same deadlines in the same order"
        );
        for (f, e) in fr.iter().zip(&en) {
            assert_eq!(f.explanation.len(), f.deadline.explanation.len());
            assert!(!f.status.text.starts_with("deadline-"), "{}", f.status.text);
            assert_ne!(f.status.text, e.status.text);
            for (line, english) in f.explanation.iter().zip(&e.explanation) {
                assert_eq!(line.language, "fr");
                assert_ne!(line.text, english.text);
            }
            assert!(!f.sources.is_empty(), "{}", f.deadline.rule_id);
            assert!(
                f.sources.iter().all(|s| !s.starts_with("seed:")),
                "sources read as titles: {:?}",
                f.sources
            );
            assert!(chrono::NaiveDate::parse_from_str(&f.last_verified, "%Y-%m-%d").is_ok());
        }

        let notes = fr
            .iter()
            .find(|d| d.deadline.rule_id == "notes-copy-request")
            .unwrap();
        assert_eq!(
            notes.title.text,
            ui("fr", "deadline-rule-notes-copy-request", vec![])
        );
        assert_ne!(notes.title.text, notes.deadline.title);
        assert_eq!(
            notes.status.text,
            ui(
                "fr",
                "deadline-status-due-soon",
                vec![UiArg::Number {
                    name: "days".into(),
                    value: 3.0
                }]
            )
        );
        assert_eq!(
            notes.explanation.last().unwrap().text,
            ui("fr", "deadline-step-letter-prevails", vec![])
        );
        assert!(
            notes
                .explanation
                .iter()
                .any(|l| l.text.contains("mars 2026")),
            "{:?}",
            notes.explanation
        );
        let english = en
            .iter()
            .find(|d| d.deadline.rule_id == "notes-copy-request")
            .unwrap();
        assert!(
            english.explanation.iter().any(|l| l
                .text
                .replace(['\u{2068}', '\u{2069}'], "")
                .contains("2 working days")),
            "{:?}",
            english.explanation
        );

        let ar = vault
            .deadlines_in(vec!["ar".into()], today.clone())
            .unwrap();
        let notes = ar
            .iter()
            .find(|d| d.deadline.rule_id == "notes-copy-request")
            .unwrap();
        assert_eq!(notes.title.direction, WritingDirection::Rtl);
        assert!(notes.explanation.iter().all(|l| l.language == "ar"
            && l.text
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))));

        // A decision ends the wait for the work permission: the status says
        // why the rule no longer applies, in French.
        let mut decision = event("cgrs-decision", "2026-03-13");
        decision.outcome = Some("refusal".into());
        vault.journal_add(decision, today.clone()).unwrap();
        let fr = vault
            .deadlines_in(vec!["fr".into()], today.clone())
            .unwrap();
        let work = fr
            .iter()
            .find(|d| d.deadline.rule_id == "work-permission")
            .unwrap();
        assert_eq!(work.deadline.state, DeadlineState::NotApplicable);
        let expected = ui(
            "fr",
            "deadline-status-not-applicable-cancelled",
            vec![
                UiArg::Text {
                    name: "event".into(),
                    value: ui("fr", "event-kind-cgrs-decision", vec![]),
                },
                UiArg::Date {
                    name: "date".into(),
                    value: "2026-03-13".into(),
                },
            ],
        );
        assert_eq!(work.status.text, expected);
        assert!(
            work.status.text.contains("13 mars 2026"),
            "{}",
            work.status.text
        );

        assert!(matches!(
            vault.deadlines_in(vec!["xx".into()], today),
            Err(PassageError::InvalidInput { ref field, .. }) if field == "language"
        ));
    }
}
