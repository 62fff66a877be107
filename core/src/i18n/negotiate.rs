//! The language chain: the order in which the app tries languages for each
//! text, built from the user's own choices and then the system locales,
//! always ending in English (every text exists in English).

use serde::Serialize;

use super::Language;

/// Languages to try in order; never empty, always ends with English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageChain(Vec<Language>);

impl LanguageChain {
    /// The reader's language: the first of the chain.
    pub fn primary(&self) -> Language {
        self.0.first().copied().unwrap_or(Language::En)
    }

    /// The languages in order.
    pub fn languages(&self) -> &[Language] {
        &self.0
    }

    /// Whether `language` is in the chain.
    pub fn contains(&self, language: Language) -> bool {
        self.0.contains(&language)
    }

    /// Position of `language` in the chain (lower is preferred).
    pub fn rank(&self, language: Language) -> usize {
        self.0
            .iter()
            .position(|l| *l == language)
            .unwrap_or(self.0.len())
    }
}

impl From<Language> for LanguageChain {
    /// The chain `[language, English]`.
    fn from(language: Language) -> Self {
        negotiate(&[language], &[] as &[&str])
    }
}

/// Builds the chain: `user` (the languages the person chose in the app, in
/// order; a Pashto reader may put Farsi second), then the system locales
/// (`"fa-AF"`, `"nl_BE.UTF-8"`, ...; unsupported ones are skipped), then
/// English. Duplicates keep their first place.
pub fn negotiate<S: AsRef<str>>(user: &[Language], system_locales: &[S]) -> LanguageChain {
    let mut chain: Vec<Language> = Vec::with_capacity(Language::ALL.len());
    let system = system_locales
        .iter()
        .filter_map(|locale| locale.as_ref().parse::<Language>().ok());
    for language in user.iter().copied().chain(system) {
        if !chain.contains(&language) {
            chain.push(language);
        }
    }
    if !chain.contains(&Language::En) {
        chain.push(Language::En);
    }
    LanguageChain(chain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::*;

    #[test]
    fn user_choices_come_first_then_system_then_english() {
        let chain = negotiate(&[Ps, Fa], &["nl-BE", "fr_BE.UTF-8", "C"]);
        assert_eq!(chain.languages(), &[Ps, Fa, Nl, Fr, En]);
        assert_eq!(chain.primary(), Ps);
    }

    #[test]
    fn english_is_not_repeated_and_stays_where_the_user_put_it() {
        let chain = negotiate(&[Ti, En, Ar], &["ar-MA", "en-GB"]);
        assert_eq!(chain.languages(), &[Ti, En, Ar]);
    }

    #[test]
    fn empty_preferences_give_english_and_unknown_locales_are_skipped() {
        assert_eq!(negotiate(&[], &["de-DE", "zh"]).languages(), &[En]);
        assert_eq!(negotiate::<&str>(&[], &[]).languages(), &[En]);
        assert_eq!(negotiate(&[], &["prs-AF"]).languages(), &[Fa, En]);
    }

    #[test]
    fn a_single_language_falls_back_to_english() {
        assert_eq!(LanguageChain::from(So).languages(), &[So, En]);
        assert_eq!(LanguageChain::from(En).languages(), &[En]);
    }
}
