//! Splitting text into folded words, with byte ranges into the original
//! text (for highlighting).
//!
//! A word is a run of letters, digits and combining marks. Separators are
//! everything else: spaces, punctuation, and the Ethiopic wordspace ፡
//! (U+1361) and full stop ። (U+1362) of Tigrinya. Apostrophes, hyphens and
//! ZWNJ between two letters join a compound (l'avocat, annex-26, su'aal,
//! می‌دهد): the index gets the whole compound (lavocat) and each part
//! (l, avocat); a query uses the whole compound.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

use super::normalize::{arabic_variants, fold_into, is_ignorable};

/// A folded word and where it is in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    /// The folded word.
    pub text: String,
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || is_combining_mark(c) || is_ignorable(c))
        && !is_separator(c)
        && !is_joiner(c)
}

fn is_separator(c: char) -> bool {
    matches!(c, '\u{1361}'..='\u{1368}')
}

fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '-' | '\u{2010}' | '\u{2011}' | '\u{200C}'
    )
}

/// Runs of word characters and inner joiners: (range of the run, ranges
/// of its parts).
fn words(text: &str) -> Vec<(Range<usize>, Vec<Range<usize>>)> {
    let mut out = Vec::new();
    let mut parts: Vec<Range<usize>> = Vec::new();
    let mut part_start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            part_start.get_or_insert(i);
            continue;
        }
        let next_is_word = chars.peek().is_some_and(|(_, n)| is_word_char(*n));
        if let Some(start) = part_start.take() {
            parts.push(start..i);
            if is_joiner(c) && next_is_word {
                continue;
            }
        }
        if let (Some(first), Some(last)) = (parts.first(), parts.last()) {
            out.push((first.start..last.end, std::mem::take(&mut parts)));
        }
    }
    if let Some(start) = part_start {
        parts.push(start..text.len());
    }
    if let (Some(first), Some(last)) = (parts.first(), parts.last()) {
        out.push((first.start..last.end, parts));
    }
    out
}

fn folded(text: &str, range: &Range<usize>) -> String {
    let mut out = String::new();
    fold_into(&text[range.clone()], &mut out);
    out
}

/// Scans `text` word by word without allocating per word: `found` gets the
/// folded form of each word part and, for compounds, of the whole word, in
/// text order; the first start offset for which it returns true is returned.
pub fn find_word(text: &str, mut found: impl FnMut(&str) -> bool) -> Option<usize> {
    let mut whole = String::new();
    let mut part = String::new();
    let mut whole_start: Option<usize> = None;
    let mut part_start: Option<usize> = None;
    let mut parts = 0usize;
    let mut utf8 = [0u8; 4];
    let mut chars = text.char_indices().peekable();
    loop {
        let next = chars.next();
        if let Some((i, c)) = next {
            if is_word_char(c) {
                part_start.get_or_insert(i);
                whole_start.get_or_insert(i);
                fold_into(c.encode_utf8(&mut utf8), &mut part);
                continue;
            }
        }
        if let Some(start) = part_start.take() {
            parts += 1;
            if !part.is_empty() && found(&part) {
                return Some(start);
            }
            whole.push_str(&part);
            part.clear();
            let joined = next.is_some_and(|(_, c)| is_joiner(c))
                && chars.peek().is_some_and(|(_, n)| is_word_char(*n));
            if joined {
                continue;
            }
            if parts > 1 && !whole.is_empty() && found(&whole) {
                return whole_start;
            }
        }
        whole.clear();
        whole_start = None;
        parts = 0;
        // End of text: nothing matched.
        next?;
    }
}

/// The tokens to index: each word, each part of a compound, and the
/// article-less variants of Arabic-script words.
pub fn index_tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for (range, parts) in words(text) {
        let whole: String = parts.iter().map(|p| folded(text, p)).collect();
        push_with_variants(&mut out, range.clone(), whole);
        if parts.len() > 1 {
            for part in &parts {
                push_with_variants(&mut out, part.clone(), folded(text, part));
            }
        }
    }
    out
}

fn push_with_variants(out: &mut Vec<Token>, range: Range<usize>, text: String) {
    if text.is_empty() {
        return;
    }
    for variant in arabic_variants(&text) {
        out.push(Token {
            range: range.clone(),
            text: variant,
        });
    }
    out.push(Token { range, text });
}

/// A word of the query and the forms that count as a match for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// The folded word first, then its Arabic article-less variants.
    pub forms: Vec<String>,
    /// True for the last word while it is being typed (prefix match).
    pub prefix: bool,
}

/// The query's words (compounds whole), at most `max`, without repeats.
/// The last word matches as a prefix unless the query ends with a space
/// or punctuation (the word is finished).
pub fn query_words(query: &str, max: usize) -> Vec<QueryWord> {
    let mut out: Vec<QueryWord> = Vec::new();
    for (_, parts) in words(query) {
        let whole: String = parts.iter().map(|p| folded(query, p)).collect();
        if whole.is_empty() || out.iter().any(|w| w.forms[0] == whole) {
            continue;
        }
        let mut forms = vec![whole.clone()];
        forms.extend(arabic_variants(&whole));
        out.push(QueryWord {
            forms,
            prefix: false,
        });
        if out.len() == max {
            break;
        }
    }
    let typing = query.chars().last().is_some_and(is_word_char);
    if let Some(last) = out.last_mut() {
        last.prefix = typing;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(tokens: &[Token]) -> Vec<&str> {
        tokens.iter().map(|t| t.text.as_str()).collect()
    }

    #[test]
    fn splits_words_and_keeps_ranges() {
        let text = "Free legal help: a lawyer!";
        let tokens = index_tokens(text);
        assert_eq!(texts(&tokens), ["free", "legal", "help", "a", "lawyer"]);
        assert_eq!(&text[tokens[4].range.clone()], "lawyer");
    }

    #[test]
    fn compounds_are_indexed_whole_and_in_parts() {
        let tokens = index_tokens("l'avocat annex-26 d’aide");
        assert_eq!(
            texts(&tokens),
            ["lavocat", "l", "avocat", "annex26", "annex", "26", "daide", "d", "aide"]
        );
        let words = query_words("l'avocat", 8);
        assert_eq!(words[0].forms, ["lavocat"]);
    }

    #[test]
    fn persian_zwnj_words_are_indexed_whole_and_in_parts() {
        let tokens = index_tokens("می\u{200C}دهد");
        assert_eq!(texts(&tokens), ["میدهد", "می", "دهد"]);
    }

    #[test]
    fn ethiopic_wordspace_and_full_stop_separate_words() {
        let tokens = index_tokens("ናጻ፡ትካል፡እዩ። ቃለ");
        assert_eq!(texts(&tokens), ["ናጻ", "ትካል", "እዩ", "ቃለ"]);
    }

    #[test]
    fn tashkeel_stays_inside_the_word() {
        let tokens = index_tokens("قدّمت طلبًا");
        assert_eq!(texts(&tokens), ["قدمت", "طلبا"]);
    }

    #[test]
    fn find_word_sees_the_same_forms_as_the_index() {
        let text = "Le bureau d’aide juridique, la-bas. Procédure";
        let mut seen = Vec::new();
        let none = find_word(text, |form| {
            seen.push(form.to_string());
            false
        });
        assert_eq!(none, None);
        let mut indexed: Vec<String> = index_tokens(text).into_iter().map(|t| t.text).collect();
        indexed.sort();
        seen.sort();
        assert_eq!(seen, indexed);
        assert_eq!(find_word(text, |form| form == "aide"), text.find("aide"));
        assert_eq!(
            find_word(text, |form| form == "procedure"),
            text.find("Proc")
        );
        assert_eq!(find_word(text, |form| form == "labas"), text.find("la-bas"));
    }

    #[test]
    fn last_query_word_is_a_prefix_while_typing() {
        let words = query_words("aide jur", 8);
        assert_eq!(words.len(), 2);
        assert!(!words[0].prefix);
        assert!(words[1].prefix);
        assert!(!query_words("aide ", 8)[0].prefix);
        assert!(query_words("  ", 8).is_empty());
    }
}
