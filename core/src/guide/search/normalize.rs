//! Folding a word to its search form, the same way for the index and the
//! query, so that spelling variants meet.
//!
//! Per character, after Unicode NFKD (which also undoes Arabic presentation
//! forms and ligatures copied from PDFs):
//! - combining marks are dropped: accents (é -> e, ç -> c, ë -> e), Arabic
//!   tashkeel (U+064B..U+0652, superscript alef U+0670) and the hamza/madda
//!   that NFKD splits off (أ إ آ -> ا, ؤ -> و, ئ -> ی);
//! - the letters are lower-cased; œ -> oe, æ -> ae, ß -> ss;
//! - Arabic script: alef wasla ٱ -> ا; alef maksura ى, Arabic yeh ي and
//!   Pashto ې ۍ -> Farsi yeh ی; Arabic kaf ك -> keheh ک; teh marbuta ة and
//!   ae ە -> heh ه; Pashto gaf ګ -> گ; tatweel U+0640 dropped;
//! - Arabic-Indic and Persian digits -> 0-9;
//! - invisible format characters are dropped: ZWNJ U+200C, ZWJ, LRM, RLM,
//!   ALM, bidi embeddings/isolates, soft hyphen, BOM.
//!
//! ZWNJ inside a Persian word (می‌خواهم) is also a word joiner for the
//! tokenizer (see `tokenize`): the word is indexed whole (میخواهم) and as its
//! parts (می, خواهم), so each way of typing it finds it.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Characters dropped from words (and never separating them).
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{061C}' | '\u{00AD}' | '\u{FEFF}' | '\u{0640}')
}

/// Appends the folded form of `word` to `out`.
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        // Fast path: ASCII has nothing to decompose or map.
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    for c in word.nfkd() {
        if is_combining_mark(c) || is_ignorable(c) {
            continue;
        }
        match c {
            'ٱ' | 'ٲ' | 'ٳ' => out.push('ا'),
            'ى' | 'ي' | 'ې' | 'ۍ' | 'ێ' => out.push('ی'),
            'ك' => out.push('ک'),
            'ة' | 'ە' => out.push('ه'),
            'ګ' => out.push('گ'),
            '\u{0660}'..='\u{0669}' => out.push(shift_digit(c, 0x0660)),
            '\u{06F0}'..='\u{06F9}' => out.push(shift_digit(c, 0x06F0)),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// The folded form of `text` (no tokenizing: spaces and punctuation stay).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

fn shift_digit(c: char, zero: u32) -> char {
    char::from_digit((c as u32).saturating_sub(zero), 10).unwrap_or('0')
}

/// Definite-article and clitic forms removed from Arabic-script words
/// (folded), longest first: "اللجوء" also indexes "لجوء".
const ARABIC_PREFIXES: [&str; 5] = ["وال", "بال", "کال", "فال", "ال"];

/// Extra forms of a folded Arabic-script word without its article or
/// clitic: `ال`, `وال`, `بال`, `کال`, `فال`, and `لل` (which may be ل + ال
/// before a word that begins with ل, so both readings are kept). Only when
/// at least two letters remain.
pub fn arabic_variants(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    let long_enough = |rest: &str| rest.chars().count() >= 2;
    for prefix in ARABIC_PREFIXES {
        if let Some(rest) = folded.strip_prefix(prefix) {
            if long_enough(rest) {
                out.push(rest.to_string());
            }
            break;
        }
    }
    if let Some(rest) = folded.strip_prefix("لل") {
        if long_enough(rest) {
            out.push(rest.to_string());
            out.push(format!("ل{rest}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_latin_diacritics() {
        assert_eq!(
            fold("Procédure Français Ëen ÇA Œuvre Straße"),
            "procedure francais een ca oeuvre strasse"
        );
        assert_eq!(fold("AVOCÁT"), "avocat");
    }

    #[test]
    fn folds_arabic_alef_yeh_kaf_teh_marbuta_tashkeel_and_tatweel() {
        assert_eq!(fold("أإآٱا"), "ااااا");
        assert_eq!(fold("الّلجوء"), fold("اللجوء"));
        assert_eq!(fold("إجراءات"), fold("اجراءات"));
        assert_eq!(fold("مُحَامٍ"), "محام");
        assert_eq!(fold("ـمحـــامي"), "محامی");
        assert_eq!(fold("كارت"), "کارت");
        assert_eq!(fold("على"), fold("علی"));
        assert_eq!(fold("مساعدة"), "مساعده");
        assert_eq!(fold("ﻻ"), "لا");
    }

    #[test]
    fn folds_digits_and_drops_invisible_characters() {
        assert_eq!(fold("۲۶ ٢٦"), "26 26");
        assert_eq!(fold("می\u{200C}دهد"), "میدهد");
        assert_eq!(fold("a\u{200F}b\u{2068}c\u{2069}"), "abc");
    }

    #[test]
    fn ethiopic_is_kept_as_is() {
        assert_eq!(fold("ትግርኛ"), "ትግርኛ");
    }

    #[test]
    fn strips_arabic_articles_into_variants() {
        assert_eq!(arabic_variants(&fold("اللجوء")), vec!["لجوء".to_string()]);
        assert_eq!(
            arabic_variants(&fold("والمحامي")),
            vec!["محامی".to_string()]
        );
        let lil = arabic_variants(&fold("للاجئين"));
        assert!(lil.contains(&fold("لاجئين")), "{lil:?}");
        assert!(arabic_variants("ال").is_empty());
    }
}
