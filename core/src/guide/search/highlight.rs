//! Marking matched words in titles and snippets.

use std::ops::Range;

use serde::Serialize;

use super::normalize::arabic_variants;
use super::tokenize::{find_word, index_tokens, QueryWord};

/// A text with the matched words marked by byte ranges (UTF-8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Highlighted {
    pub text: String,
    /// Sorted, non-overlapping byte ranges into `text`.
    pub matches: Vec<Range<usize>>,
}

impl Highlighted {
    /// The text with each match in `[` `]`, for plain-text output.
    pub fn marked(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + 2 * self.matches.len());
        let mut at = 0;
        for range in &self.matches {
            out.push_str(&self.text[at..range.start]);
            out.push('[');
            out.push_str(&self.text[range.clone()]);
            out.push(']');
            at = range.end;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

fn token_matches(token: &str, words: &[QueryWord]) -> bool {
    words.iter().any(|word| {
        word.forms.iter().any(|form| {
            if word.prefix {
                token.starts_with(form.as_str())
            } else {
                token == form
            }
        })
    })
}

/// Byte ranges in `text` of the words that match the query.
pub(crate) fn matches_in(text: &str, words: &[QueryWord]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = index_tokens(text)
        .into_iter()
        .filter(|token| token_matches(&token.text, words))
        .map(|token| token.range)
        .collect();
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start < last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// The whole text with its matches (for titles).
pub(crate) fn highlight(text: &str, words: &[QueryWord]) -> Highlighted {
    Highlighted {
        text: text.to_string(),
        matches: matches_in(text, words),
    }
}

/// Up to about `max_chars` characters of `text` around its first match,
/// with `…` where it was cut; `None` when nothing matches.
pub(crate) fn snippet(text: &str, words: &[QueryWord], max_chars: usize) -> Option<Highlighted> {
    let first = first_match(text, words)?;
    let start = window_start(text, first, max_chars / 4);
    let end = window_end(text, start, max_chars);
    Some(cut(text, start, end, words))
}

/// The beginning of `text`, up to about `max_chars` characters.
pub(crate) fn opening(text: &str, max_chars: usize) -> Highlighted {
    let end = window_end(text, 0, max_chars);
    cut(text, 0, end, &[])
}

fn cut(text: &str, start: usize, end: usize, words: &[QueryWord]) -> Highlighted {
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < text.len() { "…" } else { "" };
    let window = text[start..end].replace('\n', " · ");
    let matches = matches_in(&window, words)
        .into_iter()
        .map(|r| r.start + lead.len()..r.end + lead.len())
        .collect();
    Highlighted {
        text: format!("{lead}{}{tail}", window.trim_end()),
        matches,
    }
}

/// Byte offset of the first matching word (the same forms as the index:
/// words, compound parts, Arabic article-less variants).
fn first_match(text: &str, words: &[QueryWord]) -> Option<usize> {
    find_word(text, |form| {
        token_matches(form, words)
            || arabic_variants(form)
                .iter()
                .any(|v| token_matches(v, words))
    })
}

/// About `back` characters before `at`, moved forward to a word start.
fn window_start(text: &str, at: usize, back: usize) -> usize {
    let before = &text[..at];
    let Some((start, _)) = before.char_indices().rev().nth(back) else {
        return 0;
    };
    match text[start..at].find(char::is_whitespace) {
        Some(space) => start + space + 1,
        None => start,
    }
    .min(at)
}

/// About `max_chars` characters after `start`, moved back to a word end.
fn window_end(text: &str, start: usize, max_chars: usize) -> usize {
    let rest = &text[start..];
    let Some((cut, _)) = rest.char_indices().nth(max_chars) else {
        return text.len();
    };
    match rest[..cut].rfind(char::is_whitespace) {
        Some(space) if space > 0 => start + space,
        _ => start + cut,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenize::query_words;
    use super::*;

    #[test]
    fn marks_matches_in_brackets() {
        let words = query_words("aide juri", 8);
        let h = highlight("Aide juridique gratuite : l'aide", &words);
        assert_eq!(h.marked(), "[Aide] [juridique] gratuite : l'[aide]");
    }

    #[test]
    fn snippet_is_cut_around_the_first_match_at_word_boundaries() {
        let text = "one two three four five six seven eight nine ten eleven twelve lawyer thirteen fourteen fifteen sixteen";
        let words = query_words("lawyer ", 8);
        let s = snippet(text, &words, 40).unwrap();
        assert!(s.text.starts_with('…'), "{}", s.text);
        assert!(s.text.ends_with('…'), "{}", s.text);
        assert!(s.marked().contains("[lawyer]"), "{}", s.marked());
        assert!(snippet(text, &query_words("absent", 8), 40).is_none());
    }

    #[test]
    fn arabic_matches_keep_their_original_spelling() {
        let words = query_words("الاجراءات", 8);
        let h = highlight("إجراءات اللجوء والإجراءات", &words);
        assert_eq!(h.marked(), "[إجراءات] اللجوء [والإجراءات]");
        let words = query_words("اجراءات", 8);
        let h = highlight("إجراءات اللجوء والإجراءات", &words);
        assert_eq!(h.marked(), "[إجراءات] اللجوء [والإجراءات]");
    }
}
