//! Small HTML helpers: escaping, and user text kept in its own direction.

use crate::sensitive::UserText;

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Fluent wraps every placeable in U+2068 FIRST STRONG ISOLATE ... U+2069
/// POP DIRECTIONAL ISOLATE; in HTML the same isolation is a `<bdi>`
/// element, which also keeps copied and extracted text free of the
/// invisible marks. Fluent always closes what it opens.
pub(crate) fn isolates_to_bdi(escaped: &str) -> String {
    escaped
        .replace('\u{2068}', "<bdi>")
        .replace('\u{2069}', "</bdi>")
}

/// User text inside a line: escaped, in a `<bdi>` (direction from its own
/// first strong letter), so that Latin text in an Arabic sentence or
/// Arabic text in an English table cannot reorder its neighbours.
pub(crate) fn user_inline(text: &UserText) -> String {
    format!("<bdi class=\"u\">{}</bdi>", escape(text.as_str()))
}

/// User text as a block of its own (notes): escaped, `dir="auto"`, line
/// breaks kept.
pub(crate) fn user_block(text: &UserText) -> String {
    format!(
        "<div class=\"u\" dir=\"auto\">{}</div>",
        escape(text.as_str())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        let t = UserText::new("a<b");
        assert_eq!(user_inline(&t), "<bdi class=\"u\">a&lt;b</bdi>");
        assert!(user_block(&t).contains("dir=\"auto\""));
        assert_eq!(
            isolates_to_bdi("on \u{2068}3 May\u{2069}."),
            "on <bdi>3 May</bdi>."
        );
    }
}
