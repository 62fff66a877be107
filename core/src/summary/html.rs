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
    }
}
