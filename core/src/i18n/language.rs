//! The nine languages of Passage.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// Layout direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Farsi, Pashto).
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as HTML and the Fluent `direction` message say.
    pub fn code(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A language the app is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Nl,
    Fr,
    En,
    Es,
    Ar,
    Fa,
    Ps,
    So,
    Ti,
}

impl Language {
    /// Every language, in the order the apps list them.
    pub const ALL: [Language; 9] = [
        Language::Nl,
        Language::Fr,
        Language::En,
        Language::Es,
        Language::Ar,
        Language::Fa,
        Language::Ps,
        Language::So,
        Language::Ti,
    ];

    /// The code used in content paths and settings (`"en"`, `"ar"`, ...).
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::En => "en",
            Language::Es => "es",
            Language::Ar => "ar",
            Language::Fa => "fa",
            Language::Ps => "ps",
            Language::So => "so",
            Language::Ti => "ti",
        }
    }

    /// The language's name in its own script, for language pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Nl => "Nederlands",
            Language::Fr => "Français",
            Language::En => "English",
            Language::Es => "Español",
            Language::Ar => "العربية",
            Language::Fa => "فارسی",
            Language::Ps => "پښتو",
            Language::So => "Soomaali",
            Language::Ti => "ትግርኛ",
        }
    }

    /// Layout direction, so that shells can mirror their layout.
    pub fn direction(self) -> Direction {
        match self {
            Language::Ar | Language::Fa | Language::Ps => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// True for Arabic, Farsi and Pashto.
    pub fn is_rtl(self) -> bool {
        self.direction() == Direction::Rtl
    }

    /// The comma-separated list of supported codes (for messages).
    pub fn supported_codes() -> String {
        Language::ALL.map(Language::code).join(", ")
    }

    /// Maps a primary language subtag (ISO 639-1, or ISO 639-2/3 for the
    /// codes systems use: `prs` Dari is Farsi here, `pbt`/`pbu`/`pst` are
    /// Pashto) to a language.
    fn from_primary(subtag: &str) -> Option<Language> {
        let lower = subtag.to_ascii_lowercase();
        let language = match lower.as_str() {
            "nl" | "nld" | "dut" => Language::Nl,
            "fr" | "fra" | "fre" => Language::Fr,
            "en" | "eng" => Language::En,
            "es" | "spa" => Language::Es,
            "ar" | "ara" => Language::Ar,
            "fa" | "fas" | "per" | "prs" | "pes" => Language::Fa,
            "ps" | "pus" | "pbt" | "pbu" | "pst" => Language::Ps,
            "so" | "som" => Language::So,
            "ti" | "tir" => Language::Ti,
            _ => return None,
        };
        Some(language)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// A language code that is not one of the nine. The message lists the
/// supported codes, never the rejected input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unsupported language; supported: {}", Language::supported_codes())]
pub struct UnknownLanguage;

impl From<UnknownLanguage> for crate::Error {
    fn from(err: UnknownLanguage) -> Self {
        crate::Error::invalid("language", err)
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// Accepts a code (`fr`), a BCP 47 tag (`fr-BE`, `fa-AF`) or a POSIX
    /// locale (`fr_BE.UTF-8@euro`), in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let trimmed = s.trim();
        let without_modifier = trimmed.split(['.', '@']).next().unwrap_or("");
        let primary = without_modifier.split(['-', '_']).next().unwrap_or("");
        Language::from_primary(primary).ok_or(UnknownLanguage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_tags_and_posix_locales() {
        assert_eq!("fr".parse(), Ok(Language::Fr));
        assert_eq!("NL-be".parse(), Ok(Language::Nl));
        assert_eq!("fa_AF.UTF-8".parse(), Ok(Language::Fa));
        assert_eq!("prs".parse(), Ok(Language::Fa));
        assert_eq!("ps-AF".parse(), Ok(Language::Ps));
        assert_eq!("ti_ER@latin".parse(), Ok(Language::Ti));
        assert_eq!("de".parse::<Language>(), Err(UnknownLanguage));
        assert_eq!("".parse::<Language>(), Err(UnknownLanguage));
    }

    #[test]
    fn unknown_language_lists_the_supported_codes_and_maps_to_exit_code_5() {
        let err = crate::Error::from(UnknownLanguage);
        assert_eq!(err.exit_code(), 5);
        let text = err.to_string();
        assert!(
            text.contains("nl, fr, en, es, ar, fa, ps, so, ti"),
            "{text}"
        );
    }

    #[test]
    fn arabic_farsi_and_pashto_are_right_to_left() {
        for language in Language::ALL {
            let rtl = matches!(language, Language::Ar | Language::Fa | Language::Ps);
            assert_eq!(language.is_rtl(), rtl, "{language}");
            assert_eq!(language.direction().code(), if rtl { "rtl" } else { "ltr" });
            assert_eq!(language.code().parse(), Ok(language));
        }
    }
}
