//! The recovery phrase: 12 words from a 256-word list (96 bits), generated
//! at vault creation and shown once. It unlocks a second passphrase slot.

use super::ids::random_bytes;
use secrecy::{ExposeSecret, SecretString};
use std::fmt;

const WORDLIST: &str = include_str!("wordlist.txt");
pub(crate) const RECOVERY_WORDS: usize = 12;

fn words() -> Vec<&'static str> {
    WORDLIST.lines().filter(|w| !w.is_empty()).collect()
}

/// A generated recovery phrase. Shown to the user once; never printed by
/// `Debug`.
pub struct RecoveryPhrase(SecretString);

impl RecoveryPhrase {
    pub(crate) fn generate() -> Self {
        let list = words();
        let picks: [u8; RECOVERY_WORDS] = random_bytes();
        let phrase = picks
            .iter()
            .map(|&i| list.get(usize::from(i)).copied().unwrap_or("zero"))
            .collect::<Vec<_>>()
            .join(" ");
        RecoveryPhrase(SecretString::from(phrase))
    }

    /// The words, separated by single spaces, to show to the user once.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    pub(crate) fn secret(&self) -> &SecretString {
        &self.0
    }
}

impl fmt::Debug for RecoveryPhrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryPhrase(<redacted>)")
    }
}

/// `count` random words of the same list, separated by single spaces: a
/// one-time passphrase (8 bits per word) for a file shared in person.
pub(crate) fn random_words(count: usize) -> SecretString {
    let list = words();
    let picks = super::ids::random_vec(count);
    let phrase = picks
        .iter()
        .map(|&i| list.get(usize::from(i)).copied().unwrap_or("zero"))
        .collect::<Vec<_>>()
        .join(" ");
    SecretString::from(phrase)
}

/// Canonical form of a typed recovery phrase: lower case, words separated
/// by one space (people type it with extra spaces, capitals or new lines).
pub(crate) fn normalise(typed: &SecretString) -> SecretString {
    let text = typed
        .expose_secret()
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    SecretString::from(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordlist_has_256_distinct_words() {
        let list = words();
        assert_eq!(list.len(), 256);
        let set: std::collections::HashSet<_> = list.iter().collect();
        assert_eq!(set.len(), 256);
    }

    #[test]
    fn phrases_have_twelve_words_and_normalise() {
        let p = RecoveryPhrase::generate();
        assert_eq!(p.expose().split(' ').count(), RECOVERY_WORDS);
        let typed = SecretString::from(format!("  {}\n", p.expose().to_uppercase()));
        assert_eq!(normalise(&typed).expose_secret(), p.expose());
        assert!(!format!("{p:?}").contains(p.expose()));
    }
}
