//! Checks on the characters of a text: explicit bidi controls, and the
//! script of right-to-left and Ge'ez-script languages (an Arabic text
//! without a single Arabic letter is an untranslated copy).

use super::diagnostics::Checker;
use super::RTL_LANGUAGES;

/// Checks one text of language `lang`; `what` names it in messages.
pub fn check_text(ctx: &mut Checker, file: &str, line: usize, lang: &str, what: &str, text: &str) {
    check_bidi(ctx, file, line, what, text);
    check_script(ctx, file, line, lang, what, text);
}

/// Embeddings and overrides (U+202A..U+202E) are never allowed: they leak
/// into the surrounding text and can reorder it invisibly. Isolates
/// (U+2066..U+2069) are allowed when balanced within the text. Marks
/// (U+200E, U+200F, U+061C) are fine.
pub fn check_bidi(ctx: &mut Checker, file: &str, line: usize, what: &str, text: &str) {
    let mut open = 0usize;
    for (offset, c) in text.char_indices() {
        let at = line + text[..offset].matches('\n').count();
        match c {
            '\u{202A}'..='\u{202E}' => ctx.error(
                file,
                at,
                format!(
                    "{what}: explicit bidi control U+{:04X} is not allowed (use isolates U+2066..U+2069 or nothing)",
                    c as u32
                ),
            ),
            '\u{2066}'..='\u{2068}' => open += 1,
            '\u{2069}' => {
                if open == 0 {
                    ctx.error(file, at, format!("{what}: bidi isolate end U+2069 without a start"));
                } else {
                    open -= 1;
                }
            }
            _ => {}
        }
    }
    if open > 0 {
        ctx.error(
            file,
            line,
            format!("{what}: bidi isolate (U+2066..U+2068) is not closed by U+2069"),
        );
    }
}

pub fn check_script(
    ctx: &mut Checker,
    file: &str,
    line: usize,
    lang: &str,
    what: &str,
    text: &str,
) {
    let (script, in_script): (&str, fn(char) -> bool) = if RTL_LANGUAGES.contains(&lang) {
        ("Arabic", is_arabic_letter)
    } else if lang == "ti" {
        ("Ge'ez (Ethiopic)", is_ethiopic_letter)
    } else {
        return;
    };
    let has_letters = text.chars().any(char::is_alphabetic);
    if has_letters && !text.chars().any(in_script) {
        ctx.error(
            file,
            line,
            format!("{what} in `{lang}` has no letter in {script} script (not translated?)"),
        );
    }
}

/// A letter of the Arabic script (Arabic, Persian, Pashto).
pub fn is_arabic_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c as u32,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// A syllable of the Ethiopic script (Tigrinya).
pub fn is_ethiopic_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c as u32, 0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F | 0x1E7E0..=0x1E7FF)
}
