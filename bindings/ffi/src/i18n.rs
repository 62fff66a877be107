//! Languages, language negotiation and the embedded UI strings (Fluent).
//!
//! A *language chain* crosses as a list of language codes (`["ps", "fa",
//! "en"]`), the order in which texts are tried; [`negotiate_languages`]
//! builds it, and every function that takes `languages` accepts one. Codes
//! are those of [`languages`]; BCP 47 tags and POSIX locales of those
//! languages (`fa-AF`, `nl_BE.UTF-8`) are accepted too; anything else is
//! `InvalidInput` on field `language`. English always ends the chain, so an
//! empty list means English.

use crate::PassageError;
use passage_core::i18n::{self as core_i18n, Direction, Language, LanguageChain, MessageArg};
use passage_core::journal::parse_date;

/// Layout direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum WritingDirection {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Farsi, Pashto): mirror the layout.
    Rtl,
}

impl From<Direction> for WritingDirection {
    fn from(d: Direction) -> Self {
        match d {
            Direction::Ltr => WritingDirection::Ltr,
            Direction::Rtl => WritingDirection::Rtl,
        }
    }
}

/// One of the nine languages of Passage.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LanguageInfo {
    /// `nl`, `fr`, `en`, `es`, `ar`, `fa`, `ps`, `so`, `ti`.
    pub code: String,
    /// Its name in its own script, for language pickers (`فارسی`).
    pub native_name: String,
    pub direction: WritingDirection,
}

impl From<Language> for LanguageInfo {
    fn from(l: Language) -> Self {
        LanguageInfo {
            code: l.code().to_string(),
            native_name: l.native_name().to_string(),
            direction: l.direction().into(),
        }
    }
}

/// Every language, in the order the apps list them.
#[uniffi::export]
pub fn languages() -> Vec<LanguageInfo> {
    Language::ALL.into_iter().map(LanguageInfo::from).collect()
}

fn parse_language(code: &str) -> Result<Language, PassageError> {
    Ok(code
        .parse::<Language>()
        .map_err(passage_core::Error::from)?)
}

/// The chain for a list of codes (each must be a supported language).
pub(crate) fn chain(languages: &[String]) -> Result<LanguageChain, PassageError> {
    let parsed = languages
        .iter()
        .map(|code| parse_language(code))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(core_i18n::negotiate(&parsed, &[] as &[&str]))
}

fn codes(chain: &LanguageChain) -> Vec<String> {
    chain
        .languages()
        .iter()
        .map(|l| l.code().to_string())
        .collect()
}

/// The language chain: `user_prefs` (the codes the person chose in the
/// app, in order; each must be supported), then the system locales
/// (`fa-AF`, `nl_BE.UTF-8`, ...; unsupported ones are skipped), then
/// English. Duplicates keep their first place.
#[uniffi::export]
pub fn negotiate_languages(
    user_prefs: Vec<String>,
    system_locales: Vec<String>,
) -> Result<Vec<String>, PassageError> {
    let user = user_prefs
        .iter()
        .map(|code| parse_language(code))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(codes(&core_i18n::negotiate(&user, &system_locales)))
}

/// A value for a `{ $placeholder }` of a UI message.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum UiArg {
    /// Inserted as is.
    Text { name: String, value: String },
    /// A number; also selects plural forms.
    Number { name: String, value: f64 },
    /// `YYYY-MM-DD`, written out in the message's language.
    Date { name: String, value: String },
    /// A language code; its name in the message's language.
    Language { name: String, code: String },
}

fn arg(a: UiArg) -> Result<(String, MessageArg), PassageError> {
    Ok(match a {
        UiArg::Text { name, value } => (name, MessageArg::Text(value)),
        UiArg::Number { name, value } => (name, MessageArg::Number(value)),
        UiArg::Date { name, value } => (name, MessageArg::Date(parse_date(&value, "date")?)),
        UiArg::Language { name, code } => (name, MessageArg::Language(parse_language(&code)?)),
    })
}

/// A UI text and the language it was found in (which may be a later one of
/// the chain: lay it out in that language's direction).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocalizedText {
    pub text: String,
    /// A language code.
    pub language: String,
    pub direction: WritingDirection,
}

/// The UI message `message_id` in the first language of `languages` that
/// has it. Placeables are wrapped in Unicode isolates (U+2068 ... U+2069)
/// so that mixed scripts keep their order. `NotFound` when no language has
/// the message.
#[uniffi::export(default(args = []))]
pub fn ui_text(
    languages: Vec<String>,
    message_id: String,
    args: Vec<UiArg>,
) -> Result<LocalizedText, PassageError> {
    let chain = chain(&languages)?;
    let args = args.into_iter().map(arg).collect::<Result<Vec<_>, _>>()?;
    let borrowed: Vec<(&str, MessageArg)> = args
        .iter()
        .map(|(name, value)| (name.as_str(), value.clone()))
        .collect();
    let localized = core_i18n::Messages::embedded().format(&chain, &message_id, &borrowed)?;
    Ok(LocalizedText {
        text: localized.text,
        language: localized.lang.code().to_string(),
        direction: localized.lang.direction().into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_chains_and_ui_texts() {
        let all = languages();
        assert_eq!(all.len(), 9);
        let rtl: Vec<_> = all
            .iter()
            .filter(|l| l.direction == WritingDirection::Rtl)
            .map(|l| l.code.as_str())
            .collect();
        assert_eq!(rtl, ["ar", "fa", "ps"]);
        assert_eq!(
            negotiate_languages(
                vec!["ps".into(), "fa".into()],
                vec!["de-DE".into(), "nl_BE.UTF-8".into()]
            )
            .unwrap(),
            ["ps", "fa", "nl", "en"]
        );
        assert!(matches!(
            negotiate_languages(vec!["xx".into()], vec![]),
            Err(PassageError::InvalidInput { ref field, .. }) if field == "language"
        ));

        let count = ui_text(
            vec!["en".into()],
            "search-result-count".into(),
            vec![UiArg::Number {
                name: "count".into(),
                value: 3.0,
            }],
        )
        .unwrap();
        assert_eq!(count.text, "\u{2068}3\u{2069} results");
        let date = ui_text(
            vec!["fr".into()],
            "guide-last-verified".into(),
            vec![UiArg::Date {
                name: "date".into(),
                value: "2026-03-03".into(),
            }],
        )
        .unwrap();
        assert!(date.text.contains("mars 2026"), "{}", date.text);
        assert_eq!(date.language, "fr");
        assert!(matches!(
            ui_text(vec![], "no-such-message".into(), vec![]),
            Err(PassageError::NotFound { .. })
        ));
        assert!(matches!(
            ui_text(
                vec![],
                "guide-last-verified".into(),
                vec![UiArg::Date {
                    name: "date".into(),
                    value: "3/3/2026".into()
                }]
            ),
            Err(PassageError::InvalidInput { .. })
        ));
    }
}
