//! Wrappers for text the user typed, so it can never leak through `Debug`.

use serde::{Deserialize, Serialize};
use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Free text written by the user (notes, names, places, answers).
///
/// `Debug` prints `<redacted>`; the memory is wiped when the value is
/// dropped. There is deliberately no `Display`: callers that show the text
/// must call [`UserText::as_str`] on purpose.
#[derive(Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(transparent)]
pub struct UserText(String);

impl UserText {
    /// Wraps a string the user typed.
    pub fn new(text: impl Into<String>) -> Self {
        UserText(text.into())
    }

    /// The text, for showing it to the user who owns it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the text is empty or only white space.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }

    /// Length in characters (not bytes).
    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }
}

impl fmt::Debug for UserText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<&str> for UserText {
    fn from(s: &str) -> Self {
        UserText::new(s)
    }
}

impl From<String> for UserText {
    fn from(s: String) -> Self {
        UserText(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_text() {
        let t = UserText::new("my brother Ahmed was arrested");
        let shown = format!("{t:?} {:?}", vec![t.clone()]);
        assert!(!shown.contains("Ahmed"));
        assert!(shown.contains("<redacted>"));
    }

    #[test]
    fn serialises_as_a_plain_string() {
        let t = UserText::new("a");
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"a\"");
        let back: UserText = serde_json::from_str("\"b\"").unwrap();
        assert_eq!(back.as_str(), "b");
    }
}
