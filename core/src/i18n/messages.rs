//! UI strings from the embedded Fluent files (`content/i18n/<lang>/*.ftl`).
//!
//! One concurrent (Send + Sync) bundle per language, built on first use from
//! the text compiled into the library. Bidi isolation marks stay ON: every
//! placeable is wrapped in U+2068 ... U+2069 so that an English word inside
//! an Arabic sentence (or the reverse) cannot reorder its neighbours.

use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{format_date, Language, LanguageChain};
use crate::guide::content::FTL_FILES;
use crate::{Error, Result};

type Bundle = FluentBundle<FluentResource>;

/// A value for a `{ $placeholder }`.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageArg {
    /// Inserted as is.
    Text(String),
    /// A number; also drives plural selectors (`[one]`, `*[other]`).
    Number(f64),
    /// Written out in the language of the message ("3 mars 2026").
    Date(NaiveDate),
    /// The language's name in the language of the message (`language-xx`).
    Language(Language),
}

impl From<&str> for MessageArg {
    fn from(value: &str) -> Self {
        MessageArg::Text(value.to_string())
    }
}

impl From<String> for MessageArg {
    fn from(value: String) -> Self {
        MessageArg::Text(value)
    }
}

impl From<i64> for MessageArg {
    fn from(value: i64) -> Self {
        MessageArg::Number(value as f64)
    }
}

impl From<usize> for MessageArg {
    fn from(value: usize) -> Self {
        MessageArg::Number(value as f64)
    }
}

impl From<NaiveDate> for MessageArg {
    fn from(value: NaiveDate) -> Self {
        MessageArg::Date(value)
    }
}

impl From<Language> for MessageArg {
    fn from(value: Language) -> Self {
        MessageArg::Language(value)
    }
}

/// A formatted message and the language it was found in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    pub lang: Language,
    pub text: String,
}

/// The embedded UI strings of every language.
pub struct Messages {
    bundles: [OnceLock<Bundle>; 9],
}

impl Messages {
    /// The UI strings compiled into the library (one shared instance).
    pub fn embedded() -> &'static Messages {
        static MESSAGES: OnceLock<Messages> = OnceLock::new();
        MESSAGES.get_or_init(|| Messages {
            bundles: std::array::from_fn(|_| OnceLock::new()),
        })
    }

    fn bundle(&self, language: Language) -> &Bundle {
        self.bundles[language as usize].get_or_init(|| build_bundle(language))
    }

    /// Whether `language` itself has message `id`.
    pub fn has_message(&self, language: Language, id: &str) -> bool {
        self.bundle(language).has_message(id)
    }

    /// Formats message `id` in the first language of `chain` that has it
    /// (per-message fallback). `NotFound` when no language has it.
    pub fn format(
        &self,
        chain: &LanguageChain,
        id: &str,
        args: &[(&str, MessageArg)],
    ) -> Result<Localized> {
        for &language in chain.languages() {
            let bundle = self.bundle(language);
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let fluent_args = self.fluent_args(language, args);
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return Ok(Localized {
                lang: language,
                text: text.into_owned(),
            });
        }
        Err(Error::not_found(format_args!("UI message {id}")))
    }

    /// Message `id` without arguments; the id itself if no language has it
    /// (so that a missing string shows up instead of hiding a control).
    pub fn text(&self, chain: &LanguageChain, id: &str) -> String {
        self.format(chain, id, &[])
            .map(|localized| localized.text)
            .unwrap_or_else(|_| id.to_string())
    }

    /// The name of `language` written in `reader` (`language-xx`), or its
    /// native name.
    pub fn language_name(&self, language: Language, reader: Language) -> String {
        let id = format!("language-{}", language.code());
        let bundle = self.bundle(reader);
        match bundle.get_message(&id).and_then(|m| m.value()) {
            Some(pattern) => {
                let mut errors = Vec::new();
                bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned()
            }
            None => language.native_name().to_string(),
        }
    }

    fn fluent_args<'a>(
        &self,
        language: Language,
        args: &'a [(&str, MessageArg)],
    ) -> FluentArgs<'a> {
        let mut out = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value: FluentValue<'a> = match value {
                MessageArg::Text(text) => FluentValue::from(text.as_str()),
                MessageArg::Number(number) => FluentValue::from(*number),
                MessageArg::Date(date) => FluentValue::from(format_date(*date, language)),
                MessageArg::Language(other) => {
                    FluentValue::from(self.language_name(*other, language))
                }
            };
            out.set(*name, value);
        }
        out
    }
}

fn build_bundle(language: Language) -> Bundle {
    let langid: LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(true);
    // NUMBER() for messages that format numbers; cannot clash (new bundle).
    let _ = bundle.add_builtins();
    for file in FTL_FILES.iter().filter(|f| f.lang == language) {
        let resource = match FluentResource::try_new(file.source.to_string()) {
            Ok(resource) => resource,
            // The build has checked the files; keep what did parse.
            Err((resource, _)) => resource,
        };
        // Duplicate ids are rejected by the build; ignore here.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::negotiate;

    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    fn strip_isolates(text: &str) -> String {
        text.chars().filter(|c| *c != FSI && *c != PDI).collect()
    }

    #[test]
    fn bundles_are_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Messages>();
    }

    #[test]
    fn plural_selectors_follow_each_language() {
        let m = Messages::embedded();
        let count = |lang: Language, n: usize| {
            let text = m
                .format(
                    &LanguageChain::from(lang),
                    "search-result-count",
                    &[("count", n.into())],
                )
                .unwrap()
                .text;
            strip_isolates(&text)
        };
        assert_eq!(count(Language::En, 1), "1 result");
        assert_eq!(count(Language::En, 5), "5 results");
        assert_eq!(count(Language::Fr, 0), "0 résultat");
        assert_eq!(count(Language::Fr, 2), "2 résultats");
        assert_eq!(count(Language::Ar, 0), "لا توجد نتائج");
        assert_eq!(count(Language::Ar, 2), "نتيجتان");
        assert_eq!(count(Language::Ar, 3), "3 نتائج");
        assert_eq!(count(Language::Ar, 11), "11 نتيجة");
        assert_eq!(count(Language::Ti, 1), "1 ውጽኢት");
        assert_eq!(count(Language::Ti, 4), "4 ውጽኢታት");
        assert_eq!(count(Language::Ps, 1), "1 پایله");
        assert_eq!(count(Language::Ps, 7), "7 پایلې");
        assert_eq!(count(Language::Nl, 1), "1 resultaat");
    }

    #[test]
    fn placeholders_are_isolated_in_every_language() {
        let m = Messages::embedded();
        let args = [
            ("language", MessageArg::Language(Language::Ar)),
            ("shown", MessageArg::Language(Language::En)),
        ];
        let en = m
            .format(
                &LanguageChain::from(Language::En),
                "guide-fallback-notice",
                &args,
            )
            .unwrap();
        assert_eq!(
            en.text,
            format!("This page is not yet in {FSI}Arabic{PDI}. You are reading it in {FSI}English{PDI}.")
        );
        let ar = m
            .format(
                &LanguageChain::from(Language::Ar),
                "guide-fallback-notice",
                &args,
            )
            .unwrap();
        assert_eq!(ar.lang, Language::Ar);
        assert!(
            ar.text.contains(&format!("{FSI}العربية{PDI}")),
            "{}",
            ar.text
        );
        assert!(
            ar.text.contains(&format!("{FSI}الإنجليزية{PDI}")),
            "{}",
            ar.text
        );
    }

    #[test]
    fn dates_are_written_in_the_language_of_the_message() {
        let m = Messages::embedded();
        let date = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
        let nl = m
            .format(
                &LanguageChain::from(Language::Nl),
                "guide-last-verified",
                &[("date", date.into())],
            )
            .unwrap();
        assert_eq!(
            strip_isolates(&nl.text),
            "Laatst nagekeken op 3 maart 2026."
        );
    }

    #[test]
    fn falls_back_per_message_along_the_chain() {
        let m = Messages::embedded();
        let chain = negotiate(&[Language::Ps, Language::Fa], &["nl"]);
        let found = m.format(&chain, "button-save", &[]).unwrap();
        assert_eq!(found.lang, Language::Ps);
        assert!(matches!(
            m.format(&chain, "no-such-message", &[]),
            Err(Error::NotFound { .. })
        ));
        assert_eq!(m.text(&chain, "no-such-message"), "no-such-message");
    }

    #[test]
    fn every_language_has_every_english_message_and_the_right_direction() {
        let m = Messages::embedded();
        let english: Vec<String> = FTL_FILES
            .iter()
            .filter(|f| f.lang == Language::En)
            .flat_map(|f| message_ids(f.source))
            .collect();
        assert!(english.len() >= 30, "{}", english.len());
        for language in Language::ALL {
            for id in &english {
                assert!(m.has_message(language, id), "{language} lacks {id}");
            }
            assert_eq!(
                m.text(&LanguageChain::from(language), "direction"),
                language.direction().code()
            );
        }
    }

    fn message_ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id.to_string())
            .filter(|id| id.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .collect()
    }
}
