//! Input checks shared by the checklist and the interview modules. Every
//! failure is [`Error::InvalidInput`] naming the field, never its value.

use crate::sensitive::UserText;
use crate::{Error, Result};
use chrono::{Datelike, NaiveDate};

/// Longest free text (a note, an answer, what happened), in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest title, place or name, in characters.
pub const MAX_TITLE_CHARS: usize = 300;
/// Dates the checklist accepts (where an original is, since when).
pub const MIN_YEAR: i32 = 1990;
pub const MAX_YEAR: i32 = 2100;

/// Refuses text longer than `max` characters.
pub(crate) fn text(field: &'static str, value: &UserText, max: usize) -> Result<()> {
    if value.char_count() > max {
        return Err(Error::invalid(
            field,
            format!("is longer than {max} characters"),
        ));
    }
    if value.as_str().contains('\0') {
        return Err(Error::invalid(field, "contains a NUL character"));
    }
    Ok(())
}

/// Like [`text`], and refuses blank text.
pub(crate) fn required_text(field: &'static str, value: &UserText, max: usize) -> Result<()> {
    if value.is_blank() {
        return Err(Error::invalid(field, "must not be empty"));
    }
    text(field, value, max)
}

/// Refuses dates outside [`MIN_YEAR`]..=[`MAX_YEAR`].
pub(crate) fn date(field: &'static str, value: NaiveDate) -> Result<()> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&value.year()) {
        return Err(Error::invalid(
            field,
            format!("must be between {MIN_YEAR} and {MAX_YEAR}"),
        ));
    }
    Ok(())
}

/// A link to another record: 32 hexadecimal characters, normalised to
/// lowercase.
pub(crate) fn link_id(field: &'static str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.len() != 32 || !v.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::invalid(field, "must be 32 hexadecimal characters"));
    }
    Ok(v.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        assert!(text(
            "note",
            &UserText::new("x".repeat(MAX_TEXT_CHARS)),
            MAX_TEXT_CHARS
        )
        .is_ok());
        let e = text(
            "note",
            &UserText::new("é".repeat(MAX_TEXT_CHARS + 1)),
            MAX_TEXT_CHARS,
        )
        .unwrap_err();
        assert!(matches!(e, Error::InvalidInput { ref field, .. } if field == "note"));
        assert!(required_text("title", &UserText::new("  \n"), 10).is_err());
        assert!(text("note", &UserText::new("a\0b"), 10).is_err());
        assert!(date("since", NaiveDate::from_ymd_opt(1989, 12, 31).unwrap()).is_err());
        assert!(date("since", NaiveDate::from_ymd_opt(2101, 1, 1).unwrap()).is_err());
        assert!(date("since", NaiveDate::from_ymd_opt(2100, 12, 31).unwrap()).is_ok());
        assert_eq!(
            link_id("id", " ABCDEF0123456789abcdef0123456789 ").unwrap(),
            "abcdef0123456789abcdef0123456789"
        );
        assert!(link_id("id", "xyz").is_err());
    }
}
